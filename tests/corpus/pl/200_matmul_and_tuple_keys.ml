# The @ operator calls __matmul__ / __rmatmul__ / __imatmul__; a subscript
# with several indices is a tuple key (grid[r, c] is grid[(r, c)]).

klasa Vec:
    funkcja __init__(self, *parts):
        self.parts = lista(parts)

    funkcja __matmul__(self, other):
        zwroc suma(p * q dla p, q w polacz(self.parts, other.parts))

    funkcja __rmatmul__(self, other):
        zwroc Vec(*[other * p dla p w self.parts])

    funkcja __imatmul__(self, other):
        self.parts = [p * q dla p, q w polacz(self.parts, other.parts)]
        zwroc self

    funkcja __repr__(self):
        zwroc "Vec" + reprezentacja(krotka(self.parts))


u, v = Vec(1, 2, 3), Vec(4, 5, 6)
drukuj(u @ v, 2 @ u)
u @= v
drukuj(u)

board = {}
dla r w zakres(3):
    dla c w zakres(3):
        board[r, c] = "#" jesli (r + c) % 2 inaczej "."
board[1, 1] = "@"
dla r w zakres(3):
    drukuj("".join(board[r, c] dla c w zakres(3)))
drukuj((2, 2) w board, board.get((5, 5), "?"), dlugosc(board))
usun board[0, 0]
drukuj(posortowane(board)[:2])


klasa Table:
    funkcja __init__(self):
        self.cells = {}

    funkcja __getitem__(self, key):
        row, col = key
        zwroc self.cells.get(key, row * 10 + col)

    funkcja __setitem__(self, key, value):
        self.cells[key] = value


t = Table()
t[1, 2] = "set"
drukuj(t[1, 2], t[3, 4])
pair = [1, 2]
dla bad w [lambda: 1 @ 2, lambda: pair[0, 1]]:
    sprobuj:
        bad()
    wyjatek TypeError jako e:
        drukuj("TypeError:", e)
