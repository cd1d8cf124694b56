# Subclasses of list and dict: the builtin operations and methods on them, __missing__, super().__init__, overrides
klasse Stack(liste):
    definer push(self, x):
        self.append(x)
        returner self
    definer peek(self):
        returner self[-1]

s = Stack([1, 2])
s.push(3).push(4)
skriv(s, laengde(s), s.peek(), s[0], s[1:3], 3 i s, liste(s), summering(s), sorteret(s, reverse=Sand))
skriv(er_instans(s, liste), er_instans(s, Stack), type_af(s).__name__, s == [1, 2, 3, 4], boolsk(Stack()), streng(s))
s += [5]
s.extend([6])
skriv(s, type_af(s).__name__, s.pop(), s.index(2), s.count(1))
s[0] = 10
slet s[1]
skriv(s, [x * 2 for x i s], s + [0], laengde(Stack()))

klasse Counter(ordbog):
    definer __missing__(self, key):
        returner 0
    definer add(self, word):
        self[word] += 1

c = Counter()
for w i "the cat the hat the end".split():
    c.add(w)
skriv(c, c["the"], c["zebra"], laengde(c), sorteret(c.items()), "cat" i c, c.get("hat"), liste(c.keys()))
skriv(er_instans(c, ordbog), type_af(c).__name__)

klasse Named(liste):
    definer __init__(self, name, items):
        superklasse().__init__(items)
        self.name = name
    definer __repr__(self):
        returner f"{self.name}{liste(self)}"

n = Named("xs", (7, 8))
skriv(n, laengde(n), n.name, n[1])

klasse Defaults(ordbog):
    definer __init__(self, **kw):
        superklasse().__init__()
        for k i kw:
            self[k] = kw[k]
d = Defaults(a=1, b=2)
skriv(d, d["b"], ordbog(d))
