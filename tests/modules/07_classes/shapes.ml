class ShapeError(ValueError):
    pass


class Shape:
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, side):
        if side < 0:
            raise ShapeError(f"negative side {side}")
        self.side = side

    def area(self):
        return self.side * self.side
