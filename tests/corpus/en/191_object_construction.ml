# Making objects: __new__ (a singleton, a value transformed before int's and str's
# __new__), builtin __init__ called unbound, classes deriving from list, dict,
# int, float, str, tuple; __delitem__; the one empty tuple.
class E(ValueError):
    def __init__(self, m):
        ValueError.__init__(self, m)
        self.m = m
try:
    raise E("bad")
except ValueError as e:
    print(e, e.m, e.args)
class L(list):
    def add(self, x):
        super().append(x)
        super().append(x * 2)
l = L([1])
l.add(5)
print(l, len(l))
class D(dict):
    pass
d = D(a=1, b=2)
print(d, d["a"])
e1 = ()
e2 = tuple()
print(e1 is e2)
class S:
    def __init__(self):
        self.data = {1: 2, 3: 4}
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]
s = S()
del s[1]
print(s.data)
class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Weird:
    def __new__(cls):
        return 42
print(Weird())
class P:
    def __new__(cls, x, y=0):
        print("new", cls.__name__, x, y)
        obj = super().__new__(cls)
        obj.made = True
        return obj
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
p = P(1, y=5)
print(p.made, p.x, p.y)
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-4) + 1, isinstance(Pos(-4), Pos))
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), Upper("x") + "y", len(Upper("hey")))
class Nn(int): pass
class Ff(float): pass
class Ss(str): pass
class Tt(tuple): pass
class Ll(list): pass
print(Nn(5), repr(Nn(5)), Ff(2.5), repr(Ff(2.5)), Ss("a"), repr(Ss("a")), Tt((1, 2)), Ll([1]), repr(Ll([1])))
print(str(Nn(3)), f"{Nn(3)}", f"{Ss('q')}", [Nn(1), Ss("z")], {Ss("k"): Nn(2)})
