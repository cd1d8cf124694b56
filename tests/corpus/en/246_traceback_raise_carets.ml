# A raise that is not the whole line: CPython draws carets under it.
def g(n):
    if n == 0: raise ValueError("zero")
    return n
for k in (1, 0):
    print(g(k))
