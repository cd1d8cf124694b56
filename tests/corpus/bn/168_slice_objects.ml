# slice objects: slice(), .start/.stop/.step, indexing, assignment and deletion with them, __getitem__ receiving a slice
s = টুকরো(1, 5)
t = টুকরো(3)
u = টুকরো(কিছুনা, কিছুনা, -1)
xs = [0, 1, 2, 3, 4, 5, 6]
ছাপাও(s, t, u, s.start, s.stop, s.step, t.stop)
ছাপাও(xs[s], xs[t], xs[u], "abcdef"[s], (1, 2, 3, 4)[u], পরিসর(10)[টুকরো(2, 8, 3)])
xs[টুকরো(0, 2)] = ["a", "b", "c"]
ছাপাও(xs)
মুছো xs[টুকরো(কিছুনা, কিছুনা, 2)]
ছাপাও(xs)
ছাপাও(s == টুকরো(1, 5), s == টুকরো(1, 5, 1), ধরন(s).__name__, বৈশিষ্ট্য_আছে(s, "indices"))
শ্রেণি Seq:
    সংজ্ঞা __getitem__(self, k):
        ফেরত k
ছাপাও(Seq()[1:3], Seq()[::2], Seq()[5])
চেষ্টা:
    হ্যাশ(s)
ব্যতিক্রম TypeError হিসাবে e:
    ছাপাও("TypeError:", e)
চেষ্টা:
    xs[টুকরো("a", 2)]
ব্যতিক্রম TypeError হিসাবে e:
    ছাপাও("TypeError:", e)
ছাপাও(xs[টুকরো(2 ** 70)], xs[টুকরো(-2 ** 70, 2)])
