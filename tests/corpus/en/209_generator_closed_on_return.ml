# A generator that only a for loop holds is closed when a return leaves the
# loop: innermost loop first, before the finally blocks around it run, and
# after the return value is computed, as CPython unwinds the loop.

def source(tag):
    try:
        yield 1
        yield 2
    finally:
        print("closed", tag)


def first():
    for x in source("first"):
        return x


print(first())
print("after first")


def nested():
    for x in source("outer"):
        for y in source("inner"):
            return x + y


print(nested())


def through_finally():
    try:
        for x in source("in try"):
            return x
    finally:
        print("the function's finally")


print(through_finally())


def finally_in_loop():
    for x in source("around"):
        try:
            return x * 10
        finally:
            print("the loop's finally")


print(finally_in_loop())


def from_genexp():
    for x in (v * 2 for v in [5, 6]):
        return x


print(from_genexp())


def from_handler():
    for x in source("handler"):
        try:
            raise ValueError("inside")
        except ValueError:
            return "returned from the handler"


print(from_handler())


def kept_by_name():
    numbers = source("kept")
    for x in numbers:
        return numbers


held = kept_by_name()
print("still open")
print(list(held))
