# The seed's accelerated functions, written once and compiled to one
# WebAssembly module that a JS program calls through multilingual/host's
# loader (see README.md here). The annotations say what JS passes: a matrix
# list[list[float]] is an array of rows (arrays or Float64Arrays), bytes a
# Uint8Array; an int result beyond 64 bits comes back as a BigInt.


def matrix_multiply(a: list[list[float]], b: list[list[float]]) -> list[list[float]]:
    """(n x m) times (m x p), a matrix a list of its rows."""
    m = len(b)
    p = len(b[0]) if m > 0 else 0
    out = []
    for ai in a:
        row = [0.0] * p
        for k in range(m):
            aik = ai[k]
            bk = b[k]
            for j in range(p):
                row[j] += aik * bk[j]
        out.append(row)
    return out


def matrix_transpose(a: list[list[float]]) -> list[list[float]]:
    rows = len(a)
    cols = len(a[0]) if rows > 0 else 0
    return [[a[i][j] for i in range(rows)] for j in range(cols)]


def determinant(a: list[list[float]]) -> float:
    """Gaussian elimination with partial pivoting."""
    n = len(a)
    m = [list(row) for row in a]
    det = 1.0
    for c in range(n):
        pivot = c
        for r in range(c + 1, n):
            if abs(m[r][c]) > abs(m[pivot][c]):
                pivot = r
        if m[pivot][c] == 0.0:
            return 0.0
        if pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            det = -det
        top = m[c]
        d = top[c]
        det *= d
        for r in range(c + 1, n):
            row = m[r]
            f = row[c] / d
            if f != 0.0:
                for j in range(c, n):
                    row[j] -= f * top[j]
    return det


def fibonacci(n: int) -> int:
    a = 0
    b = 1
    for i in range(n):
        a, b = b, a + b
    return a


def factorial(n: int) -> int:
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


def monte_carlo_pi(samples: int, seed: int) -> float:
    """A linear congruential generator of its own, so CPython and the
    module draw the same points."""
    x = seed % 2147483648
    inside = 0
    for i in range(samples):
        x = (1103515245 * x + 12345) % 2147483648
        u = x / 2147483648.0
        x = (1103515245 * x + 12345) % 2147483648
        v = x / 2147483648.0
        if u * u + v * v <= 1.0:
            inside += 1
    return 4.0 * inside / samples


def xor_cipher(data: bytes, key: bytes) -> bytes:
    n = len(key)
    out = bytearray(len(data))
    for i in range(len(data)):
        out[i] = data[i] ^ key[i % n]
    return bytes(out)


def blur(pixels: list[list[float]]) -> list[list[float]]:
    """3x3 box blur of a grey image (a list of rows); edges average what they have."""
    height = len(pixels)
    width = len(pixels[0]) if height > 0 else 0
    out = []
    for y in range(height):
        row = [0.0] * width
        for x in range(width):
            total = 0.0
            count = 0
            for dy in range(-1, 2):
                yy = y + dy
                if 0 <= yy < height:
                    src = pixels[yy]
                    for dx in range(-1, 2):
                        xx = x + dx
                        if 0 <= xx < width:
                            total += src[xx]
                            count += 1
            row[x] = total / count
        out.append(row)
    return out
