# slice objects: slice(), .start/.stop/.step, indexing, assignment and deletion with them, __getitem__ receiving a slice
s = segment(1, 5)
t = segment(3)
u = segment(Ingen, Ingen, -1)
xs = [0, 1, 2, 3, 4, 5, 6]
skriv(s, t, u, s.start, s.stop, s.step, t.stop)
skriv(xs[s], xs[t], xs[u], "abcdef"[s], (1, 2, 3, 4)[u], intervall(10)[segment(2, 8, 3)])
xs[segment(0, 2)] = ["a", "b", "c"]
skriv(xs)
ta_bort xs[segment(Ingen, Ingen, 2)]
skriv(xs)
skriv(s == segment(1, 5), s == segment(1, 5, 1), typ(s).__name__, har_attribut(s, "indices"))
klass Seq:
    definiera __getitem__(self, k):
        retur k
skriv(Seq()[1:3], Seq()[::2], Seq()[5])
forsok:
    hash(s)
utom TypeError som e:
    skriv("TypeError:", e)
forsok:
    xs[segment("a", 2)]
utom TypeError som e:
    skriv("TypeError:", e)
skriv(xs[segment(2 ** 70)], xs[segment(-2 ** 70, 2)])
