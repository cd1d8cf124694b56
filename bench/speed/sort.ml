# 10^6 ints from a linear congruential generator, then sorted().
def main(n):
    x = 12345
    xs = []
    for i in range(n):
        x = (x * 1664525 + 1013904223) % 4294967296
        xs.append(x >> 8)
    ys = sorted(xs)
    checksum = 0
    for i in range(0, n, 1000):
        checksum = (checksum + ys[i] * (i + 1)) % 1000000007
    print(ys[0], ys[n // 2], ys[n - 1], checksum)


main(1000000)
