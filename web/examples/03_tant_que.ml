# Tant que (une boucle en français)
déf fibonacci(n):
    soit a = 0
    soit b = 1
    soit compteur = 0
    tant que compteur < n:
        soit temp = b
        b = a + b
        a = temp
        compteur = compteur + 1
    retour a

soit k = 0
tant que k < 10:
    afficher(k, fibonacci(k))
    k = k + 1
