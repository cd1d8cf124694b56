# sys.setrecursionlimit / getrecursionlimit: the limit is the one calls meet
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
for bad in [0, -3, 2.5, "x", 2**40]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(3000))
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
try:
    sys.setrecursionlimit(10)
except RecursionError as e:
    print(e)
sys.setrecursionlimit(100)
try:
    deep(200)
except RecursionError as e:
    print("deep 200:", e)
print(deep(90))
