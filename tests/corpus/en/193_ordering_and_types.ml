# functools.total_ordering as a class decorator (NotImplemented passed on),
# and the type names of functions, methods and builtins as values.
from functools import total_ordering
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), sorted([V(3), V(1)])[0].v)
try:
    V(1) >= 5
except TypeError as e:
    print(e)
class A:
    def m(self):
        return 1
def f():
    pass
a = A()
print(type(len).__name__, type(f).__name__, type(a.m).__name__, type(max).__name__, type(lambda: 0).__name__)
print(type(A.m).__name__)
try:
    len(1)
except TypeError as e:
    print(e)
print(f"{type(sorted).__name__}")
