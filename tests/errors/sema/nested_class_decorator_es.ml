# Español: a decorator on a method of a class inside a function is not compiled yet.
def crear():
    clase Punto:
        @staticmethod
        def origen():
            devolver 0
    devolver Punto
