counter = 0


déf bump(step=1):
    global counter
    counter += step
    retour counter


déf power(base: flottant, exp: entier = 2) -> flottant:
    result = 1.0
    pour _ dans intervalle(exp):
        result *= base
    retour result


déf gcd(a, b):
    tantque b:
        t = b
        b = a % b
        a = t
    retour a


déf fact(n: entier) -> entier:
    si n <= 1:
        retour 1
    retour n * fact(n - 1)


déf is_even(n):
    si n == 0:
        retour Vrai
    retour is_odd(n - 1)


déf is_odd(n):
    si n == 0:
        retour Faux
    retour is_even(n - 1)


déf describe(name, age=30, city="Paris"):
    afficher(name, "is", age, "and lives in", city)


bump()
bump(5)
afficher(bump(step=10))
afficher(power(3.0), power(2.0, 10), power(exp=3, base=0.5))
afficher(fact(10), fact(20), gcd(1071, 462))
afficher(is_even(10), is_odd(7), is_even(7))
describe("Ada")
describe("Alan", 41)
describe("Grace", city="Arlington")
describe(city="Oslo", name="Linus", age=54)
