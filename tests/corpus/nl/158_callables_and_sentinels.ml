klasse Adder:
    definieer __init__(self, k):
        self.k = k
    definieer __call__(self, x):
        retourneer x + self.k
add3 = Adder(3)
afdrukken(add3(4), aanroepbaar(add3))
afdrukken(lijst(toepassen(add3, [1, 2])))
klasse Counter:
    definieer __init__(self):
        self.n = 0
    definieer __call__(self, step=1, label="c"):
        self.n += step
        retourneer f"{label}{self.n}"
c = Counter()
afdrukken(c(), c(5), c(step=2, label="x"))
afdrukken(gesorteerd([3, 1, 2], key=Adder(10)))
probeer:
    Counter()(1, 2, 3)
behalve TypeError zoals e:
    afdrukken(e)
data = [1, 2, 3, 0, 4]
definieer pop_front():
    retourneer data.pop(0)
afdrukken(lijst(iterator(pop_front, 0)))
afdrukken(data)
klasse Dice:
    definieer __init__(self):
        self.rolls = [3, 5, 6, 2]
    definieer __call__(self):
        retourneer self.rolls.pop(0)
voor r in iterator(Dice(), 6):
    afdrukken("roll", r)
it = iterator(lambda: 1, 1)
afdrukken(volgende(it, "empty"), type_van(it).__name__)
probeer:
    iterator(5, 0)
behalve TypeError zoals e:
    afdrukken(e)
afdrukken(lijst(iterator([7, 8])))
