# Decorators on nested functions (@wraps inside a decorator), names kept by
# functools.wraps, and fn as an ordinary name (English also spells def fn).
import functools


def logged(fn):
    @functools.wraps(fn)
    def inner(*args, **kwargs):
        print("calling", fn.__name__, "with", args, kwargs)
        return fn(*args, **kwargs)
    return inner


def repeat(times):
    def decorate(fn):
        @functools.wraps(fn)
        def again(*args):
            return [fn(*args) for _ in range(times)]
        return again
    return decorate


@logged
def area(width, height=1):
    return width * height


@repeat(3)
def shout(word):
    return word.upper() + "!"


print(area(3, height=4), area(5))
print(area.__name__, area.__qualname__, shout.__name__)
print(shout("hey"))


def apply(fn, value):
    return fn(value)


fn = lambda x: x * 10
print(apply(fn, 4), [fn(i) for i in range(3)])


def outer():
    def helper():
        pass
    return helper


h = outer()
print(h.__name__, h.__qualname__, apply.__name__, (lambda: 0).__qualname__)
try:
    h(1)
except TypeError as e:
    print("TypeError:", e)
