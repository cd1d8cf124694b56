# Les fonctions accélérées de la graine, écrites une fois et compilées en un
# seul module WebAssembly qu'un programme JS appelle par le chargeur de
# multilingual/host (voir README.md ici). Les annotations disent ce que JS
# passe : une matrice liste[liste[flottant]] est un tableau de lignes
# (tableaux ou Float64Array), des octets un Uint8Array ; un entier résultat
# au-delà de 64 bits revient en BigInt.


déf produit_matrices(a: liste[liste[flottant]], b: liste[liste[flottant]]) -> liste[liste[flottant]]:
    """(n x m) fois (m x p), une matrice la liste de ses lignes."""
    m = longueur(b)
    p = longueur(b[0]) si m > 0 sinon 0
    res = []
    pour ai dans a:
        ligne = [0.0] * p
        pour k dans intervalle(m):
            aik = ai[k]
            bk = b[k]
            pour j dans intervalle(p):
                ligne[j] += aik * bk[j]
        res.append(ligne)
    retour res


déf transposee(a: liste[liste[flottant]]) -> liste[liste[flottant]]:
    lignes = longueur(a)
    colonnes = longueur(a[0]) si lignes > 0 sinon 0
    retour [[a[i][j] pour i dans intervalle(lignes)] pour j dans intervalle(colonnes)]


déf determinant(a: liste[liste[flottant]]) -> flottant:
    """Élimination de Gauss avec pivot partiel."""
    n = longueur(a)
    m = [liste(ligne) pour ligne dans a]
    det = 1.0
    pour c dans intervalle(n):
        pivot = c
        pour r dans intervalle(c + 1, n):
            si valeurabsolue(m[r][c]) > valeurabsolue(m[pivot][c]):
                pivot = r
        si m[pivot][c] == 0.0:
            retour 0.0
        si pivot != c:
            m[c], m[pivot] = m[pivot], m[c]
            det = -det
        haut = m[c]
        d = haut[c]
        det *= d
        pour r dans intervalle(c + 1, n):
            ligne = m[r]
            f = ligne[c] / d
            si f != 0.0:
                pour j dans intervalle(c, n):
                    ligne[j] -= f * haut[j]
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


déf chiffre_xor(donnees: octets, cle: octets) -> octets:
    n = longueur(cle)
    res = tableau_octets(longueur(donnees))
    pour i dans intervalle(longueur(donnees)):
        res[i] = donnees[i] ^ cle[i % n]
    retour octets(res)


déf flou(pixels: liste[liste[flottant]]) -> liste[liste[flottant]]:
    """Flou 3x3 d'une image en gris (une liste de lignes) ; un bord fait la moyenne de ce qu'il a."""
    hauteur = longueur(pixels)
    largeur = longueur(pixels[0]) si hauteur > 0 sinon 0
    res = []
    pour y dans intervalle(hauteur):
        ligne = [0.0] * largeur
        pour x dans intervalle(largeur):
            somme = 0.0
            nombre = 0
            pour dy dans intervalle(-1, 2):
                yy = y + dy
                si 0 <= yy < hauteur:
                    source = pixels[yy]
                    pour dx dans intervalle(-1, 2):
                        xx = x + dx
                        si 0 <= xx < largeur:
                            somme += source[xx]
                            nombre += 1
            ligne[x] = somme / nombre
        res.append(ligne)
    retour res
