# Classes and an exception class of a module: their reprs and an uncaught
# error name the module, as CPython's __module__ does.
import shapes
from shapes import Square, ShapeError

sq = Square(3)
print(type(sq), shapes.Shape, Square.__name__)
print(sq.area(), isinstance(sq, shapes.Shape), issubclass(ShapeError, ValueError))
print(repr(sq).startswith("<shapes.Square object at 0x"))
try:
    Square(-1)
except ShapeError as e:
    print("caught", repr(e), type(e))
Square(-2)
