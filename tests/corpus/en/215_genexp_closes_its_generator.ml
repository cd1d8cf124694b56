# A generator expression closed early (close(), or a return leaving the
# loop over it) closes the generator it iterates: its finally runs then.
def numbers(tag):
    try:
        for i in range(5):
            yield i
    finally:
        print("closed", tag)


squares = (x * x for x in numbers("a"))
print(next(squares), next(squares))
squares.close()
print("after close")

total = sum(x for x in numbers("c"))
print("total", total)


def first_big(limit):
    for v in (x * 10 for x in numbers("d")):
        if v > limit:
            return v


print(first_big(15))
