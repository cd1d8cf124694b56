# Names in a class body: the class's own names first (assigned, annotated
# or defined above), then the module's; staticmethod(), classmethod() and
# property() called in the body; replacing an object's __dict__.
LIMIT = 100
SCALE = 3


def helper(n):
    return n * 1000


class Board:
    SIZE = 8
    CELLS = SIZE * SIZE
    OUTSIDE = helper(2) + LIMIT
    names = ["rook", "pawn"]
    count = len(names)
    squares = [i * i for i in range(SIZE)]
    pairs = [(n, m) for n in names for m in range(2)]
    widths = {n: len(n) * SCALE for n in names}

    def area(self):
        return self.SIZE * self.SIZE

    surface = area

    def helper(n):
        return n + 1

    INSIDE = helper(5)
    shouted = tuple(n.upper() for n in names)
    label: str = "board of " + str(SIZE)
    later = LIMIT

    def double(x):
        return 2 * x

    double = staticmethod(double)

    def make(cls, n):
        return cls.__name__ + "#" + str(n)

    make = classmethod(make)

    def _get_side(self):
        return self._side if hasattr(self, "_side") else self.SIZE

    def _set_side(self, value):
        if value <= 0:
            raise ValueError("side must be positive")
        self._side = value

    side = property(_get_side, _set_side)
    corner = property(lambda self: (self.side - 1, self.side - 1))


class Chess(Board):
    SIZE = 10
    BIGGER = SIZE + Board.SIZE


print(Board.CELLS, Board.OUTSIDE, Board.count, Board.squares)
print(Board.pairs, Board.widths)
print(Board().surface(), Board.INSIDE, Board.shouted, Board.label, Board.later)
print(Board.double(4), Board().double(5), Board.make(3), Chess.make(4))
b = Board()
print(b.side, b.corner)
b.side = 5
print(b.side, b.corner, Board().side)
try:
    b.side = 0
except ValueError as err:
    print("refused:", err)
print(Chess.BIGGER, Chess().area(), Chess.CELLS)


def make_class(base):
    class Local:
        K = base + 1
        L = K * 2

        def get(self):
            return self.L

    return Local


print(make_class(3).L, make_class(10)().get())


def counter():
    return counter.calls


counter.calls = 7
counter.__dict__ = {"calls": 40, "tag": "new"}
print(counter(), vars(counter))


class Bag:
    pass


bag = Bag()
bag.x = 1
bag.__dict__ = {"y": 2}
print(hasattr(bag, "x"), bag.y, vars(bag))
try:
    bag.__dict__ = [1, 2]
except TypeError as err:
    print("TypeError:", err)
