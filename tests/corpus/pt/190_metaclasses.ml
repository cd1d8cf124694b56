# Metaclasses (iteration, len, in, [], repr, call, __init__ of the class),
# __init_subclass__, classes deriving from int/float/str/tuple, __format__,
# reversed() through __reversed__ and the sequence protocol.
classe Meta(tipo):
    defina __iter__(cls):
        retorne iterador(cls.items)
    defina __len__(cls):
        retorne comprimento(cls.items)
    defina __contains__(cls, x):
        retorne x em cls.items
    defina __getitem__(cls, k):
        retorne cls.items[k]
    defina __repr__(cls):
        retorne f"<meta {cls.__name__}>"
    defina __call__(cls, *args):
        retorne ("called", cls.__name__, args)
    defina describe(cls):
        retorne "I am " + cls.__name__
    defina __init__(cls, name, bases, ns):
        cls.items = [k para k em ns se não k.startswith("_")]

classe Bag(metaclass=Meta):
    a = 1
    b = 2
    defina c(self):
        retorne 3

imprima(lista(Bag), comprimento(Bag), "a" em Bag, Bag[1], representacao(Bag), Bag, Bag(1, 2), Bag.describe())
imprima(tipo(Bag).__name__, é_instancia(Bag, Meta), é_instancia(Bag, tipo))

classe Sub(Bag):
    z = 9
imprima(lista(Sub), tipo(Sub).__name__)

classe Plugin:
    registry = []
    defina __init_subclass__(cls, **kwargs):
        superclasse().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
classe A(Plugin): passe
classe B(A): passe
imprima(Plugin.registry)

classe Point(tuplo):
    passe
classe Celsius(flutuante):
    defina describe(self):
        retorne f"{self} degrees"
classe Name(texto):
    defina shout(self):
        retorne self.upper() + "!"
classe Count(inteiro):
    defina __init__(self, v):
        self.extra = v * 2
c = Count(5)
imprima(c + 1, c.extra, Celsius(21.5).describe(), Name("bob").shout(), Name("x") + "y", comprimento(Name("abc")))
imprima(é_instancia(c, inteiro), c == 5, hash(c) == hash(5), Count("7") * 2, Point((1, 2))[0])
o = objeto.__new__(Plugin)
imprima(tipo(o).__name__, inteiro.__new__(Count, 4) + 0)
classe M:
    defina __format__(self, spec):
        retorne "M<" + spec + ">"
    defina __str__(self):
        retorne "str-M"
imprima(f"{M()}", f"{M():x}", formatar(M(), "abc"), "{:q}".format(M()), "{}".format(M()), texto(M()))
classe B:
    defina __format__(self, spec):
        retorne 5
tente:
    f"{B():x}"
exceto TypeError como e_:
    imprima(e_)
classe Countdown:
    defina __init__(self, n):
        self.n = n
    defina __len__(self):
        retorne self.n
    defina __getitem__(self, i):
        se i >= self.n:
            lance IndexError(i)
        retorne i * 10
classe Deck:
    defina __reversed__(self):
        retorne iterador(["last", "first"])
imprima(lista(invertido(Countdown(4))), lista(invertido(Deck())))
