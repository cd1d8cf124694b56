# Docstrings: f.__doc__ and C.__doc__ (None without one), set by the
# program, copied by functools.wraps, a property's from its getter.
desde functools importar wraps


def area(w, h=1):
    """Return the area of a w by h rectangle."""
    devolver w * h


def plain():
    devolver 1


clase Shape:
    """A shape with a name.

    Second paragraph."""

    def describe(self):
        """Say what it is."""
        devolver "shape"

    @metodo_estatico
    def unit():
        """The unit square."""
        devolver 1


clase Bare:
    def m(self):
        pasar


def outer():
    def inner():
        """Inner doc."""
    devolver inner


imprimir(area.__doc__)
imprimir(plain.__doc__, Bare.__doc__, Bare().__doc__, Bare.m.__doc__)
imprimir(Shape.__doc__)
imprimir(Shape().describe.__doc__, Shape.describe.__doc__, Shape.unit.__doc__, outer().__doc__)
imprimir((lambda: 0).__doc__)
area.__doc__ = "changed"
imprimir(area.__doc__)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        """The wrapper's own doc."""
        devolver func(*args, **kwargs)
    devolver wrapper


def bare(func):
    def wrapper(*args):
        """The wrapper's own doc."""
        devolver func(*args)
    devolver wrapper


@logged
def greet(name):
    """Greet someone by name."""
    devolver "hi " + name


@bare
def shout(s):
    """Shout."""
    devolver s.upper()


imprimir(greet("ada"), greet.__name__, greet.__doc__, ordenado(variables(greet)))
imprimir(shout("x"), shout.__name__, shout.__doc__)


clase Tool:
    """A tool."""

    @propiedad
    def size(self):
        """The size."""
        devolver 3


imprimir(Tool.__doc__, Tool().size, Tool.size.__doc__ si tiene_atributo(Tool.size, "__doc__") sino "?")
