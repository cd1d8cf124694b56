# Builtins take their keyword arguments called directly, as values (f =
# int; partial(int, base=2)) and with ** and * arguments; print's sep
# and end may be any value of type str or None.
from functools import partial
int2 = partial(int, base=2)
print(int2("101"))
f = int
print(f("ff", base=16))
s = sorted
print(s([3, 1, 2], reverse=True), s(["bb", "a"], key=len))
st = str
print(st(b"ab", encoding="ascii"))
r = round
print(r(2.567, ndigits=1))
print(round(2.567, ndigits=1), round(number=2.5))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in zip("ab", [1, 2], strict=True):
    print(a, b)
for args in (([1, 2], [3]), ([1], [3, 4]), ([1, 2], [3, 4], [5]), ([1], [2], [3, 4])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1], [2, 3], strict=False)))
g = sorted
print(g([3, 1, 2], key=lambda v: -v), g("bca"))
try:
    g([1], reverse=None)
except TypeError as e:
    print(e)
try:
    ii = int
    ii("1", foo=2)
except TypeError as e:
    print(e)
ii = int
try:
    ii(base=2)
except TypeError as e:
    print(e)
print(ii("0x1f", 0), ii(), str(), dict(a=1))
dd = dict
print(dd(a=1, b=2), dd([(1, 2)], c=3))
print(sum([1, 2], start=10), pow(2, exp=10), pow(base=3, exp=2, mod=5), next(enumerate(iterable="ab")))
rr = round
print(rr(number=2.5), rr(7.25, ndigits=1))
try:
    rr(2.5, number=1)
except TypeError as e:
    print(e)
cfg = {"sep": "-", "end": "!\n"}
print("x", "y", **cfg)
print(int("101", **{"base": 2}))
args = ["ff", 16]
print(int(*args), max(*[3, 9, 2]), max(*[[1, 5]], key=lambda v: -v), sorted(*[[3, 1]], reverse=True))
opts = {"key": len, "reverse": True}
print(sorted(["a", "ccc", "bb"], **opts), str(*[b"hi", "ascii"]))
d = ["-", None, 3]
print(1, 2, sep=d[0])
print(1, 2, sep=d[1], end=d[0])
print()
cfg = {"end": "!\n"}
print("a", end=cfg["end"])
try:
    print(1, 2, sep=d[2])
except TypeError as e:
    print(e)
try:
    print(1, end=d[2])
except TypeError as e:
    print(e)
i = int
try:
    i(x=5)
except TypeError as e:
    print(e)
try:
    i("5", 10, base=2)
except TypeError as e:
    print(e)
s = str
print(s(b"ab", errors="strict", encoding="ascii"))
r = round
try:
    r(1.5, 2, ndigits=3)
except TypeError as e:
    print(e)
