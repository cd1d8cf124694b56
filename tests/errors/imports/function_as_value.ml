import math
roots = list(map(math.sqrt, [1, 4, 9]))
