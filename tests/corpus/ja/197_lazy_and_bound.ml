# zip and enumerate are lazy iterators; comparisons give what __lt__ gives;
# a builtin type's method taken from a value is bound to it; positional-only
# parameters in methods; functions know their names.

関数 counter(label):
    n = 0
    真 間:
        表示("  next", label, n)
        生成 n
        n += 1

pairs = 組み合わせ(counter("a"), "xy")
表示(型(pairs).__name__)
表示(次(pairs))
表示(リスト(pairs))
numbered = 列挙(["red", "green", "blue"], start=10)
表示(次(numbered), 次(numbered))
表示(リスト(numbered), リスト(numbered))
it = イテレータ(範囲(6))
表示(リスト(組み合わせ(it, it)))
表示(辞書(組み合わせ("abc", 範囲(3))), リスト(組み合わせ()))
列挙(組み合わせ([1, 2, 3], [4, 5, 6])) 内の 各 i, (a, b) に対して:
    表示(i, a * b)

クラス Version:
    関数 __init__(self, *parts):
        self.parts = parts
    関数 __lt__(self, other):
        戻る "older" もし self.parts < other.parts でなければ ""
    関数 __eq__(self, other):
        戻る [self.parts, other.parts]
    関数 __repr__(self):
        戻る "v" + ".".join(文字列(p) 毎 p 中 self.parts)

old, mid, new = Version(1, 2), Version(1, 10), Version(2, 0)
表示(old < mid, 表現(new < old))
表示(old < mid < new, 表現(mid < new < old))
表示(old == new)
表示([old] < [mid], (new, 1) < (new, 2))
old < new もし:
    表示("old first")
ない (new < old) もし:
    表示("new not first")
表示(ソート済み([new, old, mid]))
values = [3, 1, 2]
表示(values[0] < values[1], 1 < values[0] < 5, values == [3, 1, 2])

words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
words 内の 各 w に対して:
    counts[w] = counts.get(w, 0) + 1
表示(最大値(counts, key=counts.get))
get = counts.get
表示(get("the"), get("cat"), get("cat", 0))
seen = []
remember = seen.append
["b", "a", "b"] 内の 各 w に対して:
    remember(w.upper())
表示(seen)
shout = "hello".upper
split = "a,b,,c".split
表示(shout(), split(","), split(",", 1), split())
表示(リスト(写像("{}!".format, ["hi", "yo"])))
表示(リスト(フィルタ(文字列.isdigit, "a1b2c3")))
表示(型(shout).__name__)
[ラムダ: shout(1), ラムダ: get(), ラムダ: remember()] 内の 各 call に対して:
    試行:
        call()
    例外 TypeError として e:
        表示("TypeError:", e)

クラス Point:
    関数 __init__(self, px, py, /, scale=1):
        self.px, self.py = px * scale, py * scale
    関数 moved(self, dx, dy=0, /, *, times=1):
        戻る Point(self.px + dx * times, self.py + dy * times)
    関数 __repr__(self):
        戻る "Point(%d, %d)" % (self.px, self.py)

p = Point(1, 2, scale=3)
表示(p, p.moved(1), p.moved(1, 1, times=2))
試行:
    p.moved(dx=1)
例外 TypeError として e:
    表示("TypeError:", e)
試行:
    Point(px=1, py=2)
例外 TypeError として e:
    表示("TypeError:", e)

関数 outer():
    関数 inner(a, b, /):
        戻る a - b
    試行:
        inner(1, b=2)
    例外 TypeError として e:
        表示("TypeError:", e)
    戻る inner

関数 logged(func):
    関数 wrapper(*args):
        表示("calling", func.__name__)
        戻る func(*args)
    戻る wrapper

@logged
関数 area(w, h, /):
    戻る w * h

表示(area(3, 4), area.__name__, outer().__name__, outer().__qualname__)
表示(Point.moved.__qualname__, p.moved.__name__, 長さ.__name__, (ラムダ: 0).__name__)
