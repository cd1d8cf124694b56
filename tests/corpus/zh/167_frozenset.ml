# frozenset: construction, set algebra (the result follows the left operand), hashing as CPython, dict keys; id(); hasattr() on builtin types
a = 冻结集合([3, 1, 2, 3])
b = 冻结集合()
打印(a, b, 长度(a), 2 里 a, 5 里 a, 类型(a).__name__, 是实例(a, 冻结集合), 是实例({1}, 冻结集合))
s = {1, 2}
打印(a | s, s | a, a & s, a - s, a ^ {9}, a.union([7]), a.intersection(s), a == {1, 2, 3}, {1, 2, 3} == a)
打印(哈希(a) == 哈希(冻结集合([1, 2, 3])), 哈希(冻结集合()), 哈希(冻结集合([1, 2, 3])), 哈希(冻结集合(["x"])) == 哈希(冻结集合(["x"])))
d = {a: "abc", 冻结集合([1]): "one"}
打印(d[冻结集合([2, 3, 1])], {冻结集合([1, 2]), 冻结集合([2, 1])})
打印(排序(a), a.issubset({1, 2, 3, 4}), a.copy(), 排序(冻结集合("hello")))
尝试:
    a.add(4)
除了 AttributeError 作为 err:
    打印("AttributeError:", err)
打印(标识(a) == 标识(a), 标识(1) == 标识(1), 有属性(a, "add"), 有属性(a, "union"))
打印({冻结集合({1, 2}): 1, 冻结集合({3}): 2})
打印(集合(a), 列表(冻结集合([10, 20])))
打印(有属性("text", "upper"), 有属性(3, "bit_length"), 有属性(3.5, "is_integer"), 有属性([], "nope"), 有属性(空, "x"))
nested = 冻结集合([冻结集合([1]), 冻结集合([1, 2])])
打印(长度(nested), 冻结集合([1]) 里 nested, 哈希(nested) == 哈希(冻结集合([冻结集合([1, 2]), 冻结集合([1])])))
打印(冻结集合(范围(5)) - {0, 4}, 冻结集合([1, 2]) < 冻结集合([1, 2, 3]), 冻结集合([1, 2]) <= {1, 2})
