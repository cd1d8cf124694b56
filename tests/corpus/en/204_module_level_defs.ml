# A def runs where it is written: inside a block of the module it defines
# its name only when the block runs, a second def of a name replaces the
# first from there on, and a name may be a def and then something else.
import sys


def area(w, h):
    return w * h


print(area(2, 3))


def area(r):
    return 3 * r * r


print(area(2))

if len(sys.argv) > 100:
    def mode():
        return "many"
else:
    def mode():
        return "few"
print(mode())

for k in range(3):
    def scaled(x):
        return x * k
    print(scaled(10))

try:
    value = int("not a number")
except ValueError:
    def parse(text):
        return "fallback " + text
else:
    def parse(text):
        return "parsed " + text
finally:
    def cleanup():
        return "done"
print(parse("7"), cleanup())


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


with Quiet():
    def inside_with():
        return "with"
print(inside_with())

match len("abc"):
    case 3:
        def picked():
            return "three"
    case _:
        def picked():
            return "other"
print(picked())


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def memo(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner


fib = memo(fib)
print(fib(60))


def user():
    return "user sees " + mode()


print(user())


def counter():
    yield 1


while True:
    def counter():
        yield 2
        yield 3
    break
print(list(counter()))

shout = repr


def shout(text):
    print(text.upper() + "!")


shout("hello")
shout = len
print(shout("four"))
