# Docstrings: f.__doc__ and C.__doc__ (None without one), set by the
# program, copied by functools.wraps, a property's from its getter.
from functools import wraps


def area(w, h=1):
    """Return the area of a w by h rectangle."""
    return w * h


def plain():
    return 1


class Shape:
    """A shape with a name.

    Second paragraph."""

    def describe(self):
        """Say what it is."""
        return "shape"

    @staticmethod
    def unit():
        """The unit square."""
        return 1


class Bare:
    def m(self):
        pass


def outer():
    def inner():
        """Inner doc."""
    return inner


print(area.__doc__)
print(plain.__doc__, Bare.__doc__, Bare().__doc__, Bare.m.__doc__)
print(Shape.__doc__)
print(Shape().describe.__doc__, Shape.describe.__doc__, Shape.unit.__doc__, outer().__doc__)
print((lambda: 0).__doc__)
area.__doc__ = "changed"
print(area.__doc__)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """The wrapper's own doc."""
        return func(*args, **kwargs)
    return wrapper


def bare(func):
    def wrapper(*args):
        """The wrapper's own doc."""
        return func(*args)
    return wrapper


@logged
def greet(name):
    """Greet someone by name."""
    return "hi " + name


@bare
def shout(s):
    """Shout."""
    return s.upper()


print(greet("ada"), greet.__name__, greet.__doc__, sorted(vars(greet)))
print(shout("x"), shout.__name__, shout.__doc__)


class Tool:
    """A tool."""

    @property
    def size(self):
        """The size."""
        return 3


print(Tool.__doc__, Tool().size, Tool.size.__doc__ if hasattr(Tool.size, "__doc__") else "?")
