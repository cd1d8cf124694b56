# Big integers: arithmetic past 64 bits, exact and promoted on overflow
déf factorial(n):
    result = 1
    pour i dans intervalle(2, n + 1):
        result *= i
    retour result

déf fib(n):
    a, b = 0, 1
    pour _ dans intervalle(n):
        a, b = b, a + b
    retour a

afficher(factorial(30))
afficher(fib(100))
afficher(2 ** 64, -(2 ** 63) - 1, 2 ** 63 - 1)
big = 123456789012345678901234567890
afficher(big * big, big // 7, big % 7, -big // 7, -big % 7)
afficher(divmod(big, -12345), puissance(3, 200, 10 ** 9 + 7), puissance(2, -1, 97))
afficher(big >> 10, big << 3, -big >> 5, big & 0xFFFF, big | 1, big ^ -1, ~big)
afficher(valeurabsolue(-big), -big, +big, big == big + 0, big != big - 1, big > 2 ** 96, big < -big)
afficher(big / 3, flottant(big), big * 1.5, big == 1.2345678901234568e29)
afficher(hexadécimal(big), octal(2 ** 70), binaire(-(2 ** 65)), chaine(10 ** 30), représentation(-10 ** 25))
afficher(entier("9" * 40) + 1, entier("-ffffffffffffffffffff", 16), entier(1e30))
afficher(arrondir(big, -20), (2 ** 100).bit_length(), hachage(2 ** 64) == hachage(flottant(2 ** 64)))
afficher(f"{big:,}", f"{2 ** 70:x}", f"{-(2 ** 64):>30}", "%d" % (3 ** 50))
values = [2 ** 62, -(2 ** 62), 2 ** 61, -(2 ** 61), 2 ** 61 - 1, -(2 ** 61) - 1]
afficher(trier(values), somme(values), maximum(values), minimum(values))
afficher({2 ** 64: "a", 1: "b"}[2 ** 64], 2 ** 64 dans {2 ** 64}, longueur(chaine(7 ** 500)))
x = 1
pour k dans intervalle(70):
    x = x * 2 + 1
afficher(x, x.bit_length())
n = 2 ** 61 - 1
n += 1
afficher(n, n - 1, n * -1, -n - 1, n == 2 ** 61)
