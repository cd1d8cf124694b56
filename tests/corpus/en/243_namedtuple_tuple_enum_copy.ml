# namedtuple and typing.NamedTuple classes derive from tuple (isinstance,
# % formatting, json, match patterns see a tuple) and are named as made;
# an Enum member's copies are itself (dataclasses.asdict keeps it).
from collections import namedtuple
from typing import NamedTuple
import json, copy
from enum import Enum
from dataclasses import dataclass, asdict
P = namedtuple("P", "a b")
p = P(1, 2)
print(isinstance(p, tuple), issubclass(P, tuple), type(p).__name__, P, p)
match p:
    case (x, y):
        print("seq", x, y)
    case _:
        print("no")
match p:
    case tuple():
        print("a tuple")
print("%s-%s" % p, json.dumps(p), json.dumps({"p": P(3, [4])}))
print(p == (1, 2), hash(p) == hash((1, 2)), p + (3,), sorted([P(2, 1), P(1, 5)]), p * 2)
a, b = p
print(a, b, list(p), tuple(p), p.count(1), p.index(2), len(p), p[-1], p[:1], 2 in p)
print(p._replace(a=9), p._asdict(), P._make([5, 6]), P._fields)
Q = namedtuple("Q", ["x", "y"], defaults=[0])
print(Q(1), Q(1, 2), Q(x=3))
class Pt(NamedTuple):
    px: int
    py: int = 0
    def norm(self):
        return abs(self.px) + abs(self.py)
q = Pt(3, -4)
print(q, q.norm(), isinstance(q, tuple), Pt(1), type(q).__name__, q == (3, -4))
class Color(Enum):
    RED = 1
class Kind(str, Enum):
    A = "a"
@dataclass
class T:
    k: Kind
    c: Color
print(copy.deepcopy(Color.RED) is Color.RED, copy.copy(Color.RED) == Color.RED)
print(json.dumps(asdict(T(Kind.A, Color.RED))["k"]), asdict(T(Kind.A, Color.RED))["c"] is Color.RED)
try:
    P(1)
except TypeError as e:
    print(e)
