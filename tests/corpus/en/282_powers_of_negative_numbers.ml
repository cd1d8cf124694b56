# Powers of typed numbers: a negative base to a fractional power is a
# complex number, as in CPython; literal exponents of integer value and
# bases that are never negative stay floats.
def roots(x, y):
    print(x ** 0.5, y ** 0.5)
    print(x ** 2.0, x ** -1, x ** 3, (-x) ** 2.0)
    print(abs(x) ** 0.5, abs(y) ** 1.5, 2.0 ** x, 0.5 ** y)
    r = x ** y
    print(r, type(r).__name__)
    return r


print(roots(4.0, 2.5))
print(roots(-8.0, 1.0 / 3.0))
print(roots(-2.0, 2.0))
print((-0.0) ** 0.5, (-0.0) ** 2.0, 0.0 ** 0.5)
print(roots(-1.5, float("inf")), roots(-0.5, float("inf")))
n = -27
print(n ** (1 / 3), n ** 2.0, (n * 1.0) ** 0.25)
total = 0.0
for k in range(-3, 4):
    v = k * 1.5
    p = v ** 0.5
    total += abs(p)
    print(k, p)
print(round(total, 6))
z = (-2.0) ** 0.5
print(z, z.real, z.imag, abs(z) ** 2 > 1.99)
w = 0.0
w **= 1.5
print(w)
q = -4.0
q **= 0.5
print(q)
try:
    print(((-1.5) ** 0.5) // 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print(0.0 ** -0.5)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1e300 ** 1.5)
except OverflowError as e:
    print("OverflowError:", e)
print(3 < (-3.0) ** 0.5)
