# Builtin types' methods as values and called through the type: key=str.lower, map(str.upper, ...), str.split(s, "="), list.append.
words = ["Banana", "apple", "Cherry"]
afficher(trier(words, key=chaine.lower), liste(appliquer(chaine.upper, words)), liste(appliquer(chaine.strip, [" a ", "b "])))
afficher(liste(appliquer(longueur, words)), trier(words, key=chaine.casefold si Faux sinon chaine.lower, reverse=Vrai))
lines = ["x=1", "y=2"]
afficher([chaine.split(l, "=") pour l dans lines], liste(appliquer(chaine.title, ["hello world"])))
f = liste.append
xs = []
f(xs, 3)
afficher(xs, chaine.join("-", ["a", "b"]))
essayer:
    chaine.lower(5)
sauf TypeError comme e:
    afficher("TypeError:", e)
