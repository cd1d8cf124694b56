# A generator expression closed early (close(), or a return leaving the
# loop over it) closes the generator it iterates: its finally runs then.
definieer numbers(tag):
    probeer:
        voor i in bereik(5):
            lever i
    eindelijk:
        afdrukken("closed", tag)


squares = (x * x voor x in numbers("a"))
afdrukken(volgende(squares), volgende(squares))
squares.close()
afdrukken("after close")

total = som(x voor x in numbers("c"))
afdrukken("total", total)


definieer first_big(limit):
    voor v in (x * 10 voor x in numbers("d")):
        als v > limit:
            retourneer v


afdrukken(first_big(15))
