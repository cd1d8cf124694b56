# Español: super() in a method of a class inside a function is not compiled yet.
def crear():
    clase Base:
        pasar
    clase Punto(Base):
        def __init__(self):
            super().__init__()
    devolver Punto
