# functools.cached_property (computed once per instance, again after del)
# and lru_cache on a method
from functools import cached_property, lru_cache


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing")
        return 3.14 * self.r * self.r


c = Circle(2)
print(c.area)
print(c.area)
c.r = 3
print(c.area)
del c.area
print(c.area)
print(type(Circle.area).__name__)


class Fib:
    @lru_cache(maxsize=None)
    def fib(self, n):
        return n if n < 2 else self.fib(n - 1) + self.fib(n - 2)


print(Fib().fib(60))
