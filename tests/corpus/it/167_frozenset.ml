# frozenset: construction, set algebra (the result follows the left operand), hashing as CPython, dict keys; id(); hasattr() on builtin types
a = insieme_immutabile([3, 1, 2, 3])
b = insieme_immutabile()
stampa(a, b, lunghezza(a), 2 in a, 5 in a, tipo(a).__name__, è_istanza(a, insieme_immutabile), è_istanza({1}, insieme_immutabile))
s = {1, 2}
stampa(a | s, s | a, a & s, a - s, a ^ {9}, a.union([7]), a.intersection(s), a == {1, 2, 3}, {1, 2, 3} == a)
stampa(hash(a) == hash(insieme_immutabile([1, 2, 3])), hash(insieme_immutabile()), hash(insieme_immutabile([1, 2, 3])), hash(insieme_immutabile(["x"])) == hash(insieme_immutabile(["x"])))
d = {a: "abc", insieme_immutabile([1]): "one"}
stampa(d[insieme_immutabile([2, 3, 1])], {insieme_immutabile([1, 2]), insieme_immutabile([2, 1])})
stampa(ordinato(a), a.issubset({1, 2, 3, 4}), a.copy(), ordinato(insieme_immutabile("hello")))
prova:
    a.add(4)
eccetto AttributeError come err:
    stampa("AttributeError:", err)
stampa(identificatore(a) == identificatore(a), identificatore(1) == identificatore(1), ha_attributo(a, "add"), ha_attributo(a, "union"))
stampa({insieme_immutabile({1, 2}): 1, insieme_immutabile({3}): 2})
stampa(insieme(a), lista(insieme_immutabile([10, 20])))
stampa(ha_attributo("text", "upper"), ha_attributo(3, "bit_length"), ha_attributo(3.5, "is_integer"), ha_attributo([], "nope"), ha_attributo(Nessuno, "x"))
nested = insieme_immutabile([insieme_immutabile([1]), insieme_immutabile([1, 2])])
stampa(lunghezza(nested), insieme_immutabile([1]) in nested, hash(nested) == hash(insieme_immutabile([insieme_immutabile([1, 2]), insieme_immutabile([1])])))
stampa(insieme_immutabile(intervallo(5)) - {0, 4}, insieme_immutabile([1, 2]) < insieme_immutabile([1, 2, 3]), insieme_immutabile([1, 2]) <= {1, 2})
