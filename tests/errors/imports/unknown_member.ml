from math import sqrt, cube
