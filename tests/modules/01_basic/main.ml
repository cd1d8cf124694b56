# A program in two files: import, import as, from-import of defs, globals
# and classes; the module's top-level code runs once, at the first import.
import geometry
from geometry import area, PI as P, Shape
import geometry as geo

print(geometry.area(2), area(1.0), P)
print(geometry.calls, geo.calls)
s = Shape("circle", 3)
print(s.describe(), geometry.Shape("square", 2).describe())
print(geometry.scale(s, 2).describe())
print(__name__, geometry.NAME)
import geometry
print(sorted(geometry.registry))


def total(radii):
    return sum(geometry.area(r) for r in radii)


print(round(total([1, 2, 3]), 3), geometry.calls)
