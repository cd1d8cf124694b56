# Functions are objects with attributes of their own: counters, tags,
# caches hung on a function, __name__ and __qualname__ set apart, and
# functools.wraps carrying the wrapped function's attributes and
# __wrapped__.
importa functools


definisci counted():
    counted.calls += 1
    ritorna counted.calls


counted.calls = 0
counted()
stampa(counted(), counted.__name__, variabili(counted), ha_attributo(counted, "calls"))

tagged = lambda: "value"
tagged.tag = "lambda"
stampa(tagged.tag, ottieni_attributo(tagged, "tag"), tagged.__dict__)


definisci trace(fn):
    @functools.wraps(fn)
    definisci wrapper(*args):
        wrapper.count += 1
        ritorna fn(*args)
    wrapper.count = 0
    ritorna wrapper


definisci unit(u):
    definisci mark(fn):
        fn.unit = u
        ritorna fn
    ritorna mark


@trace
@unit("metres")
definisci add(a, b):
    ritorna a + b


stampa(add(1, 2), add(3, 4), add.count, add.unit, add.__wrapped__(5, 5), add.__name__)
stampa(ordinato(variabili(add)))


definisci make():
    definisci inner():
        ritorna inner.value
    inner.value = 7
    ritorna inner


first, second = make(), make()
second.value = 8
stampa(first(), second())


definisci fib(n):
    se n in fib.cache:
        ritorna fib.cache[n]
    r = n se n < 2 altrimenti fib(n - 1) + fib(n - 2)
    fib.cache[n] = r
    ritorna r


fib.cache = {}
stampa(fib(80), lunghezza(fib.cache))


definisci renamed():
    passa


renamed.__name__ = "shown"
stampa(renamed.__name__, renamed.__qualname__)
elimina counted.calls
stampa(ha_attributo(counted, "calls"))
prova:
    stampa(counted.missing)
eccetto AttributeError come err:
    stampa("AttributeError:", err)
prova:
    renamed.__name__ = 3
eccetto TypeError come err:
    stampa("TypeError:", err)
