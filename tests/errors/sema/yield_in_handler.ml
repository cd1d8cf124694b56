# A yield inside an except block is refused (its handler state would have to survive a suspension).
def g():
    try:
        yield 1
    except ValueError:
        yield 2
