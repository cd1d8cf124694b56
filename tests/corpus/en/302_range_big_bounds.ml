# Range objects beyond the small int range (2**61): bounds, lengths, items,
# slices, membership, index/count, equality, hashing and iteration computed
# on big ints as CPython does; and index/count of every range.
r = range(3, 20, 4)
print(r.index(11), r.count(11), r.count(12), r.count(11.0), r.index(7.0), r.count("a"))
print(r[1:], r[::-1], list(reversed(r)), r == range(3, 20, 4), r[-1], r[-5])
f = r.index
g = getattr(r, "count")
print(f(15), g(3), g(4))
for bad in [12, "x", 2.5, None]:
    try:
        r.index(bad)
    except ValueError as e:
        print("ValueError:", e)
print(True in range(2), range(3).index(True), 3.5 in range(5), 2.0 in range(5), float("inf") in range(5))
print(10**20 in range(10**21), 5 in range(10**20), -5 in range(10**20), 10**20 in range(10**20, 0, -1))
print(hash(range(10**20)), hash(range(2**62, 2**63, 3)))
print(type(iter(range(2**62))).__name__, type(iter(range(2**63))).__name__, type(iter(range(2**62, 2**63, 2**61))).__name__)
print(type(reversed(range(10**20))).__name__)
big = range(-10**30, 10**30, 7 * 10**25)
print(big, len(big), big[0], big[-1], big[len(big) // 2], big[5:10], big[::-3][:4])
print(list(big[:3]), list(reversed(big))[:3], big.index(-10**30 + 14 * 10**25), big.count(0))
print(range(10**20, 10**20 + 10, 3)[1:], list(range(10**20, 10**20 + 10, 3)[::-1]))
print(range(2**61 - 3, 2**61 + 3)[2:4], list(range(-2**61 - 2, -2**61 + 2)))
try:
    range(10**20)[10**20]
except IndexError as e:
    print("IndexError:", e)
try:
    range(10**20)[-10**20 - 1]
except IndexError as e:
    print("IndexError:", e)
print(range(10**20)[-10**20], range(5)[10**30:], range(5)[-10**30:10**30:2])
try:
    range(1, 10**20, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(10**20)[::0]
except ValueError as e:
    print("ValueError:", e)
e20 = int("1" + "0" * 20)  # computed: a big int on the heap, not a constant
kept = range(e20 + 1, e20 * 10, -(-e20 // 10))
kept_iter = iter(range(e20 * 3, e20 * 4))
back_iter = reversed(range(e20 * 5, e20 * 6, 7))
junk = []
for i in range(3000):
    junk.append([i, str(i)])
print(kept, kept[3], len(kept), len(junk), next(kept_iter), next(kept_iter), next(back_iter))
m = {range(10**20): "a", range(5): "b"}
print(m[range(0, 10**20)], m[range(5)], range(10**20) != range(10**20 + 1), range(0) == range(10**20, 0))
print(sorted(range(2**61 - 1, 2**61 + 2)), max(range(10**20, 10**20 + 5)), any(range(10**20, 10**20 + 1)))
a, b, c = range(10**20, 10**20 + 3)
a, b, c = range(10**20, 10**20 + 3)
print(a, b, c, list(map(lambda x: x * 2, range(10**20, 10**20 + 2))), tuple(range(2**62, 2**62 + 2)))
r = range(10**20)
print(r[-1], 10**19 in r, 10**20 in r, -1 in r, repr(r), r.start, r.stop, r.step)
print(range(0, 10**20, 10**18)[3], range(0, 10**20, 10**18)[-1])
print(r[10**19:10**19 + 5], list(r[10**19:10**19 + 5]), r.index(10**19), r.count(10**19))
try:
    print(len(r))
except OverflowError as e:
    print("OverflowError:", e)
print(len(range(2**62)), len(range(-2**61, 2**61 - 1)), range(-2**61, 2**61 - 1)[-1])
print(bool(range(10**20, 10**20)), bool(r), range(-10**20, 10**20, 3)[5], range(10**20, -10**20, -7)[-2])
print(range(0, 10**30, 10**20)[::2][1:3], min(range(10**20, 10**20 + 3)), sum(range(10**20, 10**20 + 3)))
it = iter(range(2**61 - 1, 2**61 + 2))
print(next(it), next(it), next(it), next(it, "done"))
print(r[slice(10**19, 10**19 + 3)], r[slice(None, None, 10**19)], list(r[slice(-2, None)]), [1, 2, 3][slice(10**20)])
