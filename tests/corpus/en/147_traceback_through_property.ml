# AttributeError inside a property getter: caught, defaulted by getattr, then uncaught.
class P:
    @property
    def val(self):
        return self.missing

p = P()
try:
    p.val
except AttributeError as e:
    print("caught:", e)
print(getattr(p, "val", "default"))
print(p.val)
