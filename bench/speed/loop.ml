# 10^7 iterations of integer arithmetic.
def loop(n):
    total = 0
    for i in range(n):
        total += i % 7
        total ^= i
    return total


print(loop(10000000))
