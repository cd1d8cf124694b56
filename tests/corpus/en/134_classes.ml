# Classes: attributes, methods, defaults, special methods, inheritance, super(), C3, user exceptions.
class Counter:
    count = 0
    label = "counter"

    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step
        Counter.count += 1

    def tick(self, times=1):
        for _ in range(times):
            self.value += self.step
        return self

    def __repr__(self):
        return f"Counter({self.value}, step={self.step})"

    def __len__(self):
        return self.value

    def __bool__(self):
        return self.value != 0


a = Counter()
b = Counter(10, 5)
a.tick().tick(3)
b.tick(2)
print(a, b, Counter.count, a.count, a.label)
print(len(a), bool(Counter()), bool(b), Counter.count)
print(str(a), repr(b), f"{a}!")
if a:
    print("a is truthy")


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Point(self.x * k, self.y * k)

    def __neg__(self):
        return Point(-self.x, -self.y)

    def __str__(self):
        return "(" + str(self.x) + ", " + str(self.y) + ")"

    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"

    def norm2(self):
        return self.x * self.x + self.y * self.y


pts = [Point(3, 1), Point(1, 2), Point(1, -1)]
print(sorted(pts))
print(max(pts), min(pts))
print(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) in pts)
s = {Point(1, 2), Point(1, 2), Point(0, 0)}
print(len(s))
d = {Point(1, 2): "a"}
print(d[Point(1, 2)])
p = Point(1, 2) + Point(3, 4) * 2 - Point(1, 1)
print(p, -p, p.norm2(), str(p), [p])
print(sorted(pts, key=lambda q: q.norm2()))


class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def describe(self):
        return self.name + " is a " + self.kind + ": " + self.speak()


class Dog(Animal):
    kind = "dog"

    def speak(self):
        return self.name + " barks"


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " softly"


for x in [Animal("Generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(x.describe(), type(x).__name__, isinstance(x, Dog), isinstance(x, (Puppy, int)))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy("Z", 2).age, Dog.kind, Animal.speak(Dog("Y")))


class A:
    def who(self):
        return "A"


class B(A):
    def who(self):
        return "B" + super().who()


class C(A):
    def who(self):
        return "C" + super().who()


class D(B, C):
    def who(self):
        return "D" + super().who()


print(D().who())


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __contains__(self, x):
        return x in self.items


st = Stack()
for i in range(5):
    st.push(i * i)
print(len(st), st[1], st[-1], 9 in st, 10 in st, st.pop(), len(st))
print(st.items.count(4), " ".join([str(v) for v in st.items]))


class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(field + ": " + problem)
        self.field = field


class NotFound(Exception):
    pass


def check(n):
    if n < 0:
        raise ValidationError("n", "negative")
    if n == 0:
        raise NotFound("zero")
    return n


for v in [3, -1, 0]:
    try:
        print(check(v))
    except ValueError as e:
        print("value error:", e, e.field, type(e).__name__, e.args)
    except NotFound as e:
        print("not found:", e, repr(e))

try:
    Point(1, 2).z
except AttributeError as e:
    print(e)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    Stack().nothing()
except AttributeError as e:
    print(e)
obj = Point(5, 6)
obj.z = 7
print(obj.z, obj.x)
