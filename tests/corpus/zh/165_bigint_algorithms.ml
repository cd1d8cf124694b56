# Big-integer algorithms: pi digits (Machin), RSA round trip, a long-running
# loop whose big temporaries the collector must reclaim
函数 arctan_inv(x, digits):
    unity = 10 ** (digits + 10)
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    当 term != 0:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    返回 total

函数 pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    返回 pi // 10 ** 10

打印(pi_digits(120))

函数 egcd(a, b):
    如果 b == 0:
        返回 a, 1, 0
    g, x, y = egcd(b, a % b)
    返回 g, y, x - (a // b) * y

p = 2 ** 127 - 1
q = 2 ** 89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = 幂(e, -1, phi)
message = 1234567890123456789012345678901234567890
cipher = 幂(message, e, n)
打印(cipher)
打印(幂(cipher, d, n) == message, egcd(phi, e)[0], d * e % phi)

checksum = 0
value = 3 ** 100
对于 i 里 范围(200000):
    value = (value * 7 + i) % (2 ** 130)
    checksum ^= value
打印(checksum, value.bit_length())

collatz = 2 ** 100 + 1
steps = 0
当 collatz != 1:
    collatz = collatz // 2 如果 collatz % 2 == 0 否则 3 * collatz + 1
    steps += 1
打印(steps)
