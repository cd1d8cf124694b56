# Subclasses of list and dict: the builtin operations and methods on them, __missing__, super().__init__, overrides
class Stack(list):
    def push(self, x):
        self.append(x)
        return self
    def peek(self):
        return self[-1]

s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s[0], s[1:3], 3 in s, list(s), sum(s), sorted(s, reverse=True))
print(isinstance(s, list), isinstance(s, Stack), type(s).__name__, s == [1, 2, 3, 4], bool(Stack()), str(s))
s += [5]
s.extend([6])
print(s, type(s).__name__, s.pop(), s.index(2), s.count(1))
s[0] = 10
del s[1]
print(s, [x * 2 for x in s], s + [0], len(Stack()))

class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, word):
        self[word] += 1

c = Counter()
for w in "the cat the hat the end".split():
    c.add(w)
print(c, c["the"], c["zebra"], len(c), sorted(c.items()), "cat" in c, c.get("hat"), list(c.keys()))
print(isinstance(c, dict), type(c).__name__)

class Named(list):
    def __init__(self, name, items):
        super().__init__(items)
        self.name = name
    def __repr__(self):
        return f"{self.name}{list(self)}"

n = Named("xs", (7, 8))
print(n, len(n), n.name, n[1])

class Defaults(dict):
    def __init__(self, **kw):
        super().__init__()
        for k in kw:
            self[k] = kw[k]
d = Defaults(a=1, b=2)
print(d, d["b"], dict(d))
