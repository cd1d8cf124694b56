import itertools
from itertools import count, cycle, repeat, accumulate, chain, compress
from itertools import dropwhile, takewhile, filterfalse, groupby, islice
from itertools import pairwise, starmap, tee, zip_longest, product
from itertools import permutations, combinations, combinations_with_replacement


def show(label, thunk):
    try:
        print(label, thunk())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Num:
    # a user class counted by count() (it has __index__)
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __repr__(self):
        return "Num(" + str(self.v) + ")"


# count
c = count()
print(next(c), next(c), next(c))
print(list(islice(count(10), 5)))
print(list(islice(count(5, -2), 4)))
print(list(islice(count(1.5, 0.25), 4)))
print(list(islice(count(2, 0.5), 3)))
print(list(islice(count(step=3), 3)))
print(list(islice(count(Num(1), 2), 3)))
print(list(zip(count(1), "abc")))
print(next(x for x in count() if x * x > 50))
show("count('a')", lambda: count("a"))
show("count(1, 'a')", lambda: count(1, "a"))
big = count(2 ** 64)
print(next(big), next(big))

# cycle
print(list(islice(cycle("ab"), 5)))
print(list(islice(cycle([1, 2, 3]), 7)))
print(list(cycle([])))
cy = cycle(iter([1, 2]))
print([next(cy) for i in range(5)])
show("cycle(5)", lambda: cycle(5))

# repeat
print(list(repeat("x", 3)))
print(list(repeat(7, times=2)))
print(list(repeat(1, 0)), list(repeat(1, -4)))
print(list(islice(repeat([1]), 3)))
print(list(map(pow, range(5), repeat(2))))
show("repeat(1, None)", lambda: repeat(1, None))
show("repeat(1, 'a')", lambda: repeat(1, "a"))
show("repeat(1, 2.0)", lambda: repeat(1, 2.0))
print(list(repeat(object=5, times=2)))

# accumulate
print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([1, 2, 3, 4, 5], lambda a, b: a * b)))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2], max)))
print(list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate(["a", "b", "c"])))
print(list(accumulate([1.5, 2.5], initial=None)))
print(list(accumulate(range(6), lambda a, b: a - b, initial=0)))
show("accumulate(1)", lambda: accumulate(1))
show("accumulate bad add", lambda: list(accumulate([1, "a"])))

# chain
print(list(chain("ab", [1, 2], (3,), range(2))))
print(list(chain()))
print(list(chain.from_iterable(["abc", "de"])))
print(list(chain.from_iterable([])))
print(list(itertools.chain.from_iterable([[1], [], [2, 3]])))
ch = chain([1], [2, 3])
print(next(ch), list(ch))
print(type(ch).__name__)
print(sum(chain(range(4), range(10, 12))))
lazy = chain.from_iterable(repeat([1, 2]))
print(list(islice(lazy, 5)))
ok = chain(1)
show("chain(1) consumed", lambda: list(ok))
show("from_iterable(5)", lambda: chain.from_iterable(5))
print(sorted(chain({3, 1}, [2])))

# compress
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress("ABC", [True, True])))
print(list(compress(range(10), cycle([0, 1]))))
show("compress(1, [])", lambda: compress(1, []))
show("compress([], 1)", lambda: compress([], 1))

# dropwhile / takewhile / filterfalse
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(lambda x: True, [1, 2])), list(takewhile(lambda x: True, [1, 2])))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
it = iter([1, 2, 3, 10, 4])
print(list(takewhile(lambda x: x < 3, it)), list(it))
print(list(islice(dropwhile(lambda x: x < 3, count()), 3)))
show("takewhile(None, 1)", lambda: takewhile(None, 1))
def less_than_a(x):
    return x < "a"


show("dropwhile bad pred", lambda: list(dropwhile(less_than_a, [1])))

# groupby
print([k for k, g in groupby("AAAABBBCCDAABBB")])
print([list(g) for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "akee"]
for key, group in groupby(words, key=lambda w: w[0]):
    print(key, list(group))
for key, group in groupby(sorted(words, key=len), len):
    print(key, list(group))
print(list(groupby([])))
gb = groupby("aabbc")
k1, g1 = next(gb)
k2, g2 = next(gb)
print(k1, list(g1), k2, list(g2))
gb = groupby([1, 1, 1, 2])
k, g = next(gb)
print(k, next(g))
k, g2 = next(gb)
print(k, list(g2), list(g))
print(type(groupby("a")).__name__)
show("groupby(1)", lambda: groupby(1))
print([(k, list(g)) for k, g in groupby([1.0, 1, True, 2, 2.0])])

# islice
print(list(islice("ABCDEFG", 2)))
print(list(islice("ABCDEFG", 2, 4)))
print(list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)))
print(list(islice("ABCDEFG", None)))
print(list(islice("ABCDEFG", None, None, None)))
print(list(islice("ABCDEFG", 1, 100, 3)))
print(list(islice("ABC", 5, 10)))
print(list(islice(range(10), 0)))
print(list(islice(range(10), True)))
src = iter(range(10))
print(list(islice(src, 1, 6, 2)), next(src))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 4, 4)), next(src))
show("islice stop 'a'", lambda: islice([], "a"))
show("islice stop -1", lambda: islice([], -1))
show("islice stop -5", lambda: islice([], -5))
show("islice start 'a'", lambda: islice([], "a", 3))
show("islice start -1", lambda: islice([], -1, 3))
show("islice stop -1 of 3", lambda: islice([], 1, -1))
show("islice step 0", lambda: islice([], 1, 3, 0))
show("islice step -1", lambda: islice([], 1, 3, -1))
show("islice step 'x'", lambda: islice([], 1, 3, "x"))
show("islice stop 2**70", lambda: islice([], 2 ** 70))
show("islice one arg", lambda: islice([]))
show("islice five args", lambda: islice([], 1, 2, 3, 4))
show("islice(5, 3)", lambda: islice(5, 3))
show("islice(5, -1)", lambda: islice(5, -1))
show("islice float", lambda: islice([], 2.0))

# pairwise
print(list(pairwise("ABCDEFG")))
print(list(pairwise([1])), list(pairwise([])))
print(list(pairwise([None, None, 1])))
show("pairwise(1)", lambda: pairwise(1))

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda a=0, b=0: a + b, [(), (1,), (1, 2)])))
print(list(starmap(max, ["ab", "zy"])))
show("starmap(len, 1)", lambda: starmap(len, 1))
show("starmap bad args", lambda: list(starmap(pow, [1])))

# tee
a, b = tee([1, 2, 3])
print(list(a), list(b))
a, b, c = tee(iter("xyz"), 3)
print(next(a), next(a), next(b), list(c), list(a), list(b))
print(tee([1], 0), len(tee([1], 5)))
x, y = tee(count())
print(list(islice(x, 3)), list(islice(y, 5)), next(x))
show("tee n=-1", lambda: tee([1], -1))
show("tee n='a'", lambda: tee([1], "a"))
show("tee(1)", lambda: tee(1))

# zip_longest
print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest([])), list(zip_longest("ab")))
print(list(islice(zip_longest(count(), "ab"), 4)))
show("zip_longest([], 1)", lambda: zip_longest([], 1))

# product
print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("AB", [1, 2], repeat=2))[:5], len(list(product("AB", [1, 2], repeat=2))))
print(list(product()), list(product(repeat=3)), list(product([], [1])))
print(list(product("ab", repeat=0)))
print(len(list(product(range(4), range(5), range(6)))))
print(next(product(range(1000), repeat=10)))
show("product repeat=-1", lambda: product([1], repeat=-1))
show("product repeat='a'", lambda: product([1], repeat="a"))
show("product(1)", lambda: product(1))

# permutations
print(list(permutations("ABC")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 0)), list(permutations([1, 2], 3)), list(permutations([])))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
print(list(permutations("aab", 2)))
show("permutations r=-1", lambda: permutations([1], -1))
show("permutations r='a'", lambda: permutations([1], "a"))
show("permutations(5)", lambda: permutations(5))

# combinations
print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 3)))
print(list(combinations([1, 2], 0)), list(combinations([1, 2], 3)), list(combinations([], 0)))
print(len(list(combinations(range(20), 4))))
show("combinations r=-1", lambda: combinations([1], -1))
show("combinations r='a'", lambda: combinations([1], "a"))
show("combinations(5, 2)", lambda: combinations(5, 2))
show("combinations(5, 'a')", lambda: combinations(5, "a"))
show("combinations(5, -1)", lambda: combinations(5, -1))

# combinations_with_replacement
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement(range(3), 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement("ab", 0)))
print(len(list(combinations_with_replacement(range(10), 4))))
show("cwr r=-1", lambda: combinations_with_replacement([1], -1))
show("cwr r=1.5", lambda: combinations_with_replacement([1], 1.5))
show("cwr(5, -1)", lambda: combinations_with_replacement(5, -1))
show("permutations(5, 'a')", lambda: permutations(5, "a"))
show("tee(5, -1)", lambda: tee(5, -1))
show("product(5, repeat=-1)", lambda: product(5, repeat=-1))

# recipes from CPython's documentation
def take(n, iterable):
    return list(islice(iterable, n))


def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)


def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))


def unique_justseen(iterable, key=None):
    return (next(g) for k, g in groupby(iterable, key))


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


print(take(4, count(7, 7)))
print(list(flatten([[1, 2], [3], []])))
print(list(powerset([1, 2, 3])))
print(list(unique_justseen("AAAABBBCCDAABBB")))
print(list(unique_justseen("ABBcCAD", str.lower)))
print(list(grouper("ABCDEFG", 3, "x")))
print(sum(1 for p in permutations(range(5)) if p[0] < p[-1]))
print(dict((k, len(list(g))) for k, g in groupby(sorted("mississippi"))))
