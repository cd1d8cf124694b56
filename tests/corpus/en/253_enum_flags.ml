from enum import Flag, IntFlag, auto, Enum


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Color(Flag):
    NONE = 0
    RED = 1
    GREEN = 2
    BLUE = 4
    WHITE = 7


print(list(Perm), len(Perm), Perm.RW, repr(Perm.RW), Perm.R | Perm.X, repr(Perm.R | Perm.X))
rwx = Perm.R | Perm.W | Perm.X
print(rwx, repr(rwx), Perm.R in rwx, Perm.X in Perm.RW, list(rwx), len(rwx), bool(Perm(0)), repr(Perm(0)), str(Perm(0)))
print(~Perm.R, repr(~Perm.RW), rwx & Perm.W, rwx ^ Perm.W, Perm(3) is Perm.RW, Perm["W"], Perm(6).name, Perm(0).name)
print(list(Color), Color.WHITE, repr(Color(5)), ~Color.RED, Color.NONE, Color(0) is Color.NONE)
for bad in (lambda: Perm(8), lambda: Perm("x"), lambda: Perm.R | 1, lambda: 2 in Perm.R):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)


class P(IntFlag):
    R = 4
    W = 2
    X = 1


print(P.R | P.W, repr(P.R | P.W), str(P.R), P.R + 1, P.R | 8, repr(P.R | 8), repr(~P.R), list(P.R | P.X), P(7), f"{P.W:>3}")
print(isinstance(P.R, int), P.R == 4, {P.R: "read"}[4], sorted([P.W, P.R, P.X]), P.R & 6, repr(P(0)))
seen = Perm.R
seen |= Perm.W
print(seen, seen == Perm.RW, hash(P.W) == hash(2))
