# An int operand of float arithmetic is converted at the operator, after
# the other operand ran: an exception the other operand raises comes
# first, as in CPython; a too-big int raises OverflowError only then.
big = 10 ** 400
small = 7


def zero():
    return 0.0


def noisy(x):
    print("ran", x)
    return x


cases = [
    lambda: big + 1 / zero(),
    lambda: big * (2 // 0),
    lambda: big - noisy(1.5),
    lambda: big / zero(),
    lambda: big % zero(),
    lambda: big ** 0.5,
    lambda: small + 1 / zero(),
    lambda: small * noisy(2.5),
    lambda: big < 1.5,
    lambda: noisy(big) + noisy(0.5),
    lambda: big + [1.0][3],
    lambda: big + {"a": 1.0}["b"],
]
for f in cases:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
