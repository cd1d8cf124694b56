# f(*t) and f(**d): arguments bound at run time, as CPython binds them.
def f(a, b, c=3):
    return a * 100 + b * 10 + c

t = (1, 2)
d = {"b": 5, "a": 1}
print(f(*t))
print(f(**d))
print(f(*t, c=9))
print(f(1, *[2]))
print(f(*[1], **{"c": 0, "b": 4}))
print(f(*[int(ch) for ch in "12"][:1], 7))

def g(x, *rest, sep="-", **opts):
    return str(x) + sep + str(rest) + sep + str(sorted(opts.items()))

print(g(*range(4)))
print(g(1, *[2, 3], **{"sep": "+", "z": 1, "y": 2}))
print(g(**{"x": 0}))

def h(a, /, b, *, c):
    return [a, b, c]

print(h(*[1, 2], **{"c": 3}))
print(h(1, **{"b": 2, "c": 3}))

xs = [3, 1, 2]
print(*xs)
print(*xs, sep=", ", end=".\n")
print("items:", *sorted(xs), *"ab")
print(*[])
words = ["x", "y"]
print(*words, 42, *[1.5, None, True])
