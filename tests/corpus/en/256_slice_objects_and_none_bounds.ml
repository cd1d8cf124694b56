def f(a=None, b=None):
    return [1, 2, 3, 4][a:b]


print(f(), f(1), f(None, 2))


class R:
    def __getitem__(self, k):
        return k


r = R()
print(r["a":"b"], r[1.5:None:"x"], r[::None])
print(slice(1, 5).indices(10), slice(None, None, -1).indices(4), slice(-3, None).indices(5))
try:
    print([1, 2, 3]["a":])
except TypeError as e:
    print(e)
try:
    print("abc"[1.0:])
except TypeError as e:
    print(e)
xs = list(range(10))
xs[None:3] = ["a"]
print(xs, xs[None:None:2], "hello"[None:3], (1, 2, 3)[None:])
del xs[None:2]
print(xs)
for s in (slice(5, None, -2), slice(-100, 100), slice(None), slice(2, 8, 3), slice(100, -100, -1)):
    print(s.indices(7), list(range(*s.indices(7))) == list(range(7))[s])
for bad in (lambda: slice(1, 2, 0).indices(3), lambda: slice(1, 2).indices(-1), lambda: slice("a", 2).indices(3), lambda: slice(1, 2).indices(2.5)):
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 2


class F:
    def __float__(self):
        return "x"


print(slice(I(), None).indices(5), [0, 1, 2, 3][slice(I(), None)], "abcd"[slice(None, I())], slice(10 ** 30, None, -1).indices(4))
for bad in (lambda: slice(1, 2).indices(None), lambda: slice(1, 2).indices(), lambda: complex(F()), lambda: complex(None), lambda: [1, 2][slice("a", 1)], lambda: "%c" % None):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
