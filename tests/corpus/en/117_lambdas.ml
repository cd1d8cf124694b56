ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
print(ops["add"](2, 3), ops["mul"](2, 3))
words = ["banana", "fig", "apple"]
print(sorted(words, key=lambda w: (len(w), w)))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(None, [0, 1, "", "a"])))
def square(n):
    return n * n
print(list(map(square, range(5))), sorted([3, -4, 1], key=square, reverse=True))
f = lambda: "no args"
print(f(), (lambda x: x * 2)(21))
g = square
print(g(7), list(filter(lambda v: v % 2, range(10))))
print(f(1))
