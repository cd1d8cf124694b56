# dict views as sets, __hash__ = None with __eq__, __index__, .__class__
# of any value, methods through int/float, math.gcd as a value,
# @property over @abstractmethod, __suppress_context__.
d = {"a": 1, "b": 2}
e = {"b": 0, "c": 5}
print(d.keys() == {"a", "b"}, d.keys() == {"b": 0, "a": 0}.keys(), d.keys() != {"a"})
print(sorted(d.keys() - {"a"}), sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() ^ e.keys()))
print(d.keys() <= {"a", "b", "c"}, d.keys() < {"a", "b"}, d.items() <= {("a", 1), ("b", 2)}, d.items() >= {("a", 1)})
print(sorted(d.keys() - ["a"]), sorted({"a", "z"} - d.keys()), sorted(d.items() - {("a", 1)}))
print(d.values() == d.values(), d.keys() == ["a", "b"])
common = d.keys() & e.keys()
print(type(common).__name__, common)
class K:
    def __eq__(self, o):
        return True
class H(K):
    def __hash__(self):
        return 7
class J(H):
    def __eq__(self, o):
        return False
print(K.__hash__ is None, hash(H()), J.__hash__ is None, "__hash__" in vars(K), "__hash__" in vars(H))
for c in (K, J):
    try:
        hash(c())
    except TypeError as e:
        print(e)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__suppress_context__, e.__cause__)
try:
    raise ValueError("y")
except ValueError as e:
    print(e.__suppress_context__)
class N:
    def __index__(self):
        return 5
print(bin(N()), hex(N()), oct(N()))
print((5).__class__.__name__, "s".__class__, [1].__class__ is list, (1.5).__class__, (True).__class__)
x = {"a": 1}
print(x.__class__.__name__, (1, 2).__class__.__name__, None.__class__)
print(float.is_integer(3.0), int.bit_length(5), list(map(float.is_integer, [1.0, 1.5])))
print(tuple.count((1, 2, 1), 1), int.to_bytes(5, 2, "big"), float.hex(1.5))
f = int.bit_length
print(f(255), sorted([3, -4, 1], key=int.__abs__ if False else abs))
import math
from functools import reduce
print(reduce(math.gcd, [84, 126, 210]), reduce(math.lcm, [4, 6, 10]))
h = math.hypot
print(h(3, 4), h(1, 2, 2), list(map(math.gcd, [12, 18], [8, 27])))
g = math.gcd
print(g(), g(7))
from abc import ABC, abstractmethod
import functools

def logged(fn):
    @functools.wraps(fn)
    def inner(*args):
        print("call", fn.__name__)
        return fn(*args)
    return inner

class Shape(ABC):
    @property
    @abstractmethod
    def area(self):
        ...

    @staticmethod
    @logged
    def unit(k):
        return k * 2

    @classmethod
    @logged
    def make(cls):
        return cls.__name__

class Square(Shape):
    def __init__(self, s):
        self.s = s

    @property
    def area(self):
        return self.s ** 2

class Incomplete(Shape):
    pass

print(Square(3).area, Shape.unit(4), Square.make(), Square(1).unit(5))
try:
    Incomplete()
except TypeError as e:
    print(e)
try:
    Shape()
except TypeError as e:
    print(e)
a = {1, 2}
b = [2, 3]
c = (3, 4)
print(sorted(a.union(b, c)), a.intersection({1, 2, 3}, {2, 5}), sorted({1, 2, 3, 4}.difference(b, c)))
print(sorted(a.union(b, c, "xy"), key=str), a)
