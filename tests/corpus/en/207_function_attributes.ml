# Functions are objects with attributes of their own: counters, tags,
# caches hung on a function, __name__ and __qualname__ set apart, and
# functools.wraps carrying the wrapped function's attributes and
# __wrapped__.
import functools


def counted():
    counted.calls += 1
    return counted.calls


counted.calls = 0
counted()
print(counted(), counted.__name__, vars(counted), hasattr(counted, "calls"))

tagged = lambda: "value"
tagged.tag = "lambda"
print(tagged.tag, getattr(tagged, "tag"), tagged.__dict__)


def trace(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        wrapper.count += 1
        return fn(*args)
    wrapper.count = 0
    return wrapper


def unit(u):
    def mark(fn):
        fn.unit = u
        return fn
    return mark


@trace
@unit("metres")
def add(a, b):
    return a + b


print(add(1, 2), add(3, 4), add.count, add.unit, add.__wrapped__(5, 5), add.__name__)
print(sorted(vars(add)))


def make():
    def inner():
        return inner.value
    inner.value = 7
    return inner


first, second = make(), make()
second.value = 8
print(first(), second())


def fib(n):
    if n in fib.cache:
        return fib.cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    fib.cache[n] = r
    return r


fib.cache = {}
print(fib(80), len(fib.cache))


def renamed():
    pass


renamed.__name__ = "shown"
print(renamed.__name__, renamed.__qualname__)
del counted.calls
print(hasattr(counted, "calls"))
try:
    print(counted.missing)
except AttributeError as err:
    print("AttributeError:", err)
try:
    renamed.__name__ = 3
except TypeError as err:
    print("TypeError:", err)
