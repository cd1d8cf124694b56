# Objects: deep structures, bound methods, class attributes, identity, __repr__ raising, type(), isinstance with builtin types, map(str, ...).
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children if children is not None else []
        self.cache = [i * value for i in range(200)]

    def add(self, child):
        self.children.append(child)
        return child

    def total(self):
        return self.value + sum([c.total() for c in self.children])

    def depth(self):
        if not self.children:
            return 1
        return 1 + max([c.depth() for c in self.children])


root = Node(1)
cur = root
for i in range(2, 300):
    cur = cur.add(Node(i)) if i % 3 else root.add(Node(i))
print(root.total(), root.depth(), len(root.children))

nodes = [Node(i) for i in range(3000)]
print(sum([n.cache[199] for n in nodes]))

class Greeter:
    greeting = "Hello"

    def __init__(self, name):
        self.name = name

    def greet(self, punct="!"):
        return self.greeting + ", " + self.name + punct


g = Greeter("Ada")
f = g.greet
print(f(), f("?"), Greeter.greet(g, "."))
Greeter.greeting = "Hi"
print(g.greet())
g.greeting = "Yo"
print(g.greet(), Greeter("Bob").greet())
h = [Greeter("X").greet, Greeter("Y").greet]
print([m() for m in h])

a = Greeter("a")
b = Greeter("a")
print(a == b, a == a, a is a, a != b)
seen = {a: 1, b: 2}
print(len(seen), seen[a], seen[b])

class Temperature:
    def __init__(self, c):
        self.c = c

    def __repr__(self):
        if self.c < -273:
            raise ValueError("below absolute zero: " + str(self.c))
        return f"{self.c}C"

print([Temperature(20), Temperature(-5)])
try:
    print([Temperature(1), Temperature(-300)])
except ValueError as e:
    print("caught", e)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

class Math:
    def fact(self, n):
        if n <= 1:
            return 1
        return n * self.fact(n - 1)

print(Math().fact(20), fact(20))
m = Math()
print(callable(m.fact), callable(Math), callable(3), callable(fact))
print(type(m) is Math, type(m) == Math, type(3) is int, isinstance(True, int), isinstance(3.5, (int, float)))
print(isinstance("s", str), isinstance([], list), isinstance({}, dict), isinstance(None, object), isinstance(m, object))
print(type(3).__name__, type("x").__name__, type(m).__name__, type(m))
print(list(map(str, [1, 2, 3])), list(map(int, ["4", "5"])), sorted(["b", "A", "c"], key=str.lower if False else None))
print(hash(7) == hash(7), hash("ab") == hash("ab"))
