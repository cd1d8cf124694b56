# Operands that wait while a user function runs: an index computed by a
# call, a slice bound computed by a call, an item assignment whose index
# calls, a dict key, f-string parts.
def idx(n):
    junk = [[i] for i in range(2000)]
    return n

xs = [10, 20, 30, 40]
print(xs[idx(1)], xs[idx(0):idx(2)], "abc"[idx(2)])
xs[idx(3)] = xs[idx(0)] + 1
print(xs)
del xs[idx(0)]
print(xs, {str(idx(5)): idx(6), "k": [idx(7)]})
print(f"{xs[0]}-{idx(8)}-{[idx(9)] * 2}")
