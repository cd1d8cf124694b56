# The heapq and bisect modules: heaps of ints, tuples, strings and user
# objects (the list after every push is CPython's), nlargest and nsmallest
# with and without keys (ties, stability, the n == 1 and n >= len
# shortcuts), merge (lazy, keys, reverse), bisect and insort with lo, hi
# and key, and CPython's errors.
取込 heapq
取込 bisect
から heapq 取込 heappush, heappop, nlargest, nsmallest
から bisect 取込 bisect_left, bisect_right, insort

heap = []
[5, 3, 8, 1, 9, 2, 7, 3, 3, 0, 6] 内の 各 x に対して:
    heappush(heap, x)
    表示(heap)
表示([heappop(heap) 毎 _ 中 範囲(5)], heap)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10, 4]
heapq.heapify(data)
表示(data)
表示(heapq.heapreplace(data, 6), data)
表示(heapq.heappushpop(data, -1), heapq.heappushpop(data, 5), data)
表示(heapq.heappushpop([], 3), heapq.heappushpop([2], 3))


関数 heapsort(items):
    h = []
    items 内の 各 item に対して:
        heappush(h, item)
    戻る [heappop(h) 毎 _ 中 範囲(長さ(h))]


表示(heapsort([31, 41, 59, 26, 53, 58, 97, 93, 23, 84]))
表示(heapsort(["pear", "apple", "fig", "banana", "cherry", "apple"]))

# a priority queue of (priority, count, task): equal priorities in order
tasks = []
counter = 0
[(2, "write"), (1, "read"), (3, "sleep"), (1, "eat"), (2, "code")] 内の 各 priority, task に対して:
    heappush(tasks, (priority, counter, task))
    counter += 1
表示(tasks)
tasks 間:
    p, c, t = heappop(tasks)
    表示(p, c, t, end="; ")
表示()

# a max-heap by negation, with big ints and floats
mh = []
[3, 10**20, -7, 2.5, 10**19] 内の 各 v に対して:
    heappush(mh, -v)
表示(mh, [-heappop(mh) 毎 _ 中 範囲(長さ(mh))])


クラス Job:
    compared = 0

    関数 __init__(self, cost, name):
        self.cost = cost
        self.name = name

    関数 __lt__(self, other):
        Job.compared += 1
        戻る self.cost < other.cost

    関数 __repr__(self):
        戻る f"{self.name}:{self.cost}"


jobs = [Job(c, n) 毎 c, n 中 [(5, "a"), (2, "b"), (5, "c"), (1, "d"), (2, "e"), (9, "f"), (1, "g")]]
jh = リスト(jobs)
heapq.heapify(jh)
表示(jh, Job.compared)
heappush(jh, Job(0, "h"))
表示(jh, Job.compared)
表示([heappop(jh) 毎 _ 中 範囲(4)], jh, Job.compared)

nums = [5, 1, 8, 3, 9, 2, 8, 7, 1]
表示(nlargest(3, nums), nsmallest(3, nums))
表示(nlargest(1, nums), nsmallest(1, nums), nlargest(1, []), nsmallest(0, nums), nlargest(-2, nums))
表示(nlargest(20, nums), nsmallest(9, nums), nlargest(4, イテレータ(nums)), nsmallest(4, (n * 2 毎 n 中 nums)))
words = "the quick brown fox jumps over the lazy dog".split()
表示(nsmallest(3, words), nlargest(3, words))
表示(nlargest(3, words, key=長さ), nsmallest(4, words, key=長さ))
表示(nlargest(1, words, key=長さ), nsmallest(1, words, key=長さ), nlargest(2, イテレータ(words), key=長さ))
表示(nlargest(9, words, key=長さ), nsmallest(5, イテレータ(words), key=ラムダ w: w[-1]))
pairs = [(1, "b"), (3, "a"), (1, "a"), (2, "c"), (3, "b")]
表示(nlargest(2, pairs), nsmallest(2, pairs), nsmallest(3, pairs, key=ラムダ p: p[1]))
表示(nlargest(3, jobs, key=ラムダ j: j.cost), nsmallest(3, jobs), nlargest(2, jobs))
scores = {"ann": 91, "bob": 78, "cy": 91, "dee": 85}
表示(nlargest(2, scores, key=ラムダ k: scores[k]), nsmallest(2, scores.items(), key=ラムダ kv: kv[1]))

表示(リスト(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9], [])))
runs = [[10, 40], [], [20, 30, 50], [25]]
表示(リスト(heapq.merge(*runs)), リスト(heapq.merge([0, 60], *runs, key=ラムダ v: v // 10)))
表示(リスト(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=長さ)))
表示(リスト(heapq.merge([9, 5, 1], [8, 4], [7, 3, 2], reverse=真)))
表示(リスト(heapq.merge([(1, "x"), (2, "y")], [(1, "a"), (2, "b")])))
表示(リスト(heapq.merge([1, 2], [1.0, 2.0], [真])), リスト(heapq.merge("ace", "bdf")))


関数 evens():
    n = 0
    n < 7 間:
        表示("yield", n)
        生成 n
        n += 2


m = heapq.merge(evens(), [3, 5])
表示("merge made")
表示(次(m), 次(m), 次(m))
表示(リスト(m), リスト(m))
表示(合計(heapq.merge(範囲(0, 100, 3), 範囲(1, 100, 3))))
表示(型(heapq.merge()).__name__, リスト(heapq.merge()))

a = [1, 2, 4, 4, 4, 7, 9]
表示(bisect_left(a, 4), bisect_right(a, 4), bisect.bisect(a, 4), bisect_left(a, 5), bisect_right(a, 0), bisect_left(a, 10))
表示(bisect_left(a, 4, 3), bisect_right(a, 4, 0, 4), bisect_left(a, 4, lo=4), bisect_right(a, 4, hi=2), bisect.bisect_left(a, 4, 1, hi=5))
表示(bisect.bisect(範囲(0, 100, 5), 42), bisect_left("acegi", "f"), bisect_right((1, 1, 2), 1), bisect_left(a, 4, 0, なし))


BREAKPOINTS = [60, 70, 80, 90]


関数 grade(score, grades="FDCBA"):
    戻る grades[bisect.bisect(BREAKPOINTS, score)]


表示([grade(s) 毎 s 中 [33, 99, 77, 70, 89, 90, 100]])

records = [("ann", 25), ("bob", 31), ("cy", 31), ("dee", 40)]
表示(bisect_left(records, 31, key=ラムダ r: r[1]), bisect_right(records, 31, key=ラムダ r: r[1]))
insort(records, ("eve", 31), key=ラムダ r: r[1])
bisect.insort_left(records, ("fay", 31), key=ラムダ r: r[1])
表示(records)

sl = []
[5, 1, 4, 1, 5, 9, 2, 6] 内の 各 v に対して:
    insort(sl, v)
表示(sl)
bisect.insort_left(sl, 5)
bisect.insort_right(sl, 5.0)
bisect.insort(sl, 0, 0, 0)
表示(sl)
names = []
["mo", "al", "zed", "bo"] 内の 各 n に対して:
    bisect.insort(names, n)
表示(names, bisect_left(jobs[:2], Job(3, "x")))


関数 attempt(label, f):
    試行:
        表示(label, f())
    例外 (TypeError, ValueError, IndexError, RuntimeError, AttributeError, OverflowError) として e:
        表示(label, "->", 型(e).__name__, e)


attempt("pop empty", ラムダ: heappop([]))
attempt("replace empty", ラムダ: heapq.heapreplace([], 1))
attempt("push tuple", ラムダ: heappush((1, 2), 3))
attempt("heapify str", ラムダ: heapq.heapify("abc"))
attempt("pop None", ラムダ: heappop(なし))
attempt("mixed", ラムダ: heappush([1, 2], "x"))
attempt("nlargest mixed", ラムダ: nlargest(2, [1, "a", 2]))
attempt("merge mixed", ラムダ: リスト(heapq.merge([1], ["a"])))
attempt("merge not iterable", ラムダ: リスト(heapq.merge([1], 2)))
attempt("nsmallest float n", ラムダ: nsmallest(2.0, イテレータ([3, 1])))
attempt("lo negative", ラムダ: bisect_left(a, 1, -1))
attempt("lo float", ラムダ: bisect_left(a, 1, 1.5))
attempt("hi str", ラムダ: bisect_right(a, 1, 0, "9"))
attempt("lo huge", ラムダ: bisect_right(a, 1, 2**80))
attempt("bisect int", ラムダ: bisect.bisect(5, 1))
attempt("bisect dict", ラムダ: bisect.bisect({1: 2}, 1))
attempt("bisect set", ラムダ: bisect.bisect({1, 2}, 1))
attempt("hi past end", ラムダ: bisect_left([1, 2], 5, 0, 4))
attempt("insort tuple", ラムダ: insort((1, 2), 3))
attempt("key not callable", ラムダ: nlargest(2, [3, 1, 2], key=3))
attempt("bisect mixed", ラムダ: bisect_left([1, 2, 3], "b"))


クラス Grows:
    関数 __init__(self, v, into):
        self.v = v
        self.into = into

    関数 __lt__(self, other):
        self.into.append(Grows(0, self.into))
        戻る self.v < other.v


g = []
g.append(Grows(2, g))
g.append(Grows(1, g))
attempt("changed size", ラムダ: heapq.heapify(g))

heapq.heapreplace([], 0)
