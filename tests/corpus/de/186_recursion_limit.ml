# sys.setrecursionlimit / getrecursionlimit: the limit is the one calls meet
importieren sys
ausgeben(sys.getrecursionlimit())
sys.setrecursionlimit(5000)
ausgeben(sys.getrecursionlimit())
für bad in [0, -3, 2.5, "x", 2**40]:
    versuchen:
        sys.setrecursionlimit(bad)
    ausnahme (ValueError, TypeError, OverflowError) als e:
        ausgeben(typ(e).__name__, e)
def depth(n):
    rückgabe 0 wenn n == 0 sonst 1 + depth(n - 1)
ausgeben(depth(3000))
def deep(n):
    rückgabe 0 wenn n == 0 sonst 1 + deep(n - 1)
versuchen:
    sys.setrecursionlimit(10)
ausnahme RecursionError als e:
    ausgeben(e)
sys.setrecursionlimit(100)
versuchen:
    deep(200)
ausnahme RecursionError als e:
    ausgeben("deep 200:", e)
ausgeben(deep(90))
