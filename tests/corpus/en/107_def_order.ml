def early(n):
    return later(n) + 1


def later(n):
    return n * 2


print(early(4))
x = 3
print(str(late_square(x)) if x < 0 else "not called yet")


def late_square(v):
    return v * v


print(late_square(x))
print(too_late(x))


def too_late(v):
    return v
