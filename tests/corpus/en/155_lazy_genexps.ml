def count(start=0):
    n = start
    while True:
        yield n
        n += 1

print(next(x for x in count() if x > 10))
squares = (x * x for x in range(5))
print(squares.__class__.__name__ if False else type(squares).__name__)
print(next(squares), next(squares), list(squares))

def f(words, k):
    lens = (len(w) + k for w in words if w)
    return sorted(lens)
print(f(["a", "", "abc"], 10))

def log(x):
    print("log", x)
    return x
g = (log(x) for x in [1, 2, 3])
print("made")
print(any(v > 1 for v in g))
print(list(g))
print(sum(x * y for x in range(4) for y in range(x)))
pairs = [(a, b) for a in range(3) for b in (c * 2 for c in range(a))]
print(pairs)
print(dict((k, v) for k, v in zip("ab", (1, 2))))
print(" ".join(str(i) for i in range(5)))
print(all(c.isdigit() for c in "123"), min(len(s) for s in ["aa", "b"]))
total = 0
for sq in (i * i for i in range(4)):
    total += sq
print(total)
n = 3
gen = (i * n for i in range(3))
n = 10
print(list(gen))
