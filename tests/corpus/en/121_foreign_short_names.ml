# English, written with names that are words of other languages: `lista` is
# `list` in es it pt pl fi sv, `de` is Portuguese for `from`, `sinosi`
# Spanish for `elif`. Detection counts them; the program only parses as
# English, so check, build and translate all read it as English.
lista = [3, 1, 2]
for x in lista:
    print(x, len(lista), lista[0], sorted(lista))
de = 10
sinosi = de + 1
print(de, sinosi)
