import beta
from math import sqrt
from beta import half

status = "alpha ready"
