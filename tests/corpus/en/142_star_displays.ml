# * in list, tuple and set displays; ** in dict displays.
a = [1, 2]
b = (3,)
s = "hi"
print([*a, *b, 0], (*a, 9), {*a, 5}, [*s, *range(3)])
t = (*a,)
print(t, type(t).__name__, len([*a, *a, *a]))
d = {"x": 1}
defaults = {"color": "red", "size": 2}
print({**d, "y": 2, **{"x": 3}}, {**defaults, "size": 5})
merged = {**defaults, **d}
print(sorted(merged.items()))
def parts(*xs):
    return [*xs, *reversed(xs)]
print(parts(1, 2, 3))
