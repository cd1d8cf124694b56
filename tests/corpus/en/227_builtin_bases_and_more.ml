# super() and Base.method(self) reach the builtin classes' special methods
# (dict and list subclasses, exceptions, object); imports inside methods;
# dict.update and dict() with keywords; range attributes; typing.Any in
# class annotations.
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
    def __repr__(self):
        return "D" + super().__repr__()
d = D()
d["A"] = 1
d["b"] = 2
print(d, d["B"], len(d), "a" in d)
class L(list):
    def __len__(self):
        return super().__len__() * 10
    def __contains__(self, x):
        return super().__contains__(x) or x == "any"
    def __str__(self):
        return "L" + list.__repr__(self)
l = L([1, 2])
print(len(l), 1 in l, "any" in l, 5 in l, str(l))
class AppError(Exception):
    def __str__(self):
        return "E: " + super().__str__()
    def __repr__(self):
        return "<" + Exception.__repr__(self) + ">"
e = AppError("bad", 2)
print(str(e), repr(e))
class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if isinstance(o, P):
            return self.v == o.v
        return super().__eq__(o)
    def __hash__(self):
        return hash(self.v)
    def __str__(self):
        return f"P({self.v})"
    def __repr__(self):
        return "P!" + str(self.v)
print(P(1) == P(1), P(1) == 3, P(2) != P(2), object.__str__(P(3)), format(P(4)), "%s" % P(5))
try:
    raise AppError("boom")
except AppError as err:
    print(err)
class A:
    def m(self):
        import math
        from collections import deque
        return math.sqrt(9), deque([1])
    @staticmethod
    def s():
        import math as mm
        return mm.pi
print(A().m(), A.s())
def deco(fn):
    return fn
@deco
def g():
    import math
    return math.floor(2.5)
print(g())
d = {"a": 1}
d.update(b=2)
d.update({"c": 3}, a=0, d=4)
d.update([("k5", 5)])
print(d, dict({"x": 1}, y=2), dict([("p", 1)], q=2, p=3))
x = {"k": 1}
opts = {"k": 2}
x.update(**opts)
print(x)
o = d
o.update(z=26)
print(sorted(o))
r = range(0, 10, 2)
print(r.start, r.step, range(5).step, len(r))
def f(q):
    return q.start + q.step
print(f(range(3, 9)))
from dataclasses import dataclass, field
from typing import Any
@dataclass
class R:
    name: str
    extra: Any = None
    tags: list = field(default_factory=list)
print(R("a"), R("b", 3))
raise AppError("final")
