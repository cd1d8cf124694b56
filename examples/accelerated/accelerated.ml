# The seed's accelerated functions, written once and compiled to one
# WebAssembly module that a JS program calls through multilingual/host's
# loader (see README.md here). A list crosses the boundary as list[float]
# (a JS array or a Float64Array): a matrix is its rows one after another
# (row-major), with its sizes beside it; bytes are their values 0..255.


def matrix_multiply(a: list[float], b: list[float], n: int, m: int, p: int) -> list[float]:
    """(n x m) times (m x p), row-major."""
    out = [0.0] * (n * p)
    for i in range(n):
        for k in range(m):
            aik = a[i * m + k]
            row = k * p
            base = i * p
            for j in range(p):
                out[base + j] += aik * b[row + j]
    return out


def matrix_transpose(a: list[float], rows: int, cols: int) -> list[float]:
    out = [0.0] * (rows * cols)
    for i in range(rows):
        for j in range(cols):
            out[j * rows + i] = a[i * cols + j]
    return out


def determinant(a: list[float], n: int) -> float:
    """Gaussian elimination with partial pivoting."""
    m = [a[i] for i in range(n * n)]
    det = 1.0
    for c in range(n):
        pivot = c
        for r in range(c + 1, n):
            if abs(m[r * n + c]) > abs(m[pivot * n + c]):
                pivot = r
        if m[pivot * n + c] == 0.0:
            return 0.0
        if pivot != c:
            for j in range(n):
                t = m[c * n + j]
                m[c * n + j] = m[pivot * n + j]
                m[pivot * n + j] = t
            det = -det
        d = m[c * n + c]
        det *= d
        for r in range(c + 1, n):
            f = m[r * n + c] / d
            if f != 0.0:
                for j in range(c, n):
                    m[r * n + j] -= f * m[c * n + j]
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


def xor_cipher(data: list[float], key: list[float]) -> list[int]:
    n = len(key)
    out = [0] * len(data)
    for i in range(len(data)):
        out[i] = int(data[i]) ^ int(key[i % n])
    return out


def blur(pixels: list[float], width: int, height: int) -> list[float]:
    """3x3 box blur of a grey image (row-major); edges average what they have."""
    out = [0.0] * (width * height)
    for y in range(height):
        for x in range(width):
            total = 0.0
            count = 0
            for dy in range(-1, 2):
                yy = y + dy
                if 0 <= yy < height:
                    for dx in range(-1, 2):
                        xx = x + dx
                        if 0 <= xx < width:
                            total += pixels[yy * width + xx]
                            count += 1
            out[y * width + x] = total / count
    return out
