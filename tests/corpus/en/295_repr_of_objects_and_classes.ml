# repr() and str() of objects: object() (a builtin class: no module), classes
# with __repr__ and __str__, an exception class's __str__ in a traceback, a
# str subclass.
o = object()
s = repr(o)
print(s.startswith("<object object at 0x"), str(o) == s)
class E(Exception):
    def __str__(self):
        return "custom E"
class P:
    def __repr__(self):
        return "P()"
print([P(), P()], str(P()), f"{P()!r}")
try:
    raise E("x")
except E as e:
    print("caught", e, repr(e))
class S(str):
    pass
print(str(S("abc")), repr(S("q")))
raise E("boom")
