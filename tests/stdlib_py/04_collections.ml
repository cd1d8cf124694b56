import collections
from collections import Counter, defaultdict, deque, OrderedDict, namedtuple


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


# ---------------------------------------------------------------- Counter
c = Counter("abracadabra")
print(c)
print(repr(c), len(c), c["a"], c["z"], "z" in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print(sorted(c.elements()), "".join(c.elements()))
print(c.total(), isinstance(c, dict), isinstance(c, Counter))
print(Counter(), Counter({"x": 2, "y": 5}), Counter(a=1, b=3), Counter(["q", "q", "r"], r=4))
print(Counter([3, 1, 3, 2, 1, 3]).most_common(1))
ties = Counter("cbabc")
print(ties, ties.most_common(), list(ties))
c2 = Counter(a=3, b=1)
c2.update("aab")
c2.update({"c": 2, "a": -1})
c2.update(d=7)
print(c2)
c2.subtract("abx")
c2.subtract({"c": 5}, d=7)
print(c2, c2["x"], c2.total())
print(dict(c2), sorted(c2.items()), list(c2.keys()))
a = Counter(a=3, b=1, c=0)
b = Counter(a=1, b=2, d=-2)
print(a + b, a - b, a | b, a & b)
# unary + does not call __pos__ in the compiler yet: the method is called
print(Counter(a=2, b=-1, c=0).__pos__(), -Counter(a=2, b=-1, c=0))
print(a == Counter(a=3, b=1), a == Counter(a=3, b=1, c=0, e=0), a != b)
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=3) >= Counter(a=2), Counter(a=1) < Counter(a=1))
cc = a.copy()
print(cc, type(cc).__name__, cc is a)
cc += Counter(a=1, c=-3)
print(cc)
cc -= Counter(a=10)
print(cc)
cc |= Counter(z=4, b=0)
print(cc)
cc &= Counter(z=2, b=9)
print(cc)
show("Counter + 1", lambda: Counter(a=1) + 1)
show("Counter - list", lambda: Counter(a=1) - [1])
show("fromkeys", lambda: Counter.fromkeys("ab"))
show("elements empty", lambda: list(Counter().elements()))
words = "the cat and the hat and the bat".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"], wc["dog"])
wc["dog"] += 1
print(wc)
del wc["dog"]
print(wc.pop("cat"), wc)
print(Counter({"b": 1, "a": 1, "c": 2}))
print(Counter("").most_common(), Counter("x") == {"x": 1})

# ---------------------------------------------------------------- defaultdict
dd = defaultdict(list)
dd["a"].append(1)
dd["a"].append(2)
dd["b"].append(3)
print(dd, dd["c"], len(dd), dd.default_factory)
print(repr(dd), isinstance(dd, dict), dict(dd))
di = defaultdict(int)
for ch in "mississippi":
    di[ch] += 1
print(di, sorted(di.items()))
print(defaultdict(None), defaultdict(set, {"k": {1}}), defaultdict(str, [("p", "q")], r="s"))
dn = defaultdict()
show("dn missing", lambda: dn["nope"])
show("not callable", lambda: defaultdict(5))
print("get", di.get("zz"), "zz" in di, di.setdefault("zz", 9), di["zz"])
dc = di.copy()
print(type(dc).__name__, dc == di, dc is di, dc.default_factory)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(dict(nested["x"]), nested["x"]["y"], nested["q"]["r"])
merged = defaultdict(int, {"a": 1}) | {"b": 2}
print(merged, type(merged).__name__)
dd.default_factory = None
show("factory None", lambda: dd["zzz"])

# ---------------------------------------------------------------- deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft([-1, -2])
# reversed() does not call __reversed__ in the compiler yet: the method is called
print(d, list(d), list(d.__reversed__()))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(100)
print(d)
e = deque()
show("pop empty", lambda: e.pop())
show("popleft empty", lambda: e.popleft())
show("index out", lambda: d[50])
show("index neg out", lambda: d[-50])
print(e, repr(deque()), bool(e), bool(d))
m = deque(range(10), maxlen=3)
print(m, m.maxlen)
m.append(10)
print(m)
m.appendleft(5)
print(m)
m.extend([20, 21])
print(m)
m.extendleft([30])
print(m)
show("insert full", lambda: m.insert(0, 1))
z = deque([1, 2], maxlen=0)
z.append(3)
print(z, len(z))
q = deque("abcde")
q[1] = "B"
# del x[i] does not call __delitem__ in the compiler yet: the method is called
q.__delitem__(0)
print(q, q.count("c"), q.index("d"), q.copy(), q.copy() is q)
q.remove("c")
q.insert(1, "I")
q.reverse()
print(q)
show("remove missing", lambda: q.remove("zz"))
show("index missing", lambda: q.index("zz"))
q.clear()
print(q, len(q))
show("maxlen neg", lambda: deque([], -1))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], deque([1]) < deque([2]))
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 2)
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
total = 0
while big:
    total += big.popleft()
    if big:
        total += big.pop() * 2
print(total)
w = deque(maxlen=2)
for i in range(5):
    w.append(i)
print(w, list(w), sum(w))
show("hash", lambda: hash(deque()))

# ---------------------------------------------------------------- OrderedDict
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od["c"] = 3
print(od, list(od), isinstance(od, dict))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
show("move missing", lambda: od.move_to_end("zz"))
print(od.popitem(), od)
print(od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([("x", 1), ("y", 2)]), OrderedDict(k=5))
print(OrderedDict.fromkeys("abc", 0))
o1 = OrderedDict([("x", 1), ("y", 2)])
o2 = OrderedDict([("y", 2), ("x", 1)])
print(o1 == o2, o1 == {"y": 2, "x": 1}, o1 != o2, list(o1.__reversed__()))
show("popitem empty", lambda: OrderedDict().popitem())
oc = o1.copy()
oc["z"] = 0
print(oc, o1, type(oc).__name__)
print(o1 | {"w": 9})
print(collections.OrderedDict(a=1))

# ---------------------------------------------------------------- namedtuple
# (the class is not a tuple subclass here: isinstance(p, tuple), type(p)
# and the class's repr are not printed)
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, repr(p), p.x, p.y, p[0], p[1], p[-1], p[:1], len(p))
print(p == (1, 2), (1, 2) == p, p != (2, 1), p == Point(1, 2), p == [1, 2])
print(Point._fields, p._fields, Point._field_defaults)
print(p._asdict(), p._replace(y=9), p, Point._make([5, 6]), Point._make(range(2)))
x, y = p
print(x, y, list(p), tuple(p), 2 in p, 3 in p, p.count(1), p.index(2))
print(hash(p) == hash(Point(1, 2)), p < Point(1, 3), p >= (1, 2), p + (3,), p * 2)
print(Point(y=4, x=3), Point(7, y=8), sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({p: "here"}[Point(1, 2)], max([Point(0, 9), Point(3, 0)]).x)
show("missing 1", lambda: Point(1))
show("missing 2", lambda: Point())
show("too many", lambda: Point(1, 2, 3))
show("bad kw", lambda: Point(1, z=2))
show("twice", lambda: Point(1, 2, x=3))
show("_make", lambda: Point._make([1]))
show("_replace", lambda: p._replace(z=1))
P3 = namedtuple("P3", "a, b c", defaults=[0, 1])
print(P3(5), P3(5, 6), P3(5, 6, 7), P3._field_defaults, P3._fields)
show("missing 3", lambda: namedtuple("T3", "a b c")())
show("too many d", lambda: P3(1, 2, 3, 4))
R = namedtuple("R", ["ok", "def", "_x", "ok", "2b"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))
show("keyword", lambda: namedtuple("K", "x class"))
show("underscore", lambda: namedtuple("K", "x _y"))
show("duplicate", lambda: namedtuple("K", "x y x"))
show("bad name", lambda: namedtuple("K", "x 1y"))
show("bad typename", lambda: namedtuple("my-type", "x"))
show("defaults", lambda: namedtuple("K", "x", defaults=(1, 2)))
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields, len(Empty()), Empty() == ())
Emp = collections.namedtuple("Employee", "name dept salary")
staff = [Emp("ann", "eng", 10), Emp("bob", "ops", 7), Emp("cy", "eng", 12)]
by_dept = defaultdict(list)
for s in staff:
    by_dept[s.dept].append(s.name)
print(by_dept, Counter(s.dept for s in staff).most_common(1), max(staff, key=lambda s: s.salary))

# ---------------------------------------------------------------- ChainMap
from collections import ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm, cm["a"], cm["b"], cm["c"], len(cm), list(cm), "a" in cm, "z" in cm)
print(sorted(cm.items()), list(cm.keys()), list(cm.values()), cm.get("z"), cm.get("a"))
show("missing", lambda: cm["z"])
cm["d"] = 4
print(over, base, cm.pop("d"), over)
show("pop outside", lambda: cm.pop("a"))
show("popitem empty", lambda: ChainMap({}, {"x": 1}).popitem())
child = cm.new_child()
child["a"] = 100
print(child, child["a"], cm["a"], child.parents, child.parents == cm)
print(cm.new_child({"q": 0}), cm.new_child(z=9).maps[0], ChainMap(), bool(ChainMap({})), bool(cm))
cc = cm.copy()
cc["n"] = 1
print(cc, cm, ChainMap.fromkeys("xy", 0))
dd2 = defaultdict(int)
print(ChainMap(dd2, {"k": 5})["k"], ChainMap(dd2)["nothing"], dd2)
print(cm | {"e": 5}, {"f": 6} | cm, cm == {"a": 1, "b": 20, "c": 30})
cm |= {"g": 7}
print(cm, cm.setdefault("h", 8), cm.setdefault("a", 0), over)
cm.clear()
print(cm, base)
print(ChainMap({"x": 1}).pop("zz", "dflt"), ChainMap({"x": 1}).pop("x", 0))
