# A generator that only a for loop holds is closed when a return leaves the
# loop: innermost loop first, before the finally blocks around it run, and
# after the return value is computed, as CPython unwinds the loop.

funkcja source(tag):
    sprobuj:
        zwroc_wartosc 1
        zwroc_wartosc 2
    w_koncu:
        drukuj("closed", tag)


funkcja first():
    dla x w source("first"):
        zwroc x


drukuj(first())
drukuj("after first")


funkcja nested():
    dla x w source("outer"):
        dla y w source("inner"):
            zwroc x + y


drukuj(nested())


funkcja through_finally():
    sprobuj:
        dla x w source("in try"):
            zwroc x
    w_koncu:
        drukuj("the function's finally")


drukuj(through_finally())


funkcja finally_in_loop():
    dla x w source("around"):
        sprobuj:
            zwroc x * 10
        w_koncu:
            drukuj("the loop's finally")


drukuj(finally_in_loop())


funkcja from_genexp():
    dla x w (v * 2 dla v w [5, 6]):
        zwroc x


drukuj(from_genexp())


funkcja from_handler():
    dla x w source("handler"):
        sprobuj:
            podnies ValueError("inside")
        wyjatek ValueError:
            zwroc "returned from the handler"


drukuj(from_handler())


funkcja kept_by_name():
    numbers = source("kept")
    dla x w numbers:
        zwroc numbers


held = kept_by_name()
drukuj("still open")
drukuj(lista(held))
