# Metaclasses (iteration, len, in, [], repr, call, __init__ of the class),
# __init_subclass__, classes deriving from int/float/str/tuple, __format__,
# reversed() through __reversed__ and the sequence protocol.
类 Meta(类型):
    函数 __iter__(cls):
        返回 迭代器(cls.items)
    函数 __len__(cls):
        返回 长度(cls.items)
    函数 __contains__(cls, x):
        返回 x 里 cls.items
    函数 __getitem__(cls, k):
        返回 cls.items[k]
    函数 __repr__(cls):
        返回 f"<meta {cls.__name__}>"
    函数 __call__(cls, *args):
        返回 ("called", cls.__name__, args)
    函数 describe(cls):
        返回 "I am " + cls.__name__
    函数 __init__(cls, name, bases, ns):
        cls.items = [k 对于 k 里 ns 如果 非 k.startswith("_")]

类 Bag(metaclass=Meta):
    a = 1
    b = 2
    函数 c(self):
        返回 3

打印(列表(Bag), 长度(Bag), "a" 里 Bag, Bag[1], 表示(Bag), Bag, Bag(1, 2), Bag.describe())
打印(类型(Bag).__name__, 是实例(Bag, Meta), 是实例(Bag, 类型))

类 Sub(Bag):
    z = 9
打印(列表(Sub), 类型(Sub).__name__)

类 Plugin:
    registry = []
    函数 __init_subclass__(cls, **kwargs):
        父类().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
类 A(Plugin): 过
类 B(A): 过
打印(Plugin.registry)

类 Point(元组):
    过
类 Celsius(浮点):
    函数 describe(self):
        返回 f"{self} degrees"
类 Name(字符串):
    函数 shout(self):
        返回 self.upper() + "!"
类 Count(整数):
    函数 __init__(self, v):
        self.extra = v * 2
c = Count(5)
打印(c + 1, c.extra, Celsius(21.5).describe(), Name("bob").shout(), Name("x") + "y", 长度(Name("abc")))
打印(是实例(c, 整数), c == 5, 哈希(c) == 哈希(5), Count("7") * 2, Point((1, 2))[0])
o = 对象.__new__(Plugin)
打印(类型(o).__name__, 整数.__new__(Count, 4) + 0)
类 M:
    函数 __format__(self, spec):
        返回 "M<" + spec + ">"
    函数 __str__(self):
        返回 "str-M"
打印(f"{M()}", f"{M():x}", 格式化(M(), "abc"), "{:q}".format(M()), "{}".format(M()), 字符串(M()))
类 B:
    函数 __format__(self, spec):
        返回 5
尝试:
    f"{B():x}"
除了 TypeError 作为 e:
    打印(e)
类 Countdown:
    函数 __init__(self, n):
        self.n = n
    函数 __len__(self):
        返回 self.n
    函数 __getitem__(self, i):
        如果 i >= self.n:
            抛出 IndexError(i)
        返回 i * 10
类 Deck:
    函数 __reversed__(self):
        返回 迭代器(["last", "first"])
打印(列表(反转(Countdown(4))), 列表(反转(Deck())))
