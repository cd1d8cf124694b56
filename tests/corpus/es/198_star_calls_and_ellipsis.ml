# zip(*rows) transposes; builtins of several arguments take star arguments;
# zip of many iterables; ... is the Ellipsis singleton.

grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
columns = [lista(c) para c en combinar(*grid)]
imprimir(columns)
imprimir([suma(c) para c en combinar(*grid)], lista(combinar(*[])))
imprimir(lista(combinar("ab", "cd", "ef", "gh", "ij", "kl")))
scores = [12, 7, 31, 4]
imprimir(maximo(*scores), minimo(*scores, 10), suma(*[scores]), divmod(*[17, 5]), potencia(*(2, 8)), redondear(*[3.14159, 2]))
pairs = [("x", 1), ("y", 2)]
names, values = combinar(*pairs)
imprimir(names, values)
zipper = combinar
imprimir(lista(zipper([1, 2], [3, 4])))

def later():
    ...

clase Protocol:
    def run(self): ...

imprimir(later(), Protocol().run(), ..., Ellipsis es ..., representacion(...), tipo(...).__name__)
imprimir([..., 1][0], {...: "dots"}[...], booleano(...))
