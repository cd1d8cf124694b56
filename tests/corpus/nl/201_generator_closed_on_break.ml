# A generator that only a for loop holds is closed when the loop is left by
# break: its finally block runs before the statement after the loop, as in
# CPython. One held by a name stays open.

definieer numbers(tag):
    probeer:
        n = 0
        terwijl Waar:
            lever n
            n += 1
    eindelijk:
        afdrukken("closed", tag)


voor n in numbers("first"):
    als n == 3:
        breek
afdrukken("after the first loop")

total = 0
voor n in (k * k voor k in bereik(100)):
    total += n
    als total > 10:
        breek
afdrukken("total", total)

voor n in numbers("else"):
    als n == 1:
        breek
anders:
    afdrukken("never")

kept = numbers("kept")
voor n in kept:
    als n == 2:
        breek
afdrukken("kept is still open:", volgende(kept))
kept.close()
afdrukken("done")
