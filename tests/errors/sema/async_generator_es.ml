# Español: an asynchronous generator (an async def with a yield) is refused
# with a reason; async methods of a class inside a function compile.
def crear():
    clase Punto:
        asincrono def origen(self):
            devolver 0
        asincrono def puntos(self):
            producir 1
    devolver Punto
