# Names in a class body: the class's own names first (assigned, annotated
# or defined above), then the module's; staticmethod(), classmethod() and
# property() called in the body; replacing an object's __dict__.
LIMIT = 100
SCALE = 3


函数 helper(n):
    返回 n * 1000


类 Board:
    SIZE = 8
    CELLS = SIZE * SIZE
    OUTSIDE = helper(2) + LIMIT
    names = ["rook", "pawn"]
    count = 长度(names)
    squares = [i * i 对于 i 里 范围(SIZE)]
    pairs = [(n, m) 对于 n 里 names 对于 m 里 范围(2)]
    widths = {n: 长度(n) * SCALE 对于 n 里 names}

    函数 area(self):
        返回 self.SIZE * self.SIZE

    surface = area

    函数 helper(n):
        返回 n + 1

    INSIDE = helper(5)
    shouted = 元组(n.upper() 对于 n 里 names)
    label: 字符串 = "board of " + 字符串(SIZE)
    later = LIMIT

    函数 double(x):
        返回 2 * x

    double = 静态方法(double)

    函数 make(cls, n):
        返回 cls.__name__ + "#" + 字符串(n)

    make = 类方法(make)

    函数 _get_side(self):
        返回 self._side 如果 有属性(self, "_side") 否则 self.SIZE

    函数 _set_side(self, value):
        如果 value <= 0:
            抛出 ValueError("side must be positive")
        self._side = value

    side = 属性(_get_side, _set_side)
    corner = 属性(匿名 self: (self.side - 1, self.side - 1))


类 Chess(Board):
    SIZE = 10
    BIGGER = SIZE + Board.SIZE


打印(Board.CELLS, Board.OUTSIDE, Board.count, Board.squares)
打印(Board.pairs, Board.widths)
打印(Board().surface(), Board.INSIDE, Board.shouted, Board.label, Board.later)
打印(Board.double(4), Board().double(5), Board.make(3), Chess.make(4))
b = Board()
打印(b.side, b.corner)
b.side = 5
打印(b.side, b.corner, Board().side)
尝试:
    b.side = 0
除了 ValueError 作为 err:
    打印("refused:", err)
打印(Chess.BIGGER, Chess().area(), Chess.CELLS)


函数 make_class(base):
    类 Local:
        K = base + 1
        L = K * 2

        函数 get(self):
            返回 self.L

    返回 Local


打印(make_class(3).L, make_class(10)().get())


函数 counter():
    返回 counter.calls


counter.calls = 7
counter.__dict__ = {"calls": 40, "tag": "new"}
打印(counter(), 变量(counter))


类 Bag:
    过


bag = Bag()
bag.x = 1
bag.__dict__ = {"y": 2}
打印(有属性(bag, "x"), bag.y, 变量(bag))
尝试:
    bag.__dict__ = [1, 2]
除了 TypeError 作为 err:
    打印("TypeError:", err)
