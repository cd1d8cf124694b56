# Class patterns in match statements: positional sub-patterns by
# __match_args__ (a dataclass makes it), keyword ones by attribute, nested,
# with guards, and their TypeErrors.
from dataclasses import dataclass

@dataclass
class Point:
    px: int
    py: int

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, c, r):
        self.center = c
        self.r = r

def where(shape):
    match shape:
        case Point(0, 0):
            return "origin"
        case Point(px=0, py=y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Circle(Point(a, b), r) if r > 5:
            return f"big circle at {a},{b}"
        case Circle(center=c, r=r):
            return f"circle {c} {r}"
        case Point():
            return "somewhere"
        case int(n):
            return f"int {n}"
        case _:
            return "unknown"

for s in [Point(0, 0), Point(0, 4), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 9), Circle(Point(1, 2), 1), 7, "z"]:
    print(where(s))

class Q: pass
try:
    match Q():
        case Q(1): pass
except TypeError as e:
    print(e)
try:
    match Point(1, 2):
        case Point(1, 2, 3): pass
except TypeError as e:
    print(e)
f = len
try:
    match 3:
        case f(): pass
except TypeError as e:
    print(e)
match Circle(1, 2):
    case Circle(missing=3):
        print("no")
    case Circle(r=2):
        print("r is 2")
