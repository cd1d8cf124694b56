# Big ints held in locals, temporaries, globals and generator frames stay
# alive while the collector runs in between (each churn() allocates MBs)
def churn(n):
    junk = []
    for i in range(n):
        junk.append([str(i)] * 8)
    return len(junk)

def held_in_local(k):
    big = 7 ** 90 + k
    churn(20000)
    return big - 7 ** 90

def held_in_temporary(k):
    return (3 ** 80 + k) + churn(20000) - 3 ** 80

def powers(base):
    x = base ** 30
    while True:
        yield x
        churn(5000)
        x = x * base

g_big = 11 ** 50
def reads_global():
    churn(20000)
    return g_big % 1000

total = 0
for k in range(5):
    total += held_in_local(k) + held_in_temporary(k)
print(total)
gen = powers(13)
print([next(gen) % 1000 for _ in range(6)])
print(reads_global(), g_big.bit_length())
values = []
for i in range(3000):
    values.append(2 ** 70 + i)
    if i % 1000 == 999:
        churn(3000)
print(sum(values) - 3000 * 2 ** 70, min(values) == 2 ** 70, max(values) - 2 ** 70)
acc = 1
for i in range(1, 400):
    acc = acc * i + churn(10) - 10
print(len(str(acc)), acc % 1000003)
