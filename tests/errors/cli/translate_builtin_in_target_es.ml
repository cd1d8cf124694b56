# `lista` is Spanish for `list` (--lang en: alone, this program reads as Spanish).
lista = [1]
print(lista)
