# Builtins as values: print, range, enumerate, map, filter, isinstance,
# iter, next, reversed, getattr, setattr, hasattr and format passed around
# and called later, keywords included, with CPython's errors.
importieren functools

out = ausgeben
out("a", "b", sep="-", end="!\n")
liste(abbilden(ausgeben, [1, 2]))
make_range = bereich
ausgeben(liste(make_range(3)), liste(make_range(1, 7, 2)), make_range(5))
count = aufzaehlen
ausgeben(liste(count("ab")), liste(count("ab", 1)), liste(count("ab", start=5)))
apply_all = abbilden
pairs = apply_all(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])
ausgeben(typ(pairs).__name__, naechstes(pairs), liste(pairs))
keep = filtern
ausgeben(liste(keep(Nichts, [0, 1, "", "x"])), liste(keep(lambda v: v > 1, bereich(4))))
checks = [ist_instanz, hat_attribut]
ausgeben(checks[0](3, ganz), checks[1]("s", "upper"))
step = naechstes
sources = [iterator([1, 2]), iterator("xy")]
ausgeben(liste(abbilden(step, sources)), step(iterator([]), "empty"))
backwards = umgekehrt
ausgeben(liste(backwards([1, 2, 3])), "".join(backwards("abc")))
read, write = attribut_holen, attribut_setzen


klasse Box:
    pass


box = Box()
write(box, "v", 9)
ausgeben(read(box, "v"), read(box, "w", "default"))
shape = formatieren
ausgeben(shape(3.14159, ".2f"), shape(42), shape(255, "#x"))
ausgeben(functools.reduce(lambda a, b: a + b, abbilden(ganz, "123")))
ausgeben(darstellung(ausgeben), out ist ausgeben)


klasse Log:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


log = Log()
out("x", 1, file=log)
out("y", file=Nichts)
ausgeben(log.parts)
für bad in [lambda: out("z", bad=1), lambda: make_range(), lambda: checks[0](1),
            lambda: count([], 0, 1), lambda: step(), lambda: make_range(1.5)]:
    versuchen:
        bad()
    ausnahme TypeError als e:
        ausgeben("TypeError:", e)
