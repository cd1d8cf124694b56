# The heapq and bisect modules: heaps of ints, tuples, strings and user
# objects (the list after every push is CPython's), nlargest and nsmallest
# with and without keys (ties, stability, the n == 1 and n >= len
# shortcuts), merge (lazy, keys, reverse), bisect and insort with lo, hi
# and key, and CPython's errors.
importar heapq
importar bisect
desde heapq importar heappush, heappop, nlargest, nsmallest
desde bisect importar bisect_left, bisect_right, insort

heap = []
[5, 3, 8, 1, 9, 2, 7, 3, 3, 0, 6] para x:
    heappush(heap, x)
    imprimir(heap)
imprimir([heappop(heap) para _ en rango(5)], heap)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10, 4]
heapq.heapify(data)
imprimir(data)
imprimir(heapq.heapreplace(data, 6), data)
imprimir(heapq.heappushpop(data, -1), heapq.heappushpop(data, 5), data)
imprimir(heapq.heappushpop([], 3), heapq.heappushpop([2], 3))


def heapsort(items):
    h = []
    items para item:
        heappush(h, item)
    devolver [heappop(h) para _ en rango(longitud(h))]


imprimir(heapsort([31, 41, 59, 26, 53, 58, 97, 93, 23, 84]))
imprimir(heapsort(["pear", "apple", "fig", "banana", "cherry", "apple"]))

# a priority queue of (priority, count, task): equal priorities in order
tasks = []
counter = 0
[(2, "write"), (1, "read"), (3, "sleep"), (1, "eat"), (2, "code")] para priority, task:
    heappush(tasks, (priority, counter, task))
    counter += 1
imprimir(tasks)
mientras tasks:
    p, c, t = heappop(tasks)
    imprimir(p, c, t, end="; ")
imprimir()

# a max-heap by negation, with big ints and floats
mh = []
[3, 10**20, -7, 2.5, 10**19] para v:
    heappush(mh, -v)
imprimir(mh, [-heappop(mh) para _ en rango(longitud(mh))])


clase Job:
    compared = 0

    def __init__(self, cost, name):
        self.cost = cost
        self.name = name

    def __lt__(self, other):
        Job.compared += 1
        devolver self.cost < other.cost

    def __repr__(self):
        devolver f"{self.name}:{self.cost}"


jobs = [Job(c, n) para c, n en [(5, "a"), (2, "b"), (5, "c"), (1, "d"), (2, "e"), (9, "f"), (1, "g")]]
jh = lista(jobs)
heapq.heapify(jh)
imprimir(jh, Job.compared)
heappush(jh, Job(0, "h"))
imprimir(jh, Job.compared)
imprimir([heappop(jh) para _ en rango(4)], jh, Job.compared)

nums = [5, 1, 8, 3, 9, 2, 8, 7, 1]
imprimir(nlargest(3, nums), nsmallest(3, nums))
imprimir(nlargest(1, nums), nsmallest(1, nums), nlargest(1, []), nsmallest(0, nums), nlargest(-2, nums))
imprimir(nlargest(20, nums), nsmallest(9, nums), nlargest(4, iterador(nums)), nsmallest(4, (n * 2 para n en nums)))
words = "the quick brown fox jumps over the lazy dog".split()
imprimir(nsmallest(3, words), nlargest(3, words))
imprimir(nlargest(3, words, key=longitud), nsmallest(4, words, key=longitud))
imprimir(nlargest(1, words, key=longitud), nsmallest(1, words, key=longitud), nlargest(2, iterador(words), key=longitud))
imprimir(nlargest(9, words, key=longitud), nsmallest(5, iterador(words), key=lambda w: w[-1]))
pairs = [(1, "b"), (3, "a"), (1, "a"), (2, "c"), (3, "b")]
imprimir(nlargest(2, pairs), nsmallest(2, pairs), nsmallest(3, pairs, key=lambda p: p[1]))
imprimir(nlargest(3, jobs, key=lambda j: j.cost), nsmallest(3, jobs), nlargest(2, jobs))
scores = {"ann": 91, "bob": 78, "cy": 91, "dee": 85}
imprimir(nlargest(2, scores, key=lambda k: scores[k]), nsmallest(2, scores.items(), key=lambda kv: kv[1]))

imprimir(lista(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9], [])))
runs = [[10, 40], [], [20, 30, 50], [25]]
imprimir(lista(heapq.merge(*runs)), lista(heapq.merge([0, 60], *runs, key=lambda v: v // 10)))
imprimir(lista(heapq.merge(["apple", "fig"], ["banana", "kiwi"], key=longitud)))
imprimir(lista(heapq.merge([9, 5, 1], [8, 4], [7, 3, 2], reverse=Verdadero)))
imprimir(lista(heapq.merge([(1, "x"), (2, "y")], [(1, "a"), (2, "b")])))
imprimir(lista(heapq.merge([1, 2], [1.0, 2.0], [Verdadero])), lista(heapq.merge("ace", "bdf")))


def evens():
    n = 0
    mientras n < 7:
        imprimir("yield", n)
        producir n
        n += 2


m = heapq.merge(evens(), [3, 5])
imprimir("merge made")
imprimir(siguiente(m), siguiente(m), siguiente(m))
imprimir(lista(m), lista(m))
imprimir(suma(heapq.merge(rango(0, 100, 3), rango(1, 100, 3))))
imprimir(tipo(heapq.merge()).__name__, lista(heapq.merge()))

a = [1, 2, 4, 4, 4, 7, 9]
imprimir(bisect_left(a, 4), bisect_right(a, 4), bisect.bisect(a, 4), bisect_left(a, 5), bisect_right(a, 0), bisect_left(a, 10))
imprimir(bisect_left(a, 4, 3), bisect_right(a, 4, 0, 4), bisect_left(a, 4, lo=4), bisect_right(a, 4, hi=2), bisect.bisect_left(a, 4, 1, hi=5))
imprimir(bisect.bisect(rango(0, 100, 5), 42), bisect_left("acegi", "f"), bisect_right((1, 1, 2), 1), bisect_left(a, 4, 0, Nada))


BREAKPOINTS = [60, 70, 80, 90]


def grade(score, grades="FDCBA"):
    devolver grades[bisect.bisect(BREAKPOINTS, score)]


imprimir([grade(s) para s en [33, 99, 77, 70, 89, 90, 100]])

records = [("ann", 25), ("bob", 31), ("cy", 31), ("dee", 40)]
imprimir(bisect_left(records, 31, key=lambda r: r[1]), bisect_right(records, 31, key=lambda r: r[1]))
insort(records, ("eve", 31), key=lambda r: r[1])
bisect.insort_left(records, ("fay", 31), key=lambda r: r[1])
imprimir(records)

sl = []
[5, 1, 4, 1, 5, 9, 2, 6] para v:
    insort(sl, v)
imprimir(sl)
bisect.insort_left(sl, 5)
bisect.insort_right(sl, 5.0)
bisect.insort(sl, 0, 0, 0)
imprimir(sl)
names = []
["mo", "al", "zed", "bo"] para n:
    bisect.insort(names, n)
imprimir(names, bisect_left(jobs[:2], Job(3, "x")))


def attempt(label, f):
    intentar:
        imprimir(label, f())
    excepto (TypeError, ValueError, IndexError, RuntimeError, AttributeError, OverflowError) como e:
        imprimir(label, "->", tipo(e).__name__, e)


attempt("pop empty", lambda: heappop([]))
attempt("replace empty", lambda: heapq.heapreplace([], 1))
attempt("push tuple", lambda: heappush((1, 2), 3))
attempt("heapify str", lambda: heapq.heapify("abc"))
attempt("pop None", lambda: heappop(Nada))
attempt("mixed", lambda: heappush([1, 2], "x"))
attempt("nlargest mixed", lambda: nlargest(2, [1, "a", 2]))
attempt("merge mixed", lambda: lista(heapq.merge([1], ["a"])))
attempt("merge not iterable", lambda: lista(heapq.merge([1], 2)))
attempt("nsmallest float n", lambda: nsmallest(2.0, iterador([3, 1])))
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


clase Grows:
    def __init__(self, v, into):
        self.v = v
        self.into = into

    def __lt__(self, other):
        self.into.append(Grows(0, self.into))
        devolver self.v < other.v


g = []
g.append(Grows(2, g))
g.append(Grows(1, g))
attempt("changed size", lambda: heapq.heapify(g))

heapq.heapreplace([], 0)
