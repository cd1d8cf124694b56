# A tuple's item can be read but not written: the write fails at the
# subscript, after the addition ran.
pair = (1, 2)
try:
    pair[0] += 1
except TypeError as e:
    print("caught:", e)
grid = [[0, 0], [0, 0]]
grid[1][0] += 5
print(grid)
rows = (grid[0], grid[1])
rows[1] += [7]
