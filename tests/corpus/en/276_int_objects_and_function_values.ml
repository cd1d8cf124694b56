# Values known only at run time (items of lists, results of function
# values) compared, added and used as indices: ints take an inline path,
# everything else (bools, big ints, floats, strs, subclasses, None) keeps
# Python's behaviour and errors.


class Num(int):
    def __lt__(self, other):
        print("Num.__lt__", int(self), other)
        return "yes"

    def __add__(self, other):
        return "Num+" + str(other)

    def __index__(self):
        return 1


class Seq:
    def __getitem__(self, i):
        return ("Seq", i)

    def __setitem__(self, i, v):
        print("Seq set", i, v)


def ident(x):
    return x


values = [0, 1, -1, 5, 256, 257, -6, 2**61 - 1, -2**61, 2**61, 2**64, -2**70, True, False, 2.5, float("nan"), Num(3)]
small = [ident(v) for v in [0, 3, -2, 2**62]]

for a in values:
    row = []
    for b in small:
        row.append((a < b, a <= b, a == b, a != b, a > b, a >= b))
    print(repr(a), row)

for a in values:
    for b in values:
        if a < b and not (b <= a) and a != b:
            pass
        elif a == b:
            pass

count = 0
for a in values:
    for b in values:
        if a < b:
            count += 1
        if a >= b:
            count += 100
        if a == b:
            count += 10000
print(count)

# an int on one side, an object on the other
n = 4
for x in values:
    print(n < x, x < n, n == x, x != n, 2**70 > x, -2**70 < x)

print(Num(3) < 5, 5 < Num(3), Num(2) + 1)

for bad in ["s", None, [1], (1,)]:
    for op in range(4):
        try:
            if op == 0:
                r = ident(bad) < 3
            elif op == 1:
                r = 3 >= ident(bad)
            elif op == 2:
                r = ident(bad) == 3
            else:
                r = ident(bad) != ident(3)
            print("ok", r)
        except TypeError as e:
            print("TypeError:", e)

# one operator on objects
big = ident(2**61 - 1)
print(big + 1, big + 1 - 1, -big - 2, big * 2, big - -1)
items = [ident(v) for v in [1, True, 2.5, 2**61, -2**61, "ab", [1], (2,), Num(7)]]
for a in items:
    out = []
    for b in [1, -1, 0.5, 2**61 if isinstance(a, (int, float)) else 3]:
        try:
            out.append(a + b)
        except TypeError as e:
            out.append("TypeError: " + str(e))
        try:
            out.append(a - b)
        except TypeError as e:
            out.append("TypeError: " + str(e))
        try:
            out.append(a * b)
        except TypeError as e:
            out.append("TypeError: " + str(e))
    print(out)

j = ident(10)
steps = 0
while j > 0:
    j -= 3
    steps += 1
print(j, steps)

acc = ident(2**61 - 5)
for i in range(10):
    acc += 1
print(acc, type(acc).__name__)

# objects as indices
data = [10, 20, 30, 40]
idx = [ident(v) for v in [0, 3, -1, -4, True, False]]
for i in idx:
    print(data[i], end=" ")
print()
for i in idx:
    data[i] = data[i] + 1
print(data)

containers = [data, (7, 8, 9, 10), "wxyz", {0: "zero", 1: "one", -1: "minus", True: "true"}, Seq(), range(5, 9)]
for c in containers:
    for i in [ident(1), ident(-1), ident(True)]:
        print(type(c).__name__, c[i])

for c in [[1, 2], (1, 2), "ab", {}, Seq()]:
    for i in [ident(5), ident(-3), ident(2**70), ident(1.0), ident("k"), ident(None), ident(slice(0, 1)), ident(Num(0))]:
        try:
            print("get", repr(c[i]))
        except Exception as e:
            print(type(e).__name__ + ":", e)
        try:
            c[i] = "v"
            print("set", c if not isinstance(c, Seq) else "Seq")
        except Exception as e:
            print(type(e).__name__ + ":", e)

perm = list(range(8))
k = perm[ident(5)]
lo = 0
while lo < k:
    t = perm[lo]
    perm[lo] = perm[k]
    perm[k] = t
    lo += 1
    k -= 1
print(perm)

# function values of every kind, right and wrong arity
def two(a, b=2):
    return a * b


def star(*args):
    return len(args)


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, extra):
        return self.v + extra

    def __call__(self, x):
        return ("called", x)


b = Box(5)
funcs = [lambda x: x + 1, two, star, len, Box, b.get, b, abs]
for f in funcs:
    try:
        r = f("ab") if f is len else f(3)
        print(type(r).__name__, r if not isinstance(r, Box) else r.v)
    except TypeError as e:
        print("TypeError:", e)
for f in [two, lambda: 1, lambda x, y: x, 42, None, "s"]:
    try:
        print(f(1, 2, 3))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(f(1))
    except TypeError as e:
        print("TypeError:", e)

# a builtin used as a value is one object, as in CPython
import math
f = ident(len)
g = ident(math.sqrt)
print(f is len, f == len, f in (abs, len), g is math.sqrt, {len: "len", abs: "abs"}[f], hash(g) == hash(math.sqrt))
for h in [len, math.sqrt]:
    try:
        h.attr = 1
        print("set", h.attr)
    except AttributeError as e:
        print("AttributeError:", e)

table = [ident(0), ident(1)]
print(data[table[1]] + data[table[0]])
print(data[ident(7)])
