# Classes: attributes, methods, defaults, special methods, inheritance, super(), C3, user exceptions.
クラス Counter:
    count = 0
    label = "counter"

    関数 __init__(self, start=0, step=1):
        self.value = start
        self.step = step
        Counter.count += 1

    関数 tick(self, times=1):
        毎 _ 中 範囲(times):
            self.value += self.step
        戻る self

    関数 __repr__(self):
        戻る f"Counter({self.value}, step={self.step})"

    関数 __len__(self):
        戻る self.value

    関数 __bool__(self):
        戻る self.value != 0


a = Counter()
b = Counter(10, 5)
a.tick().tick(3)
b.tick(2)
表示(a, b, Counter.count, a.count, a.label)
表示(長さ(a), 真偽(Counter()), 真偽(b), Counter.count)
表示(文字列(a), 表現(b), f"{a}!")
もし a:
    表示("a is truthy")


クラス Point:
    関数 __init__(self, x, y):
        self.x = x
        self.y = y

    関数 __eq__(self, other):
        戻る インスタンスか(other, Point) かつ self.x == other.x かつ self.y == other.y

    関数 __hash__(self):
        戻る ハッシュ((self.x, self.y))

    関数 __lt__(self, other):
        戻る (self.x, self.y) < (other.x, other.y)

    関数 __add__(self, other):
        戻る Point(self.x + other.x, self.y + other.y)

    関数 __sub__(self, other):
        戻る Point(self.x - other.x, self.y - other.y)

    関数 __mul__(self, k):
        戻る Point(self.x * k, self.y * k)

    関数 __neg__(self):
        戻る Point(-self.x, -self.y)

    関数 __str__(self):
        戻る "(" + 文字列(self.x) + ", " + 文字列(self.y) + ")"

    関数 __repr__(self):
        戻る "Point(" + 表現(self.x) + ", " + 表現(self.y) + ")"

    関数 norm2(self):
        戻る self.x * self.x + self.y * self.y


pts = [Point(3, 1), Point(1, 2), Point(1, -1)]
表示(ソート済み(pts))
表示(最大値(pts), 最小値(pts))
表示(Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1), Point(1, 2) 中 pts)
s = {Point(1, 2), Point(1, 2), Point(0, 0)}
表示(長さ(s))
d = {Point(1, 2): "a"}
表示(d[Point(1, 2)])
p = Point(1, 2) + Point(3, 4) * 2 - Point(1, 1)
表示(p, -p, p.norm2(), 文字列(p), [p])
表示(ソート済み(pts, key=ラムダ q: q.norm2()))


クラス Animal:
    kind = "animal"

    関数 __init__(self, name):
        self.name = name

    関数 speak(self):
        戻る self.name + " makes a sound"

    関数 describe(self):
        戻る self.name + " is a " + self.kind + ": " + self.speak()


クラス Dog(Animal):
    kind = "dog"

    関数 speak(self):
        戻る self.name + " barks"


クラス Puppy(Dog):
    関数 __init__(self, name, age):
        親クラス().__init__(name)
        self.age = age

    関数 speak(self):
        戻る 親クラス().speak() + " softly"


毎 x 中 [Animal("Generic"), Dog("Rex"), Puppy("Bit", 1)]:
    表示(x.describe(), 型(x).__name__, インスタンスか(x, Dog), インスタンスか(x, (Puppy, 整数)))
表示(サブクラスか(Puppy, Animal), サブクラスか(Animal, Dog))
表示(Puppy("Z", 2).age, Dog.kind, Animal.speak(Dog("Y")))


クラス A:
    関数 who(self):
        戻る "A"


クラス B(A):
    関数 who(self):
        戻る "B" + 親クラス().who()


クラス C(A):
    関数 who(self):
        戻る "C" + 親クラス().who()


クラス D(B, C):
    関数 who(self):
        戻る "D" + 親クラス().who()


表示(D().who())


クラス Stack:
    関数 __init__(self):
        self.items = []

    関数 push(self, x):
        self.items.append(x)

    関数 pop(self):
        戻る self.items.pop()

    関数 __len__(self):
        戻る 長さ(self.items)

    関数 __getitem__(self, i):
        戻る self.items[i]

    関数 __contains__(self, x):
        戻る x 中 self.items


st = Stack()
毎 i 中 範囲(5):
    st.push(i * i)
表示(長さ(st), st[1], st[-1], 9 中 st, 10 中 st, st.pop(), 長さ(st))
表示(st.items.count(4), " ".join([文字列(v) 毎 v 中 st.items]))


クラス ValidationError(ValueError):
    関数 __init__(self, field, problem):
        親クラス().__init__(field + ": " + problem)
        self.field = field


クラス NotFound(Exception):
    パス


関数 check(n):
    もし n < 0:
        発生 ValidationError("n", "negative")
    もし n == 0:
        発生 NotFound("zero")
    戻る n


毎 v 中 [3, -1, 0]:
    試行:
        表示(check(v))
    例外 ValueError として e:
        表示("value error:", e, e.field, 型(e).__name__, e.args)
    例外 NotFound として e:
        表示("not found:", e, 表現(e))

試行:
    Point(1, 2).z
例外 AttributeError として e:
    表示(e)
試行:
    Point(1)
例外 TypeError として e:
    表示(e)
試行:
    Stack().nothing()
例外 AttributeError として e:
    表示(e)
obj = Point(5, 6)
obj.z = 7
表示(obj.z, obj.x)
