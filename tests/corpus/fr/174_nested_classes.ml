# Classes inside functions: a new class each call, closures over the function's variables, inheritance, special methods, generators and exceptions
déf make_point_class(scale):
    classe Point:
        count = 0
        déf __init__(self, x, y=0):
            self.x = x * scale
            self.y = y * scale
            Point.count += 1
        déf __add__(self, other):
            retour Point(self.x + other.x, self.y + other.y)
        déf __repr__(self):
            retour f"Point({self.x}, {self.y})"
        déf __eq__(self, other):
            retour (self.x, self.y) == (other.x, other.y)
        déf norm(self, *, squared=Faux):
            n = self.x * self.x + self.y * self.y
            retour n si squared sinon n ** 0.5
    retour Point

P1 = make_point_class(1)
P2 = make_point_class(10)
a = P1(3, 4)
afficher(a, a.norm(), a.norm(squared=Vrai), P1(1) + P1(2, 2), P1.count, P2(1, 1), P2.count)
afficher(P1 est P2, type_de(a).__name__, est_instance(a, P1), est_instance(a, P2), a == P1(3, 4))

déf counter_factory():
    total = [0]
    classe Counter:
        déf tick(self, n=1):
            total[0] += n
            retour total[0]
    retour Counter()

c = counter_factory()
afficher(c.tick(), c.tick(5), counter_factory().tick())

déf shapes():
    classe Shape:
        déf area(self):
            retour 0
        déf describe(self):
            retour f"{type_de(self).__name__} with area {self.area()}"
    classe Square(Shape):
        déf __init__(self, side):
            self.side = side
        déf area(self):
            retour self.side ** 2
    retour [Shape(), Square(3)]

pour s dans shapes():
    afficher(s.describe())
déf run():
    classe Oops(ValueError):
        passer
    classe Bag:
        déf __init__(self, *items):
            self.items = liste(items)
        déf __iter__(self):
            pour it dans self.items:
                produire it * 2
        déf __len__(self):
            retour longueur(self.items)
    essayer:
        lever Oops("bad", 2)
    sauf ValueError comme err:
        afficher(type_de(err).__name__, err.args, est_instance(err, Oops))
    b = Bag(1, 2, 3)
    afficher(liste(b), longueur(b), somme(b))
run()
déf build(tag):
    classe Base:
        déf __init__(self, x):
            self.x = x
        déf show(self):
            retour f"{tag}:{self.x}"
    classe Child(Base):
        déf __init__(self, x, y):
            superieur().__init__(x)
            self.y = y
        déf show(self):
            retour superieur().show() + f"/{self.y}"
    retour Child(1, 2)

afficher(build("a").show(), build("b").show())
déf make(unit):
    déf loud(f):
        déf wrapper(self, *args):
            retour f(self, *args).upper()
        retour wrapper
    classe Temp:
        scale = unit
        déf __init__(self, deg):
            self._deg = deg
        @propriété
        déf deg(self):
            retour self._deg
        @deg.setter
        déf deg(self, v):
            self._deg = v * Temp.scale
        @methode_statique
        déf zero():
            retour Temp(0)
        @methode_de_classe
        déf named(cls, d):
            retour cls(d)
        @loud
        déf label(self, suffix=""):
            retour f"{self._deg} {unit}{suffix}"
    retour Temp

T = make("c")
t = T.named(20)
t.deg = 3
afficher(t.deg, T.zero().deg, t.label(), t.label("!"), T.scale)
