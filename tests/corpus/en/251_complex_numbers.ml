z = 1 + 2j
print(z, 2j, -2j, 1.5j, 0j, -0j, z * z, z / 2, z - 1, abs(3 + 4j), z ** 2, z ** 0.5, (1j) ** 2)
print(complex(1, 2), complex("3-4j"), complex(" (1+j) "), complex("-j"), complex(), complex(2), complex(1.5, -0.0))
print(z == 1 + 2j, (2 + 0j) == 2, (2 + 0j) == 2.0, z != 3, hash(2 + 0j) == hash(2), hash(1 + 2j))
print(z.real, z.imag, type(z).__name__, isinstance(z, complex), bool(0j), bool(1j))
print(f"{z}", f"{z:.2f}", f"{z:>15.3e}", format(1.5 - 2.25j, "g"), repr(complex(1e20, -1e-5)))
d = {}
pos = 0
for step in "RRLL":
    d[pos] = step
    pos += 1j if step == "R" else -1
print(d, pos)
c = -0.5 + 0.5j
w = 0
n = 0
while abs(w) <= 2 and n < 50:
    w = w * w + c
    n += 1
print(n, w)
for bad in (lambda: z < 1, lambda: z // 2, lambda: z % 2, lambda: 1 / 0j, lambda: 0j ** -1, lambda: complex("1+"), lambda: complex("x"), lambda: int(z), lambda: complex([]), lambda: complex("1", 2)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(sum([1j, 2, 3.5]), [x * 1j for x in range(3)], sorted([3, 1], key=lambda v: abs(v * 1j)))


def mandelbrot(c, limit=30):
    z = 0j
    for k in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return k
    return limit


for row in range(-6, 7):
    line = ""
    for col in range(-20, 9):
        k = mandelbrot(complex(col / 10, row / 6))
        line += " .:-=+*#%@"[min(k, 9)]
    print(line)
heading = 1j
place = 0 + 0j
for turn, dist in [("R", 2), ("L", 3), ("R", 1)]:
    heading *= -1j if turn == "R" else 1j
    place += heading * dist
print(place, int(abs(place.real) + abs(place.imag)), {place: "end"}, (1 + 1j) ** 100, 1e300j * 1e300j if False else 2j ** 1.5)
