# A lambda in a comprehension closes over the comprehension's variables:
# cells made afresh each time the comprehension runs, read late.
fs = [lambda: x * 2 for x in range(3)]
print([f() for f in fs])
gs = [(lambda y: x + y) for x in range(3)]
print([g(10) for g in gs])
hs = [lambda k=x: k for x in "abc"]
print([h() for h in hs])
pairs = [lambda: (a, b) for a in range(2) for b in ("up", "down")]
print([p() for p in pairs])
nested = [[lambda: (i, j) for j in range(2)] for i in range(2)]
print([[f() for f in row] for row in nested])
table = {name: (lambda n=name: n.upper()) for name in ["ab", "cd"]}
print({k: v() for k, v in table.items()})
x = "global x"
only = [lambda: x for _ in range(2)]
print([f() for f in only])


def in_function(n):
    total = 10
    adders = [lambda v: v + i + total for i in range(n)]
    first = [f(0) for f in adders]
    later = [lambda: i for i in range(n, n + 2)]
    return first, [f() for f in later], [f(0) for f in adders]


print(in_function(3))


def evaluated_twice():
    out = []
    for k in range(2):
        out.append([lambda: x + k for x in range(k + 2)])
    return [[f() for f in row] for row in out]


print(evaluated_twice())


def gen():
    for k in range(2):
        fs = [lambda: x * k for x in range(3)]
        yield [f() for f in fs]


print(list(gen()))


class Box:
    def makers(self, n):
        return [lambda: (self.tag, i) for i in range(n)]

    tag = "box"


print([f() for f in Box().makers(2)])
print(sorted(range(5), key=lambda v: [v % w for w in (2, 3)]))
