# Arithmetic trees on values of unknown type holding ints: small ints stay
# ints, overflow goes to big ints, ints meet floats as CPython converts
# them, true division is exact up to 2**53 and CPython's beyond.
values = [0, 1, -1, 7, -13, 2 ** 31, 2 ** 53, 2 ** 53 + 1, 2 ** 61 - 1, -2 ** 61, 2 ** 62, 10 ** 30,
          Verdadero, 2.5, -0.0, flotante("inf")]


def tree(a, b):
    devolver a * b + a - b * 3


def ratio(a, b):
    devolver (a + b) / (a - b) + a / 7


out = []
values para a:
    values para b:
        intentar:
            r = tree(a, b)
            out.append(tipo(r).__name__ + ":" + representacion(r))
        excepto Exception como e:
            out.append(tipo(e).__name__)
        intentar:
            q = ratio(a, b)
            out.append(representacion(q))
        excepto Exception como e:
            out.append(tipo(e).__name__ + ":" + cadena(e))
imprimir(longitud(out))
rango(0, longitud(out), 16) para i:
    imprimir(" ".join(out[i:i + 16]))

# a running total of products of items, boxed once per statement
xs = lista(rango(-50, 50))
total = 0
rango(longitud(xs)) para i:
    total += xs[i] * xs[-i - 1] + xs[i] // 3 - 1
imprimir(total)
acc = [0, 0.0, 10 ** 20]
rango(1, 200) para i:
    acc[0] += i * i - 3 * i
    acc[1] += i * 0.5 - i / 4
    acc[2] -= i * acc[0] + 1
imprimir(acc)

# big products overflow into big ints and back
big = [3 ** 39, 3 ** 40, -(2 ** 61)]
imprimir(big[0] * 3 - big[1] + 1, big[2] * 2 - big[2] - big[2], big[1] * big[1] - big[1] * big[1])
imprimir(9007199254740993 / 1 + 0.0, 9007199254740993 / 3 + 1, (2 ** 60 + 1) / 2 + 1)
imprimir([(k * k - k) / 2 para k en [10 ** 16, 10 ** 16 + 1, -(10 ** 16)]])

# static ints: a difference of two small ints may leave the small range


def diff(a, b):
    devolver a - b


imprimir(diff(0, -2 ** 61), diff(-2 ** 61, 2 ** 61 - 1), diff(2 ** 61 - 1, -1))
lo = -2 ** 61
zero = 0
imprimir(zero - lo, (zero - lo) * 2, zero - lo - lo)
