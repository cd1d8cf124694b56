# Items by int index of containers whose type is known only at run time:
# a list's item is read and written in place, everything else (tuples,
# dicts, strs, subclasses, negative and out-of-range indices) keeps
# Python's behaviour.


klasse Logged(liste):
    def __getitem__(self, i):
        ausgeben("get", i)
        rückgabe liste.__getitem__(self, i)

    def __setitem__(self, i, v):
        ausgeben("set", i, v)
        liste.__setitem__(self, i, v)


klasse Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, i):
        rückgabe self.cells.get(i, 0)

    def __setitem__(self, i, v):
        self.cells[i] = v


def first_last(c):
    rückgabe c[0], c[laenge(c) - 1], c[-1]


def bump(c, i):
    c[i] += 1
    c[i] *= 2
    rückgabe c


things = [[1, 2, 3], (4, 5, 6), "xyz", {0: "a", 3: "c", -1: "z", 1: "b"}, Logged([7, 8, 9]), bereich(10, 13)]
für t in things:
    ausgeben(first_last(t))

für c in [[1, 2, 3], Logged([1, 2, 3]), Grid(), {1: 5}]:
    out = bump(c, 1)
    ausgeben(typ(out).__name__, out wenn nicht ist_instanz(out, Grid) sonst out.cells)

rows = [[0] * 3 für _ in bereich(3)]
für i in bereich(3):
    row = rows[i]
    für j in bereich(3):
        row[j] = i * 3 + j
        row[j] += row[j - 1] wenn j > 0 sonst 0
ausgeben(rows)

für c, i in [([1, 2], 2), ([1, 2], -3), ((1, 2), 5), ("ab", 9), ({}, 0)]:
    versuchen:
        ausgeben(c[i])
    ausnahme (IndexError, KeyError) als e:
        ausgeben(typ(e).__name__, e)
    versuchen:
        c[i] = 0
        ausgeben("stored", c)
    ausnahme (IndexError, KeyError, TypeError) als e:
        ausgeben(typ(e).__name__, e)
    versuchen:
        c[i] += 1
        ausgeben("added", c)
    ausnahme (IndexError, KeyError, TypeError) als e:
        ausgeben(typ(e).__name__, e)

big = [1, 2]
k = 2 ** 70
versuchen:
    ausgeben(big[k])
ausnahme IndexError als e:
    ausgeben("IndexError", e)
neg = [5, 6, 7]
ausgeben(neg[-1], neg[-3])
neg[-1] = 70
neg[-2] += 60
ausgeben(neg)
flags = [Wahr, Falsch]
flags[Wahr] = nicht flags[1]
ausgeben(flags, flags[Falsch])
