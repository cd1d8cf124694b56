# A generator expression inside a list, set or dict comprehension is a
# generator (it was evaluated into a list first): any() and next() stop
# early, an endless one works, and it sees the comprehension's variables
# when it runs, as CPython's.
import itertools
def f(v):
    print("eval", v)
    return v
print([any(f(x) for x in [1, 2, 3]) for _ in "a"])
print([next(x for x in [1, 2, 3]) for _ in "a"])
print([type(x for x in "ab").__name__ for _ in "a"])
print({k: next(x for x in [k, 2]) for k in "ab"})
print({sum(x for x in range(k)) for k in range(3)})
print([any(x > 5 for x in itertools.count()) for _ in range(2)])
ps = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]
print({n: next((p, n - p) for p in ps if n - p in set(ps)) for n in range(4, 40, 2)})
gens = [(x * k for x in range(3)) for k in range(3)]
print([list(g) for g in gens])
print([[y for y in (x + k for x in range(2))] for k in range(2)])
def f(n):
    return [sum(i * j for j in range(n)) for i in range(n)]
print(f(4))
print([list(a + b for a in range(b)) for b in range(3)])
