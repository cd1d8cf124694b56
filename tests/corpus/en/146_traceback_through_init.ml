# An exception raised by a method __init__ calls through super(): CPython's traceback.
class Base:
    def __init__(self, n):
        self.n = n
        self.check()

    def check(self):
        if self.n < 0:
            raise ValueError(f"negative: {self.n}")

class Child(Base):
    def __init__(self, n):
        super().__init__(n)

def make(n):
    return Child(n)

print(make(1).n)
make(-5)
