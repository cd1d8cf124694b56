from abc import ABC, ABCMeta, abstractmethod

class Base(ABC):
    @abstractmethod
    def area(self):
        pass
    @abstractmethod
    def name(self):
        pass
    def hello(self):
        return "hello from " + self.name()

class Half(Base):
    def area(self):
        return 1

class Full(Half):
    def name(self):
        return "full"

for cls in [Base, Half, Full]:
    try:
        obj = cls()
        print(cls.__name__, "ok", obj.area(), obj.hello())
    except TypeError as e:
        print("TypeError:", e)

class Meta(metaclass=ABCMeta):
    @abstractmethod
    def run(self, x):
        ...

class Impl(Meta):
    def __init__(self, k):
        self.k = k
    def run(self, x):
        return x * self.k

try:
    Meta()
except TypeError as e:
    print("TypeError:", e)
print(Impl(3).run(4), isinstance(Impl(1), Meta), issubclass(Impl, Meta))

class Shape(ABC):
    @abstractmethod
    def perimeter(self):
        ...
    @property
    def kind(self):
        return type(self).__name__.lower()

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def perimeter(self):
        return 4 * self.side

print(Square(2).perimeter(), Square(3).kind)
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
