# Keyword-only parameters in methods, nested and decorated defs: binding, defaults, and the errors as CPython words them
klasse Shape:
    def __init__(self, name, *, sides=0, color="red"):
        self.name = name
        self.sides = sides
        self.color = color
    def describe(self, *, upper=Falsch, suffix):
        text = f"{self.name}/{self.sides}/{self.color}{suffix}"
        rückgabe text.upper() wenn upper sonst text
    def scaled(self, factor, *extra, clamp=Nichts, **opts):
        rückgabe (factor, extra, clamp, sortiert(opts.items()))
s = Shape("tri", sides=3)
ausgeben(s.describe(suffix="!"), s.describe(upper=Wahr, suffix="?"), Shape("sq", color="blue").describe(suffix=""))
ausgeben(s.scaled(2), s.scaled(2, 3, 4, clamp=5, x=1))
def outer(n):
    def inner(a, b=2, *, c, d=4):
        rückgabe n + a + b + c + d
    rückgabe inner(1, c=3), inner(1, 10, d=0, c=0)
ausgeben(outer(100))
für bad in (lambda: s.describe(), lambda: s.describe("x", suffix=""), lambda: Shape("p", 3), lambda: Shape()):
    versuchen:
        bad()
    ausnahme TypeError als e:
        ausgeben("TypeError:", e)
def deco(f):
    rückgabe f
@deco
def decorated(x, *, y=1, z):
    rückgabe x + y + z
ausgeben(decorated(1, z=2), decorated(1, y=5, z=0))
versuchen:
    decorated(1)
ausnahme TypeError als e:
    ausgeben("TypeError:", e)
