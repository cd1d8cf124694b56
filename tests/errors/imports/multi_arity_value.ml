import math
# log takes one or two arguments: as a value it is not offered yet
logs = list(map(math.log, [1, 10]))
