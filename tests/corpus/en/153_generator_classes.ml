class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class Tree:
    def __init__(self, value, children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)

print(list(Countdown(4)))
for x in Countdown(2):
    print("cd", x)
t = Tree(1, [Tree(2, [Tree(4, [])]), Tree(3, [])])
print(list(t))
print(sum(t), max(t), sorted(t, reverse=True))
for d, v in t.walk():
    print("  " * d + str(v))
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, "end"))

def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out

def naturals():
    n = 0
    while True:
        yield n
        n += 1

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

print(take(5, evens(naturals())))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def gen_with_locals(words):
    count = 0
    total = 0.5
    for w in words:
        count += 1
        total += len(w) * 1.5
        yield f"{w}:{count}:{total}"
print(list(gen_with_locals(["a", "bb", "ccc"])))
g = fib()
print([next(g) for _ in range(12)])

def raiser():
    yield 1
    raise ValueError("inside")

try:
    for v in raiser():
        print("v", v)
except ValueError as e:
    print("caught", e)

def stopper():
    yield 1
    raise StopIteration
try:
    print(list(stopper()))
except RuntimeError as e:
    print("RuntimeError:", e)

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *a):
        print("exit")
        return False
def with_cm():
    with CM():
        yield "a"
        yield "b"
print(list(with_cm()))
