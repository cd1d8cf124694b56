# Builtins as values (key=len, map(ord, ...)), min()/max() with key=, reprs of functions.
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(max(words, key=len), min(words, key=len), max(words), min(3, 1, 2, key=lambda x: -x), max("b", "aa", key=len))
pairs = [(1, "z"), (3, "a"), (3, "b"), (2, "c")]
print(max(pairs, key=lambda p: p[0]), min(pairs, key=lambda p: p[1]))
try:
    max([], key=len)
except ValueError as e:
    print("ValueError:", e)
words = ["pear", "fig", "banana", "kiwi"]
print(sorted(words, key=len), list(map(len, words)), list(map(abs, [-1, 2, -3])), list(map(repr, ["a", 1])))
print(list(map(ord, "abc")), "".join(map(chr, [72, 105])), list(map(sum, [[1, 2], [3]])), list(map(sorted, ["cba"])))
f = len
g = max
print(f("hello"), g([3, 9, 2]), list(filter(callable, [len, 1, str])), sorted([[2, 1], [1]], key=min))
print(list(map(round, [1.5, 2.5, 2.675])), list(map(hash, [1, 2])) == [1, 2], any(map(bool, [0, 0, 3])))
class A:
    def m(self):
        pass
a = A()
print(repr(a.m)[:25], repr(A.m)[:12])
def func0():
    pass
print(repr(func0)[:16], repr(len))
