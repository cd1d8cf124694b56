import math
print(math.cube(3))
