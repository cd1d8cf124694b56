# Keywords of a class statement go to __init_subclass__ (a registry of
# plugins); := in a lambda binds a local of the lambda.
class A: pass
try:
    class B(A, x=1): pass
except TypeError as e:
    print(e)
class R:
    reg = {}
    def __init_subclass__(cls, /, kind="none", **kw):
        super().__init_subclass__(**kw)
        R.reg[kind] = cls.__name__
class C(R, kind="c"): pass
class D(R): pass
print(R.reg)
class Plugin:
    registry = []
    def __init_subclass__(cls, name, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name
        Plugin.registry.append((priority, name))
class Fast(Plugin, name="fast", priority=2):
    pass
class Slow(Plugin, name="slow"):
    pass
print(sorted(Plugin.registry), Fast.plugin_name)
try:
    class Broken(Plugin):
        pass
except TypeError as e:
    print(e)
try:
    class Extra(Plugin, name="x", color="red"):
        pass
except TypeError as e:
    print(e)
g = lambda v: (w := v * 2) + w
print(g(3))
fs = [lambda: (t := k) * t for k in range(3)]
print([f() for f in fs])
h = lambda xs: [last := x for x in xs] and last
print(h([4, 5]))
def outer():
    m = 10
    f = lambda: (q := m + 1) + q
    return f()
print(outer())
