# Class patterns in match statements: positional sub-patterns by
# __match_args__ (a dataclass makes it), keyword ones by attribute, nested,
# with guards, and their TypeErrors.
desde dataclasses importar dataclass

@dataclass
clase Point:
    px: entero
    py: entero

clase Circle:
    __match_args__ = ("center", "r")
    def __init__(self, c, r):
        self.center = c
        self.r = r

def where(shape):
    según shape:
        caso Point(0, 0):
            devolver "origin"
        caso Point(px=0, py=y_):
            devolver f"on the y axis at {y_}"
        caso Point(x, 0):
            devolver f"on the x axis at {x}"
        caso Circle(Point(a, b), r) si r > 5:
            devolver f"big circle at {a},{b}"
        caso Circle(center=c, r=r):
            devolver f"circle {c} {r}"
        caso Point():
            devolver "somewhere"
        caso entero(n):
            devolver f"int {n}"
        caso _:
            devolver "unknown"

[Point(0, 0), Point(0, 4), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 9), Circle(Point(1, 2), 1), 7, "z"] para s:
    imprimir(where(s))

clase Q: pasar
intentar:
    según Q():
        caso Q(1): pasar
excepto TypeError como e:
    imprimir(e)
intentar:
    según Point(1, 2):
        caso Point(1, 2, 3): pasar
excepto TypeError como e:
    imprimir(e)
f = longitud
intentar:
    según 3:
        caso f(): pasar
excepto TypeError como e:
    imprimir(e)
según Circle(1, 2):
    caso Circle(missing=3):
        imprimir("no")
    caso Circle(r=2):
        imprimir("r is 2")
