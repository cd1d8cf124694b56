# A generator that only a for loop holds is closed when a return leaves the
# loop: innermost loop first, before the finally blocks around it run, and
# after the return value is computed, as CPython unwinds the loop.

definer source(tag):
    prov:
        giv 1
        giv 2
    endelig:
        skriv("closed", tag)


definer first():
    for x i source("first"):
        returner x


skriv(first())
skriv("after first")


definer nested():
    for x i source("outer"):
        for y i source("inner"):
            returner x + y


skriv(nested())


definer through_finally():
    prov:
        for x i source("in try"):
            returner x
    endelig:
        skriv("the function's finally")


skriv(through_finally())


definer finally_in_loop():
    for x i source("around"):
        prov:
            returner x * 10
        endelig:
            skriv("the loop's finally")


skriv(finally_in_loop())


definer from_genexp():
    for x i (v * 2 for v i [5, 6]):
        returner x


skriv(from_genexp())


definer from_handler():
    for x i source("handler"):
        prov:
            kast ValueError("inside")
        undtagen ValueError:
            returner "returned from the handler"


skriv(from_handler())


definer kept_by_name():
    numbers = source("kept")
    for x i numbers:
        returner numbers


held = kept_by_name()
skriv("still open")
skriv(liste(held))
