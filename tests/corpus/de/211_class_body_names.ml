# Names in a class body: the class's own names first (assigned, annotated
# or defined above), then the module's; staticmethod(), classmethod() and
# property() called in the body; replacing an object's __dict__.
LIMIT = 100
SCALE = 3


def helper(n):
    rückgabe n * 1000


klasse Board:
    SIZE = 8
    CELLS = SIZE * SIZE
    OUTSIDE = helper(2) + LIMIT
    names = ["rook", "pawn"]
    count = laenge(names)
    squares = [i * i für i in bereich(SIZE)]
    pairs = [(n, m) für n in names für m in bereich(2)]
    widths = {n: laenge(n) * SCALE für n in names}

    def area(self):
        rückgabe self.SIZE * self.SIZE

    surface = area

    def helper(n):
        rückgabe n + 1

    INSIDE = helper(5)
    shouted = tupel(n.upper() für n in names)
    label: zeichenkette = "board of " + zeichenkette(SIZE)
    later = LIMIT

    def double(x):
        rückgabe 2 * x

    double = statische_methode(double)

    def make(cls, n):
        rückgabe cls.__name__ + "#" + zeichenkette(n)

    make = klassenmethode(make)

    def _get_side(self):
        rückgabe self._side wenn hat_attribut(self, "_side") sonst self.SIZE

    def _set_side(self, value):
        wenn value <= 0:
            auslösen ValueError("side must be positive")
        self._side = value

    side = eigenschaft(_get_side, _set_side)
    corner = eigenschaft(lambda self: (self.side - 1, self.side - 1))


klasse Chess(Board):
    SIZE = 10
    BIGGER = SIZE + Board.SIZE


ausgeben(Board.CELLS, Board.OUTSIDE, Board.count, Board.squares)
ausgeben(Board.pairs, Board.widths)
ausgeben(Board().surface(), Board.INSIDE, Board.shouted, Board.label, Board.later)
ausgeben(Board.double(4), Board().double(5), Board.make(3), Chess.make(4))
b = Board()
ausgeben(b.side, b.corner)
b.side = 5
ausgeben(b.side, b.corner, Board().side)
versuchen:
    b.side = 0
ausnahme ValueError als err:
    ausgeben("refused:", err)
ausgeben(Chess.BIGGER, Chess().area(), Chess.CELLS)


def make_class(base):
    klasse Local:
        K = base + 1
        L = K * 2

        def get(self):
            rückgabe self.L

    rückgabe Local


ausgeben(make_class(3).L, make_class(10)().get())


def counter():
    rückgabe counter.calls


counter.calls = 7
counter.__dict__ = {"calls": 40, "tag": "new"}
ausgeben(counter(), variablen(counter))


klasse Bag:
    pass


bag = Bag()
bag.x = 1
bag.__dict__ = {"y": 2}
ausgeben(hat_attribut(bag, "x"), bag.y, variablen(bag))
versuchen:
    bag.__dict__ = [1, 2]
ausnahme TypeError als err:
    ausgeben("TypeError:", err)
