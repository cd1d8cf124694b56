# Defaults of nested defs and lambdas, evaluated where the def or lambda is (lambda x, k=k: ...)
fs = [lambda x, k=k: x + k voor k in bereik(3)]
afdrukken([f(10) voor f in fs])
definieer outer(base):
    definieer inner(a, b=2, c=base * 10):
        retourneer a + b + c
    retourneer inner(1), inner(1, 5), inner(1, c=0), inner(a=4, b=0)
afdrukken(outer(3))
definieer counter():
    total = 0
    definieer add(n=1, *rest):
        niet_lokaal total
        total += n + som(rest)
        retourneer total
    retourneer add
add = counter()
afdrukken(add(), add(5), add(1, 2, 3), add())
g = lambda a, b=[]: b.append(a) of b
afdrukken(g(1), g(2), g([3], []))
h = lambda s, sep=", ": sep.join(s)
afdrukken(h(["a", "b"]), h("xyz", "-"))
probeer:
    outer(1)
    (lambda a, b=1: a)()
behalve TypeError zoals e:
    afdrukken("TypeError:", e)
