# Decorators on nested functions (@wraps inside a decorator), names kept by
# functools.wraps, and fn as an ordinary name (English also spells def fn).
importa functools


definisci logged(fn):
    @functools.wraps(fn)
    definisci inner(*args, **kwargs):
        stampa("calling", fn.__name__, "with", args, kwargs)
        ritorna fn(*args, **kwargs)
    ritorna inner


definisci repeat(times):
    definisci decorate(fn):
        @functools.wraps(fn)
        definisci again(*args):
            ritorna [fn(*args) per _ in intervallo(times)]
        ritorna again
    ritorna decorate


@logged
definisci area(width, height=1):
    ritorna width * height


@repeat(3)
definisci shout(word):
    ritorna word.upper() + "!"


stampa(area(3, height=4), area(5))
stampa(area.__name__, area.__qualname__, shout.__name__)
stampa(shout("hey"))


definisci apply(fn, value):
    ritorna fn(value)


fn = lambda x: x * 10
stampa(apply(fn, 4), [fn(i) per i in intervallo(3)])


definisci outer():
    definisci helper():
        passa
    ritorna helper


h = outer()
stampa(h.__name__, h.__qualname__, apply.__name__, (lambda: 0).__qualname__)
prova:
    h(1)
eccetto TypeError come e_:
    stampa("TypeError:", e_)
