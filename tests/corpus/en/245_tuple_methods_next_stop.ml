# count() and index() of a tuple known at run time only, and of an instance
# of a class deriving from tuple; next() passes on the StopIteration a
# __next__ raises (its value and the traceback through __next__).
t = (1, 2, 1)
print(t.count(1), t.index(2))
x = [t][0]
print(x.count(1))
class L(list):
    pass
class T(tuple):
    pass
l = L([1, 2, 1])
print(l.count(1), l.index(2))
t = T((1, 2, 1))
print(t.count(1), t.index(2))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("done")
        return self.n
it = It()
print(next(it), next(it), next(it, "dflt"))
it2 = It()
print(list(it2))
try:
    next(It().__iter__().__class__())
    it3 = It(); next(it3); next(it3); next(it3)
except StopIteration as e:
    print("stop", e.args)
next(It())
it4 = It(); next(it4); next(it4)
next(it4)
