# Items of lists read and stored by an int index: in range, negative,
# past the end, bools, huge ints, nested lists, and a failing store.
xs = [10, 20, 30]
i = -1
print(xs[i], xs[-3], xs[True], xs[False])
xs[-1] = 99
xs[True] = 7
print(xs)
for k in [3, -4, 2 ** 40, 2 ** 70, -2 ** 70]:
    try:
        print(xs[k])
    except IndexError as e:
        print("IndexError:", e)
    try:
        xs[k] = 1
    except IndexError as e:
        print("IndexError:", e)
print(xs)
empty = []
n = 0
try:
    empty[n] = 5
except IndexError as e:
    print("IndexError:", e)
grid = [[0] * 3 for _ in range(3)]
for r in range(3):
    for c in range(3):
        grid[r][c] = r * 3 + c
print(grid, grid[2][1])
flags = [True] * 10
for j in range(0, 10, 3):
    flags[j] = False
print([k for k in range(10) if flags[k]])


def pick(seq, j):
    return seq[j]


print(pick([1, 2, 3], 2), pick([4], -1))
values = [1.5, "two", None, (3,)]
for j in range(len(values)):
    values[j] = values[j] if j % 2 else str(values[j])
print(values)
size = 2
xs[size + 1] = 0
