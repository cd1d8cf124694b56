# typing.NamedTuple as a base class: annotated fields, defaults, methods of
# its own, and everything a named tuple does.
から typing 取込 List, NamedTuple, Optional
から typing 取込 NamedTuple として Record


クラス Point(NamedTuple):
    x: 整数
    up: 整数 = 0

    関数 norm2(self) -> 整数:
        戻る self.x * self.x + self.up * self.up

    関数 moved(self, dx: 整数, dy: 整数) -> "Point":
        戻る self._replace(x=self.x + dx, up=self.up + dy)


クラス Student(Record):
    name: 文字列
    marks: List[整数]
    tutor: Optional[文字列] = なし

    関数 average(self):
        戻る 合計(self.marks) / 長さ(self.marks)

    関数 __str__(self):
        戻る self.name + " (" + 書式(self.average(), ".1f") + ")"


p = Point(3, 4)
表示(p, p.norm2(), p.x, p[1], p[-1], Point(5), Point(up=1, x=2))
x, up = p
表示(x, up, p.moved(1, 1), p._asdict(), p == Point(3, 4), p == (3, 4), p != Point(4, 3))
表示(Point._fields, Point._field_defaults, Point._make([7, 8]), 長さ(p), リスト(p), 4 中 p)
表示(ソート済み([Point(2, 1), Point(1, 5), Point(1, 2)]), 最大値(Point(0, 9), Point(1, 0)))
seen = {Point(1, 2): "a", Point(1, 2): "b"}
表示(seen, ハッシュ(Point(1, 2)) == ハッシュ((1, 2)), インスタンスか(p, Point), 型(p).__name__)

people = [Student("Ada", [90, 85]), Student("Alan", [70, 95, 80], "Max")]
people 内の 各 s に対して:
    表示(s, 表現(s), s.tutor)
total = 0
people 内の 各 name, marks, tutor に対して:
    total += 長さ(marks)
表示(total)

試行:
    Point(1, 2, 3)
例外 TypeError として err:
    表示("TypeError:", err)
試行:
    Point()
例外 TypeError として err:
    表示("TypeError:", err)
試行:
    クラス Bad(NamedTuple):
        a: 整数 = 1
        b: 整数
例外 TypeError として err:
    表示("TypeError:", err)
試行:
    クラス Worse(NamedTuple):
        a: 整数

        関数 _asdict(self):
            戻る {}
例外 AttributeError として err:
    表示("AttributeError:", err)
