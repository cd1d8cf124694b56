# Making objects: __new__ (a singleton, a value transformed before int's and str's
# __new__), builtin __init__ called unbound, classes deriving from list, dict,
# int, float, str, tuple; __delitem__; the one empty tuple.
صنف E(ValueError):
    دالة __init__(self, m):
        ValueError.__init__(self, m)
        self.m = m
حاول:
    ارفع E("bad")
استثناء ValueError كـ e:
    اطبع(e, e.m, e.args)
صنف L(قائمة):
    دالة add(self, x):
        فئة_أب().append(x)
        فئة_أب().append(x * 2)
l = L([1])
l.add(5)
اطبع(l, طول(l))
صنف D(قاموس):
    مرر
d = D(a=1, b=2)
اطبع(d, d["a"])
e1 = ()
e2 = تيوبل()
اطبع(e1 هو e2)
صنف S:
    دالة __init__(self):
        self.data = {1: 2, 3: 4}
    دالة __delitem__(self, k):
        اطبع("del", k)
        احذف self.data[k]
s = S()
احذف s[1]
اطبع(s.data)
صنف Single:
    _inst = لاشيء
    دالة __new__(cls, *args):
        cls._inst هو لاشيء إذا:
            cls._inst = فئة_أب().__new__(cls)
        إرجاع cls._inst
    دالة __init__(self, v):
        self.v = v
a = Single(1)
b = Single(2)
اطبع(a هو b, a.v)
صنف Weird:
    دالة __new__(cls):
        إرجاع 42
اطبع(Weird())
صنف P:
    دالة __new__(cls, x, y=0):
        اطبع("new", cls.__name__, x, y)
        obj = فئة_أب().__new__(cls)
        obj.made = صحيح
        إرجاع obj
    دالة __init__(self, x, y=0):
        self.x = x
        self.y = y
p = P(1, y=5)
اطبع(p.made, p.x, p.y)
صنف Pos(عدد_صحيح):
    دالة __new__(cls, v):
        إرجاع فئة_أب().__new__(cls, مطلق(v))
اطبع(Pos(-4) + 1, هو_نموذج(Pos(-4), Pos))
صنف Upper(نص):
    دالة __new__(cls, s):
        إرجاع فئة_أب().__new__(cls, s.upper())
اطبع(Upper("abc"), Upper("x") + "y", طول(Upper("hey")))
صنف Nn(عدد_صحيح): مرر
صنف Ff(عشري): مرر
صنف Ss(نص): مرر
صنف Tt(تيوبل): مرر
صنف Ll(قائمة): مرر
اطبع(Nn(5), تمثيل(Nn(5)), Ff(2.5), تمثيل(Ff(2.5)), Ss("a"), تمثيل(Ss("a")), Tt((1, 2)), Ll([1]), تمثيل(Ll([1])))
اطبع(نص(Nn(3)), f"{Nn(3)}", f"{Ss('q')}", [Nn(1), Ss("z")], {Ss("k"): Nn(2)})
