import math
import fractions
from fractions import Fraction as F


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# ---------------------------------------------------------------- construction
print(F(), F(3), F(-4, 6), F(10, -8), F(0, 5), F(True), F(3, True), repr(F(7, 21)))
print(F(F(1, 7), 5), F(F(1, 7), F(2, 3)), F(4, F(2, 3)), F(F(3, 4)))
print(F(1.5), F(0.1), F(-2.75), F(1e-10), F(2.0 ** 60), F(0.0), F(-0.0), F(1e300).denominator)
for s in ["3/4", "-35/4", "314", "  3.1415  ", "-47e-2", "1.5", ".5", "5.", "+7", "1e3", "1E-3", "2.5e+2",
          "1_000", "1_0/2_0", "0.1_2", "\t-0\n", "00012/0004"]:
    print(repr(s), repr(F(s)))
for s in ["", "abc", "1/", "/2", "1/-2", "1.5/2", "1e", "1__0", "_1", "1_", "3/0x", ". 5", "1 /2", "e5", "--1", "1.2.3", "inf", "nan"]:
    show(repr(s), lambda: F(s))
show("F(1, 0)", lambda: F(1, 0))
show("F(-7, 0)", lambda: F(-7, 0))
show("F('5/0')", lambda: F("5/0"))
show("F(1.5, 2)", lambda: F(1.5, 2))
show("F([])", lambda: F([]))
show("F(None)", lambda: F(None))
show("F(inf)", lambda: F(float("inf")))
show("F(nan)", lambda: F(float("nan")))
print(F.from_float(0.25), F.from_float(3), repr(F.from_float(-1e-5)))
show("from_float str", lambda: F.from_float("1"))
x = F(22, 7)
print(x.numerator, x.denominator, x.as_integer_ratio(), F(-3, 9).as_integer_ratio(), str(x), str(F(4, 2)), repr(F(-1, 3)))

# ---------------------------------------------------------------- arithmetic
a = F(1, 3)
b = F(-5, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), b // a, b % a, divmod(b, a))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 4, 4 / a, a // 1, 7 // a, a % 1, 7 % a, divmod(7, a), divmod(a, 2))
print(a + 0.5, 0.5 + a, a - 0.5, 0.5 - a, a * 1.5, 1.5 * a, a / 0.25, 0.25 / a, a // 0.1, 1.0 // a, a % 0.1, 1.0 % a)
print(divmod(a, 0.1), divmod(2.5, a), a + True, True - a)
print(a ** 2, a ** -2, b ** 3, b ** -3, a ** 0, F(0) ** 5, a ** F(2), a ** F(-1), F(4) ** F(1, 2), a ** 0.5, F(9, 4) ** 0.5)
print(2 ** F(3), 2 ** F(-3), 2 ** F(1, 2), 2.0 ** F(2), 2.0 ** F(1, 2), F(1, 2) ** F(1, 2), 4 ** F(1, 2), F(2) ** -1)
print(-a, (-b).__abs__(), b.__abs__(), a.__pos__(), b.__neg__())
print(F(1, 6) + F(1, 3), F(1, 6) - F(1, 6), F(3, 4) * F(4, 3), F(3, 4) / F(3, 4), sum([F(1, n) for n in range(1, 8)]))
print(F(10 ** 30, 3) + F(1, 3), F(2, 10 ** 20) * F(10 ** 20, 4))
show("a / 0", lambda: a / 0)
show("a / F(0)", lambda: a / F(0))
show("0 / F(0)", lambda: 0 / F(0))
show("a // 0", lambda: a // 0)
show("a % 0", lambda: a % 0)
show("divmod(a, 0)", lambda: divmod(a, 0))
show("a / 0.0", lambda: a / 0.0)
show("F(0) ** -1", lambda: F(0) ** -1)
show("a + 's'", lambda: a + "s")
show("'s' + a", lambda: "s" + a)
show("a * None", lambda: a * None)
show("[] + a", lambda: [] + a)
show("'s' * a", lambda: "s" * a)
show("a - None", lambda: a - None)

# ---------------------------------------------------------------- conversions, rounding
c = F(7, 2)
d = F(-7, 2)
# int(), float() and abs() do not call __int__, __float__ and __abs__ in the compiler yet: the methods are called
print(c.__int__(), d.__int__(), math.floor(c), math.floor(d), math.ceil(c), math.ceil(d), math.trunc(c), math.trunc(d))
print(round(c), round(d), round(F(5, 2)), round(F(-5, 2)), round(F(1, 3)), round(F(2, 3)))
print(round(F(22, 7), 2), round(F(22, 7), 0), round(F(1234567, 10), -2), round(F(-1, 8), 2), round(F(15, 1000), 2))
print(c.__float__(), F(1, 3).__float__(), F(10 ** 400, 10 ** 399).__float__(), F(-1, 7).__float__())
print(bool(F(0)), bool(F(1, 100)), str(F(0, -3)), F(2, 4) == F(1, 2))

# ---------------------------------------------------------------- comparisons, hashing
print(a == F(2, 6), a == 1, F(3) == 3, F(3, 1) == 3.0, F(1, 2) == 0.5, F(1, 3) == 1 / 3, a == "x", a != b, a != F(1, 3))
print(a < b, a > b, a <= a, b >= a, a < 1, a > 0.3, a < 0.34, 0 < a, 0.5 > a, a < float("inf"), a > float("-inf"))
print(a == float("nan"), a < float("nan"), a > float("nan"), F(0) == 0.0, F(0) == -0.0)
print(sorted([F(1, 2), F(-1), F(1, 3), F(5, 4)]), max(F(1, 2), F(2, 3)), min([F(7, 3), 2, 2.5]))
show("a < 's'", lambda: a < "s")
show("a >= None", lambda: a >= None)
for v in [F(1, 2), F(-1, 2), F(3), F(-1), F(0), F(22, 7), F(-22, 7), F(1, 3), F(10 ** 20, 7), F(1, 2 ** 61 - 1),
          F(2 ** 61 - 1, 3), F(7, 2 ** 61 - 1), F(-1, 2 ** 61 - 1)]:
    print(v, hash(v), end="; ")
print()
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)) == hash(-1), len({F(1, 2), 0.5, F(2, 4), 1}))
print({F(1, 2): "half"}[0.5], F(3) in {3: 1})

# ---------------------------------------------------------------- limit_denominator
pi = F("3.141592653589793")
print(pi.limit_denominator(10), pi.limit_denominator(100), pi.limit_denominator(), F(4321, 8765).limit_denominator(10000))
print(F(1, 3).limit_denominator(1), F(2, 3).limit_denominator(1), F(1, 2).limit_denominator(1), F(3, 2).limit_denominator(1))
print(F(0.1).limit_denominator(), F(-0.1).limit_denominator(1000), F(1.1).limit_denominator(7), F(5, 8).limit_denominator(3))
show("limit 0", lambda: pi.limit_denominator(0))
print(isinstance(a, F), type(a).__name__, fractions.Fraction is F)


class Money(F):
    pass


m = Money(3, 4)
print(repr(m), type(m).__name__, m + 1, type(m + 1).__name__, m == F(3, 4))

h = fractions.Fraction(1, 2)
print(h + 1j, 1j + h, h * (2 + 2j), (2 + 2j) / h, h - 1j, 1j - h, h ** 2, h == 0.5 + 0j, h == 0.5 + 1j, h != 1j)
try:
    print(h // 1j)
except TypeError as e:
    print(e)
