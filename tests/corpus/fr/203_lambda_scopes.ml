# Lambdas holding lambdas, comprehensions and generator expressions: each
# is a scope of its own, closing over the parameters around it.
importer itertools

make_adder = lambda n: lambda x: x + n
add3 = make_adder(3)
afficher(add3(4), make_adder(10)(1))

compose = lambda f, g: lambda x: f(g(x))
afficher(compose(chaine, lambda v: v * 2)(21))

doubled = lambda xs: [x * 2 pour x dans xs]
afficher(doubled([1, 2, 3]))

evens = lambda d: {k: v * 2 pour k, v dans d.items() si v % 2 == 0}
afficher(evens({"a": 1, "b": 2, "c": 4}))

shifted = lambda m: [[c + r pour c dans row] pour r, row dans énumérer(m)]
afficher(shifted([[1, 2], [3, 4]]))

letters = lambda s: {ch pour ch dans s si ch.isalpha()}
afficher(trier(letters("a1b2a")))

# a generator expression in a lambda is lazy: an endless source is fine
first_over = lambda it, k: suivant(x pour x dans it si x > k)
afficher(first_over(itertools.count(), 10))
squares = lambda n: (q * q pour q dans intervalle(n))
gen = squares(4)
afficher(type_de(gen).__name__, suivant(gen), liste(gen))
afficher(somme((lambda a: (a + b pour b dans intervalle(3)))(10)))

déf scaler(k):
    retour lambda xs: [x * k pour x dans xs si x > k]

afficher(scaler(2)([1, 2, 3, 4]))

# the comprehension's own variable shadows the lambda's parameter
shadow = lambda x: [x pour x dans intervalle(x)]
afficher(shadow(3))

# defaults bind the value at creation
fs = [lambda x, m=m: x * m pour m dans intervalle(3)]
afficher([f(10) pour f dans fs])
afficher(trier(["bb", "a", "ccc"], key=lambda s: [ordinal(c) pour c dans s][0]))
