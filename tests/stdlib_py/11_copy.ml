import copy
from copy import deepcopy


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Point:
    count = 0

    def __init__(self, x, y):
        Point.count += 1
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(" + repr(self.x) + ", " + repr(self.y) + ")"


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


class WithCopy:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        return WithCopy("copied " + str(self.v))

    def __deepcopy__(self, memo):
        r = WithCopy(None)
        memo[id(self)] = r
        r.v = deepcopy(self.v, memo)
        r.note = "deep"
        return r


class Empty:
    pass


# (a method of a list subclass cannot reach the list underneath yet --
# list.append(self, x) and super().append(x) are refused -- so MyList does
# not override append)
class MyList(list):
    def total(self):
        return len(self)


class MyDict(dict):
    pass


class Err(Exception):
    pass


# ---- immutables are themselves ----
for v in [None, True, 7, 2**100, 1.5, "s", b"b", (1, 2), frozenset([1]), range(3), show, Point]:
    print(type(v).__name__, copy.copy(v) is v, deepcopy(v) is v)
t = (1, [2])
print("tuple holding a list", copy.copy(t) is t, deepcopy(t) is t, deepcopy(t) == t)
fs = frozenset([1, 2])
print("frozenset deep", deepcopy(fs) == fs)

# ---- builtin containers ----
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = deepcopy(a)
print(b == a, b is a, b[1] is a[1], c == a, c[1] is a[1], c[2]["k"] is a[2]["k"])
d = {"x": [1], "y": {2: (3, [4])}}
e = copy.copy(d)
f = deepcopy(d)
print(e == d, e["x"] is d["x"], f == d, f["x"] is d["x"], f["y"][2] is d["y"][2], f["y"][2][1] is d["y"][2][1])
s = {1, 2, (3, 4)}
print(copy.copy(s) == s, copy.copy(s) is s, deepcopy(s) == s, deepcopy(s) is s)
ba = bytearray(b"xyz")
bc = copy.copy(ba)
bd = deepcopy(ba)
bc[0] = 65
print(ba, bc, bd, bd is ba)

# ---- shared and cyclic references ----
shared = [1, 2]
pair = [shared, shared]
dp = deepcopy(pair)
print(dp, dp[0] is dp[1], dp[0] is shared)
cyc = [1]
cyc.append(cyc)
dc = deepcopy(cyc)
print(dc[1] is dc, dc is not cyc, len(dc))
cd = {"a": 1}
cd["self"] = cd
dcd = deepcopy(cd)
print(dcd["self"] is dcd, sorted(dcd.keys()))
tc = ([],)
tc[0].append(tc)
dtc = deepcopy(tc)
print(dtc[0][0] is dtc, dtc is not tc)

# ---- user instances ----
p = Point(1, [2])
n0 = Point.count
q = copy.copy(p)
r = deepcopy(p)
print(q, r, Point.count == n0, q.y is p.y, r.y is p.y, type(q).__name__, isinstance(r, Point))
root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
root2 = deepcopy(root)
print(root2.name, root2.children[0].name, root2.children[0].parent is root2, root2.children[0] is not kid)
root3 = copy.copy(root)
print(root3.children is root.children)
w = WithCopy([1])
print(copy.copy(w).v, deepcopy(w).v, deepcopy(w).note, deepcopy(w).v is w.v)
inside = [w, w]
di = deepcopy(inside)
print(di[0] is di[1], di[0].v)
print(type(copy.copy(Empty())).__name__, type(deepcopy(Empty())).__name__)
ml = MyList([1, [2]])
ml.tag = "t"
mc = copy.copy(ml)
md = deepcopy(ml)
print(type(mc).__name__, list(mc), mc.tag, mc[1] is ml[1], list(md), md[1] is ml[1], md.tag)
dd = MyDict()
dd["a"] = [1]
dd2 = deepcopy(dd)
print(type(dd2).__name__, dict(dd2), dd2["a"] is dd["a"], copy.copy(dd)["a"] is dd["a"])
ex = Err("boom", [1])
ex.extra = 5
ec = copy.copy(ex)
ed = deepcopy(ex)
print(type(ec).__name__, ec.args, ec.extra, ed.args, ed.args[1] is ex.args[1], ed.extra)

# ---- the memo ----
memo = {}
x = [1, 2]
y = deepcopy(x, memo)
print(memo[id(x)] is y, deepcopy(x, memo) is y, len(memo[id(memo)]))
show("memo given", lambda: deepcopy([x, x], {id(x): "replaced"}))

# ---- what cannot be copied ----


def gen():
    yield 1


show("copy generator", lambda: copy.copy(gen()))
show("deepcopy generator", lambda: deepcopy([gen()]))
print(copy.Error.__name__, issubclass(copy.Error, Exception), copy.error is copy.Error)
