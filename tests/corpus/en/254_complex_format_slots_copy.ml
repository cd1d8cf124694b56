import base64
import copy
from fractions import Fraction


class C:
    def __float__(self):
        return 2.5


class D:
    def __complex__(self):
        return 1 - 2j


class E:
    def __index__(self):
        return 7


print(complex(C()), complex(D()), complex(E()), complex(Fraction(1, 2)), complex(1, C()), complex(D(), 1))
print(format(1 + 2j, "#g"), format(12345.678 + 9876.5j, ",.2f"), format(12345.678 + 1j, ","), format(-1.5 - 0.5j, "_.1f"))
print(format(3j, "+.2f"), format(3j, ".2f"), format(3j, ""), format(1 + 2j, "^20.3e"), format(2.5 + 0j, "<12"), format(-0.0 + 1j, "g"))
for spec in ("020", "=10", "010.2f", "n", "%"):
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(e)
for v in ("x", [1], None, 0x110000, -1):
    for f in ("%f", "%c"):
        try:
            print(f % v)
        except (TypeError, OverflowError, ValueError) as e:
            print(type(e).__name__, e)


class P:
    __slots__ = ("x", "y")


p = P()
p.x = [1, 2]
q = copy.copy(p)
r = copy.deepcopy(p)
print(q.x is p.x, r.x == p.x, r.x is p.x, hasattr(r, "y"))
for bad in (lambda: base64.decodebytes("abc"), lambda: base64.encodebytes("abc")):
    try:
        bad()
    except TypeError as e:
        print(e)
