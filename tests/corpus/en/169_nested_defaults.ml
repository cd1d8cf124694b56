# Defaults of nested defs and lambdas, evaluated where the def or lambda is (lambda x, k=k: ...)
fs = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in fs])
def outer(base):
    def inner(a, b=2, c=base * 10):
        return a + b + c
    return inner(1), inner(1, 5), inner(1, c=0), inner(a=4, b=0)
print(outer(3))
def counter():
    total = 0
    def add(n=1, *rest):
        nonlocal total
        total += n + sum(rest)
        return total
    return add
add = counter()
print(add(), add(5), add(1, 2, 3), add())
g = lambda a, b=[]: b.append(a) or b
print(g(1), g(2), g([3], []))
h = lambda s, sep=", ": sep.join(s)
print(h(["a", "b"]), h("xyz", "-"))
try:
    outer(1)
    (lambda a, b=1: a)()
except TypeError as e:
    print("TypeError:", e)
