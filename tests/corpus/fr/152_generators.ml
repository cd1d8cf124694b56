déf countdown(n):
    afficher("start", n)
    tantque n > 0:
        produire n
        n -= 1
    afficher("done")
    retour "finished"

pour x dans countdown(3):
    afficher("got", x)

g = countdown(2)
afficher(suivant(g), suivant(g))
essayer:
    suivant(g)
sauf StopIteration comme e:
    afficher("stop", e.value)
afficher(suivant(g, "default"))

déf echo():
    received = Rien
    tantque Vrai:
        received = produire received
        si received == "quit":
            retour
        afficher("echo got", received)

e = echo()
afficher(suivant(e))
afficher(e.send("hello"))
afficher(e.send("world"))
essayer:
    e.send("quit")
sauf StopIteration:
    afficher("echo stopped")

déf inner():
    x = produire 1
    afficher("inner got", x)
    produire 2
    retour 42

déf outer():
    r = produire depuis inner()
    afficher("inner returned", r)
    produire depuis [10, 20]
    produire depuis intervalle(3)

afficher(liste(outer()))
o = outer()
afficher(suivant(o))
afficher(o.send("S"))
afficher(liste(o))

déf nested(n):
    pour i dans intervalle(n):
        si i % 2 == 0:
            produire i
        sinon:
            pour j dans "ab":
                produire chaine(i) + j

afficher(liste(nested(5)))

déf guarded():
    essayer:
        produire 1
        produire 2
    sauf ValueError comme err:
        afficher("caught", err)
    finalement:
        afficher("cleanup")

gg = guarded()
afficher(suivant(gg))
essayer:
    afficher(gg.throw(ValueError("boom")))
sauf StopIteration:
    afficher("stopped by throw")
essayer:
    suivant(gg)
sauf StopIteration:
    afficher("end")
gc = guarded()
afficher(suivant(gc))
gc.close()
afficher("closed")

déf with_closure(k):
    déf add(x):
        retour x + k
    pour i dans intervalle(3):
        produire add(i)
afficher(liste(with_closure(10)))

déf pipeline():
    evens = (x pour x dans intervalle(20) si x % 2 == 0)
    squares = (x * x pour x dans evens)
    retour somme(squares)
afficher(pipeline())
afficher(type_de(countdown(1)).__name__)
afficher(somme(x pour x dans intervalle(100) si x % 7 == 0))
afficher(maximum(longueur(w) pour w dans ["aa", "bbbb", "c"]))
déf gen_unpack():
    produire 1
    produire 2
a, b = gen_unpack()
afficher(a, b)
afficher(*gen_unpack())
afficher(dico(fusionner("abc", countdown(3))))
afficher(3 dans countdown(5))
