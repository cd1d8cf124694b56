类 Countdown:
    函数 __init__(self, start):
        self.current = start
    函数 __iter__(self):
        返回 self
    函数 __next__(self):
        如果 self.current <= 0:
            抛出 StopIteration
        self.current -= 1
        返回 self.current + 1

类 Tree:
    函数 __init__(self, value, children):
        self.value = value
        self.children = children
    函数 __iter__(self):
        产出 self.value
        对于 c 里 self.children:
            产出 从 c
    函数 walk(self, depth=0):
        产出 depth, self.value
        对于 c 里 self.children:
            产出 从 c.walk(depth + 1)

打印(列表(Countdown(4)))
对于 x 里 Countdown(2):
    打印("cd", x)
t = Tree(1, [Tree(2, [Tree(4, [])]), Tree(3, [])])
打印(列表(t))
打印(总和(t), 最大值(t), 排序(t, reverse=真))
对于 d, v 里 t.walk():
    打印("  " * d + 字符串(v))
it = 迭代器(Countdown(3))
打印(下一个(it), 下一个(it), 下一个(it), 下一个(it, "end"))

函数 take(n, it):
    out = []
    对于 x 里 it:
        如果 长度(out) >= n:
            终止
        out.append(x)
    返回 out

函数 naturals():
    n = 0
    当 真:
        产出 n
        n += 1

函数 evens(src):
    对于 x 里 src:
        如果 x % 2 == 0:
            产出 x

打印(take(5, evens(naturals())))

函数 fib():
    a, b = 0, 1
    当 真:
        产出 a
        a, b = b, a + b

函数 gen_with_locals(words):
    count = 0
    total = 0.5
    对于 w 里 words:
        count += 1
        total += 长度(w) * 1.5
        产出 f"{w}:{count}:{total}"
打印(列表(gen_with_locals(["a", "bb", "ccc"])))
g = fib()
打印([下一个(g) 对于 _ 里 范围(12)])

函数 raiser():
    产出 1
    抛出 ValueError("inside")

尝试:
    对于 v 里 raiser():
        打印("v", v)
除了 ValueError 作为 e:
    打印("caught", e)

函数 stopper():
    产出 1
    抛出 StopIteration
尝试:
    打印(列表(stopper()))
除了 RuntimeError 作为 e:
    打印("RuntimeError:", e)

类 CM:
    函数 __enter__(self):
        打印("enter")
        返回 self
    函数 __exit__(self, *a):
        打印("exit")
        返回 假
函数 with_cm():
    使用 CM():
        产出 "a"
        产出 "b"
打印(列表(with_cm()))
