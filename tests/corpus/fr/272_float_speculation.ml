# Arithmetic on values of unknown type (list items, results of function
# values) computed unboxed while they are floats: every other kind of value
# on the same trees, errors in the middle, and evaluation order.
importer math

log = []


déf noted(tag, v):
    log.append(tag)
    retour v


déf run(values):
    out = []
    pour a dans values:
        pour b dans values:
            essayer:
                r = a * a + b * b - a / 2
                out.append(représentation(r))
            sauf Exception comme e:
                out.append(type_de(e).__name__)
    retour out


mixed = [1.5, -0.0, 2, 10 ** 20, Vrai, flottant("inf"), flottant("nan"), 3.25]
res = run(mixed)
afficher(longueur(res))
afficher(res[:12])
afficher(res[-12:])

# division by zero in the middle: the slow path raises ZeroDivisionError
items = [1.0, 0.0, 2.5]
pour d dans items:
    essayer:
        afficher(représentation(items[2] * items[0] / d + items[0]))
    sauf ZeroDivisionError comme e:
        afficher("ZeroDivisionError:", e)

# ints stay ints: 2 * x + 1 on an int object is an int
xs = [7, 7.0, 2 ** 70, -3]
pour x dans xs:
    y = 2 * x + 1 - x
    afficher(type_de(y).__name__, y)

# strings and lists take the runtime's path
parts = ["ab", [1, 2], (3,)]
pour p dans parts:
    essayer:
        afficher(p + p * 2 + p)
    sauf TypeError comme e:
        afficher("TypeError:", e)

# evaluation order: operands left to right, an error stops the rest
fs = [lambda: noted("a", 1.5), lambda: noted("b", "x"), lambda: noted("c", 2.0)]
essayer:
    r = fs[0]() * fs[1]() + fs[2]()
sauf TypeError comme e:
    afficher("TypeError:", e)
afficher(log)
log.clear()
r = fs[0]() * fs[2]() + fs[0]() / fs[2]()
afficher(r, log)

# augmented assignments on items and attributes


classe Body:
    déf __init__(self):
        self.v = [0.5, 1.5, -2.0]
        self.m = 3.0


b = Body()
dt = 0.01
pour step dans intervalle(1000):
    b.v[0] += dt * b.v[1] * b.m
    b.v[1] -= dt * b.v[0] / b.m
    b.m *= 1.0 + dt * 0.001
    b.v[2] /= 1.0 - dt
afficher(représentation(b.v[0]), représentation(b.v[1]), représentation(b.v[2]), représentation(b.m))

grid = [[1, 2.5], [3, "s"]]
pour row dans grid:
    essayer:
        row[1] += row[0] * 2.0 + 1
        afficher(row)
    sauf TypeError comme e:
        afficher("TypeError:", e)
acc = [[1], 2.0]
acc[0] += [2] * 2
afficher(acc)
essayer:
    acc[1] /= acc[1] - 2.0 * 1
sauf ZeroDivisionError comme e:
    afficher("ZeroDivisionError:", e)

# special values and signed zeros
z = [0.0, -0.0, 1e308, -1e308, 5e-324]
pour p dans z:
    pour q dans z:
        afficher(représentation(p * q + q * p), end=" ")
afficher()
big = [1e308]
afficher(big[0] * 10.0 + big[0], -big[0] * 10.0 - big[0])
afficher(math.isnan(flottant("inf") * 0.0 + big[0]))


classe F(flottant):
    déf __add__(self, other):
        retour "F.add"


fv = [F(1.5), 2.0]
afficher(fv[0] * 1.0 + fv[1], fv[0] + fv[1] * 1.0)

# a sum of products over function values
terms = [lambda t: t * 0.5, lambda t: t + 1.0, lambda t: t / 4]
total = 0.0
pour i dans intervalle(100):
    pour f dans terms:
        total += f(i) * f(i + 1) - f(i) / 3
afficher(représentation(total))
