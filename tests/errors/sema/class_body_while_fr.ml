# Français : une boucle tant que dans le corps d'une classe n'est pas encore prise en charge.
classe Compteur:
    n = 0
    tant que n < 3:
        n += 1
