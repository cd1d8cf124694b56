# The package's own top-level code runs before any of its modules'; what a
# module of it imports from it must be bound before (else CPython's
# "partially initialized module" ImportError).
VERSION = "1.0"

from .circle import area as circle_area
from . import square

print("shapes package loaded")


def describe():
    return f"circle {circle_area(1):.2f}, square {square.area(1)}"
