import random
from random import randint, choice

random.seed(42)
print(random.random(), randint(1, 6), choice("abc"), random.gauss(), random.normalvariate())
r = random.Random(7)
s = random.Random(7)
print(r.randint(1, 100), s.randint(1, 100), r.random(), s.random())
print([r.choice([1, 2, 3]) for _ in range(5)], r.sample(range(10), 3), r.uniform(1, 2), r.gauss(0, 1))
deck = list(range(10))
r.shuffle(deck)
print(deck, random.random())
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
print(a == [r.random() for _ in range(3)], len(state), len(state[1]), state[0])
g = random.getstate()
x = random.randint(1, 10 ** 9)
random.setstate(g)
print(x == random.randint(1, 10 ** 9))
r.seed("hello")
print(r.random(), r.choices("xyz", weights=[1, 2, 3], k=4), r.randrange(0, 100, 5), r.getrandbits(20))
t = random.Random()
print(0 <= t.random() < 1, isinstance(random.SystemRandom().random(), float))
try:
    r.randrange(5, 1)
except ValueError as e:
    print(e)
try:
    random.setstate((2, (), None))
except ValueError as e:
    print(e)
from random import Random, gauss as gauss_fn

rng = Random(2024)
print([rng.randrange(10) for _ in range(8)], rng.triangular(0, 10, 3), gauss_fn(5, 2), rng.betavariate(2, 3))
print(rng.expovariate(1.5), rng.vonmisesvariate(1, 2), rng.gammavariate(2, 1), rng.paretovariate(3), rng.weibullvariate(1, 2))
print(rng.lognormvariate(0, 1), rng.normalvariate(), rng.randbytes(4), rng.sample([1, 2, 3], 2, counts=[1, 1, 2]))

for a in ("abc", b"abc", "", 12345, 3.5, None):
    for v in (1, 2):
        if a is None:
            continue
        random.seed(a, version=v)
        print(repr(a), v, random.random(), random.randint(1, 100))
r = random.Random()
r.seed("hello", version=1)
print(r.random(), r.getrandbits(8))
try:
    random.seed([1, 2])
except TypeError as e:
    print(e)
