import enum
from enum import Flag, IntFlag, auto


class S(enum.Flag, boundary=enum.STRICT):
    A = 1
    B = 2


class K(Flag, boundary=enum.KEEP):
    A = 1
    B = 2


class C(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2


class J(IntFlag, boundary=enum.EJECT):
    A = 1
    B = 2


print(repr(K(5)), repr(C(5)), repr(C(7)), J(3), J(9), type(J(9)).__name__)
try:
    S(5)
except ValueError as e:
    print(e)
print(list(S), S._boundary_, K._boundary_, J(1) | J(2))
