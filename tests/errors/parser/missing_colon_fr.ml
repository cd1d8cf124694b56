# Français.
x = 1
si x > 0
    afficher(x)
