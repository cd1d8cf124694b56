# functools.total_ordering as a class decorator (NotImplemented passed on),
# and the type names of functions, methods and builtins as values.
van functools importeer total_ordering
@total_ordering
klasse V:
    definieer __init__(self, v):
        self.v = v
    definieer __eq__(self, o):
        als niet is_instantie(o, V):
            retourneer NotImplemented
        retourneer self.v == o.v
    definieer __lt__(self, o):
        als niet is_instantie(o, V):
            retourneer NotImplemented
        retourneer self.v < o.v
afdrukken(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), gesorteerd([V(3), V(1)])[0].v)
probeer:
    V(1) >= 5
behalve TypeError zoals e:
    afdrukken(e)
klasse A:
    definieer m(self):
        retourneer 1
definieer f():
    sla_over
a = A()
afdrukken(type_van(lengte).__name__, type_van(f).__name__, type_van(a.m).__name__, type_van(maximum).__name__, type_van(lambda: 0).__name__)
afdrukken(type_van(A.m).__name__)
probeer:
    lengte(1)
behalve TypeError zoals e:
    afdrukken(e)
afdrukken(f"{type_van(gesorteerd).__name__}")
