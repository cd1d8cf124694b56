def check(i):
    if i % 3 == 0:
        raise ValueError("multiple of three")
    return i

def work(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            total += check(i)
        except ValueError:
            caught += 1
    return total, caught

print(work(1000000))
