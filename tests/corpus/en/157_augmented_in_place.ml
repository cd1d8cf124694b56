a = [1]
b = a
a += (2, 3)
a += "xy"
a *= 2
print(a, b is a)
s = {1, 2}
t = s
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {9}
print(sorted(s), t is s)
d = {"k": [1]}
d["k"] += [2]
print(d)
class Box:
    def __init__(self):
        self.items = []
bx = Box()
alias = bx.items
bx.items += [5]
print(alias)
class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + o)
    def __imul__(self, k):
        self.x *= k
        return self
v = V(2)
w = v
v += 1
v2 = w
w *= 10
print(v.x, w.x, v2 is w)
n = 5
n += 2
n **= 2
f = 1.5
f += 1
print(n, f)
tup = (1,)
tt = tup
tup += (2,)
print(tup, tt)
try:
    x = 1
    x += "a"
except TypeError as e:
    print(e)
try:
    s2 = {1}
    s2 |= [2]
except TypeError as e:
    print(e)
try:
    l3 = [1]
    l3 += 5
except TypeError as e:
    print(e)
def f2(q):
    q += [1]
    return q
r = [0]
print(f2(r) is r, r)
try:
    z = 2
    z **= "a"
except TypeError as e:
    print(e)
try:
    o = [1]
    o -= [1]
except TypeError as e:
    print(e)
try:
    q = object()
    q += 1
except TypeError as e:
    print(e)
