# __doc__ where nothing binds it: the module's docstring at module level
# and in functions, a class's in its body (the module's without one).
"""The module's doc."""
print(__doc__)


def f():
    """f's own doc."""
    return __doc__


class C:
    """C doc."""
    seen = __doc__

    def m(self):
        return __doc__


class D:
    seen = __doc__


print(f(), C.seen, C().m(), D.seen, D.__doc__, C.__doc__)
print(type(__doc__).__name__, len(__doc__))
