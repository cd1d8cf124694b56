# Render modes: a polyline and a point stream, called by the program too.

@mode_rendu("polyline")
déf wave(t):
    points = []
    pour i dans intervalle(40):
        x = i / 4.0
        points.append((x, (x - t) * (x - t) / 10.0))
    retour points

@mode_rendu("point_stream")
déf grid(n):
    retour [(i % n, i // n) pour i dans intervalle(n * n)]

déf centre(points):
    sx = 0.0
    sy = 0.0
    pour p dans points:
        sx += p[0]
        sy += p[1]
    retour (sx / longueur(points), sy / longueur(points))

w = wave(1.5)
afficher(longueur(w), w[0], w[-1])
afficher(centre(w))
g = grid(3)
afficher(g)
afficher(centre(g))
