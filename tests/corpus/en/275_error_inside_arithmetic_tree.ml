# An error raised by an inner operator of an arithmetic tree on values of
# unknown type (computed unboxed while they are numbers): the traceback's
# caret points at that operator, as CPython's does.
def scaled(xs, k):
    return xs[0] * k + xs[1] / xs[2] - 1


print(scaled([1.5, 3, 2], 2))
print(scaled([1.5, 3, 0.0], 2))
