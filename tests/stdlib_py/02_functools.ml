import functools
from functools import reduce, partial, cmp_to_key, lru_cache, cache, wraps
from functools import total_ordering, update_wrapper


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


def add(a, b):
    return a + b


# reduce
print(reduce(add, [1, 2, 3, 4, 5]))
print(reduce(add, [1, 2, 3], 10))
print(reduce(add, [], 0), reduce(add, [7]), reduce(add, [], None))
print(reduce(lambda acc, x: acc * 10 + x, range(1, 6)))
print(reduce(lambda a, b: a if a > b else b, [3, 9, 2, 7]))
print(reduce(add, ["a", "b", "c"]), reduce(add, [[1], [2]], []))
print(reduce(add, iter((1.5, 2.5))), reduce(add, {4: 0, 5: 0}))
print(reduce(lambda a, b: a + [b], "xyz", []))
print(functools.reduce(max, [5, 1, 8, 3]))
show("reduce empty", lambda: reduce(add, []))
show("reduce empty iter", lambda: reduce(add, iter([])))
show("reduce 4 args", lambda: reduce(add, [], 1, 2))
show("reduce(add, 5)", lambda: reduce(add, 5))
show("reduce bad add", lambda: reduce(add, [1, "a"]))

# partial
def power(base, exponent):
    return base ** exponent


square = partial(power, exponent=2)
print(square(5), square(base=3), square(4, exponent=3))
two_to = partial(power, 2)
print(two_to(10), two_to.func(3, 2), two_to.args, two_to.keywords)
print(square.args, square.keywords, square.func(2, 5))


def make_f3():
    # (a top-level def with *args or **kwargs cannot be called through a
    # value yet: a nested one can)
    def f3(a, b, c=0, *rest, **kw):
        return (a, b, c, rest, sorted(kw.items()))

    return f3


f3 = make_f3()


p = partial(f3, 1, z=9)
print(p(2), p(2, 3, 4, 5, y=8), p(2, z=10))
pp = partial(p, 7, y=1)
print(pp(), pp.func(1, 2), pp.args, pp.keywords)
print(partial(add)(1, 2), partial(add, 1, 2)())
print(list(map(partial(add, 10), [1, 2, 3])))
print(sorted(["bb", "a", "ccc"], key=partial(len)))


class Shouter:
    def __call__(self, *args, **kw):
        return "called " + repr(args) + " " + repr(kw)

    def __repr__(self):
        return "Shouter()"


sp = partial(Shouter(), 1, "x", k=2)
print(sp(3), repr(sp))
print(repr(partial(Shouter())))
show("partial(5)", lambda: partial(5))
show("partial()", lambda: partial())
show("partial too many", lambda: partial(add, 1, 2, 3)())

# cmp_to_key
def compare_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(compare_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted(words, key=cmp_to_key(compare_len_then_alpha), reverse=True))
print(max([3, 10, 7], key=cmp_to_key(lambda a, b: (a % 5) - (b % 5))))
print(min(["b", "aa", "c"], key=cmp_to_key(compare_len_then_alpha)))
k = cmp_to_key(lambda a, b: a - b)
print(k(1) < k(2), k(2) < k(1), k(1) == k(1), k(1) != k(2), k(3) >= k(3), k(3) <= k(2), k(5) > k(4))
print(k(42).obj)
words.sort(key=cmp_to_key(lambda a, b: (a[-1] > b[-1]) - (a[-1] < b[-1])))
print(words)
show("hash of key", lambda: hash(k(1)))
show("key < 3", lambda: k(1) < 3)

# lru_cache and cache
@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
print(fib(10), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
print(fib(5), fib.cache_info(), fib.cache_parameters())


@lru_cache(maxsize=None)
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print(ways(60), ways.cache_info())
print(ways.cache_parameters())

calls = []


@lru_cache(maxsize=2)
def slow_square(x):
    calls.append(x)
    return x * x


for x in [1, 2, 1, 3, 2, 1, 1, 4]:
    slow_square(x)
print(calls, slow_square.cache_info())
info = slow_square.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print(info == (3, 5, 2, 2), info[0], list(info), len(info))
hits, misses, maxsize, currsize = info
print(hits, misses, maxsize, currsize)


@lru_cache(maxsize=0)
def never(x):
    return x


print(never(1), never(1), never([2]), never.cache_info())


@lru_cache(-5)
def negative(x):
    return x


print(negative(3), negative.cache_info())


@lru_cache(typed=True)
def typed_id(x):
    calls.append(("typed", x))
    return x


calls.clear()
print(typed_id(1), typed_id(1.0), typed_id(True), typed_id(1), typed_id.cache_info())
print(calls)


@lru_cache()
def untyped(x):
    calls.append(("untyped", x))
    return x


calls.clear()
print(untyped(1), untyped(1.0), untyped(True), untyped.cache_info())
print(calls)


@lru_cache(maxsize=32)
def kwfunc(a, b=0, *, c=1):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(kwfunc(1), kwfunc(1, 0), kwfunc(1, b=0), kwfunc(a=1, b=0), kwfunc(1, c=1), kwfunc(1, b=0))
print(calls, kwfunc.cache_info())
show("unhashable", lambda: fib([1]))
print(fib.cache_info())


@cache
def factorial(n):
    return n * factorial(n - 1) if n else 1


print(factorial(30), factorial.cache_info())
print(factorial(31), factorial.cache_info())
print(type(factorial).__name__)


def solve(grid):
    # (a decorator on a nested def is not supported yet: applied by hand)
    def paths(r, c):
        if r == 0 or c == 0:
            return 1
        return paths(r - 1, c) + paths(r, c - 1)

    paths = lru_cache(maxsize=None)(paths)
    return paths(grid, grid), paths.cache_info().currsize


print(solve(16))
cached_len = lru_cache(maxsize=4)(len)
print(cached_len("abc"), cached_len("abc"), cached_len.cache_info())
show("lru_cache('a')", lambda: lru_cache("a"))

# wraps and update_wrapper
def logged(func):
    def wrapper(*args, **kwargs):
        print("calling with", args, kwargs)
        return func(*args, **kwargs)

    return wraps(func)(wrapper)


@logged
def greet(name, punctuation="!"):
    return "hello " + name + punctuation


print(greet("world"), greet("you", punctuation="?"))


def plain(x):
    return x + 1


def other(x):
    return plain(x) * 2


print(update_wrapper(other, plain)(3), other(3))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

# total_ordering (called as a function after the class)
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return "Version(" + str(self.major) + ", " + str(self.minor) + ")"


total_ordering(Version)
a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= Version(1, 2), a >= Version(1, 2), b > a)
print(sorted([Version(2, 0), a, b]), max(a, b))


class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __eq__(self, other):
        return self.kg == other.kg

    def __ge__(self, other):
        return self.kg >= other.kg


total_ordering(Weight)
w1, w2 = Weight(1), Weight(2)
print(w1 < w2, w1 > w2, w1 <= w2, w1 >= w2, w2 <= w2, w2 < w2)


class Level:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __gt__(self, other):
        return self.n > other.n


total_ordering(Level)
print(Level(1) < Level(2), Level(1) >= Level(2), Level(3) <= Level(3), Level(2) > Level(1))


class Rank:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return self.n == other.n

    def __le__(self, other):
        return self.n <= other.n


total_ordering(Rank)
print(Rank(1) < Rank(2), Rank(1) > Rank(2), Rank(2) >= Rank(2), Rank(2) < Rank(2))


class NoOrder:
    pass


show("total_ordering(NoOrder)", lambda: total_ordering(NoOrder))
