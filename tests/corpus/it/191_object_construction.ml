# Making objects: __new__ (a singleton, a value transformed before int's and str's
# __new__), builtin __init__ called unbound, classes deriving from list, dict,
# int, float, str, tuple; __delitem__; the one empty tuple.
classe E(ValueError):
    definisci __init__(self, m):
        ValueError.__init__(self, m)
        self.m = m
prova:
    solleva E("bad")
eccetto ValueError come e_:
    stampa(e_, e_.m, e_.args)
classe L(lista):
    definisci add(self, x):
        superclasse().append(x)
        superclasse().append(x * 2)
l = L([1])
l.add(5)
stampa(l, lunghezza(l))
classe D(dizionario):
    passa
d = D(a=1, b=2)
stampa(d, d["a"])
e1 = ()
e2 = tupla()
stampa(e1 è e2)
classe S:
    definisci __init__(self):
        self.data = {1: 2, 3: 4}
    definisci __delitem__(self, k):
        stampa("del", k)
        elimina self.data[k]
s = S()
elimina s[1]
stampa(s.data)
classe Single:
    _inst = Nessuno
    definisci __new__(cls, *args):
        se cls._inst è Nessuno:
            cls._inst = superclasse().__new__(cls)
        ritorna cls._inst
    definisci __init__(self, v):
        self.v = v
a = Single(1)
b = Single(2)
stampa(a è b, a.v)
classe Weird:
    definisci __new__(cls):
        ritorna 42
stampa(Weird())
classe P:
    definisci __new__(cls, x, y=0):
        stampa("new", cls.__name__, x, y)
        obj = superclasse().__new__(cls)
        obj.made = Vero
        ritorna obj
    definisci __init__(self, x, y=0):
        self.x = x
        self.y = y
p = P(1, y=5)
stampa(p.made, p.x, p.y)
classe Pos(intero):
    definisci __new__(cls, v):
        ritorna superclasse().__new__(cls, assoluto(v))
stampa(Pos(-4) + 1, è_istanza(Pos(-4), Pos))
classe Upper(stringa):
    definisci __new__(cls, s):
        ritorna superclasse().__new__(cls, s.upper())
stampa(Upper("abc"), Upper("x") + "y", lunghezza(Upper("hey")))
classe Nn(intero): passa
classe Ff(decimale): passa
classe Ss(stringa): passa
classe Tt(tupla): passa
classe Ll(lista): passa
stampa(Nn(5), rappresentazione(Nn(5)), Ff(2.5), rappresentazione(Ff(2.5)), Ss("a"), rappresentazione(Ss("a")), Tt((1, 2)), Ll([1]), rappresentazione(Ll([1])))
stampa(stringa(Nn(3)), f"{Nn(3)}", f"{Ss('q')}", [Nn(1), Ss("z")], {Ss("k"): Nn(2)})
