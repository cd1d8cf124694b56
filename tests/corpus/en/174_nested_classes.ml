# Classes inside functions: a new class each call, closures over the function's variables, inheritance, special methods, generators and exceptions
def make_point_class(scale):
    class Point:
        count = 0
        def __init__(self, x, y=0):
            self.x = x * scale
            self.y = y * scale
            Point.count += 1
        def __add__(self, other):
            return Point(self.x + other.x, self.y + other.y)
        def __repr__(self):
            return f"Point({self.x}, {self.y})"
        def __eq__(self, other):
            return (self.x, self.y) == (other.x, other.y)
        def norm(self, *, squared=False):
            n = self.x * self.x + self.y * self.y
            return n if squared else n ** 0.5
    return Point

P1 = make_point_class(1)
P2 = make_point_class(10)
a = P1(3, 4)
print(a, a.norm(), a.norm(squared=True), P1(1) + P1(2, 2), P1.count, P2(1, 1), P2.count)
print(P1 is P2, type(a).__name__, isinstance(a, P1), isinstance(a, P2), a == P1(3, 4))

def counter_factory():
    total = [0]
    class Counter:
        def tick(self, n=1):
            total[0] += n
            return total[0]
    return Counter()

c = counter_factory()
print(c.tick(), c.tick(5), counter_factory().tick())

def shapes():
    class Shape:
        def area(self):
            return 0
        def describe(self):
            return f"{type(self).__name__} with area {self.area()}"
    class Square(Shape):
        def __init__(self, side):
            self.side = side
        def area(self):
            return self.side ** 2
    return [Shape(), Square(3)]

for s in shapes():
    print(s.describe())
def run():
    class Oops(ValueError):
        pass
    class Bag:
        def __init__(self, *items):
            self.items = list(items)
        def __iter__(self):
            for it in self.items:
                yield it * 2
        def __len__(self):
            return len(self.items)
    try:
        raise Oops("bad", 2)
    except ValueError as err:
        print(type(err).__name__, err.args, isinstance(err, Oops))
    b = Bag(1, 2, 3)
    print(list(b), len(b), sum(b))
run()
def build(tag):
    class Base:
        def __init__(self, x):
            self.x = x
        def show(self):
            return f"{tag}:{self.x}"
    class Child(Base):
        def __init__(self, x, y):
            super().__init__(x)
            self.y = y
        def show(self):
            return super().show() + f"/{self.y}"
    return Child(1, 2)

print(build("a").show(), build("b").show())
def make(unit):
    def loud(f):
        def wrapper(self, *args):
            return f(self, *args).upper()
        return wrapper
    class Temp:
        scale = unit
        def __init__(self, deg):
            self._deg = deg
        @property
        def deg(self):
            return self._deg
        @deg.setter
        def deg(self, v):
            self._deg = v * Temp.scale
        @staticmethod
        def zero():
            return Temp(0)
        @classmethod
        def named(cls, d):
            return cls(d)
        @loud
        def label(self, suffix=""):
            return f"{self._deg} {unit}{suffix}"
    return Temp

T = make("c")
t = T.named(20)
t.deg = 3
print(t.deg, T.zero().deg, t.label(), t.label("!"), T.scale)
