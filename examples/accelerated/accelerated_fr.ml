# Les fonctions accélérées de la graine, écrites une fois et compilées en un
# seul module WebAssembly qu'un programme JS appelle par le chargeur de
# multilingual/host (voir README.md ici). Une liste passe la frontière en
# list[float] (un tableau JS ou un Float64Array) : une matrice est ses lignes
# l'une après l'autre, ses tailles à côté ; des octets sont leurs valeurs 0..255.


déf produit_matrices(a: liste[flottant], b: liste[flottant], n: entier, m: entier, p: entier) -> liste[flottant]:
    """(n x m) fois (m x p), ligne par ligne."""
    res = [0.0] * (n * p)
    pour i dans intervalle(n):
        pour k dans intervalle(m):
            aik = a[i * m + k]
            ligne = k * p
            base = i * p
            pour j dans intervalle(p):
                res[base + j] += aik * b[ligne + j]
    retour res


déf transposee(a: liste[flottant], lignes: entier, colonnes: entier) -> liste[flottant]:
    res = [0.0] * (lignes * colonnes)
    pour i dans intervalle(lignes):
        pour j dans intervalle(colonnes):
            res[j * lignes + i] = a[i * colonnes + j]
    retour res


déf determinant(a: liste[flottant], n: entier) -> flottant:
    """Élimination de Gauss avec pivot partiel."""
    m = [a[i] pour i dans intervalle(n * n)]
    det = 1.0
    pour c dans intervalle(n):
        pivot = c
        pour r dans intervalle(c + 1, n):
            si valeurabsolue(m[r * n + c]) > valeurabsolue(m[pivot * n + c]):
                pivot = r
        si m[pivot * n + c] == 0.0:
            retour 0.0
        si pivot != c:
            pour j dans intervalle(n):
                t = m[c * n + j]
                m[c * n + j] = m[pivot * n + j]
                m[pivot * n + j] = t
            det = -det
        d = m[c * n + c]
        det *= d
        pour r dans intervalle(c + 1, n):
            f = m[r * n + c] / d
            si f != 0.0:
                pour j dans intervalle(c, n):
                    m[r * n + j] -= f * m[c * n + j]
    retour det


déf fibonacci(n: entier) -> entier:
    a = 0
    b = 1
    pour i dans intervalle(n):
        a, b = b, a + b
    retour a


déf factorielle(n: entier) -> entier:
    r = 1
    pour i dans intervalle(2, n + 1):
        r *= i
    retour r


déf est_premier(n: entier) -> booléen:
    si n < 2:
        retour Faux
    si n % 2 == 0:
        retour n == 2
    i = 3
    tantque i * i <= n:
        si n % i == 0:
            retour Faux
        i += 2
    retour Vrai


déf pi_monte_carlo(tirages: entier, graine: entier) -> flottant:
    """Un générateur congruentiel linéaire à elle, pour que CPython et le
    module tirent les mêmes points."""
    x = graine % 2147483648
    dedans = 0
    pour i dans intervalle(tirages):
        x = (1103515245 * x + 12345) % 2147483648
        u = x / 2147483648.0
        x = (1103515245 * x + 12345) % 2147483648
        v = x / 2147483648.0
        si u * u + v * v <= 1.0:
            dedans += 1
    retour 4.0 * dedans / tirages


déf chiffre_xor(donnees: liste[flottant], cle: liste[flottant]) -> liste[entier]:
    n = longueur(cle)
    res = [0] * longueur(donnees)
    pour i dans intervalle(longueur(donnees)):
        res[i] = entier(donnees[i]) ^ entier(cle[i % n])
    retour res


déf flou(pixels: liste[flottant], largeur: entier, hauteur: entier) -> liste[flottant]:
    """Flou 3x3 d'une image en gris (ligne par ligne) ; un bord fait la moyenne de ce qu'il a."""
    res = [0.0] * (largeur * hauteur)
    pour y dans intervalle(hauteur):
        pour x dans intervalle(largeur):
            somme = 0.0
            nombre = 0
            pour dy dans intervalle(-1, 2):
                yy = y + dy
                si 0 <= yy < hauteur:
                    pour dx dans intervalle(-1, 2):
                        xx = x + dx
                        si 0 <= xx < largeur:
                            somme += pixels[yy * largeur + xx]
                            nombre += 1
            res[y * largeur + x] = somme / nombre
    retour res
