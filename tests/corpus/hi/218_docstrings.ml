# Docstrings: f.__doc__ and C.__doc__ (None without one), set by the
# program, copied by functools.wraps, a property's from its getter.
से functools आयात wraps


परिभाषा area(w, h=1):
    """Return the area of a w by h rectangle."""
    वापसी w * h


परिभाषा plain():
    वापसी 1


वर्ग Shape:
    """A shape with a name.

    Second paragraph."""

    परिभाषा describe(self):
        """Say what it is."""
        वापसी "shape"

    @स्थैतिक_विधि
    परिभाषा unit():
        """The unit square."""
        वापसी 1


वर्ग Bare:
    परिभाषा m(self):
        छोड़ो


परिभाषा outer():
    परिभाषा inner():
        """Inner doc."""
    वापसी inner


छापो(area.__doc__)
छापो(plain.__doc__, Bare.__doc__, Bare().__doc__, Bare.m.__doc__)
छापो(Shape.__doc__)
छापो(Shape().describe.__doc__, Shape.describe.__doc__, Shape.unit.__doc__, outer().__doc__)
छापो((लैम्ब्डा: 0).__doc__)
area.__doc__ = "changed"
छापो(area.__doc__)


परिभाषा logged(func):
    @wraps(func)
    परिभाषा wrapper(*args, **kwargs):
        """The wrapper's own doc."""
        वापसी func(*args, **kwargs)
    वापसी wrapper


परिभाषा bare(func):
    परिभाषा wrapper(*args):
        """The wrapper's own doc."""
        वापसी func(*args)
    वापसी wrapper


@logged
परिभाषा greet(name):
    """Greet someone by name."""
    वापसी "hi " + name


@bare
परिभाषा shout(s):
    """Shout."""
    वापसी s.upper()


छापो(greet("ada"), greet.__name__, greet.__doc__, क्रमबद्ध(चर(greet)))
छापो(shout("x"), shout.__name__, shout.__doc__)


वर्ग Tool:
    """A tool."""

    @गुण
    परिभाषा size(self):
        """The size."""
        वापसी 3


छापो(Tool.__doc__, Tool().size, Tool.size.__doc__ अगर विशेषता_है(Tool.size, "__doc__") वरना "?")
