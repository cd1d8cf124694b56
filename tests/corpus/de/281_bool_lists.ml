# Lists of bools made by [b] * n: read, written, converted, passed around.
importieren copy
importieren json
importieren heapq
importieren bisect
importieren random


def show(label, xs):
    ausgeben(label, laenge(xs), xs wenn laenge(xs) <= 12 sonst xs[:12])


flags = [Wahr] * 10
show("made", flags)
flags[0] = Falsch
flags[-1] = Falsch
flags[3] = Wahr
show("set", flags)
ausgeben(flags[0], flags[1], flags[-1], flags[-10])
ausgeben(flags[2] ist Wahr, flags[0] ist Falsch, typ(flags[4]).__name__)
versuchen:
    ausgeben(flags[10])
ausnahme IndexError als e:
    ausgeben("IndexError:", e)
versuchen:
    flags[-11] = Wahr
ausnahme IndexError als e:
    ausgeben("IndexError:", e)

pattern = [Wahr, Falsch, Falsch] * 4
show("pattern", pattern)
other = 3 * [Falsch]
show("rmul", other)
empty = [Wahr] * 0
show("empty", empty)
neg = [Falsch] * -5
show("neg", neg)

# every reader
ausgeben(summe(flags), irgendein(flags), alle(flags), flags.count(Wahr), flags.count(1), flags.index(Falsch))
ausgeben(Wahr in flags, 1 in flags, 1.0 in flags, Nichts in flags, 2 in flags)
ausgeben(sortiert(flags), liste(umgekehrt(flags))[:3], maximum(flags), minimum(flags))
ausgeben([i für i, f in aufzaehlen(flags) wenn f], liste(zippen(flags[:3], "abc")))
ausgeben(zeichenkette(flags[:4]), darstellung(flags[4:6]), f"{flags[6:8]}", json.dumps(flags[:5]))
ausgeben(flags == [Falsch, Wahr, Wahr, Wahr, Wahr, Wahr, Wahr, Wahr, Wahr, Falsch], flags < [Wahr], flags[:2] + [Nichts])
ausgeben(flags * 0, flags[::3], flags[::-4], flags[7:2:-2])
ausgeben(liste(abbilden(ganz, flags)), [nicht f für f in flags], [f für f in flags wenn nicht f])

# loops over them, while they change
marks = [Falsch] * 6
für i in bereich(laenge(marks)):
    wenn i % 2 == 0:
        marks[i] = Wahr
count = 0
für m in marks:
    wenn m:
        count += 1
ausgeben("count", count, marks)
grow = [Wahr] * 3
seen = 0
für g in grow:
    seen += 1
    wenn seen < 6:
        grow.append(nicht g)
ausgeben("grow", seen, grow)
shrink = [Falsch] * 8
n = 0
für s in shrink:
    n += 1
    shrink.pop()
ausgeben("shrink", n, shrink)

# another value turns it into a list of objects
mixed = [Falsch] * 5
mixed[1] = 1
mixed[2] = Nichts
mixed[3] = "yes"
mixed[4] = 2.5
ausgeben(mixed, [typ(x).__name__ für x in mixed])
mixed[1] = Wahr
ausgeben(mixed[1] ist Wahr, mixed)
alias = [Wahr] * 4
same = alias
same[2] = 0
ausgeben(alias, alias ist same, alias[2] == Falsch, alias[2] ist Falsch)

# methods
m = [Falsch] * 4
m.append(Wahr)
m.insert(0, Wahr)
m.extend([Falsch, 7])
ausgeben(m, m.pop(), m.pop(0), m)
m.remove(Falsch)
ausgeben(m, m.index(Wahr))
m.sort()
ausgeben(m)
m.reverse()
ausgeben(m)
m.clear()
ausgeben(m, laenge(m))
r = [Wahr, Falsch] * 3
r.sort(reverse=Wahr)
ausgeben(r)
c = [Falsch] * 3
ausgeben(c.copy(), copy.copy(c), copy.deepcopy(c), liste(c), c[:], c + c)
c += [Wahr]
ausgeben(c)
c *= 2
ausgeben(c)
d = [Wahr] * 5
loschen d[1]
loschen d[-1]
ausgeben(d)
d[1:3] = [Falsch, Falsch, Falsch]
ausgeben(d)
d[::2] = [Nichts, Nichts]
ausgeben(d)

# passed to functions, kept in containers, captured
def first_false(xs):
    für i in bereich(laenge(xs)):
        wenn nicht xs[i]:
            rückgabe i
    rückgabe -1


def flip(xs, i):
    xs[i] = nicht xs[i]


grid = [[Falsch] * 3 für _ in bereich(3)]
grid[1][1] = Wahr
flip(grid[0], 2)
ausgeben(grid, first_false(grid[1]), first_false([Wahr] * 4))
table = {"a": [Wahr] * 2}
table["a"][1] = Falsch
ausgeben(table)
visited = [Falsch] * 5


def visit(i):
    visited[i] = Wahr


visit(3)
visit(0)
ausgeben(visited, [i für i in bereich(5) wenn visited[i]])
closure_list = [Wahr] * 3
toggle = lambda i: closure_list.__setitem__(i, Falsch)
toggle(1)
ausgeben(closure_list)
a, b, *rest = [Wahr, Falsch] * 2
ausgeben(a, b, rest)
ausgeben(*([Falsch] * 3))
ausgeben(heapq.nsmallest(2, [Wahr, Falsch] * 3), bisect.bisect([Falsch] * 3 + [Wahr] * 2, Falsch))
rng = random.Random(4)
shuffled = [Wahr, Falsch, Falsch] * 3
rng.shuffle(shuffled)
ausgeben(shuffled)
versuchen:
    hashwert([Wahr] * 2)
ausnahme TypeError als e:
    ausgeben("TypeError:", e)
versuchen:
    ausgeben(",".join([Wahr] * 2))
ausnahme TypeError als e:
    ausgeben("TypeError:", e)

# a sieve, with an int stored mid-way
def primes(n):
    is_p = [Wahr] * (n + 1)
    is_p[0] = is_p[1] = Falsch
    i = 2
    solange i * i <= n:
        wenn is_p[i]:
            für j in bereich(i * i, n + 1, i):
                is_p[j] = Falsch
        i += 1
    rückgabe [k für k in bereich(n + 1) wenn is_p[k]]


ausgeben(primes(60))
big = [Falsch] * 20000
für k in bereich(0, 20000, 7):
    big[k] = Wahr
ausgeben(summe(big), big[19999], big[-2])
big[5] = 0
ausgeben(summe(big), big[5], big[7])
