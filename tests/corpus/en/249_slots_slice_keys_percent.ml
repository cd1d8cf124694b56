# __slots__: instances without a __dict__ take only the names listed
class Point:
    __slots__ = ("alpha", "beta")

    def __init__(self):
        self.alpha = 1


p = Point()
checks = [lambda: p.beta, lambda: vars(p), lambda: p.__dict__, lambda: setattr(p, "gamma", 3), lambda: Point.__slots__]
for check in checks:
    try:
        print(check())
    except Exception as err:
        print(type(err).__name__, err)


class Sub(Point):
    __slots__ = "delta"


s = Sub()
s.delta = 1
s.alpha = 2
print(s.alpha, s.delta)
try:
    s.gamma = 1
except AttributeError as err:
    print(err)


class Open:
    __slots__ = ("alpha", "__dict__")


o2 = Open()
o2.beta = 2
print(o2.beta, vars(o2))


class Free(Point):
    pass


f2 = Free()
f2.gamma = 5
print(f2.gamma)
try:

    class Clash:
        __slots__ = ("alpha",)
        alpha = 1

except ValueError as err:
    print(err)
del p.alpha
try:
    print(p.alpha)
except AttributeError as err:
    print(err)


# slices inside a tuple index are slice objects
class Grid:
    def __getitem__(self, key):
        return key


g = Grid()
print(g[1:2, 3], g[::2, :, 1:], g[1:2:3, "a":"b"])


def pair(n):
    return [n] * 2


print(g[pair(1)[0]:pair(2)[1], 0])


# printf-style formatting of IntEnum members and %a
from enum import IntEnum


class Level(IntEnum):
    LOW = 40


print("%d" % Level.LOW, "%x" % Level.LOW, "%5.1f" % Level.LOW)
print("%a" % "é", "%a|%r" % ("ü", "ü"))


# seq * instance: the instance's __index__, or can't multiply
class NoMul:
    def __mul__(self, k):
        return NotImplemented


for op in (lambda: NoMul() * "x", lambda: "x" * NoMul(), lambda: [1] * NoMul()):
    try:
        print(op())
    except TypeError as err:
        print(err)


class Three:
    def __index__(self):
        return 3


print("ab" * Three(), [0] * Three())
class P:
    __slots__ = ("x",)
    kind = "point"

    def area(self):
        return 0


p = P()
for name in ("kind", "area", "other"):
    try:
        setattr(p, name, 1)
    except AttributeError as e:
        print(e)
p.x = 5
print(p.x, p.kind, P.kind)
