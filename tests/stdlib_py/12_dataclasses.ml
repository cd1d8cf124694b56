from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(Point(3), Point(y=5, x=4))
print(asdict(p), astuple(p))
print(replace(p, y=9))
print(is_dataclass(p), is_dataclass(Point), is_dataclass(3))
print([f.name for f in fields(Point)])
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=3)
except TypeError as e:
    print(e)
try:
    Point(1, x=3)
except TypeError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()

vs = [Version(1, 2), Version(1, 0), Version(0, 9, ("beta",))]
print(sorted(vs))
print(Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    Version(1) < 3
except TypeError as e:
    print(e)

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    count: int = field(default=0, repr=False)
    secret: str = field(default="x", compare=False)

a = Inventory("a")
b = Inventory("a")
a.items.append(1)
print(a, b, a == b, a.items is b.items)
b.items.append(1)
print(a == b, Inventory("a", secret="y") == Inventory("a"))

@dataclass
class Base:
    id: int
    def describe(self):
        return f"#{self.id}"

@dataclass
class Child(Base):
    name: str = "?"
    def __post_init__(self):
        self.label = self.name.upper()

c = Child(7, "bob")
print(c, c.describe(), c.label)

try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
n = Node(1, [Node(2), Node(3, [Node(4)])])
print(n)
print(asdict(n))
print(Point.__match_args__)

# ---- more of dataclass's options ----
import dataclasses
from dataclasses import KW_ONLY, InitVar, MISSING
from typing import ClassVar


@dataclasses.dataclass(eq=False, repr=False)
class Plain:
    a: int
print(Plain(1) == Plain(1), Plain(1).a, hash(Plain(1)) != 0)


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1
    count: ClassVar[int] = 0


o = Options("x", level=3)
print(o, Options.count, [f.name for f in fields(Options)])
try:
    Options("x", True)
except TypeError as e:
    print(e)


@dataclass(kw_only=True)
class Config:
    host: str
    port: int = 80
print(Config(host="h"), Config(port=1, host="z"))
try:
    Config()
except TypeError as e:
    print(e)


@dataclass
class WithInit:
    total: int = field(init=False, default=0)
    values: list = field(default_factory=list)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.total = sum(self.values) * scale
print(WithInit([1, 2, 3], 2), WithInit())
try:
    replace(WithInit([1]), total=5)
except ValueError as e:
    print(e)


@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: str = field(default="", hash=False)
print(hash(Key(1, "x")) == hash(Key(1, "y")), Key(1, "x") == Key(1, "y"), len({Key(1), Key(1), Key(2)}))


@dataclass(frozen=True)
class Pair:
    left: int
    right: int
print(len({Pair(1, 2), Pair(1, 2), Pair(2, 1)}), Pair(1, 2) == Pair(1, 2))
try:
    del Pair(1, 2).left
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    @dataclass
    class Thaw(Pair):
        extra: int = 0
except TypeError as e:
    print(e)


@dataclass
class Custom:
    a: int

    def __repr__(self):
        return f"<Custom {self.a}>"
print(Custom(5), Custom(5) == Custom(5))

try:
    @dataclass(order=True)
    class Ordered:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int
except ValueError as e:
    print(e)


@dataclass
class Loop:
    name: str
    next: object = None
first = Loop("a")
first.next = first
print(first)


@dataclass
class Team:
    members: list
    meta: dict
    pair: tuple
t = Team([Point(1, 2)], {"k": Point(3)}, (Point(0), 5))
print(asdict(t))
print(astuple(t))
def keys_only(pairs):
    return [k for k, v in pairs]
print(asdict(Point(1, 2), dict_factory=keys_only))
print(dataclasses.fields(t)[0].name, dataclasses.is_dataclass(Team), fields(Point)[1].default)
try:
    fields(3)
except TypeError as e:
    print(e)
try:
    asdict(Point)
except TypeError as e:
    print(e)
print(field(default=1).default, field().default is MISSING)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)


@dataclass
class Shape:
    sides: int = 0

    def area(self):
        return 0


@dataclass
class Square(Shape):
    side: float = 1.0
    sides: int = 4

    def area(self):
        return self.side ** 2
s = Square(side=3.0)
print(s, s.area(), isinstance(s, Shape), [f.name for f in fields(s)])
print(Point.__annotations__, Inventory.__annotations__["items"])
