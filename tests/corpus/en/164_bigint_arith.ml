# Big integers: arithmetic past 64 bits, exact and promoted on overflow
def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(factorial(30))
print(fib(100))
print(2 ** 64, -(2 ** 63) - 1, 2 ** 63 - 1)
big = 123456789012345678901234567890
print(big * big, big // 7, big % 7, -big // 7, -big % 7)
print(divmod(big, -12345), pow(3, 200, 10 ** 9 + 7), pow(2, -1, 97))
print(big >> 10, big << 3, -big >> 5, big & 0xFFFF, big | 1, big ^ -1, ~big)
print(abs(-big), -big, +big, big == big + 0, big != big - 1, big > 2 ** 96, big < -big)
print(big / 3, float(big), big * 1.5, big == 1.2345678901234568e29)
print(hex(big), oct(2 ** 70), bin(-(2 ** 65)), str(10 ** 30), repr(-10 ** 25))
print(int("9" * 40) + 1, int("-ffffffffffffffffffff", 16), int(1e30))
print(round(big, -20), (2 ** 100).bit_length(), hash(2 ** 64) == hash(float(2 ** 64)))
print(f"{big:,}", f"{2 ** 70:x}", f"{-(2 ** 64):>30}", "%d" % (3 ** 50))
values = [2 ** 62, -(2 ** 62), 2 ** 61, -(2 ** 61), 2 ** 61 - 1, -(2 ** 61) - 1]
print(sorted(values), sum(values), max(values), min(values))
print({2 ** 64: "a", 1: "b"}[2 ** 64], 2 ** 64 in {2 ** 64}, len(str(7 ** 500)))
x = 1
for k in range(70):
    x = x * 2 + 1
print(x, x.bit_length())
n = 2 ** 61 - 1
n += 1
print(n, n - 1, n * -1, -n - 1, n == 2 ** 61)
