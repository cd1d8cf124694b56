# Descriptors (__get__, __set__, __delete__, __set_name__), iteration and
# `in` through __iter__ or only __getitem__, lambdas with *args, **kwargs
# and keyword-only parameters.
klasse Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=Nichts):
        wenn obj ist Nichts:
            rückgabe self
        rückgabe attribut_holen(obj, self.private)

    def __set__(self, obj, value):
        wenn value <= 0:
            auslösen ValueError(self.private[1:] + " must be positive")
        attribut_setzen(obj, self.private, value)


klasse Unit:
    def __init__(self, text):
        self.text = text

    def __get__(self, obj, objtype=Nichts):
        rückgabe self.text wenn obj ist Nichts sonst self.text + " of " + obj.name


klasse Item:
    price = Positive()
    qty = Positive()
    unit = Unit("box")

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        rückgabe self.price * self.qty


pen = Item("pen", 3, 4)
ausgeben(pen.price, pen.qty, pen.total(), pen.unit, Item.unit, typ(Item.price).__name__)
versuchen:
    pen.qty = 0
ausnahme ValueError als err:
    ausgeben("ValueError:", err)
ausgeben(sortiert(variablen(pen).items()))


klasse Letters:
    def __init__(self, text):
        self.text = text

    def __getitem__(self, i):
        rückgabe self.text[i].upper()


klasse Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        rückgabe iterator(bereich(self.n, 0, -1))


ausgeben(liste(Letters("abc")), "B" in Letters("abc"), "z" in Letters("abc"), sortiert(Letters("cab")))
ausgeben(3 in Countdown(5), 9 in Countdown(5), liste(Countdown(3)))
it = iterator(Letters("xy"))
ausgeben(typ(it).__name__, naechstes(it), naechstes(it), naechstes(it, "done"))

collect = lambda *a: a
named = lambda **k: sortiert(k.items())
mixed = lambda x, *rest, scale=1, **opts: (x * scale, rest, opts)
only_kw = lambda a, *, b=2: a + b
ausgeben(collect(), collect(1, 2), named(z=1, y=2), mixed(3), mixed(3, 4, 5, scale=2, tag="t"))
ausgeben(only_kw(1), only_kw(1, b=5), (lambda f, *args, **kw: f(*args, **kw))(lambda a, b, c=0: a * b + c, 3, 9, c=1))
versuchen:
    only_kw(1, 2)
ausnahme TypeError als err:
    ausgeben("TypeError:", err)
