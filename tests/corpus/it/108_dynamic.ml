x = 1
stampa(x)
x = 2.5
stampa(x, x * 2, x + 1, -x)
x = "now a string"
stampa(x, lunghezza(x))
definisci half(n):
    se n % 2 == 0:
        ritorna n // 2
    ritorna Nessuno
stampa(half(10), half(7))
v = half(8)
se v è non Nessuno e v > 3:
    stampa("big", v)
stampa(minimo(4.5, 2), massimo(1, 2.5, Vero))
ex = 2
stampa(2 ** ex, 2 ** -ex, 10 ** (ex - 4))
stampa("a" in "cat", "z" non in "cat")
per i in intervallo(3):
    x = i
stampa(x)
y = Nessuno
per k in intervallo(2):
    y = k se k altrimenti "zero"
    stampa(rappresentazione(y))
