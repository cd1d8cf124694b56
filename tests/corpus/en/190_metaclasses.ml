# Metaclasses (iteration, len, in, [], repr, call, __init__ of the class),
# __init_subclass__, classes deriving from int/float/str/tuple, __format__,
# reversed() through __reversed__ and the sequence protocol.
class Meta(type):
    def __iter__(cls):
        return iter(cls.items)
    def __len__(cls):
        return len(cls.items)
    def __contains__(cls, x):
        return x in cls.items
    def __getitem__(cls, k):
        return cls.items[k]
    def __repr__(cls):
        return f"<meta {cls.__name__}>"
    def __call__(cls, *args):
        return ("called", cls.__name__, args)
    def describe(cls):
        return "I am " + cls.__name__
    def __init__(cls, name, bases, ns):
        cls.items = [k for k in ns if not k.startswith("_")]

class Bag(metaclass=Meta):
    a = 1
    b = 2
    def c(self):
        return 3

print(list(Bag), len(Bag), "a" in Bag, Bag[1], repr(Bag), Bag, Bag(1, 2), Bag.describe())
print(type(Bag).__name__, isinstance(Bag, Meta), isinstance(Bag, type))

class Sub(Bag):
    z = 9
print(list(Sub), type(Sub).__name__)

class Plugin:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
class A(Plugin): pass
class B(A): pass
print(Plugin.registry)

class Point(tuple):
    pass
class Celsius(float):
    def describe(self):
        return f"{self} degrees"
class Name(str):
    def shout(self):
        return self.upper() + "!"
class Count(int):
    def __init__(self, v):
        self.extra = v * 2
c = Count(5)
print(c + 1, c.extra, Celsius(21.5).describe(), Name("bob").shout(), Name("x") + "y", len(Name("abc")))
print(isinstance(c, int), c == 5, hash(c) == hash(5), Count("7") * 2, Point((1, 2))[0])
o = object.__new__(Plugin)
print(type(o).__name__, int.__new__(Count, 4) + 0)
class M:
    def __format__(self, spec):
        return "M<" + spec + ">"
    def __str__(self):
        return "str-M"
print(f"{M()}", f"{M():x}", format(M(), "abc"), "{:q}".format(M()), "{}".format(M()), str(M()))
class B:
    def __format__(self, spec):
        return 5
try:
    f"{B():x}"
except TypeError as e:
    print(e)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
class Deck:
    def __reversed__(self):
        return iter(["last", "first"])
print(list(reversed(Countdown(4))), list(reversed(Deck())))
