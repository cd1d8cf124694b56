# The @ operator calls __matmul__ / __rmatmul__ / __imatmul__; a subscript
# with several indices is a tuple key (grid[r, c] is grid[(r, c)]).

klasse Vec:
    def __init__(self, *parts):
        self.parts = liste(parts)

    def __matmul__(self, other):
        rückgabe summe(p * q für p, q in zippen(self.parts, other.parts))

    def __rmatmul__(self, other):
        rückgabe Vec(*[other * p für p in self.parts])

    def __imatmul__(self, other):
        self.parts = [p * q für p, q in zippen(self.parts, other.parts)]
        rückgabe self

    def __repr__(self):
        rückgabe "Vec" + darstellung(tupel(self.parts))


u, v = Vec(1, 2, 3), Vec(4, 5, 6)
ausgeben(u @ v, 2 @ u)
u @= v
ausgeben(u)

board = {}
für r in bereich(3):
    für c in bereich(3):
        board[r, c] = "#" wenn (r + c) % 2 sonst "."
board[1, 1] = "@"
für r in bereich(3):
    ausgeben("".join(board[r, c] für c in bereich(3)))
ausgeben((2, 2) in board, board.get((5, 5), "?"), laenge(board))
loschen board[0, 0]
ausgeben(sortiert(board)[:2])


klasse Table:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        row, col = key
        rückgabe self.cells.get(key, row * 10 + col)

    def __setitem__(self, key, value):
        self.cells[key] = value


t = Table()
t[1, 2] = "set"
ausgeben(t[1, 2], t[3, 4])
pair = [1, 2]
für bad in [lambda: 1 @ 2, lambda: pair[0, 1]]:
    versuchen:
        bad()
    ausnahme TypeError als e:
        ausgeben("TypeError:", e)
