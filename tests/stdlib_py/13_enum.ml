import json
from enum import Enum, IntEnum, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name} is {self.value}"

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color(2), Color["BLUE"], Color.GREEN.describe())
print(Color.RED in Color, Color.RED == Color.RED, Color.RED != Color.BLUE, Color.RED == 1)
print(Color, type(Color.RED), isinstance(Color.RED, Color), type(Color).__name__)
print({c: c.value for c in Color}, Color.__members__)
print(f"{Color.RED}", str(Color.GREEN), hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
try:
    print(Color.RED < Color.BLUE)
except TypeError as e:
    print(e)

class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3

print(Num.TWO, repr(Num.TWO), Num.TWO + 1, Num.TWO * Num.THREE, Num.ONE == 1, Num.ONE < Num.THREE)
print(sorted([Num.THREE, Num.ONE]), Num(3), [10, 20, 30, 40][Num.TWO], f"{Num.THREE}", str(Num.ONE))
print({1: "one"}[Num.ONE], int(Num.TWO), isinstance(Num.ONE, int), max(Num))

class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()
print(list(Step), [s.value for s in Step])

class Mood(StrEnum):
    HAPPY = auto()
    SAD = "down"
print(Mood.HAPPY, repr(Mood.SAD), Mood.HAPPY == "happy", Mood("down"), Mood.SAD.upper())

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(Planet.EARTH.mass, round(Planet.EARTH.gravity, 2), Planet.MERCURY.value)

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)

try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print(e)

class Shape(Enum):
    SQUARE = 4
    TRIANGLE = 3

    @classmethod
    def _missing_(cls, value):
        if value == 0:
            return cls.SQUARE
        return None
print(Shape(0), Shape(3))
for s in reversed(Shape):
    print(s.name, end=" ")
print()
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")

class Level(IntEnum):
    ONE = 1
    TWO = 2
print(json.dumps({"n": Level.ONE, "list": [Level.TWO]}), Level.ONE | Level.TWO, -Level.TWO, abs(Level.ONE), Level.TWO ** 2, divmod(Level.TWO, 2))
print(Level.ONE + Level.TWO, type(Level.ONE + Level.TWO).__name__, str(Level.TWO + 0), Level.TWO / 2, round(Level.TWO))
print(set(Level), {Level.ONE, 1}, Level.ONE in {1, 2}, len(Level), list(reversed(Level)))
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def parse(cls, text):
        return cls(text.lower())
print(Status.parse("ACTIVE"), Status("inactive").name, [s.value for s in Status])
print(Status._member_names_, sorted(Status.__members__))
x = Status.ACTIVE
if x is Status.ACTIVE:
    print("is active")
print(f"{Status.ACTIVE!r} {Status.ACTIVE!s} {Level.ONE:03d} {Level.TWO:>4}|")
print(Level.ONE == Num.ONE, Level.TWO in Num.__members__.values(), list(Num) + list(Level))
try:
    del Color.RED
except AttributeError as e:
    print(e)
print(Color.RED.__class__, Color.RED.__class__.__name__, Num.__mro__[1].__name__)
