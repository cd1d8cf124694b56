# Lists of floats: displays of floats and [x] * n keep their items unboxed;
# everything a list does must still be what CPython does.
importieren math

xs = [1.5, -0.0, 2.25, gleitkomma("inf")]
ausgeben(xs, laenge(xs), xs[-1], xs[-4])
ausgeben(xs[1], math.copysign(1.0, xs[1]))
a = xs[0]
ausgeben(a ist xs[0], xs[0] ist xs[0], xs[2] ist xs[2])
xs[0] += 1.0
ausgeben(a, xs[0], a ist xs[0])
b = xs[0]
xs[0] = b
ausgeben(xs[0] ist b)

# stores of other values turn the list into objects, once
ys = [0.5] * 5
ausgeben(ys[0] ist ys[4], ys)
ys[1] = 3
ys[2] = "two"
ys[3] = Nichts
ys[4] = Wahr
ausgeben(ys, typ(ys[1]).__name__, typ(ys[4]).__name__)
ys[0] += 2
ausgeben(ys[0], typ(ys[0]).__name__)

# mixed arithmetic on the items
zs = [1.0, 2.0, 3.0]
zs[0] += 1
zs[1] *= 2
zs[2] /= 4
ausgeben(zs)
zs[0] -= 10 ** 20
ausgeben(zs[0])
zs[1] = zs[1] * 2 ** 70
ausgeben(zs[1], zs)
versuchen:
    zs[2] += "x"
ausnahme TypeError als e:
    ausgeben("TypeError:", e)
versuchen:
    zs[5] += 1.0
ausnahme IndexError als e:
    ausgeben("IndexError:", e)
versuchen:
    ausgeben(zs[-7])
ausnahme IndexError als e:
    ausgeben("IndexError:", e)
versuchen:
    zs[3] = 1.0
ausnahme IndexError als e:
    ausgeben("IndexError:", e)
zs[-1] = 0.125
ausgeben(zs)

# the list's own operations
ws = [3.5, -1.25, 2.0, 0.0, 9.75]
ausgeben(summe(ws), minimum(ws), maximum(ws), 2.0 in ws, 7.0 in ws, ws.index(0.0), ws.count(2.0))
ausgeben(summe(ws, 0.5), summe(ws, 10), summe([-0.0]), summe([-0.0], -0.0), summe([1e308, 1e308, -1e308]))
ausgeben(minimum(ws) ist ws[1], maximum(ws) ist ws[4], minimum([0.0, -0.0]), maximum([-0.0, 0.0]), minimum(ws, standard=3.0))
ausgeben(minimum([gleitkomma("nan"), 1.0]), maximum([1.0, gleitkomma("nan"), 2.0]), minimum([2.5, 2.5, 1.0, 1.0]))
ausgeben(sortiert(ws), ws[1:4], ws[::-1], ws * 2, ws + [1.0])
ausgeben(liste(umgekehrt(ws)), [w * 2 für w in ws], liste(aufzaehlen(ws))[:2])
für w in ws:
    ausgeben(w, end=" ")
ausgeben()
vs = [3.5, -1.25, 2.0, 0.0, 9.75]
ausgeben(ws == vs, ws != vs, ws < [3.5, 0.0], hashwert(tupel(ws)) == hashwert(tupel(vs)))
ws.append(4.0)
ausgeben(ws, laenge(ws))
vs.sort()
ausgeben(vs)
loschen vs[0]
vs.insert(1, 8.0)
ausgeben(vs, vs.pop(), vs)
nan = gleitkomma("nan")
ns = [nan, 1.0]
n0 = ns[0]
ausgeben(ns[0] ist ns[0], ns[0] == ns[0], n0 in ns, ns.count(n0), ns.index(n0))
ausgeben([1.0, 2.0] == [1, 2], [0.1 + 0.2, 1e300 * 10, -1e-320])

# a float that is an instance of a subclass stays itself
klasse F(gleitkomma):
    pass

us = [1.0, 2.0]
us[0] = F(7.0)
ausgeben(typ(us[0]).__name__, us[0], us)


klasse R:
    def __rsub__(self, other):
        self.o = other
        rückgabe 7.0

rs = [1.5, 2.5]
t = rs[1]
r = R()
rs[1] -= r
ausgeben(rs, r.o ist t, r.o)
rs2 = [4.5, 5.5]
r2 = R()
rs2[0] -= r2
ausgeben(rs2, r2.o)

# nested lists of floats, as the n-body program's bodies
bodies = [[0.0, 1.0, 2.0], [3.0, 4.0, 5.0]]
für step in bereich(3):
    für b in bodies:
        b[0] += 0.5 * b[1]
        b[1] -= b[2] * 0.25
        b[2] = b[0] - b[1]
ausgeben(bodies)


def scale(v, k):
    out = [0.0] * laenge(v)
    für i in bereich(laenge(v)):
        out[i] = v[i] * k
    rückgabe out


ausgeben(scale([1.0, 2.0, 3.0], 1.5), scale([1, 2], 2.0), scale([], 3.0))
m = [[0.0] * 3 für _ in bereich(2)]
m[1][2] = 5.0
m[0][0] += 1
ausgeben(m, m[0] ist m[1])
total = 0.0
für i in bereich(1000):
    q = [gleitkomma(i), i / 2.0, i * 0.25]
    q[1] += q[0] * q[2]
    total += q[1]
ausgeben(total)
