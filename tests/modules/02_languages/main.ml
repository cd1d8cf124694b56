# An English program importing a French module (with __all__) and a
# Japanese one, one of them from inside a function.
from outils import *
import 計算


def triple_via_module(x):
    import outils
    return outils.double(x) + x


print(double(4), moitie(9), SEUIL, triple_via_module(5))
print(計算.二乗(7), 計算.総和([1, 2, 3]))
try:
    cachee()
except NameError as e:
    print("NameError:", e)
