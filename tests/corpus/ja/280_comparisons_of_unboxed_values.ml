# Conditions comparing arithmetic on values of unknown type, and variables
# that hold such results, with numbers and objects: ints and floats are
# compared unboxed, everything else as CPython compares it.


関数 ident(x):
    戻る x


クラス Loud:
    関数 __init__(self, v):
        self.v = v

    関数 __lt__(self, other):
        表示("Loud.__lt__", other)
        戻る [] もし self.v < 0 でなければ [1]

    関数 __gt__(self, other):
        表示("Loud.__gt__", other)
        戻る ""

    関数 __mul__(self, other):
        戻る Loud(self.v * other)

    関数 __rmul__(self, other):
        戻る Loud(self.v * other)


関数 classify(xs, limit):
    out = []
    xs 内の 各 x に対して:
        y = x * 1.0
        z = x * ident(3)
        y > limit もし:
            out.append("y>")
        z <= limit もし:
            out.append("z<=")
        y == z もし:
            out.append("y==z")
        x * 2 != z - x もし:
            out.append("2x!=2x")
        y < x * ident(0.5) もし:
            out.append("y<x/2")
        limit >= y もし:
            out.append("lim>=y")
    戻る out


values = [ident(v) 毎 v 中 [0, 1, -2, 3.5, -0.0, 2**61, 2**61 - 1, -2**61, 2**70, 2**53 + 1, 浮動小数("inf"), 浮動小数("-inf"), 浮動小数("nan"), 真, 偽]]
values 内の 各 v に対して:
    表示(表現(v), classify([v], ident(2)), classify([v], ident(2.0)), classify([v], ident(2**62)))

big = ident(2**53 + 1)
f = big * 1.0
表示(f == big, f < big, big > f, big * 1 > f, big * 1 == f + 0)

[(ident(Loud(2)), ident(3)), (ident(Loud(-1)), ident(1.5)), (ident(2), ident(Loud(5)))] 内の 各 a, b に対して:
    a * 2 < b もし:
        表示("lt true")
    でなければ:
        表示("lt false")
    a * 2 > b もし:
        表示("gt true")
    でなければ:
        表示("gt false")

[(ident("ab"), ident("b")), (ident([1, 2]), ident([1, 3])), (ident((1,)), ident((0, 5)))] 内の 各 a, b に対して:
    表示(a * 2 < b * 2, a * 1 == a, b * 2 >= a)

x = ident(なし)
試行:
    ident(1.5) * 2 < x もし:
        表示("no")
例外 TypeError として e:
    表示("TypeError:", e)

total = ident(0.0)
count = 0
total < 10 間:
    total = total + ident(0.75)
    count += 1
表示(count, total)
s = ident(1)
n = 0
s * 3 < 2**70 間:
    s = s * ident(3)
    n += 1
表示(n, s)
q = ident(2.5) * 2
q > ident("five") もし:
    表示("no")
