print(list(map(lambda x, y: x + y, [1, 2], [3, 4])))
def f(a, b):
    return a * b
print(list(map(f, range(3), range(10))))
print(dict.fromkeys("ab", 0), dict.fromkeys([1, 2]))
d = dict.fromkeys(range(3), [])
print(d)
