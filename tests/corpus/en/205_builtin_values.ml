# Builtins as values: print, range, enumerate, map, filter, isinstance,
# iter, next, reversed, getattr, setattr, hasattr and format passed around
# and called later, keywords included, with CPython's errors.
import functools

out = print
out("a", "b", sep="-", end="!\n")
list(map(print, [1, 2]))
make_range = range
print(list(make_range(3)), list(make_range(1, 7, 2)), make_range(5))
count = enumerate
print(list(count("ab")), list(count("ab", 1)), list(count("ab", start=5)))
apply_all = map
pairs = apply_all(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])
print(type(pairs).__name__, next(pairs), list(pairs))
keep = filter
print(list(keep(None, [0, 1, "", "x"])), list(keep(lambda v: v > 1, range(4))))
checks = [isinstance, hasattr]
print(checks[0](3, int), checks[1]("s", "upper"))
step = next
sources = [iter([1, 2]), iter("xy")]
print(list(map(step, sources)), step(iter([]), "empty"))
backwards = reversed
print(list(backwards([1, 2, 3])), "".join(backwards("abc")))
read, write = getattr, setattr


class Box:
    pass


box = Box()
write(box, "v", 9)
print(read(box, "v"), read(box, "w", "default"))
shape = format
print(shape(3.14159, ".2f"), shape(42), shape(255, "#x"))
print(functools.reduce(lambda a, b: a + b, map(int, "123")))
print(repr(print), out is print)


class Log:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


log = Log()
out("x", 1, file=log)
out("y", file=None)
print(log.parts)
for bad in [lambda: out("z", bad=1), lambda: make_range(), lambda: checks[0](1),
            lambda: count([], 0, 1), lambda: step(), lambda: make_range(1.5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
