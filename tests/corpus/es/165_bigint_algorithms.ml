# Big-integer algorithms: pi digits (Machin), RSA round trip, a long-running
# loop whose big temporaries the collector must reclaim
def arctan_inv(x, digits):
    unity = 10 ** (digits + 10)
    total = term = unity // x
    x2 = x * x
    n = 1
    sign = -1
    mientras term != 0:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    devolver total

def pi_digits(digits):
    pi = 4 * (4 * arctan_inv(5, digits) - arctan_inv(239, digits))
    devolver pi // 10 ** 10

imprimir(pi_digits(120))

def egcd(a, b):
    si b == 0:
        devolver a, 1, 0
    g, x, y_ = egcd(b, a % b)
    devolver g, y_, x - (a // b) * y_

p = 2 ** 127 - 1
q = 2 ** 89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = potencia(e, -1, phi)
message = 1234567890123456789012345678901234567890
cipher = potencia(message, e, n)
imprimir(cipher)
imprimir(potencia(cipher, d, n) == message, egcd(phi, e)[0], d * e % phi)

checksum = 0
value = 3 ** 100
rango(200000) para i:
    value = (value * 7 + i) % (2 ** 130)
    checksum ^= value
imprimir(checksum, value.bit_length())

collatz = 2 ** 100 + 1
steps = 0
mientras collatz != 1:
    collatz = collatz // 2 si collatz % 2 == 0 sino 3 * collatz + 1
    steps += 1
imprimir(steps)
