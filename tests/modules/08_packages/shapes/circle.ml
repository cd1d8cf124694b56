from .util.units import FACTOR

PI = 3.14159


def area(r):
    return round(PI * r * r * FACTOR / FACTOR, 3)
