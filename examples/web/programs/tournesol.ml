# Un tournesol : la graine k est posée à l'angle k × (angle d'or)
# et au rayon √k. La page appelle graines(t) à chaque image
# (t = secondes depuis « Run ») et dessine les points renvoyés ;
# t fait tourner la fleur.

PI = 3.141592653589793
ANGLE_OR = PI * (3 - 5 ** 0.5)

déf sinus(x):
    # Ramener x dans [-pi, pi], puis sommer la série de Taylor.
    tant que x > PI:
        x = x - 2 * PI
    tant que x < -PI:
        x = x + 2 * PI
    terme = x
    total = x
    pour n dans intervalle(1, 12):
        terme = -terme * x * x / ((2 * n) * (2 * n + 1))
        total = total + terme
    retour total

déf cosinus(x):
    retour sinus(x + PI / 2)

@mode_rendu("point_stream")
déf graines(t):
    points = []
    pour k dans intervalle(1, 700):
        r = k ** 0.5
        a = k * ANGLE_OR + t / 3
        points.append((r * cosinus(a), r * sinus(a)))
    retour points

g = graines(0.0)
afficher("Tournesol :", longueur(g), "graines")
afficher(f"angle d'or : {ANGLE_OR * 180 / PI:.4f} degrés")
pour k dans [1, 100, 699]:
    x, y = g[k - 1]
    afficher(f"  graine {k} : rayon {(x * x + y * y) ** 0.5:.3f}")
afficher("Dessin de graines(t) sur le canevas…")
