# A def runs where it is written: inside a block of the module it defines
# its name only when the block runs, a second def of a name replaces the
# first from there on, and a name may be a def and then something else.
importar sys


def area(w, h):
    devolver w * h


imprimir(area(2, 3))


def area(r):
    devolver 3 * r * r


imprimir(area(2))

si longitud(sys.argv) > 100:
    def mode():
        devolver "many"
sino:
    def mode():
        devolver "few"
imprimir(mode())

rango(3) para k:
    def scaled(x):
        devolver x * k
    imprimir(scaled(10))

intentar:
    value = entero("not a number")
excepto ValueError:
    def parse(text):
        devolver "fallback " + text
sino:
    def parse(text):
        devolver "parsed " + text
finalmente:
    def cleanup():
        devolver "done"
imprimir(parse("7"), cleanup())


clase Quiet:
    def __enter__(self):
        devolver self

    def __exit__(self, *exc):
        devolver Falso


con Quiet():
    def inside_with():
        devolver "with"
imprimir(inside_with())

según longitud("abc"):
    caso 3:
        def picked():
            devolver "three"
    caso _:
        def picked():
            devolver "other"
imprimir(picked())


def fib(n):
    devolver n si n < 2 sino fib(n - 1) + fib(n - 2)


def memo(fn):
    cache = {}

    def inner(n):
        si n no en cache:
            cache[n] = fn(n)
        devolver cache[n]
    devolver inner


fib = memo(fib)
imprimir(fib(60))


def user():
    devolver "user sees " + mode()


imprimir(user())


def counter():
    producir 1


mientras Verdadero:
    def counter():
        producir 2
        producir 3
    romper
imprimir(lista(counter()))

shout = representacion


def shout(text):
    imprimir(text.upper() + "!")


shout("hello")
shout = longitud
imprimir(shout("four"))
