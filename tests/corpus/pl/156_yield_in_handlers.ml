funkcja safe_ints(items):
    dla s w items:
        sprobuj:
            zwroc_wartosc calkowita(s)
        wyjatek ValueError jako e:
            drukuj("bad:", e)
            zwroc_wartosc -1
        w_koncu:
            drukuj("checked", s)

drukuj(lista(safe_ints(["1", "x", "3"])))

funkcja cleanup_gen():
    sprobuj:
        zwroc_wartosc "work"
    w_koncu:
        drukuj("finally starts")
        zwroc_wartosc "in finally"
        drukuj("finally ends")

drukuj(lista(cleanup_gen()))

funkcja reraiser():
    sprobuj:
        podnies KeyError("k")
    wyjatek KeyError:
        zwroc_wartosc "handling"
        podnies

g = reraiser()
drukuj(nastepny(g))
sprobuj:
    nastepny(g)
wyjatek KeyError jako e:
    drukuj("re-raised", reprezentacja(e))

funkcja context_gen():
    sprobuj:
        1 / 0
    wyjatek ZeroDivisionError:
        zwroc_wartosc "suspended in handler"
        sprobuj:
            podnies ValueError("inner")
        wyjatek ValueError jako v:
            drukuj("context:", reprezentacja(v.__context__))

dla x w context_gen():
    drukuj(x)
    sprobuj:
        podnies TypeError("outside")
    wyjatek TypeError jako t:
        drukuj("consumer context:", t.__context__)

funkcja nested_try():
    dla i w zakres(3):
        sprobuj:
            jesli i == 1:
                podnies RuntimeError("one")
            zwroc_wartosc i
        wyjatek RuntimeError jako e:
            zwroc_wartosc "caught " + tekst(e)
        inaczej:
            zwroc_wartosc "else " + tekst(i)
drukuj(lista(nested_try()))

funkcja closer():
    sprobuj:
        zwroc_wartosc 1
        zwroc_wartosc 2
    wyjatek GeneratorExit:
        drukuj("exit seen")
        podnies
    w_koncu:
        drukuj("closing")
c = closer()
nastepny(c)
c.close()
