a = [1]
b = a
a += (2, 3)
a += "xy"
a *= 2
stampa(a, b è a)
s = {1, 2}
t = s
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {9}
stampa(ordinato(s), t è s)
d = {"k": [1]}
d["k"] += [2]
stampa(d)
classe Box:
    definisci __init__(self):
        self.items = []
bx = Box()
alias = bx.items
bx.items += [5]
stampa(alias)
classe V:
    definisci __init__(self, x):
        self.x = x
    definisci __add__(self, o_):
        ritorna V(self.x + o_)
    definisci __imul__(self, k):
        self.x *= k
        ritorna self
v = V(2)
w = v
v += 1
v2 = w
w *= 10
stampa(v.x, w.x, v2 è w)
n = 5
n += 2
n **= 2
f = 1.5
f += 1
stampa(n, f)
tup = (1,)
tt = tup
tup += (2,)
stampa(tup, tt)
prova:
    x = 1
    x += "a"
eccetto TypeError come e_:
    stampa(e_)
prova:
    s2 = {1}
    s2 |= [2]
eccetto TypeError come e_:
    stampa(e_)
prova:
    l3 = [1]
    l3 += 5
eccetto TypeError come e_:
    stampa(e_)
definisci f2(q):
    q += [1]
    ritorna q
r = [0]
stampa(f2(r) è r, r)
prova:
    z = 2
    z **= "a"
eccetto TypeError come e_:
    stampa(e_)
prova:
    o_ = [1]
    o_ -= [1]
eccetto TypeError come e_:
    stampa(e_)
prova:
    q = oggetto()
    q += 1
eccetto TypeError come e_:
    stampa(e_)
