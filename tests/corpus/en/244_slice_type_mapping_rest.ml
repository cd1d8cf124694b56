# slice and property as values (isinstance(i, slice) in __getitem__), and
# **rest in mapping patterns (a dict of the items not matched).
class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return "slice " + str((i.start, i.stop, i.step))
        return i
print(Seq()[1:3], Seq()[2], Seq()[::2], slice, type(slice(1)), property)
class C:
    @property
    def v(self):
        return 1
print(isinstance(C.__dict__["v"], property), type(C.__dict__["v"]).__name__)
def describe(d):
    match d:
        case {"type": "point", "x": x, **rest}:
            return f"point {x} {rest}"
        case {"type": kind, **others} if others:
            return f"{kind} with {sorted(others)}"
        case {**everything}:
            return f"all {everything}"
print(describe({"type": "point", "x": 1, "y": 2, "z": 3}))
print(describe({"type": "circle", "r": 5}))
print(describe({"type": "empty"}))
print(describe({}))
