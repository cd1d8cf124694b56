# The @ operator calls __matmul__ / __rmatmul__ / __imatmul__; a subscript
# with several indices is a tuple key (grid[r, c] is grid[(r, c)]).

class Vec:
    def __init__(self, *parts):
        self.parts = list(parts)

    def __matmul__(self, other):
        return sum(p * q for p, q in zip(self.parts, other.parts))

    def __rmatmul__(self, other):
        return Vec(*[other * p for p in self.parts])

    def __imatmul__(self, other):
        self.parts = [p * q for p, q in zip(self.parts, other.parts)]
        return self

    def __repr__(self):
        return "Vec" + repr(tuple(self.parts))


u, v = Vec(1, 2, 3), Vec(4, 5, 6)
print(u @ v, 2 @ u)
u @= v
print(u)

board = {}
for r in range(3):
    for c in range(3):
        board[r, c] = "#" if (r + c) % 2 else "."
board[1, 1] = "@"
for r in range(3):
    print("".join(board[r, c] for c in range(3)))
print((2, 2) in board, board.get((5, 5), "?"), len(board))
del board[0, 0]
print(sorted(board)[:2])


class Table:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        row, col = key
        return self.cells.get(key, row * 10 + col)

    def __setitem__(self, key, value):
        self.cells[key] = value


t = Table()
t[1, 2] = "set"
print(t[1, 2], t[3, 4])
pair = [1, 2]
for bad in [lambda: 1 @ 2, lambda: pair[0, 1]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
