import math
m = [math]
