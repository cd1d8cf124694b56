# *args and **kwargs in decorators' wrappers, methods and closures; f(*t, **d) of function values and methods.
import_log = []

def trace(func):
    def wrapper(*args, **kwargs):
        import_log.append((len(args), sorted(kwargs.items())))
        result = func(*args, **kwargs)
        return result
    return wrapper

@trace
def area(w, h=2, scale=1):
    return w * h * scale

print(area(3), area(3, 4), area(w=2, h=5), area(1, scale=10))
print(import_log)

class Logger:
    def __init__(self, prefix, *tags, **opts):
        self.prefix = prefix
        self.tags = tags
        self.opts = opts

    def log(self, *parts, **how):
        sep = how.get("sep", " ")
        return self.prefix + sep.join([str(p) for p in parts]) + str(self.tags) + str(sorted(self.opts.items()))

lg = Logger(">", "a", "b", level=3)
print(lg.log(1, 2, 3), lg.log("x", sep="-"))
args = (10, 20)
kw = {"sep": "+"}
print(lg.log(*args, **kw), Logger("#").log())

def outer(n):
    def inner(*xs):
        return n + sum(xs)
    return inner

f = outer(100)
print(f(), f(1), f(1, 2, 3), f(*[4, 5]))
g = lambda a, b: a - b
print(g(*(9, 4)), g(**{"a": 1, "b": 7}))
try:
    area(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
