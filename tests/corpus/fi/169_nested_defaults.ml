# Defaults of nested defs and lambdas, evaluated where the def or lambda is (lambda x, k=k: ...)
fs = [lambda x, k=k: x + k jokaiselle k sisalla vali(3)]
tulosta([f(10) jokaiselle f sisalla fs])
maarittele outer(base):
    maarittele inner(a, b=2, c=base * 10):
        palauta a + b + c
    palauta inner(1), inner(1, 5), inner(1, c=0), inner(a=4, b=0)
tulosta(outer(3))
maarittele counter():
    total = 0
    maarittele add(n=1, *rest):
        epapaikallinen total
        total += n + summa(rest)
        palauta total
    palauta add
add = counter()
tulosta(add(), add(5), add(1, 2, 3), add())
g = lambda a, b=[]: b.append(a) tai b
tulosta(g(1), g(2), g([3], []))
h = lambda s, sep=", ": sep.join(s)
tulosta(h(["a", "b"]), h("xyz", "-"))
yrita:
    outer(1)
    (lambda a, b=1: a)()
paitsi TypeError nimella e:
    tulosta("TypeError:", e)
