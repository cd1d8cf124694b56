def count(start=0):
    n = start
    mientras Verdadero:
        producir n
        n += 1

imprimir(siguiente(x para x en count() si x > 10))
squares = (x * x para x en rango(5))
imprimir(squares.__class__.__name__ si Falso sino tipo(squares).__name__)
imprimir(siguiente(squares), siguiente(squares), lista(squares))

def f(words, k):
    lens = (longitud(w) + k para w en words si w)
    devolver ordenado(lens)
imprimir(f(["a", "", "abc"], 10))

def log(x):
    imprimir("log", x)
    devolver x
g = (log(x) para x en [1, 2, 3])
imprimir("made")
imprimir(alguno(v > 1 para v en g))
imprimir(lista(g))
imprimir(suma(x * y_ para x en rango(4) para y_ en rango(x)))
pairs = [(a, b) para a en rango(3) para b en (c * 2 para c en rango(a))]
imprimir(pairs)
imprimir(diccionario((k, v) para k, v en combinar("ab", (1, 2))))
imprimir(" ".join(cadena(i) para i en rango(5)))
imprimir(todos(c.isdigit() para c en "123"), minimo(longitud(s) para s en ["aa", "b"]))
total = 0
para sq en (i * i para i en rango(4)):
    total += sq
imprimir(total)
n = 3
gen = (i * n para i en rango(3))
n = 10
imprimir(lista(gen))
