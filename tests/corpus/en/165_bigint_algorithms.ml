# Big-integer algorithms: pi digits (Machin), RSA round trip, a long-running
# loop whose big temporaries the collector must reclaim
def arctan_inv(x, digits):
    unity = 10 ** (digits + 10)
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    while term != 0:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total

def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    return pi // 10 ** 10

print(pi_digits(120))

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

p = 2 ** 127 - 1
q = 2 ** 89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = pow(e, -1, phi)
message = 1234567890123456789012345678901234567890
cipher = pow(message, e, n)
print(cipher)
print(pow(cipher, d, n) == message, egcd(phi, e)[0], d * e % phi)

checksum = 0
value = 3 ** 100
for i in range(200000):
    value = (value * 7 + i) % (2 ** 130)
    checksum ^= value
print(checksum, value.bit_length())

collatz = 2 ** 100 + 1
steps = 0
while collatz != 1:
    collatz = collatz // 2 if collatz % 2 == 0 else 3 * collatz + 1
    steps += 1
print(steps)
