# Keyword-only parameters in methods, nested and decorated defs: binding, defaults, and the errors as CPython words them
クラス Shape:
    関数 __init__(self, name, *, sides=0, color="red"):
        self.name = name
        self.sides = sides
        self.color = color
    関数 describe(self, *, upper=偽, suffix):
        text = f"{self.name}/{self.sides}/{self.color}{suffix}"
        戻る text.upper() もし upper でなければ text
    関数 scaled(self, factor, *extra, clamp=なし, **opts):
        戻る (factor, extra, clamp, ソート済み(opts.items()))
s = Shape("tri", sides=3)
表示(s.describe(suffix="!"), s.describe(upper=真, suffix="?"), Shape("sq", color="blue").describe(suffix=""))
表示(s.scaled(2), s.scaled(2, 3, 4, clamp=5, x=1))
関数 outer(n):
    関数 inner(a, b=2, *, c, d=4):
        戻る n + a + b + c + d
    戻る inner(1, c=3), inner(1, 10, d=0, c=0)
表示(outer(100))
(ラムダ: s.describe(), ラムダ: s.describe("x", suffix=""), ラムダ: Shape("p", 3), ラムダ: Shape()) 内の 各 bad に対して:
    試行:
        bad()
    例外 TypeError として e:
        表示("TypeError:", e)
関数 deco(f):
    戻る f
@deco
関数 decorated(x, *, y=1, z):
    戻る x + y + z
表示(decorated(1, z=2), decorated(1, y=5, z=0))
試行:
    decorated(1)
例外 TypeError として e:
    表示("TypeError:", e)
