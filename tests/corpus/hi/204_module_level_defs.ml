# A def runs where it is written: inside a block of the module it defines
# its name only when the block runs, a second def of a name replaces the
# first from there on, and a name may be a def and then something else.
आयात sys


परिभाषा area(w, h):
    वापसी w * h


छापो(area(2, 3))


परिभाषा area(r):
    वापसी 3 * r * r


छापो(area(2))

लंबाई(sys.argv) > 100 अगर:
    परिभाषा mode():
        वापसी "many"
वरना:
    परिभाषा mode():
        वापसी "few"
छापो(mode())

परास(3) में k के_लिए:
    परिभाषा scaled(x):
        वापसी x * k
    छापो(scaled(10))

प्रयास:
    value = पूर्णांक("not a number")
अपवाद ValueError:
    परिभाषा parse(text):
        वापसी "fallback " + text
वरना:
    परिभाषा parse(text):
        वापसी "parsed " + text
अंतमें:
    परिभाषा cleanup():
        वापसी "done"
छापो(parse("7"), cleanup())


वर्ग Quiet:
    परिभाषा __enter__(self):
        वापसी self

    परिभाषा __exit__(self, *exc):
        वापसी असत्य


Quiet() साथ:
    परिभाषा inside_with():
        वापसी "with"
छापो(inside_with())

मिलाओ लंबाई("abc"):
    स्थिति 3:
        परिभाषा picked():
            वापसी "three"
    स्थिति _:
        परिभाषा picked():
            वापसी "other"
छापो(picked())


परिभाषा fib(n):
    वापसी n अगर n < 2 वरना fib(n - 1) + fib(n - 2)


परिभाषा memo(fn):
    cache = {}

    परिभाषा inner(n):
        n नहीं में cache अगर:
            cache[n] = fn(n)
        वापसी cache[n]
    वापसी inner


fib = memo(fib)
छापो(fib(60))


परिभाषा user():
    वापसी "user sees " + mode()


छापो(user())


परिभाषा counter():
    उत्पन्न 1


सत्य जबतक:
    परिभाषा counter():
        उत्पन्न 2
        उत्पन्न 3
    रोको
छापो(सूची(counter()))

shout = प्रतिनिधि


परिभाषा shout(text):
    छापो(text.upper() + "!")


shout("hello")
shout = लंबाई
छापो(shout("four"))
