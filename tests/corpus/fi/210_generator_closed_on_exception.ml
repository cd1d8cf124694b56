# A generator that only a for loop holds is closed as an exception leaves
# the loop: its finally blocks run before the handler, innermost first.
maarittele numbers(name):
    yrita:
        jokaiselle i sisalla vali(3):
            tuota i
    lopuksi:
        tulosta("closed", name)


maarittele loud_finally():
    yrita:
        tuota 1
    lopuksi:
        tulosta("finally that raises")
        nosta KeyError("ignored")


maarittele nested():
    jokaiselle a sisalla numbers("outer"):
        jokaiselle b sisalla numbers("inner"):
            yrita:
                jos b == 1:
                    nosta IndexError("handled inside the loop")
            paitsi IndexError nimella err:
                tulosta("handled:", err)
            jos a == 1 ja b == 2:
                nosta ValueError("leaves both loops")
        tulosta("row", a)


yrita:
    nested()
paitsi ValueError nimella err:
    tulosta("caught:", err)


maarittele original_goes_on():
    jokaiselle x sisalla loud_finally():
        nosta TypeError("the original")


yrita:
    original_goes_on()
paitsi TypeError nimella err:
    tulosta("still", tyyppi(err).__name__, err)


maarittele in_generator():
    jokaiselle v sisalla numbers("held by a generator"):
        tuota v * 10
        jos v == 1:
            nosta LookupError("from a generator")


yrita:
    jokaiselle w sisalla in_generator():
        tulosta("got", w)
paitsi LookupError nimella err:
    tulosta("lookup:", err)

total = 0
yrita:
    jokaiselle q sisalla numbers("top level"):
        total += q
        jos q == 2:
            total = total // 0
paitsi ZeroDivisionError nimella err:
    tulosta("zero:", err)
lopuksi:
    tulosta("total", total)
