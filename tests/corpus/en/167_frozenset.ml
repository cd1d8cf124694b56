# frozenset: construction, set algebra (the result follows the left operand), hashing as CPython, dict keys; id(); hasattr() on builtin types
a = frozenset([3, 1, 2, 3])
b = frozenset()
print(a, b, len(a), 2 in a, 5 in a, type(a).__name__, isinstance(a, frozenset), isinstance({1}, frozenset))
s = {1, 2}
print(a | s, s | a, a & s, a - s, a ^ {9}, a.union([7]), a.intersection(s), a == {1, 2, 3}, {1, 2, 3} == a)
print(hash(a) == hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset(["x"])) == hash(frozenset(["x"])))
d = {a: "abc", frozenset([1]): "one"}
print(d[frozenset([2, 3, 1])], {frozenset([1, 2]), frozenset([2, 1])})
print(sorted(a), a.issubset({1, 2, 3, 4}), a.copy(), sorted(frozenset("hello")))
try:
    a.add(4)
except AttributeError as err:
    print("AttributeError:", err)
print(id(a) == id(a), id(1) == id(1), hasattr(a, "add"), hasattr(a, "union"))
print({frozenset({1, 2}): 1, frozenset({3}): 2})
print(set(a), list(frozenset([10, 20])))
print(hasattr("text", "upper"), hasattr(3, "bit_length"), hasattr(3.5, "is_integer"), hasattr([], "nope"), hasattr(None, "x"))
nested = frozenset([frozenset([1]), frozenset([1, 2])])
print(len(nested), frozenset([1]) in nested, hash(nested) == hash(frozenset([frozenset([1, 2]), frozenset([1])])))
print(frozenset(range(5)) - {0, 4}, frozenset([1, 2]) < frozenset([1, 2, 3]), frozenset([1, 2]) <= {1, 2})
