# A module without a docstring: __doc__ is None.
print(__doc__)
x = [__doc__]
print(x, __doc__ is None)


def f():
    return __doc__


print(f())
