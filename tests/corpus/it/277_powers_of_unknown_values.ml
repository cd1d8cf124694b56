# ** on values known only at run time, alone and inside arithmetic trees:
# floats with a positive base are computed unboxed; a negative base with
# a fractional exponent gives a complex, a zero base and a negative
# exponent ZeroDivisionError, ints stay exact, as in CPython.


definisci ident(x):
    ritorna x


classe Meters(decimale):
    definisci __pow__(self, other):
        ritorna "Meters**" + stringa(other)

    definisci __rpow__(self, other):
        ritorna "rpow " + stringa(other)


bases = [ident(v) per v in [2.0, 0.5, 1.0, 0.0, -0.0, -8.0, -2.0, 3, -3, 0, Vero, 1e300, decimale("inf"), decimale("-inf"), decimale("nan"), 2**70, Meters(2.0)]]
exps = [ident(v) per v in [0.5, 2.0, -1.0, 3, -2, 0, 0.0, 1e10, decimale("inf"), decimale("nan"), 1.5, Meters(3.0), 70]]

per a in bases:
    row = []
    per b in exps:
        prova:
            r = a ** b
            row.append(rappresentazione(r) se non è_istanza(r, complesso) altrimenti "complex(%r, %r)" % (r.real, r.imag))
        eccetto (ZeroDivisionError, OverflowError, ValueError, TypeError) come e_:
            row.append(tipo(e_).__name__ + ": " + stringa(e_))
    stampa(rappresentazione(a), row)

# inside trees: the distance of points, a root of a sum
points = [(ident(3.0), ident(4.0)), (ident(-1.5), ident(2.0)), (ident(5), ident(12)), (ident(0.0), ident(0.0))]
per x, y in points:
    stampa((x * x + y * y) ** 0.5, (x ** 2 + y ** 2) ** 0.5, x ** 2 + y ** 3, 2 ** x * 1.0)

d2 = ident(2.25)
dt = ident(0.01)
stampa(dt / (d2 * d2 ** 0.5), dt / (d2 * d2 ** ident(0.5)))
total = ident(0.0)
per i in intervallo(1, 20):
    total += ident(decimale(i)) ** 0.5 * ident(i) ** -1.5
stampa(total)

per a, b in [(ident(-8.0), ident(1 / 3)), (ident(-1), ident(0.5)), (ident(-2.5), ident(-0.5))]:
    r = a ** b + 0
    stampa(tipo(r).__name__, arrotondare(r.real, 12), arrotondare(r.imag, 12))

prova:
    stampa(ident(1e300) ** 2 * 1.0)
eccetto OverflowError come e_:
    stampa("OverflowError:", e_)

big = ident(10)
stampa(big ** 20 + 1, big ** ident(2) * big, (-big) ** 3 - 1)
stampa(ident(0.0) ** ident(-1.0) + 1.0)
