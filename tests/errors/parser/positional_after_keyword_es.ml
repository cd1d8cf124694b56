# Un argumento posicional después de uno con nombre
si 1 > 0:
    imprimir(sep="-", 1)
