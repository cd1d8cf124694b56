# Español: an async method of a class inside a function is refused (async is not compiled).
def crear():
    clase Punto:
        asincrono def origen(self):
            devolver 0
    devolver Punto
