"""Shapes and their areas."""
PI = 3.14159
calls = 0
registry = []
NAME = __name__


def area(r):
    global calls
    calls += 1
    return PI * r * r


class Shape:
    def __init__(self, kind, size):
        self.kind = kind
        self.size = size
        registry.append(kind)

    def describe(self):
        return f"{self.kind} of size {self.size}"


def scale(shape, k):
    return Shape(shape.kind, shape.size * k)


print("geometry loaded as", __name__)
