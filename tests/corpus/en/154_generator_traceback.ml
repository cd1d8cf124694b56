def numbers(limit):
    n = 0
    while n < limit:
        yield 10 // (2 - n)
        n += 1

def doubled(src):
    for x in src:
        yield x * 2

total = 0
for v in doubled(numbers(5)):
    total += v
    print(v)
