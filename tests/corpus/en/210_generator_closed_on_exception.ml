# A generator that only a for loop holds is closed as an exception leaves
# the loop: its finally blocks run before the handler, innermost first.
def numbers(name):
    try:
        for i in range(3):
            yield i
    finally:
        print("closed", name)


def loud_finally():
    try:
        yield 1
    finally:
        print("finally that raises")
        raise KeyError("ignored")


def nested():
    for a in numbers("outer"):
        for b in numbers("inner"):
            try:
                if b == 1:
                    raise IndexError("handled inside the loop")
            except IndexError as err:
                print("handled:", err)
            if a == 1 and b == 2:
                raise ValueError("leaves both loops")
        print("row", a)


try:
    nested()
except ValueError as err:
    print("caught:", err)


def original_goes_on():
    for x in loud_finally():
        raise TypeError("the original")


try:
    original_goes_on()
except TypeError as err:
    print("still", type(err).__name__, err)


def in_generator():
    for v in numbers("held by a generator"):
        yield v * 10
        if v == 1:
            raise LookupError("from a generator")


try:
    for w in in_generator():
        print("got", w)
except LookupError as err:
    print("lookup:", err)

total = 0
try:
    for q in numbers("top level"):
        total += q
        if q == 2:
            total = total // 0
except ZeroDivisionError as err:
    print("zero:", err)
finally:
    print("total", total)
