# Español: a class statement inside a function is not compiled yet.
def crear():
    clase Punto:
        pasar
    devolver Punto
