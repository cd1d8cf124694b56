déf parse(s):
    essayer:
        retour entier(s)
    sauf ValueError:
        retour -1

afficher(parse("12"), parse("x"))

déf cleanup():
    essayer:
        afficher("working")
        retour "result"
    finalement:
        afficher("cleanup")

afficher(cleanup())
essayer:
    [1, 2][5]
sauf IndexError comme e:
    afficher("index error:", e)
essayer:
    1 / 0
sauf (TypeError, ZeroDivisionError) comme e:
    afficher(e)
essayer:
    lever KeyError("k")
sauf Exception comme e:
    afficher("generic", représentation(e), e.args)

déf loop():
    total = 0
    pour i dans intervalle(10):
        essayer:
            si i == 3:
                continuer
            si i == 7:
                arrêter
            total += i
        finalement:
            afficher("fin", i)
    retour total

afficher(loop())

déf nested():
    essayer:
        essayer:
            lever ValueError("inner")
        sauf ValueError comme e:
            afficher("caught", e)
            lever
    sauf ValueError comme e2:
        afficher("outer", e2)
    essayer:
        essayer:
            lever ValueError("a")
        finalement:
            afficher("finally runs")
    sauf ValueError comme e:
        afficher("then caught", e)
    retour "ok"

afficher(nested())

déf swallow():
    pour i dans intervalle(3):
        essayer:
            lever RuntimeError("x")
        finalement:
            arrêter
    retour "swallowed"

afficher(swallow())
essayer:
    lever ValueError
sauf ValueError comme e:
    afficher(représentation(e), chaine(e) == "")
essayer:
    essayer:
        1 // 0
    sauf ZeroDivisionError comme e:
        lever ValueError("converted") depuis e
sauf ValueError comme e:
    afficher(e, représentation(e.__cause__))
x = 5
essayer:
    x = entier("zz")
sauf ValueError:
    passer
sinon:
    afficher("no")
finalement:
    afficher("x is", x)

déf classify(values):
    out = []
    pour v dans values:
        essayer:
            out.append(10 // v)
        sauf ZeroDivisionError:
            out.append("div0")
        sauf TypeError comme e:
            out.append(chaine(e))
        sinon:
            out.append("ok")
        finalement:
            out.append("|")
    retour out

afficher(classify([1, 0, "a", 5]))

déf depth(n):
    essayer:
        si n == 0:
            lever LookupError("bottom")
        retour depth(n - 1)
    finalement:
        si n % 2 == 0:
            afficher("unwinding", n)

essayer:
    depth(4)
sauf LookupError comme e:
    afficher("caught", e, e.args)

déf handler_returns():
    essayer:
        {}["missing"]
    sauf KeyError comme e:
        retour "key " + chaine(e)
    retour "unreachable"

afficher(handler_returns())
count = 0
tantque Vrai:
    essayer:
        count += 1
        si count > 3:
            lever StopIteration
    sauf StopIteration:
        arrêter
afficher("count", count)
essayer:
    essayer:
        lever TypeError("first")
    sauf TypeError:
        lever ValueError("second")
sauf ValueError comme e:
    afficher(représentation(e), représentation(e.__context__))
errors = [ValueError, KeyError, IndexError]
pour cls dans errors:
    essayer:
        lever cls("boom")
    sauf LookupError comme e:
        afficher("lookup", représentation(e))
    sauf Exception comme e:
        afficher("other", représentation(e))
essayer:
    lever Exception("a", 1, [2])
sauf Exception comme e:
    afficher(e, e.args)
essayer:
    affirmer 1 > 2, "math is broken"
sauf AssertionError comme e:
    afficher("assert:", e)
