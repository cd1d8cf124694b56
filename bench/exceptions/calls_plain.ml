def add(a, b):
    return a + b

def work(n):
    total = 0
    for i in range(n):
        total = add(total, i) % 1000003
    return total

print(work(30000000))
