# frozenset: construction, set algebra (the result follows the left operand), hashing as CPython, dict keys; id(); hasattr() on builtin types
a = zbior_niezmienny([3, 1, 2, 3])
b = zbior_niezmienny()
drukuj(a, b, dlugosc(a), 2 w a, 5 w a, typ(a).__name__, jest_instancja(a, zbior_niezmienny), jest_instancja({1}, zbior_niezmienny))
s = {1, 2}
drukuj(a | s, s | a, a & s, a - s, a ^ {9}, a.union([7]), a.intersection(s), a == {1, 2, 3}, {1, 2, 3} == a)
drukuj(hasz(a) == hasz(zbior_niezmienny([1, 2, 3])), hasz(zbior_niezmienny()), hasz(zbior_niezmienny([1, 2, 3])), hasz(zbior_niezmienny(["x"])) == hasz(zbior_niezmienny(["x"])))
d = {a: "abc", zbior_niezmienny([1]): "one"}
drukuj(d[zbior_niezmienny([2, 3, 1])], {zbior_niezmienny([1, 2]), zbior_niezmienny([2, 1])})
drukuj(posortowane(a), a.issubset({1, 2, 3, 4}), a.copy(), posortowane(zbior_niezmienny("hello")))
sprobuj:
    a.add(4)
wyjatek AttributeError jako err:
    drukuj("AttributeError:", err)
drukuj(identyfikator(a) == identyfikator(a), identyfikator(1) == identyfikator(1), ma_atrybut(a, "add"), ma_atrybut(a, "union"))
drukuj({zbior_niezmienny({1, 2}): 1, zbior_niezmienny({3}): 2})
drukuj(zbior(a), lista(zbior_niezmienny([10, 20])))
drukuj(ma_atrybut("text", "upper"), ma_atrybut(3, "bit_length"), ma_atrybut(3.5, "is_integer"), ma_atrybut([], "nope"), ma_atrybut(Brak, "x"))
nested = zbior_niezmienny([zbior_niezmienny([1]), zbior_niezmienny([1, 2])])
drukuj(dlugosc(nested), zbior_niezmienny([1]) w nested, hasz(nested) == hasz(zbior_niezmienny([zbior_niezmienny([1, 2]), zbior_niezmienny([1])])))
drukuj(zbior_niezmienny(zakres(5)) - {0, 4}, zbior_niezmienny([1, 2]) < zbior_niezmienny([1, 2, 3]), zbior_niezmienny([1, 2]) <= {1, 2})
