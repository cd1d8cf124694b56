import math
print(math.isclose(1.0, 1.1, tolerance=0.2))
