# Variables of unknown type that arithmetic assigns keep their value
# unboxed between statements and become objects only when read as one:
# identity, printing, comparisons, stores, exceptions in the middle of a
# tree and later stores of other types behave as in CPython.


defina ident(x):
    retorne x


classe Vec:
    defina __init__(self, x):
        self.x = x

    defina __add__(self, other):
        retorne Vec(self.x + (other.x se é_instancia(other, Vec) senão other))

    defina __radd__(self, other):
        retorne Vec(other + self.x)

    defina __repr__(self):
        retorne "Vec(%r)" % (self.x,)


defina distances(points):
    out = []
    points para p:
        dx = p[0] - ident(1.0)
        dy = p[1] - ident(2.0)
        d2 = dx * dx + dy * dy
        out.append(d2 ** 0.5)
        out.append(d2)
    retorne out


defina accumulate(values):
    total = ident(0)
    seen = []
    values para v:
        total = total + v * ident(1)
        seen.append(total)
        se total é seen[-1]:
            passe
        senão:
            imprima("identity lost")
    retorne total, seen


defina identity_checks():
    a = ident(2.5)
    b = a * 2.0 + 0.5
    keep = [b, b]
    imprima(keep[0] é keep[1], keep[0] é b, b == 5.5, tipo(b).__name__)
    c = ident(3) * ident(4) - ident(2)
    imprima(c, c é c, [c][0] é c, {c: "ten"}[10])
    d = ident(2.0) / 4
    e_ = d
    imprima(e_ é d, d, e_)
    d = d + ident(1)
    imprima(e_ é d, d, e_)


defina mixed_kinds():
    x = ident(1) + ident(1)
    imprima(x, tipo(x).__name__)
    x = x * 0.5
    imprima(x, tipo(x).__name__)
    x = x + ident(2**62)
    imprima(x, tipo(x).__name__)
    x = ident(2**61) - ident(1) + ident(2**61)
    imprima(x, tipo(x).__name__, x > 2**61, x < 2**63)
    x = ident("ab") + "cd"
    imprima(x, tipo(x).__name__, x < "b")
    x = ident([1]) + [2]
    imprima(x, comprimento(x))
    x = ident(Verdadeiro) + ident(Verdadeiro)
    imprima(x, tipo(x).__name__)
    x = Vec(1) + 2
    imprima(x)
    x = 2 + Vec(3) + ident(0.5)
    imprima(x)


defina errors():
    y = ident(7.0) * ident(2)
    tente:
        y = y / ident(0) + ident(1)
    exceto ZeroDivisionError como e_:
        imprima("ZeroDivisionError:", e_, y)
    tente:
        y = y + ident("s") * ident(2)
    exceto TypeError como e_:
        imprima("TypeError:", e_, y)
    z = ident(1.5) - 0.5
    intervalo(3) para i:
        z = z * ident(1e308) * ident(10)
    imprima(z, z == flutuante("inf"))
    w = ident(flutuante("nan")) * 1.0
    imprima(w == w, w != w, w é w, [w].count(w), w em [w])


defina params(a, b):
    a = a * b + 1.0
    b = b - a
    retorne a, b


defina loops(n):
    s = ident(0.0)
    m = ident(1.0)
    intervalo(1, n) para i:
        s += ident(1.0) / i * m
        m = -m * 1.0
        se s > 0.69:
            s = s - 0.0
    m = absoluto(m) * 1.0
    enquanto m < 10:
        m = m * 2.5
    retorne s, m


defina compare_and_index(xs):
    k = xs[0] * 1.0
    hits = 0
    lo = ident(0.0)
    xs para x:
        lo = lo + x * 0.5
        se lo > k:
            hits += 1
        se lo == 3.0:
            hits += 100
    retorne hits, lo, xs[inteiro(lo) % comprimento(xs)]


defina matches(v):
    r = v * 2.0
    corresponda r:
        caso 4.0:
            retorne "four"
        caso _:
            retorne "other " + texto(r)


imprima(distances([(ident(4.0), ident(6.0)), (ident(1), ident(2)), (ident(-2.5), ident(2.0))]))
imprima(accumulate([ident(1), ident(2.5), ident(2**62), ident(-1)]))
identity_checks()
mixed_kinds()
errors()
imprima(params(ident(2), ident(3.0)), params(ident(2.0), ident(1)))
imprima(loops(50))
imprima(compare_and_index([ident(2), ident(3), ident(4), ident(1)]))
imprima(matches(ident(2)), matches(ident(2.5)))
q = ident(2.0) * 3
imprima(q, q é q)
r = ident(9.0) * 1.0
imprima(r.is_integer(), r.hex(), r.__class__.__name__)
