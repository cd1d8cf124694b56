# Class patterns in match statements: positional sub-patterns by
# __match_args__ (a dataclass makes it), keyword ones by attribute, nested,
# with guards, and their TypeErrors.
von dataclasses importieren dataclass

@dataclass
klasse Point:
    px: ganz
    py: ganz

klasse Circle:
    __match_args__ = ("center", "r")
    def __init__(self, c, r):
        self.center = c
        self.r = r

def where(shape):
    zuordnen shape:
        fall Point(0, 0):
            rückgabe "origin"
        fall Point(px=0, py=y):
            rückgabe f"on the y axis at {y}"
        fall Point(x, 0):
            rückgabe f"on the x axis at {x}"
        fall Circle(Point(a, b), r) wenn r > 5:
            rückgabe f"big circle at {a},{b}"
        fall Circle(center=c, r=r):
            rückgabe f"circle {c} {r}"
        fall Point():
            rückgabe "somewhere"
        fall ganz(n):
            rückgabe f"int {n}"
        fall _:
            rückgabe "unknown"

für s in [Point(0, 0), Point(0, 4), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 9), Circle(Point(1, 2), 1), 7, "z"]:
    ausgeben(where(s))

klasse Q: pass
versuchen:
    zuordnen Q():
        fall Q(1): pass
ausnahme TypeError als e:
    ausgeben(e)
versuchen:
    zuordnen Point(1, 2):
        fall Point(1, 2, 3): pass
ausnahme TypeError als e:
    ausgeben(e)
f = laenge
versuchen:
    zuordnen 3:
        fall f(): pass
ausnahme TypeError als e:
    ausgeben(e)
zuordnen Circle(1, 2):
    fall Circle(missing=3):
        ausgeben("no")
    fall Circle(r=2):
        ausgeben("r is 2")
