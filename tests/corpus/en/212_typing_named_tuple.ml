# typing.NamedTuple as a base class: annotated fields, defaults, methods of
# its own, and everything a named tuple does.
from typing import List, NamedTuple, Optional
from typing import NamedTuple as Record


class Point(NamedTuple):
    x: int
    up: int = 0

    def norm2(self) -> int:
        return self.x * self.x + self.up * self.up

    def moved(self, dx: int, dy: int) -> "Point":
        return self._replace(x=self.x + dx, up=self.up + dy)


class Student(Record):
    name: str
    marks: List[int]
    tutor: Optional[str] = None

    def average(self):
        return sum(self.marks) / len(self.marks)

    def __str__(self):
        return self.name + " (" + format(self.average(), ".1f") + ")"


p = Point(3, 4)
print(p, p.norm2(), p.x, p[1], p[-1], Point(5), Point(up=1, x=2))
x, up = p
print(x, up, p.moved(1, 1), p._asdict(), p == Point(3, 4), p == (3, 4), p != Point(4, 3))
print(Point._fields, Point._field_defaults, Point._make([7, 8]), len(p), list(p), 4 in p)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]), max(Point(0, 9), Point(1, 0)))
seen = {Point(1, 2): "a", Point(1, 2): "b"}
print(seen, hash(Point(1, 2)) == hash((1, 2)), isinstance(p, Point), type(p).__name__)

people = [Student("Ada", [90, 85]), Student("Alan", [70, 95, 80], "Max")]
for s in people:
    print(s, repr(s), s.tutor)
total = 0
for name, marks, tutor in people:
    total += len(marks)
print(total)

try:
    Point(1, 2, 3)
except TypeError as err:
    print("TypeError:", err)
try:
    Point()
except TypeError as err:
    print("TypeError:", err)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: int
except TypeError as err:
    print("TypeError:", err)
try:
    class Worse(NamedTuple):
        a: int

        def _asdict(self):
            return {}
except AttributeError as err:
    print("AttributeError:", err)
