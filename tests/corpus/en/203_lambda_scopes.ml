# Lambdas holding lambdas, comprehensions and generator expressions: each
# is a scope of its own, closing over the parameters around it.
import itertools

make_adder = lambda n: lambda x: x + n
add3 = make_adder(3)
print(add3(4), make_adder(10)(1))

compose = lambda f, g: lambda x: f(g(x))
print(compose(str, lambda v: v * 2)(21))

doubled = lambda xs: [x * 2 for x in xs]
print(doubled([1, 2, 3]))

evens = lambda d: {k: v * 2 for k, v in d.items() if v % 2 == 0}
print(evens({"a": 1, "b": 2, "c": 4}))

shifted = lambda m: [[c + r for c in row] for r, row in enumerate(m)]
print(shifted([[1, 2], [3, 4]]))

letters = lambda s: {ch for ch in s if ch.isalpha()}
print(sorted(letters("a1b2a")))

# a generator expression in a lambda is lazy: an endless source is fine
first_over = lambda it, k: next(x for x in it if x > k)
print(first_over(itertools.count(), 10))
squares = lambda n: (q * q for q in range(n))
gen = squares(4)
print(type(gen).__name__, next(gen), list(gen))
print(sum((lambda a: (a + b for b in range(3)))(10)))

def scaler(k):
    return lambda xs: [x * k for x in xs if x > k]

print(scaler(2)([1, 2, 3, 4]))

# the comprehension's own variable shadows the lambda's parameter
shadow = lambda x: [x for x in range(x)]
print(shadow(3))

# defaults bind the value at creation
fs = [lambda x, m=m: x * m for m in range(3)]
print([f(10) for f in fs])
print(sorted(["bb", "a", "ccc"], key=lambda s: [ord(c) for c in s][0]))
