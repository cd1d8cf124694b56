# Subclasses of list and dict: the builtin operations and methods on them, __missing__, super().__init__, overrides
classe Stack(lista):
    defina push(self, x):
        self.append(x)
        retorne self
    defina peek(self):
        retorne self[-1]

s = Stack([1, 2])
s.push(3).push(4)
imprima(s, comprimento(s), s.peek(), s[0], s[1:3], 3 em s, lista(s), soma(s), ordenado(s, reverse=Verdadeiro))
imprima(é_instancia(s, lista), é_instancia(s, Stack), tipo(s).__name__, s == [1, 2, 3, 4], booleano(Stack()), texto(s))
s += [5]
s.extend([6])
imprima(s, tipo(s).__name__, s.pop(), s.index(2), s.count(1))
s[0] = 10
apagar s[1]
imprima(s, [x * 2 para x em s], s + [0], comprimento(Stack()))

classe Counter(dicionário):
    defina __missing__(self, key):
        retorne 0
    defina add(self, word):
        self[word] += 1

c = Counter()
"the cat the hat the end".split() para w:
    c.add(w)
imprima(c, c["the"], c["zebra"], comprimento(c), ordenado(c.items()), "cat" em c, c.get("hat"), lista(c.keys()))
imprima(é_instancia(c, dicionário), tipo(c).__name__)

classe Named(lista):
    defina __init__(self, name, items):
        superclasse().__init__(items)
        self.name = name
    defina __repr__(self):
        retorne f"{self.name}{lista(self)}"

n = Named("xs", (7, 8))
imprima(n, comprimento(n), n.name, n[1])

classe Defaults(dicionário):
    defina __init__(self, **kw):
        superclasse().__init__()
        kw para k:
            self[k] = kw[k]
d = Defaults(a=1, b=2)
imprima(d, d["b"], dicionário(d))
