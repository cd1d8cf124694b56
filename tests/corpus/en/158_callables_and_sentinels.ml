class Adder:
    def __init__(self, k):
        self.k = k
    def __call__(self, x):
        return x + self.k
add3 = Adder(3)
print(add3(4), callable(add3))
print(list(map(add3, [1, 2])))
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, step=1, label="c"):
        self.n += step
        return f"{label}{self.n}"
c = Counter()
print(c(), c(5), c(step=2, label="x"))
print(sorted([3, 1, 2], key=Adder(10)))
try:
    Counter()(1, 2, 3)
except TypeError as e:
    print(e)
data = [1, 2, 3, 0, 4]
def pop_front():
    return data.pop(0)
print(list(iter(pop_front, 0)))
print(data)
class Dice:
    def __init__(self):
        self.rolls = [3, 5, 6, 2]
    def __call__(self):
        return self.rolls.pop(0)
for r in iter(Dice(), 6):
    print("roll", r)
it = iter(lambda: 1, 1)
print(next(it, "empty"), type(it).__name__)
try:
    iter(5, 0)
except TypeError as e:
    print(e)
print(list(iter([7, 8])))
