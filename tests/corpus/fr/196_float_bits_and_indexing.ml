# Float results to the last bit, and list items by int index
importer math

afficher(71.93814951479868 ** 0.5, 82.41746816646236 ** 0.5, 9.897989202518664 ** 0.5)
afficher(10.0 ** 23, 2.0 ** -0.5, 1.0000001 ** 1e7)
afficher(math.exp(167.6723761684886), math.exp(-294.5731702012225), math.exp(-31.53539059882741))
afficher(math.log2(0.964106400986202), math.log2(1.0412259401986375), math.log(1.0876))
afficher(math.pow(3.7, 2.5), puissance(0.5, 0.3))

# a small simulation: many ** and / whose last bits add up
xs = [0.0, 4.84, 8.34]
vs = [0.0, 0.6, -1.0]
pour step dans intervalle(2000):
    pour i dans intervalle(3):
        pour j dans intervalle(i + 1, 3):
            d = xs[i] - xs[j]
            d2 = d * d + 0.01
            mag = 0.001 / (d2 * d2 ** 0.5)
            vs[i] -= d * mag
            vs[j] += d * mag
    pour i dans intervalle(3):
        xs[i] += 0.01 * vs[i]
afficher(xs, vs)

x = 7.0
afficher(x / 2, x / -0.5, x / 3, -x / 1e300, x / 2.5e-320)
y = 0.0
essayer:
    afficher(x / y)
sauf ZeroDivisionError comme e:
    afficher("ZeroDivisionError:", e)
a = [1.0, 2.0, 3.0]
i = 1
a[i] += 0.5
a[i] /= 2
a[Vrai] *= 3
b = [1, 2]
b[-1] -= 5
afficher(a, b)
essayer:
    a[7] += 1
sauf IndexError comme e:
    afficher("IndexError:", e)
pour v dans [10**30, -10**30, 2**62, -2**62]:
    pour s dans [a, (1, 2), "ab"]:
        essayer:
            afficher(s[v])
        sauf IndexError comme e:
            afficher("IndexError:", e)
    essayer:
        a[v] = 0.0
    sauf IndexError comme e:
        afficher("IndexError:", e)
