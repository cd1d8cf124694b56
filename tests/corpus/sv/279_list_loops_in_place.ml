# for loops and comprehensions over lists read the items in place, as
# CPython's list iterator does: items appended by the body are reached, a
# list cut short ends the loop, rebinding the name changes nothing, and
# every other iterable (subclasses included) keeps its own protocol.


definiera ident(x):
    retur x


klass Backwards(lista):
    definiera __iter__(self):
        retur iterator(lista(omvand(self)))


klass Plain(lista):
    passera


definiera walk(xs):
    out = []
    for x i xs:
        out.append(x)
    retur out


definiera grow(xs):
    seen = []
    for x i xs:
        seen.append(x)
        om langd(xs) < 6:
            xs.append(x * 10)
    retur seen, xs


definiera shrink(xs):
    seen = []
    for x i xs:
        seen.append(x)
        om xs:
            xs.pop()
    retur seen, xs


definiera rebind(xs):
    seen = []
    for x i xs:
        seen.append(x)
        xs = [99]
    retur seen, xs


definiera replace_items(xs):
    seen = []
    for i_, x i numrera(xs):
        seen.append(x)
        om i_ + 1 < langd(xs):
            xs[i_ + 1] = "changed"
    retur seen


definiera search(xs, want):
    for x i xs:
        om x == want:
            skriv("found", want)
            bryt
    annars:
        skriv("no", want)


definiera nested(xs):
    pairs = []
    for a i xs:
        for b i xs:
            om a < b:
                pairs.append((a, b))
    retur pairs


definiera failing(xs):
    total = 0
    forsok:
        for x i xs:
            total += 10 // x
    utom ZeroDivisionError som e:
        skriv("ZeroDivisionError:", e, total)
    retur total


things = [ident([1, 2, 3]), ident((4, 5)), ident("ab"), ident({"k": 1, "j": 2}), ident({7}), ident(intervall(3)),
          ident(Backwards([1, 2, 3])), ident(Plain([8, 9])), ident(x * x for x i intervall(3)), ident([]), ident(iterator([5, 6]))]
for t i things:
    skriv(typ(t).__name__, walk(t))
skriv(grow(ident([1, 2])))
skriv(shrink(ident([1, 2, 3, 4, 5])))
skriv(rebind(ident([1, 2, 3])))
skriv(replace_items(ident([1, 2, 3])))
search(ident([3, 1, 4, 1, 5]), 4)
search(ident([3, 1, 4, 1, 5]), 9)
skriv(nested(ident([3, 1, 2])))
skriv(failing(ident([1, 2, 0, 4])))
data = ident([5, 3, 8, 1])
skriv([x * 2 for x i data om x > 2], {x: x % 3 for x i data}, {x % 2 for x i data}, summa(x for x i data))
skriv([y for y i ident(Backwards([1, 2]))], [(a, b) for a i data for b i ident([0, 1]) om a > 4])
rows = ident([[1, 2], [3, 4]])
skriv([v for row i rows for v i row])
typed = [1, 2, 3]
for v i typed:
    om v < 3:
        typed.append(v + 10)
skriv(typed)
for bad i [ident(5), ident(Ingen)]:
    forsok:
        for x i bad:
            passera
    utom TypeError som e:
        skriv("TypeError:", e)
for x i ident(3):
    passera
