# slice objects: slice(), .start/.stop/.step, indexing, assignment and deletion with them, __getitem__ receiving a slice
s = slice(1, 5)
t = slice(3)
u = slice(None, None, -1)
xs = [0, 1, 2, 3, 4, 5, 6]
print(s, t, u, s.start, s.stop, s.step, t.stop)
print(xs[s], xs[t], xs[u], "abcdef"[s], (1, 2, 3, 4)[u], range(10)[slice(2, 8, 3)])
xs[slice(0, 2)] = ["a", "b", "c"]
print(xs)
del xs[slice(None, None, 2)]
print(xs)
print(s == slice(1, 5), s == slice(1, 5, 1), type(s).__name__, hasattr(s, "indices"))
class Seq:
    def __getitem__(self, k):
        return k
print(Seq()[1:3], Seq()[::2], Seq()[5])
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)
try:
    xs[slice("a", 2)]
except TypeError as e:
    print("TypeError:", e)
print(xs[slice(2 ** 70)], xs[slice(-2 ** 70, 2)])
