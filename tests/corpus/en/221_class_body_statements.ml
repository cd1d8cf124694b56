# Class bodies run as CPython runs them: expressions, if/elif/else,
# augmented and chained assignments bind class attributes; names read
# the class first, then the module; an error names the class frame.
DEBUG = False
class Config:
    print("making Config")
    count = 0
    count += 1
    names = []
    names += ["a"]
    if DEBUG:
        level = "debug"
        count += 10
    elif count > 0:
        level = "info"
    else:
        level = "none"
    lo = hi = 0
    hi += 5
    "just a string"
    total = count + hi
    def show(self):
        return (self.level, self.count, self.lo, self.hi, self.total, self.names)
print(Config().show())
x = 7
class B:
    x += 1
    y = x
print(B.x, B.y, x)


class Flags:
    ALL = []
    ALL += ["a", "b"]
    n = len(ALL)
    if n > 1:
        many = True
    DEFAULT = ALL[0] if ALL else None


print(Flags.ALL, Flags.n, Flags.many, Flags.DEFAULT)


def boom(v):
    return 10 // v


class Outer:
    a = boom(1)

    class Inner:
        b = [boom(v) for v in (2, 0)]
