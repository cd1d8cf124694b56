from math import pi
pi = 3
