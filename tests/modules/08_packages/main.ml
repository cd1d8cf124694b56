# A package (a folder with __init__.ml) with a subpackage: import a.b,
# import a.b as m, from a import b, relative imports inside the package.
import shapes.circle
import shapes.util.units as units
from shapes import square, VERSION
from shapes.util.units import to_cm

print(shapes.circle.area(2), square.area(3), VERSION)
print(units.FACTOR, to_cm(2), shapes.describe())
print(shapes.circle.__name__, units.__name__)
