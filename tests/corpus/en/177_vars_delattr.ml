# vars(), __dict__ and del of attributes
class A:
    kind = "a"
    def __init__(self):
        self.x = 1
        self.y = "b"
a = A()
print(vars(a), a.__dict__)
vars(a)["z"] = 3
print(a.z, sorted(vars(a)), "kind" in vars(A), vars(A)["kind"])
b = A()
del b.x
print(b.__dict__)
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
class P:
    pass
p = P()
p.a = 1
p.b = 2
del p.a
print(vars(p), hasattr(p, "a"))
try:
    del p.a
except AttributeError as err:
    print("AttributeError:", err)
