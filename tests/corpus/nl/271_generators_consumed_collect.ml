# Generators passed straight to sum(), list(), join() ... while their
# bodies allocate (the collector runs inside them)

definieer squares(n):
    voor i in bereik(n):
        box = [i] * 3
        lever box[0] * box[1]

definieer words(n):
    voor i in bereik(n):
        w = "w" + tekenreeks(i % 13) * (i % 4 + 1)
        lever w

definieer big(n):
    base = 10 ** 25
    voor i in bereik(n):
        base = base + i
        lever base * 2

definieer guarded(n, log):
    probeer:
        voor i in bereik(n):
            lever [i, tekenreeks(i)]
    eindelijk:
        log.append("closed " + tekenreeks(n))

definieer failing(n):
    voor i in bereik(n):
        als i == n - 1:
            werp ValueError("bad item " + tekenreeks(i))
        lever {"k": i}

definieer stops(n):
    voor i in bereik(n):
        lever i
    werp StopIteration

afdrukken(som(squares(12)))
afdrukken(som((x / 2 voor x in squares(12)), 0.25))
afdrukken(som(([x] voor x in squares(6)), []))
afdrukken(lijst(squares(12)))
afdrukken(tuple(w.upper() voor w in words(8)))
afdrukken(gesorteerd(verzameling(words(12))))
afdrukken(gesorteerd(bevroren_verzameling(lengte(w) voor w in words(12))))
afdrukken(gesorteerd(w[::-1] voor w in words(10)))
afdrukken(minimum(words(10)), maximum(words(10)))
afdrukken(minimum(squares(10)), maximum(x % 7 voor x in squares(10)))
afdrukken(enige(x > 50 voor x in squares(12)), alle(x < 10 voor x in squares(12)))
afdrukken(enige(x < 0 voor x in squares(10)), alle(lengte(w) > 1 voor w in words(10)))
afdrukken("-".join(words(10)))
afdrukken(", ".join(tekenreeks(x) voor x in squares(10)))
afdrukken(som(big(15)))
afdrukken(maximum(big(5)) - minimum(big(5)))

log = []
afdrukken(lengte(lijst(guarded(12, log))), log)
afdrukken(som(p[0] voor p in guarded(10, log)), log)

acc = [0]
acc.extend(x * 2 voor x in squares(8))
afdrukken(acc)
seen = {"start"}
seen.update(w voor w in words(6))
afdrukken(gesorteerd(seen))

afdrukken(woordenboek((w, lengte(w)) voor w in words(10)))
table = {"x": -1}
table.update((tekenreeks(x), [x] * 2) voor x in squares(5))
afdrukken(table)
probeer:
    afdrukken(woordenboek(x voor x in squares(3)))
behalve TypeError zoals e:
    afdrukken("TypeError:", e)
probeer:
    afdrukken(woordenboek([w, w, w] voor w in words(3)))
behalve ValueError zoals e:
    afdrukken("ValueError:", e)

probeer:
    afdrukken(lijst(failing(12)))
behalve ValueError zoals e:
    afdrukken("ValueError:", e)
probeer:
    afdrukken(som(d["k"] voor d in failing(10)))
behalve ValueError zoals e:
    afdrukken("ValueError:", e)
probeer:
    afdrukken(lijst(stops(5)))
behalve RuntimeError zoals e:
    afdrukken("RuntimeError:", e)

# nested: a generator whose body sums a generator expression
definieer rows(n):
    voor r in bereik(n):
        lever som(c * r voor c in bereik(r + 1))

afdrukken(lijst(rows(6)))
afdrukken(som(som(x voor x in bereik(r)) voor r in bereik(8)))

# a generator expression closing over variables of the function
definieer scaled(k, items):
    retourneer gesorteerd(tekenreeks(x * k) voor x in items als x % 2 == 0)

afdrukken(scaled(3, lijst(bereik(12))))

# many garbage-heavy passes in a row
total = 0
voor round_ in bereik(2):
    total += som(lengte(tekenreeks(i) * 50) voor i in bereik(10))
afdrukken(total)
afdrukken(lengte("".join(tekenreeks(i) * 20 voor i in bereik(20))))
