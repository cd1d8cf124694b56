# Three chained generators (a pipeline) over 300,000 items, with yield from.
def source(n):
    yield from range(n)

def evens(items):
    for x in items:
        if x % 2 == 0:
            yield x

def scaled(items, k):
    for x in items:
        yield x * k

print(sum(scaled(evens(source(300000)), 3)))
