# for loops, unpacking, item assignments and del in class bodies (a class
# statement at module level and one inside a function).
class Colors:
    NAMES = ["red", "green", "blue"]
    CODES = {}
    for n, name in enumerate(NAMES):
        CODES[name] = n
        if n == 1:
            favourite = name
    else:
        done = True
    first, last = NAMES[0], NAMES[-1]
    a, b = divmod(17, 5)
    for ch in "ab":
        pass
print(Colors.CODES, Colors.favourite, Colors.done, Colors.n, Colors.name, Colors.a, Colors.b, Colors.ch)
class Grid:
    SIZE = 3
    CELLS = []
    for r in range(SIZE):
        for c in range(SIZE):
            CELLS.append((r, c))
    del r, c
print(len(Grid.CELLS), hasattr(Grid, "r"))
def make():
    class K:
        ITEMS = {}
        for k, v in [("a", 1), ("b", 2)]:
            ITEMS[k] = v * 10
        total = 0
        for v in ITEMS.values():
            total += v
        del k, v
    return K
print(make().ITEMS, make().total, hasattr(make(), "k"))
