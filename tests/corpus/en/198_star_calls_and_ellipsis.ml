# zip(*rows) transposes; builtins of several arguments take star arguments;
# zip of many iterables; ... is the Ellipsis singleton.

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
columns = [list(c) for c in zip(*grid)]
print(columns)
print([sum(c) for c in zip(*grid)], list(zip(*[])))
print(list(zip("ab", "cd", "ef", "gh", "ij", "kl")))
scores = [12, 7, 31, 4]
print(max(*scores), min(*scores, 10), sum(*[scores]), divmod(*[17, 5]), pow(*(2, 8)), round(*[3.14159, 2]))
pairs = [("x", 1), ("y", 2)]
names, values = zip(*pairs)
print(names, values)
zipper = zip
print(list(zipper([1, 2], [3, 4])))

def later():
    ...

class Protocol:
    def run(self): ...

print(later(), Protocol().run(), ..., Ellipsis is ..., repr(...), type(...).__name__)
print([..., 1][0], {...: "dots"}[...], bool(...))
