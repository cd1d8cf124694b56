# zip(*rows) transposes; builtins of several arguments take star arguments;
# zip of many iterables; ... is the Ellipsis singleton.

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
columns = [列表(c) 对于 c 里 配对(*grid)]
打印(columns)
打印([总和(c) 对于 c 里 配对(*grid)], 列表(配对(*[])))
打印(列表(配对("ab", "cd", "ef", "gh", "ij", "kl")))
scores = [12, 7, 31, 4]
打印(最大值(*scores), 最小值(*scores, 10), 总和(*[scores]), 商余(*[17, 5]), 幂(*(2, 8)), 四舍五入(*[3.14159, 2]))
pairs = [("x", 1), ("y", 2)]
names, values = 配对(*pairs)
打印(names, values)
zipper = 配对
打印(列表(zipper([1, 2], [3, 4])))

函数 later():
    ...

类 Protocol:
    函数 run(self): ...

打印(later(), Protocol().run(), ..., Ellipsis 是 ..., 表示(...), 类型(...).__name__)
打印([..., 1][0], {...: "dots"}[...], 布尔(...))
