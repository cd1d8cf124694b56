import cmath
import math

for z in (-1, 4, 2j, 3 + 4j, -3 - 4j, 1e-320 + 1e-320j, 1e308 + 1e308j, 0.5 - 0.25j, -0.0 + 0j, 0.9 + 0.3j):
    print(z, cmath.sqrt(z), cmath.phase(z), cmath.polar(z))
    if z != 0:
        print("  log", cmath.log(z), cmath.log10(z), cmath.log(z, 2), cmath.log(z, 1 + 1j))
    print("  exp", cmath.exp(z) if abs(z) < 700 else "big", cmath.sin(z) if abs(z) < 700 else "", cmath.cos(z) if abs(z) < 700 else "")
print(cmath.rect(2, math.pi / 3), cmath.rect(1, 0), cmath.rect(-1, 0.0))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isfinite(1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj))
print(cmath.sinh(1 + 2j), cmath.cosh(-1 - 2j))
a, b, c = 1, 2, 5
d = b * b - 4 * a * c
print((-b + cmath.sqrt(d)) / (2 * a), (-b - cmath.sqrt(d)) / (2 * a))
for bad in (lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.sqrt("x"), lambda: cmath.isclose(1, 2, rel_tol=-1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

pts = [0.5 + 0.25j, -0.3 + 2j, 3 - 4j, -2 - 0.5j, 1e-10 + 1e-12j, 0.999 + 0j, 1 + 1e-200j, 40 + 1j, -700 + 0.5j, 1e200 + 1e200j, 2j, -1.5, 0.0, 1e-320 + 0j]
for z in pts:
    out = []
    for f in (cmath.tan, cmath.tanh, cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh):
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(z, " ".join(out))
for bad in (1, -1, 1 + 0j):
    try:
        print(cmath.atanh(bad))
    except ValueError as e:
        print("ValueError", e)
