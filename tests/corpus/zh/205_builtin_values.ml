# Builtins as values: print, range, enumerate, map, filter, isinstance,
# iter, next, reversed, getattr, setattr, hasattr and format passed around
# and called later, keywords included, with CPython's errors.
导入 functools

out = 打印
out("a", "b", sep="-", end="!\n")
列表(映射(打印, [1, 2]))
make_range = 范围
打印(列表(make_range(3)), 列表(make_range(1, 7, 2)), make_range(5))
count = 枚举
打印(列表(count("ab")), 列表(count("ab", 1)), 列表(count("ab", start=5)))
apply_all = 映射
pairs = apply_all(匿名 a, b: a * b, [1, 2, 3], [4, 5, 6])
打印(类型(pairs).__name__, 下一个(pairs), 列表(pairs))
keep = 过滤
打印(列表(keep(空, [0, 1, "", "x"])), 列表(keep(匿名 v: v > 1, 范围(4))))
checks = [是实例, 有属性]
打印(checks[0](3, 整数), checks[1]("s", "upper"))
step = 下一个
sources = [迭代器([1, 2]), 迭代器("xy")]
打印(列表(映射(step, sources)), step(迭代器([]), "empty"))
backwards = 反转
打印(列表(backwards([1, 2, 3])), "".join(backwards("abc")))
read, write = 获取属性, 设置属性


类 Box:
    过


box = Box()
write(box, "v", 9)
打印(read(box, "v"), read(box, "w", "default"))
shape = 格式化
打印(shape(3.14159, ".2f"), shape(42), shape(255, "#x"))
打印(functools.reduce(匿名 a, b: a + b, 映射(整数, "123")))
打印(表示(打印), out 是 打印)


类 Log:
    函数 __init__(self):
        self.parts = []

    函数 write(self, text):
        self.parts.append(text)


log = Log()
out("x", 1, file=log)
out("y", file=空)
打印(log.parts)
对于 bad 里 [匿名: out("z", bad=1), 匿名: make_range(), 匿名: checks[0](1),
            匿名: count([], 0, 1), 匿名: step(), 匿名: make_range(1.5)]:
    尝试:
        bad()
    除了 TypeError 作为 e:
        打印("TypeError:", e)
