def f(a, b=2, *rest, c, d=4, **extra):
    print(a, b, rest, c, d, sorted(extra.items()))


def g(x, /, y, *, z=0):
    return x * 100 + y * 10 + z


def h(*args):
    total = 0
    for v in args:
        total += v
    return total, len(args)


f(1, c=3)
f(1, 5, 6, 7, c=8, e=9, d=10, a_b=11)
print(g(1, 2), g(1, y=3, z=4), h(), h(1, 2, 3))
f(1)
