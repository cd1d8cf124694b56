# Lists of bools: an item stored as a byte when the value is a bool, an
# item tested as a condition from its byte; other lists and other values
# take the usual paths.
déf f(n):
    flags = [Vrai] * n
    flags[0] = Faux
    flags[-1] = Faux
    b = n > 2
    flags[1] = b
    out = []
    pour i dans intervalle(n):
        si flags[i]:
            out.append(i)
        si flags[-i - 1]:
            out.append(-i)
    afficher(out, flags)
    objs = [0, 1, "", "x", Rien, [], [0]]
    pour i dans intervalle(longueur(objs)):
        si objs[i]:
            afficher("t", i)
        objs[i] = i % 2 == 0
    afficher(objs)
    fl = [0.0, 1.5, -0.0]
    pour i dans intervalle(3):
        si fl[i]:
            afficher("f", i)
        fl[i] = Vrai
    afficher(fl)
    mixed = [Vrai] * 3
    mixed[1] = 5
    si mixed[1]:
        afficher("five")
    mixed[2] = Faux
    afficher(mixed, mixed[2] est Faux)
    essayer:
        flags[n] = Vrai
    sauf IndexError comme e:
        afficher("E", e)
    essayer:
        si flags[n + 3]:
            afficher("no")
    sauf IndexError comme e:
        afficher("E", e)
    retour flags

f(5)
g = [Faux] * 3
déf h(xs, i):
    si xs[i]:
        retour 1
    xs[i] = Vrai
    retour 0
afficher(h(g, 1), h(g, 1), g)
k = [Vrai] * 4
si k[4]:
    afficher("never")
