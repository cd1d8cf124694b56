# zip and enumerate are lazy iterators; comparisons give what __lt__ gives;
# a builtin type's method taken from a value is bound to it; positional-only
# parameters in methods; functions know their names.

déf counter(label):
    n = 0
    tantque Vrai:
        afficher("  next", label, n)
        produire n
        n += 1

pairs = fusionner(counter("a"), "xy")
afficher(type_de(pairs).__name__)
afficher(suivant(pairs))
afficher(liste(pairs))
numbered = énumérer(["red", "green", "blue"], start=10)
afficher(suivant(numbered), suivant(numbered))
afficher(liste(numbered), liste(numbered))
it = itérateur(intervalle(6))
afficher(liste(fusionner(it, it)))
afficher(dico(fusionner("abc", intervalle(3))), liste(fusionner()))
pour i, (a, b) dans énumérer(fusionner([1, 2, 3], [4, 5, 6])):
    afficher(i, a * b)

classe Version:
    déf __init__(self, *parts):
        self.parts = parts
    déf __lt__(self, other):
        retour "older" si self.parts < other.parts sinon ""
    déf __eq__(self, other):
        retour [self.parts, other.parts]
    déf __repr__(self):
        retour "v" + ".".join(chaine(p) pour p dans self.parts)

old, mid, new = Version(1, 2), Version(1, 10), Version(2, 0)
afficher(old < mid, représentation(new < old))
afficher(old < mid < new, représentation(mid < new < old))
afficher(old == new)
afficher([old] < [mid], (new, 1) < (new, 2))
si old < new:
    afficher("old first")
si non (new < old):
    afficher("new not first")
afficher(trier([new, old, mid]))
values = [3, 1, 2]
afficher(values[0] < values[1], 1 < values[0] < 5, values == [3, 1, 2])

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
pour w dans words:
    counts[w] = counts.get(w, 0) + 1
afficher(maximum(counts, key=counts.get))
get = counts.get
afficher(get("the"), get("cat"), get("cat", 0))
seen = []
remember = seen.append
pour w dans ["b", "a", "b"]:
    remember(w.upper())
afficher(seen)
shout = "hello".upper
split = "a,b,,c".split
afficher(shout(), split(","), split(",", 1), split())
afficher(liste(appliquer("{}!".format, ["hi", "yo"])))
afficher(liste(filtrer(chaine.isdigit, "a1b2c3")))
afficher(type_de(shout).__name__)
pour call dans [lambda: shout(1), lambda: get(), lambda: remember()]:
    essayer:
        call()
    sauf TypeError comme e:
        afficher("TypeError:", e)

classe Point:
    déf __init__(self, px, py, /, scale=1):
        self.px, self.py = px * scale, py * scale
    déf moved(self, dx, dy=0, /, *, times=1):
        retour Point(self.px + dx * times, self.py + dy * times)
    déf __repr__(self):
        retour "Point(%d, %d)" % (self.px, self.py)

p = Point(1, 2, scale=3)
afficher(p, p.moved(1), p.moved(1, 1, times=2))
essayer:
    p.moved(dx=1)
sauf TypeError comme e:
    afficher("TypeError:", e)
essayer:
    Point(px=1, py=2)
sauf TypeError comme e:
    afficher("TypeError:", e)

déf outer():
    déf inner(a, b, /):
        retour a - b
    essayer:
        inner(1, b=2)
    sauf TypeError comme e:
        afficher("TypeError:", e)
    retour inner

déf logged(func):
    déf wrapper(*args):
        afficher("calling", func.__name__)
        retour func(*args)
    retour wrapper

@logged
déf area(w, h, /):
    retour w * h

afficher(area(3, 4), area.__name__, outer().__name__, outer().__qualname__)
afficher(Point.moved.__qualname__, p.moved.__name__, longueur.__name__, (lambda: 0).__name__)
