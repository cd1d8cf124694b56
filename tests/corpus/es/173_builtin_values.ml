# Builtins of several arities as values: map(max, a, b), map(pow, ...), round and divmod through variables, and their argument errors
a, b = [1, 5, 3], [4, 2, 6]
imprimir(lista(mapear(maximo, a, b)), lista(mapear(minimo, a, b, [0, 9, 9])), lista(mapear(potencia, [2, 3], [10, 2])))
imprimir(lista(mapear(redondear, [1.234, 5.678], [1, 0])), lista(mapear(divmod, [7, -7], [2, 2])), lista(mapear(suma, [[1, 2], [3]])))
f = maximo
imprimir(f([3, 9, 2]), f(1, 2), ordenado([[3, 1], [2]], key=suma), lista(mapear(potencia, [2], [5], [7])))
g = redondear
imprimir(g(2.5), g(3.14159, 2))
((maximo, ()), (suma, (1, 2, 3)), (divmod, (1,)), (potencia, (2,))) para h, args:
    intentar:
        h(*args)
    excepto TypeError como e:
        imprimir("TypeError:", e)
    excepto ValueError como e:
        imprimir("ValueError:", e)
imprimir(invocable(maximo), maximo)
