# Sieve of Eratosthenes up to 10^6, three times.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            j = i * i
            while j <= n:
                flags[j] = False
                j += i
        i += 1
    count = 0
    for k in range(n + 1):
        if flags[k]:
            count += 1
    return count


total = 0
for r in range(3):
    total += sieve(1000000)
print(total)
