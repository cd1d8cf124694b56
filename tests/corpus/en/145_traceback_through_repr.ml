# An exception in __repr__ (called by print) and __eq__ (called by in): CPython's traceback.
class T:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "T(" + str(10 // self.v) + ")"

    def __eq__(self, other):
        return self.v == other.v

items = [T(1), T(2)]
print(items)
print(T(3) in items)
print([T(0)])
