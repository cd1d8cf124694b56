# Descriptors (__get__, __set__, __delete__, __set_name__), iteration and
# `in` through __iter__ or only __getitem__, lambdas with *args, **kwargs
# and keyword-only parameters.
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(self.private[1:] + " must be positive")
        setattr(obj, self.private, value)


class Unit:
    def __init__(self, text):
        self.text = text

    def __get__(self, obj, objtype=None):
        return self.text if obj is None else self.text + " of " + obj.name


class Item:
    price = Positive()
    qty = Positive()
    unit = Unit("box")

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


pen = Item("pen", 3, 4)
print(pen.price, pen.qty, pen.total(), pen.unit, Item.unit, type(Item.price).__name__)
try:
    pen.qty = 0
except ValueError as err:
    print("ValueError:", err)
print(sorted(vars(pen).items()))


class Letters:
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        return self.text[i].upper()


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n, 0, -1))


print(list(Letters("abc")), "B" in Letters("abc"), "z" in Letters("abc"), sorted(Letters("cab")))
print(3 in Countdown(5), 9 in Countdown(5), list(Countdown(3)))
it = iter(Letters("xy"))
print(type(it).__name__, next(it), next(it), next(it, "done"))

collect = lambda *a: a
named = lambda **k: sorted(k.items())
mixed = lambda x, *rest, scale=1, **opts: (x * scale, rest, opts)
only_kw = lambda a, *, b=2: a + b
print(collect(), collect(1, 2), named(z=1, y=2), mixed(3), mixed(3, 4, 5, scale=2, tag="t"))
print(only_kw(1), only_kw(1, b=5), (lambda f, *args, **kw: f(*args, **kw))(lambda a, b, c=0: a * b + c, 3, 9, c=1))
try:
    only_kw(1, 2)
except TypeError as err:
    print("TypeError:", err)
