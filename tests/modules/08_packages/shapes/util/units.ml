from .. import VERSION as PARENT_VERSION

FACTOR = 2.54


def to_cm(inches):
    return inches * FACTOR
