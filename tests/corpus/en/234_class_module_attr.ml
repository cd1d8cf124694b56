# `__module__ = "..."` in a class body: the class's repr, its instances'
# default repr and an uncaught exception's last line name that module, as
# CPython's do; json's JSONDecodeError is json.decoder's, as in CPython.
import json


class Point:
    __module__ = "geometry.shapes"

    def __init__(self, x):
        self.x = x


print(Point, Point.__module__)
print(repr(Point(1)).split(" object at ")[0])
try:
    json.loads("[1, 2")
except json.JSONDecodeError as problem:
    print(type(problem), type(problem).__module__, problem.pos)


class ShapeError(ValueError):
    __module__ = "geometry.errors"


raise ShapeError("a triangle has three sides")
