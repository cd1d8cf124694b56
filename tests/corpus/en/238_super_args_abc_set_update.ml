# super(C, self) in a method of C (older code and textbooks), a list or
# dict class attribute in an abstract class, and the set methods that
# update in place with several arguments.
from abc import ABC, abstractmethod
class S(ABC):
    reg = []
    table = {}
    @abstractmethod
    def area(self): ...
class C(S):
    def area(self): return 1
print(type(C()).__name__, C().area())
try:
    S()
except TypeError as e:
    print(e)
class A:
    def __init__(self, n): self.n = n
    def show(self): return "A" + str(self.n)
class B(A):
    def __init__(self, n):
        super(B, self).__init__(n * 2)
    def show(self):
        return "B" + super(B, self).show()
print(B(1).n, B(2).show())
def make():
    class L(A):
        def show(me):
            return "L" + super(L, me).show()
    return L(5)
print(make().show())
s = {1}
s.update([2], {3})
print(s)
s.update("ab", (4,), [5], {6})
print(sorted(s, key=str))
t = {1, 2, 3, 4, 5}
t.difference_update([1], (2,))
print(t)
t.intersection_update({3, 4, 9}, [4, 3, 8])
print(t)
t.symmetric_difference_update([4, 7])
print(t)
u = {1, 2}
u.difference_update(x for x in [1])
print(u)
u.intersection_update()
print(u)
v = u
v.update(range(3))
print(u is v, u)
f = frozenset([1])
try:
    f.update([2])
except AttributeError as e:
    print(e)
u = {1, 2}
u.intersection_update()
u.update()
u.difference_update()
print(u)
