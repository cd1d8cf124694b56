# Classes: attributes, methods, defaults, special methods, inheritance, super(), C3, user exceptions.
classe Counter:
    count = 0
    label = "counter"

    déf __init__(self, start=0, step=1):
        self.value = start
        self.step = step
        Counter.count += 1

    déf tick(self, times=1):
        pour _ dans intervalle(times):
            self.value += self.step
        retour self

    déf __repr__(self):
        retour f"Counter({self.value}, step={self.step})"

    déf __len__(self):
        retour self.value

    déf __bool__(self):
        retour self.value != 0


a = Counter()
b = Counter(10, 5)
a.tick().tick(3)
b.tick(2)
afficher(a, b, Counter.count, a.count, a.label)
afficher(longueur(a), booléen(Counter()), booléen(b), Counter.count)
afficher(chaine(a), représentation(b), f"{a}!")
si a:
    afficher("a is truthy")


classe Point:
    déf __init__(self, x, y):
        self.x = x
        self.y = y

    déf __eq__(self, other):
        retour est_instance(other, Point) et self.x == other.x et self.y == other.y

    déf __hash__(self):
        retour hachage((self.x, self.y))

    déf __lt__(self, other):
        retour (self.x, self.y) < (other.x, other.y)

    déf __add__(self, other):
        retour Point(self.x + other.x, self.y + other.y)

    déf __sub__(self, other):
        retour Point(self.x - other.x, self.y - other.y)

    déf __mul__(self, k):
        retour Point(self.x * k, self.y * k)

    déf __neg__(self):
        retour Point(-self.x, -self.y)

    déf __str__(self):
        retour "(" + chaine(self.x) + ", " + chaine(self.y) + ")"

    déf __repr__(self):
        retour "Point(" + représentation(self.x) + ", " + représentation(self.y) + ")"

    déf norm2(self):
        retour self.x * self.x + self.y * self.y


pts = [Point(3, 1), Point(1, 2), Point(1, -1)]
afficher(trier(pts))
afficher(maximum(pts), minimum(pts))
afficher(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) dans pts)
s = {Point(1, 2), Point(1, 2), Point(0, 0)}
afficher(longueur(s))
d = {Point(1, 2): "a"}
afficher(d[Point(1, 2)])
p = Point(1, 2) + Point(3, 4) * 2 - Point(1, 1)
afficher(p, -p, p.norm2(), chaine(p), [p])
afficher(trier(pts, key=lambda q: q.norm2()))


classe Animal:
    kind = "animal"

    déf __init__(self, name):
        self.name = name

    déf speak(self):
        retour self.name + " makes a sound"

    déf describe(self):
        retour self.name + " is a " + self.kind + ": " + self.speak()


classe Dog(Animal):
    kind = "dog"

    déf speak(self):
        retour self.name + " barks"


classe Puppy(Dog):
    déf __init__(self, name, age):
        superieur().__init__(name)
        self.age = age

    déf speak(self):
        retour superieur().speak() + " softly"


pour x dans [Animal("Generic"), Dog("Rex"), Puppy("Bit", 1)]:
    afficher(x.describe(), type_de(x).__name__, est_instance(x, Dog), est_instance(x, (Puppy, entier)))
afficher(est_sous_classe(Puppy, Animal), est_sous_classe(Animal, Dog))
afficher(Puppy("Z", 2).age, Dog.kind, Animal.speak(Dog("Y")))


classe A:
    déf who(self):
        retour "A"


classe B(A):
    déf who(self):
        retour "B" + superieur().who()


classe C(A):
    déf who(self):
        retour "C" + superieur().who()


classe D(B, C):
    déf who(self):
        retour "D" + superieur().who()


afficher(D().who())


classe Stack:
    déf __init__(self):
        self.items = []

    déf push(self, x):
        self.items.append(x)

    déf pop(self):
        retour self.items.pop()

    déf __len__(self):
        retour longueur(self.items)

    déf __getitem__(self, i):
        retour self.items[i]

    déf __contains__(self, x):
        retour x dans self.items


st = Stack()
pour i dans intervalle(5):
    st.push(i * i)
afficher(longueur(st), st[1], st[-1], 9 dans st, 10 dans st, st.pop(), longueur(st))
afficher(st.items.count(4), " ".join([chaine(v) pour v dans st.items]))


classe ValidationError(ValueError):
    déf __init__(self, field, problem):
        superieur().__init__(field + ": " + problem)
        self.field = field


classe NotFound(Exception):
    passer


déf check(n):
    si n < 0:
        lever ValidationError("n", "negative")
    si n == 0:
        lever NotFound("zero")
    retour n


pour v dans [3, -1, 0]:
    essayer:
        afficher(check(v))
    sauf ValueError comme e:
        afficher("value error:", e, e.field, type_de(e).__name__, e.args)
    sauf NotFound comme e:
        afficher("not found:", e, représentation(e))

essayer:
    Point(1, 2).z
sauf AttributeError comme e:
    afficher(e)
essayer:
    Point(1)
sauf TypeError comme e:
    afficher(e)
essayer:
    Stack().nothing()
sauf AttributeError comme e:
    afficher(e)
obj = Point(5, 6)
obj.z = 7
afficher(obj.z, obj.x)
