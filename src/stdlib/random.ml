"""Random numbers (CPython's random).

The module's functions are the private module _random's, in C in the
runtime (src/runtime/rt_random*.c): CPython 3.11's generator (MT19937, its
seeding) and each function's algorithm, bit for bit. Written here, in the
language: Random, a generator of its own with the same functions as
methods (each swaps its state with the module's for the call), and
SystemRandom.
Differences from CPython, because of what the compiler offers so far:
- a subclass of Random overriding random() does not change what the other
  methods draw (they are the C functions, which draw from the generator);
- SystemRandom draws from the generator seeded by the system's entropy
  (WASI's random_get) instead of os.urandom for every call.
"""
from _random import (random, uniform, triangular, randint, randrange, getrandbits, choice, choices, shuffle, sample,
                     randbytes, gauss, normalvariate, lognormvariate, expovariate, vonmisesvariate, gammavariate,
                     betavariate, paretovariate, weibullvariate, getstate, setstate)
import _random

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint", "choice", "sample", "randrange",
           "shuffle", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
           "triangular", "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate", "setstate",
           "getrandbits", "choices", "randbytes"]


def seed(a=None, version=2):
    """Initialize the random number generator (random.py's Random.seed:
    version 1 hashes a str or bytes as Python 2 did; version 2, the
    default, takes all of its bits)."""
    if version == 1 and isinstance(a, (str, bytes)):
        a = a.decode("latin-1") if isinstance(a, bytes) else a
        x = ord(a[0]) << 7 if a else 0
        for c in map(ord, a):
            x = ((1000003 * x) ^ c) & 0xFFFFFFFFFFFFFFFF
        x ^= len(a)
        a = -2 if x == -1 else x
    elif version == 2 and isinstance(a, (str, bytes, bytearray)):
        pass
    elif not isinstance(a, (type(None), int, float, str, bytes, bytearray)):
        raise TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.")
    _random.seed(a)


class Random:
    """A random number generator of its own: Random(x) is seeded by x as
    random.seed(x) seeds the module's (None: from the system)."""

    def __init__(self, x=None):
        self._state = _random._blank()
        self.seed(x)

    def seed(self, a=None, version=2):
        _random._swap(self._state)
        try:
            return seed(a, version)
        finally:
            _random._swap(self._state)

    def random(self):
        _random._swap(self._state)
        try:
            return _random.random()
        finally:
            _random._swap(self._state)

    def uniform(self, a, b):
        _random._swap(self._state)
        try:
            return _random.uniform(a, b)
        finally:
            _random._swap(self._state)

    def triangular(self, low=0.0, high=1.0, mode=None):
        _random._swap(self._state)
        try:
            return _random.triangular(low, high, mode)
        finally:
            _random._swap(self._state)

    def randint(self, a, b):
        _random._swap(self._state)
        try:
            return _random.randint(a, b)
        finally:
            _random._swap(self._state)

    def randrange(self, start, stop=None, step=1):
        _random._swap(self._state)
        try:
            return _random.randrange(start, stop, step)
        finally:
            _random._swap(self._state)

    def getrandbits(self, k):
        _random._swap(self._state)
        try:
            return _random.getrandbits(k)
        finally:
            _random._swap(self._state)

    def choice(self, seq):
        _random._swap(self._state)
        try:
            return _random.choice(seq)
        finally:
            _random._swap(self._state)

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        _random._swap(self._state)
        try:
            return _random.choices(population, weights, cum_weights=cum_weights, k=k)
        finally:
            _random._swap(self._state)

    def shuffle(self, x):
        _random._swap(self._state)
        try:
            return _random.shuffle(x)
        finally:
            _random._swap(self._state)

    def sample(self, population, k, *, counts=None):
        _random._swap(self._state)
        try:
            return _random.sample(population, k, counts=counts)
        finally:
            _random._swap(self._state)

    def randbytes(self, n):
        _random._swap(self._state)
        try:
            return _random.randbytes(n)
        finally:
            _random._swap(self._state)

    def gauss(self, mu=0.0, sigma=1.0):
        _random._swap(self._state)
        try:
            return _random.gauss(mu, sigma)
        finally:
            _random._swap(self._state)

    def normalvariate(self, mu=0.0, sigma=1.0):
        _random._swap(self._state)
        try:
            return _random.normalvariate(mu, sigma)
        finally:
            _random._swap(self._state)

    def lognormvariate(self, mu, sigma):
        _random._swap(self._state)
        try:
            return _random.lognormvariate(mu, sigma)
        finally:
            _random._swap(self._state)

    def expovariate(self, lambd):
        _random._swap(self._state)
        try:
            return _random.expovariate(lambd)
        finally:
            _random._swap(self._state)

    def vonmisesvariate(self, mu, kappa):
        _random._swap(self._state)
        try:
            return _random.vonmisesvariate(mu, kappa)
        finally:
            _random._swap(self._state)

    def gammavariate(self, alpha, beta):
        _random._swap(self._state)
        try:
            return _random.gammavariate(alpha, beta)
        finally:
            _random._swap(self._state)

    def betavariate(self, alpha, beta):
        _random._swap(self._state)
        try:
            return _random.betavariate(alpha, beta)
        finally:
            _random._swap(self._state)

    def paretovariate(self, alpha):
        _random._swap(self._state)
        try:
            return _random.paretovariate(alpha)
        finally:
            _random._swap(self._state)

    def weibullvariate(self, alpha, beta):
        _random._swap(self._state)
        try:
            return _random.weibullvariate(alpha, beta)
        finally:
            _random._swap(self._state)

    def getstate(self):
        _random._swap(self._state)
        try:
            return _random.getstate()
        finally:
            _random._swap(self._state)

    def setstate(self, state):
        _random._swap(self._state)
        try:
            return _random.setstate(state)
        finally:
            _random._swap(self._state)


class SystemRandom(Random):
    """Random numbers from the system's entropy: seed() does nothing."""

    def __init__(self, x=None):
        Random.__init__(self, None)

    def seed(self, *args, **kwds):
        return None

    def getstate(self):
        raise NotImplementedError("System entropy source does not have state.")

    def setstate(self, state):
        raise NotImplementedError("System entropy source does not have state.")
