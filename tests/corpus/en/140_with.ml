# with: __enter__/__exit__, exceptions passed to __exit__ and suppressed, continue/return through it, several items.
class Resource:
    def __init__(self, name, log, suppress=False):
        self.name = name
        self.log = log
        self.suppress = suppress

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit " + self.name + " " + (exc_type.__name__ if exc_type else "ok"))
        return self.suppress


log = []
with Resource("a", log) as r:
    log.append("body " + r.name)
print(log)

log = []
try:
    with Resource("b", log):
        log.append("before")
        raise KeyError("k")
        log.append("never")
except KeyError as e:
    log.append("caught " + repr(e))
print(log)

log = []
with Resource("c", log, suppress=True):
    1 / 0
log.append("after")
print(log)

def early(n):
    log = []
    for i in range(n):
        with Resource("r" + str(i), log) as res:
            if i == 1:
                continue
            if i == 2:
                return log
            log.append("work " + res.name)
    return log

print(early(5))

log = []
with Resource("outer", log) as o, Resource("inner", log) as i:
    log.append(o.name + "+" + i.name)
print(log)

class Timer:
    def __enter__(self):
        return 42
    def __exit__(self, a, b, c):
        print("exit args", a, b, c)

with Timer() as t:
    print("t =", t)
