# A def is one function object wherever its name is read: `is`, equality,
# dict keys and set members work as in CPython (with defaults and *args too),
# and a def with *args called through its value packs its arguments.
函数 add(a, b):
    返回 a + b


函数 scale(x, k=2):
    返回 x * k


函数 total(*xs):
    返回 总和(xs)


names = {add: "add", scale: "scale", total: "total"}
打印(names[add], names[scale], names[total])
打印(add 是 add, scale == scale, total 是 非 add, 长度({add, add, scale, total}))
pick = scale
打印(pick 是 scale, names[pick], pick(5), [f(3) 对于 f 里 (scale, total)], total(1, 2))
registry = {}


函数 register(f):
    registry[f] = 长度(registry)
    返回 f


@register
函数 first():
    返回 1


打印(registry[first], first 里 registry, first())
