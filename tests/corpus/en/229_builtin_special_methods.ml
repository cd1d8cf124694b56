# The builtin types' special methods as attributes: key=a.__getitem__,
# int.__mul__, s.__len__(), (1).__add__(2), as CPython's dir() lists them.
def f(a):
    a = list(a)
    return min(range(len(a)), key=a.__getitem__)
print(f((4, 1, 3)))
m = int.__mul__
print(m(6, 3), str.__len__("abcd"), list.__getitem__([7, 8], 1))
def g(x):
    return x.__add__(2), x.__neg__(), x.__format__("04d"), x.__str__(), x.__repr__(), x.__eq__(5)
print(g(5))
def h(d):
    return d.__getitem__("k"), d.__contains__("z"), d.__len__()
print(h({"k": 1}))
a = [5, 3, 9]
print(min(range(3), key=a.__getitem__), sorted(range(3), key=a.__getitem__))
s = "hello"
print(s.__len__(), s.__contains__("ell"), s.__getitem__(1), (2.5).__mul__(2), (7).__floordiv__(2))
print([1, 2].__len__(), (1).__add__(2), "ab".__add__("c"), (3).__eq__(3.0), {1: 2}.__eq__({1: 2}))
# unbound, the first argument must be of the type
try:
    int.__mul__("a", 2)
except TypeError as err:
    print(err)
try:
    int.__mul__()
except TypeError as err:
    print(err)
print(int.__mul__(True, 3), Exception.__str__(ValueError("v")))
