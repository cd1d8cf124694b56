# sys.setrecursionlimit called inside a function holds after it returns
# (the limit is not folded into the depth the function puts back on exit)
import sys


def raise_limit(n):
    sys.setrecursionlimit(n)
    return sys.getrecursionlimit()


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


print(raise_limit(4000))
print(sys.getrecursionlimit())
print(depth(3000))


def nested(k):
    if k == 0:
        return raise_limit(3500)
    return nested(k - 1)


print(nested(20), sys.getrecursionlimit())
print(depth(3200))


def too_low(k):
    if k:
        return too_low(k - 1)
    try:
        sys.setrecursionlimit(5)
    except RecursionError as e:
        print(e)
    return sys.getrecursionlimit()


print(too_low(10))
sys.setrecursionlimit(60)
try:
    depth(100)
except RecursionError as e:
    print("depth 100:", e)
print(depth(50))
print(raise_limit(1000), depth(900))
