# := inside comprehensions binds in the enclosing scope (PEP 572);
# print reads its arguments in order, as CPython evaluates them.
def f(xs):
    total = 0
    ys = [total := total + x for x in xs]
    print(ys, total)
    found = any((hit := x) > 2 for x in xs)
    print(found, hit)
    data = {k: (last := v * 2) for k, v in zip("abc", xs)}
    print(data, last)
    s = {(m := x % 2) for x in xs}
    print(s, m)
    g = ((q := x) for x in xs)
    print(next(g), q, next(g), q)
    return [(w := a) + b for a in range(2) for b in range(2) if (c := a + b) >= 0], w, c

print(f([1, 2, 3, 4]))
import re
lines = ["a=1", "b", "c=3"]
print([m.group(1) for line in lines if (m := re.match(r"\w=(\d)", line))])
print([(n, sq) for n in range(5) if (sq := n * n) > 3])
k = 0
def bump_k():
    global k
    k += 1
    return k
print(bump_k(), k, bump_k(), k)
def outer():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    print(bump(), n, bump(), n)
outer()
class P:
    def __str__(self):
        global k
        k += 10
        return "P"
k = 0
x = 1
print(P(), k, x, (x := 5), x)
def rebinds():
    y = 1
    print(y, (y := 2), y)
rebinds()
def f2(xs):
    g = ((q := x) for x in xs)
    print(next(g), q, next(g), q)
    h = (x for x in xs)
    t = (next(h), q, next(g), q)
    print(t)
f2([1, 2, 3, 4])
