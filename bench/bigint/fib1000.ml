# fib(1000) by iteration, 200 times: additions of big ints of ~700 bits.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

total = 0
for k in range(200):
    total += fib(1000) % 1000
print(total)
