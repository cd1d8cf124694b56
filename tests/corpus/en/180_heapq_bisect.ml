# The heapq and bisect modules: heaps of ints, tuples, strings and user
# objects (the list after every push is CPython's), nlargest and nsmallest
# with and without keys (ties, stability, the n == 1 and n >= len
# shortcuts), merge (lazy, keys, reverse), bisect and insort with lo, hi
# and key, and CPython's errors.
import heapq
import bisect
from heapq import heappush, heappop, nlargest, nsmallest
from bisect import bisect_left, bisect_right, insort

heap = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 3, 0, 6]:
    heappush(heap, x)
    print(heap)
print([heappop(heap) for _ in range(5)], heap)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10, 4]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 6), data)
print(heapq.heappushpop(data, -1), heapq.heappushpop(data, 5), data)
print(heapq.heappushpop([], 3), heapq.heappushpop([2], 3))


def heapsort(items):
    h = []
    for item in items:
        heappush(h, item)
    return [heappop(h) for _ in range(len(h))]


print(heapsort([31, 41, 59, 26, 53, 58, 97, 93, 23, 84]))
print(heapsort(["pear", "apple", "fig", "banana", "cherry", "apple"]))

# a priority queue of (priority, count, task): equal priorities in order
tasks = []
counter = 0
for priority, task in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat"), (2, "code")]:
    heappush(tasks, (priority, counter, task))
    counter += 1
print(tasks)
while tasks:
    p, c, t = heappop(tasks)
    print(p, c, t, end="; ")
print()

# a max-heap by negation, with big ints and floats
mh = []
for v in [3, 10**20, -7, 2.5, 10**19]:
    heappush(mh, -v)
print(mh, [-heappop(mh) for _ in range(len(mh))])


class Job:
    compared = 0

    def __init__(self, cost, name):
        self.cost = cost
        self.name = name

    def __lt__(self, other):
        Job.compared += 1
        return self.cost < other.cost

    def __repr__(self):
        return f"{self.name}:{self.cost}"


jobs = [Job(c, n) for c, n in [(5, "a"), (2, "b"), (5, "c"), (1, "d"), (2, "e"), (9, "f"), (1, "g")]]
jh = list(jobs)
heapq.heapify(jh)
print(jh, Job.compared)
heappush(jh, Job(0, "h"))
print(jh, Job.compared)
print([heappop(jh) for _ in range(4)], jh, Job.compared)

nums = [5, 1, 8, 3, 9, 2, 8, 7, 1]
print(nlargest(3, nums), nsmallest(3, nums))
print(nlargest(1, nums), nsmallest(1, nums), nlargest(1, []), nsmallest(0, nums), nlargest(-2, nums))
print(nlargest(20, nums), nsmallest(9, nums), nlargest(4, iter(nums)), nsmallest(4, (n * 2 for n in nums)))
words = "the quick brown fox jumps over the lazy dog".split()
print(nsmallest(3, words), nlargest(3, words))
print(nlargest(3, words, key=len), nsmallest(4, words, key=len))
print(nlargest(1, words, key=len), nsmallest(1, words, key=len), nlargest(2, iter(words), key=len))
print(nlargest(9, words, key=len), nsmallest(5, iter(words), key=lambda w: w[-1]))
pairs = [(1, "b"), (3, "a"), (1, "a"), (2, "c"), (3, "b")]
print(nlargest(2, pairs), nsmallest(2, pairs), nsmallest(3, pairs, key=lambda p: p[1]))
print(nlargest(3, jobs, key=lambda j: j.cost), nsmallest(3, jobs), nlargest(2, jobs))
scores = {"ann": 91, "bob": 78, "cy": 91, "dee": 85}
print(nlargest(2, scores, key=lambda k: scores[k]), nsmallest(2, scores.items(), key=lambda kv: kv[1]))

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9], [])))
runs = [[10, 40], [], [20, 30, 50], [25]]
print(list(heapq.merge(*runs)), list(heapq.merge([0, 60], *runs, key=lambda v: v // 10)))
print(list(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=len)))
print(list(heapq.merge([9, 5, 1], [8, 4], [7, 3, 2], reverse=True)))
print(list(heapq.merge([(1, "x"), (2, "y")], [(1, "a"), (2, "b")])))
print(list(heapq.merge([1, 2], [1.0, 2.0], [True])), list(heapq.merge("ace", "bdf")))


def evens():
    n = 0
    while n < 7:
        print("yield", n)
        yield n
        n += 2


m = heapq.merge(evens(), [3, 5])
print("merge made")
print(next(m), next(m), next(m))
print(list(m), list(m))
print(sum(heapq.merge(range(0, 100, 3), range(1, 100, 3))))
print(type(heapq.merge()).__name__, list(heapq.merge()))

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect_left(a, 4), bisect_right(a, 4), bisect.bisect(a, 4), bisect_left(a, 5), bisect_right(a, 0), bisect_left(a, 10))
print(bisect_left(a, 4, 3), bisect_right(a, 4, 0, 4), bisect_left(a, 4, lo=4), bisect_right(a, 4, hi=2), bisect.bisect_left(a, 4, 1, hi=5))
print(bisect.bisect(range(0, 100, 5), 42), bisect_left("acegi", "f"), bisect_right((1, 1, 2), 1), bisect_left(a, 4, 0, None))


BREAKPOINTS = [60, 70, 80, 90]


def grade(score, grades="FDCBA"):
    return grades[bisect.bisect(BREAKPOINTS, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

records = [("ann", 25), ("bob", 31), ("cy", 31), ("dee", 40)]
print(bisect_left(records, 31, key=lambda r: r[1]), bisect_right(records, 31, key=lambda r: r[1]))
insort(records, ("eve", 31), key=lambda r: r[1])
bisect.insort_left(records, ("fay", 31), key=lambda r: r[1])
print(records)

sl = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(sl, v)
print(sl)
bisect.insort_left(sl, 5)
bisect.insort_right(sl, 5.0)
bisect.insort(sl, 0, 0, 0)
print(sl)
names = []
for n in ["mo", "al", "zed", "bo"]:
    bisect.insort(names, n)
print(names, bisect_left(jobs[:2], Job(3, "x")))


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, IndexError, RuntimeError, AttributeError, OverflowError) as e:
        print(label, "->", type(e).__name__, e)


attempt("pop empty", lambda: heappop([]))
attempt("replace empty", lambda: heapq.heapreplace([], 1))
attempt("push tuple", lambda: heappush((1, 2), 3))
attempt("heapify str", lambda: heapq.heapify("abc"))
attempt("pop None", lambda: heappop(None))
attempt("mixed", lambda: heappush([1, 2], "x"))
attempt("nlargest mixed", lambda: nlargest(2, [1, "a", 2]))
attempt("merge mixed", lambda: list(heapq.merge([1], ["a"])))
attempt("merge not iterable", lambda: list(heapq.merge([1], 2)))
attempt("nsmallest float n", lambda: nsmallest(2.0, iter([3, 1])))
attempt("lo negative", lambda: bisect_left(a, 1, -1))
attempt("lo float", lambda: bisect_left(a, 1, 1.5))
attempt("hi str", lambda: bisect_right(a, 1, 0, "9"))
attempt("lo huge", lambda: bisect_right(a, 1, 2**80))
attempt("bisect int", lambda: bisect.bisect(5, 1))
attempt("bisect dict", lambda: bisect.bisect({1: 2}, 1))
attempt("bisect set", lambda: bisect.bisect({1, 2}, 1))
attempt("hi past end", lambda: bisect_left([1, 2], 5, 0, 4))
attempt("insort tuple", lambda: insort((1, 2), 3))
attempt("key not callable", lambda: nlargest(2, [3, 1, 2], key=3))
attempt("bisect mixed", lambda: bisect_left([1, 2, 3], "b"))


class Grows:
    def __init__(self, v, into):
        self.v = v
        self.into = into

    def __lt__(self, other):
        self.into.append(Grows(0, self.into))
        return self.v < other.v


g = []
g.append(Grows(2, g))
g.append(Grows(1, g))
attempt("changed size", lambda: heapq.heapify(g))

heapq.heapreplace([], 0)
