# Float results to the last bit, and list items by int index
import math

print(71.93814951479868 ** 0.5, 82.41746816646236 ** 0.5, 9.897989202518664 ** 0.5)
print(10.0 ** 23, 2.0 ** -0.5, 1.0000001 ** 1e7)
print(math.exp(167.6723761684886), math.exp(-294.5731702012225), math.exp(-31.53539059882741))
print(math.log2(0.964106400986202), math.log2(1.0412259401986375), math.log(1.0876))
print(math.pow(3.7, 2.5), pow(0.5, 0.3))

# a small simulation: many ** and / whose last bits add up
xs = [0.0, 4.84, 8.34]
vs = [0.0, 0.6, -1.0]
for step in range(2000):
    for i in range(3):
        for j in range(i + 1, 3):
            d = xs[i] - xs[j]
            d2 = d * d + 0.01
            mag = 0.001 / (d2 * d2 ** 0.5)
            vs[i] -= d * mag
            vs[j] += d * mag
    for i in range(3):
        xs[i] += 0.01 * vs[i]
print(xs, vs)

x = 7.0
print(x / 2, x / -0.5, x / 3, -x / 1e300, x / 2.5e-320)
y = 0.0
try:
    print(x / y)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
a = [1.0, 2.0, 3.0]
i = 1
a[i] += 0.5
a[i] /= 2
a[True] *= 3
b = [1, 2]
b[-1] -= 5
print(a, b)
try:
    a[7] += 1
except IndexError as e:
    print("IndexError:", e)
for v in [10**30, -10**30, 2**62, -2**62]:
    for s in [a, (1, 2), "ab"]:
        try:
            print(s[v])
        except IndexError as e:
            print("IndexError:", e)
    try:
        a[v] = 0.0
    except IndexError as e:
        print("IndexError:", e)
