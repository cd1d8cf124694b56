# zip and enumerate are lazy iterators; comparisons give what __lt__ gives;
# a builtin type's method taken from a value is bound to it; positional-only
# parameters in methods; functions know their names.

def counter(label):
    n = 0
    while True:
        print("  next", label, n)
        yield n
        n += 1

pairs = zip(counter("a"), "xy")
print(type(pairs).__name__)
print(next(pairs))
print(list(pairs))
numbered = enumerate(["red", "green", "blue"], start=10)
print(next(numbered), next(numbered))
print(list(numbered), list(numbered))
it = iter(range(6))
print(list(zip(it, it)))
print(dict(zip("abc", range(3))), list(zip()))
for i, (a, b) in enumerate(zip([1, 2, 3], [4, 5, 6])):
    print(i, a * b)

class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, other):
        return "older" if self.parts < other.parts else ""
    def __eq__(self, other):
        return [self.parts, other.parts]
    def __repr__(self):
        return "v" + ".".join(str(p) for p in self.parts)

old, mid, new = Version(1, 2), Version(1, 10), Version(2, 0)
print(old < mid, repr(new < old))
print(old < mid < new, repr(mid < new < old))
print(old == new)
print([old] < [mid], (new, 1) < (new, 2))
if old < new:
    print("old first")
if not (new < old):
    print("new not first")
print(sorted([new, old, mid]))
values = [3, 1, 2]
print(values[0] < values[1], 1 < values[0] < 5, values == [3, 1, 2])

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(max(counts, key=counts.get))
get = counts.get
print(get("the"), get("cat"), get("cat", 0))
seen = []
remember = seen.append
for w in ["b", "a", "b"]:
    remember(w.upper())
print(seen)
shout = "hello".upper
split = "a,b,,c".split
print(shout(), split(","), split(",", 1), split())
print(list(map("{}!".format, ["hi", "yo"])))
print(list(filter(str.isdigit, "a1b2c3")))
print(type(shout).__name__)
for call in [lambda: shout(1), lambda: get(), lambda: remember()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class Point:
    def __init__(self, px, py, /, scale=1):
        self.px, self.py = px * scale, py * scale
    def moved(self, dx, dy=0, /, *, times=1):
        return Point(self.px + dx * times, self.py + dy * times)
    def __repr__(self):
        return "Point(%d, %d)" % (self.px, self.py)

p = Point(1, 2, scale=3)
print(p, p.moved(1), p.moved(1, 1, times=2))
try:
    p.moved(dx=1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point(px=1, py=2)
except TypeError as e:
    print("TypeError:", e)

def outer():
    def inner(a, b, /):
        return a - b
    try:
        inner(1, b=2)
    except TypeError as e:
        print("TypeError:", e)
    return inner

def logged(func):
    def wrapper(*args):
        print("calling", func.__name__)
        return func(*args)
    return wrapper

@logged
def area(w, h, /):
    return w * h

print(area(3, 4), area.__name__, outer().__name__, outer().__qualname__)
print(Point.moved.__qualname__, p.moved.__name__, len.__name__, (lambda: 0).__name__)
