# Keyword-only parameters in methods, nested and decorated defs: binding, defaults, and the errors as CPython words them
class Shape:
    def __init__(self, name, *, sides=0, color="red"):
        self.name = name
        self.sides = sides
        self.color = color
    def describe(self, *, upper=False, suffix):
        text = f"{self.name}/{self.sides}/{self.color}{suffix}"
        return text.upper() if upper else text
    def scaled(self, factor, *extra, clamp=None, **opts):
        return (factor, extra, clamp, sorted(opts.items()))
s = Shape("tri", sides=3)
print(s.describe(suffix="!"), s.describe(upper=True, suffix="?"), Shape("sq", color="blue").describe(suffix=""))
print(s.scaled(2), s.scaled(2, 3, 4, clamp=5, x=1))
def outer(n):
    def inner(a, b=2, *, c, d=4):
        return n + a + b + c + d
    return inner(1, c=3), inner(1, 10, d=0, c=0)
print(outer(100))
for bad in (lambda: s.describe(), lambda: s.describe("x", suffix=""), lambda: Shape("p", 3), lambda: Shape()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def deco(f):
    return f
@deco
def decorated(x, *, y=1, z):
    return x + y + z
print(decorated(1, z=2), decorated(1, y=5, z=0))
try:
    decorated(1)
except TypeError as e:
    print("TypeError:", e)
