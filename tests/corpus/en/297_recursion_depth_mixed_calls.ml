# The recursion limit counts every Python frame alike, whether it was
# called directly, through a function value, a method, the runtime (a sort
# key, a generator) or a callable object: the depth where RecursionError
# stops each chain is CPython's.
import sys


def direct(n):
    try:
        return direct(n + 1)
    except RecursionError:
        return n


def via_value(n):
    try:
        return step(n + 1)
    except RecursionError:
        return n


step = lambda n: via_value(n + 1)


class Walker:
    def walk(self, n):
        try:
            return hop(self, n + 1)
        except RecursionError:
            return n


def hop(w, n):
    return w.walk(n + 1)


def by_key(n):
    try:
        return sorted([n + 1], key=by_key)[0]
    except RecursionError:
        return n


def nested_gen(n):
    try:
        for v in gen(n + 1):
            return v
    except RecursionError:
        return n


def gen(n):
    yield nested_gen(n + 1)


def deepest(f):
    # how deep the chain got below this call, printed relative to here
    return f(0)


for f in (direct, via_value, lambda n: Walker().walk(n), by_key, nested_gen):
    print(deepest(f))

sys.setrecursionlimit(300)
for f in (direct, via_value, lambda n: Walker().walk(n)):
    print(deepest(f))
sys.setrecursionlimit(1000)


def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


def twice(n):
    return count_down(n) + apply(count_down, n)


def apply(f, x):
    return f(x)


print(twice(900))
try:
    print(twice(995))
except RecursionError as e:
    print("twice(995):", e)
print([count_down(k) for k in (10, 500, 990)])
