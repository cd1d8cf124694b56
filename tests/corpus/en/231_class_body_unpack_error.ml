# An error in a class body points at its statement: unpacking too many
# values into class attributes.
class Point:
    x, y = 1, 2
    print(x, y)
    x, y = 1, 2, 3
