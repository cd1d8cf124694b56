# A def is one function object wherever its name is read: `is`, equality,
# dict keys and set members work as in CPython (with defaults and *args too),
# and a def with *args called through its value packs its arguments.
def add(a, b):
    return a + b


def scale(x, k=2):
    return x * k


def total(*xs):
    return sum(xs)


names = {add: "add", scale: "scale", total: "total"}
print(names[add], names[scale], names[total])
print(add is add, scale == scale, total is not add, len({add, add, scale, total}))
pick = scale
print(pick is scale, names[pick], pick(5), [f(3) for f in (scale, total)], total(1, 2))
registry = {}


def register(f):
    registry[f] = len(registry)
    return f


@register
def first():
    return 1


print(registry[first], first in registry, first())
