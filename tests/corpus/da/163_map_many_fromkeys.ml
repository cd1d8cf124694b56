skriv(liste(anvend(lambda x, y: x + y, [1, 2], [3, 4])))
definer f(a, b):
    returner a * b
skriv(liste(anvend(f, interval(3), interval(10))))
skriv(ordbog.fromkeys("ab", 0), ordbog.fromkeys([1, 2]))
d = ordbog.fromkeys(interval(3), [])
skriv(d)
