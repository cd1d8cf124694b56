ausgeben(ganz("ff", 16), ganz("0b101", 0), ganz("0x1F", 16), ganz("-z", 36), ganz(" 1_000 ", 10), ganz("777", 8))
ausgeben(ganz("0o17", 0), ganz("101", 2), ganz("0", 0), ganz("-0x_ff", 0))
für bad, b in [("12", 2), ("010", 0), ("0x", 16), ("", 10), ("1__0", 10), ("g", 16)]:
    versuchen:
        ausgeben(ganz(bad, b))
    ausnahme ValueError als e:
        ausgeben(e)
versuchen:
    ganz("1", 1)
ausnahme ValueError als e:
    ausgeben(e)
ausgeben(liste(zippen([1,2],[3,4],[5,6])), liste(zippen("ab")), liste(zippen()), liste(zippen([1], "ab", (7, 8), [0])))
für a, b, c in zippen("xy", [1, 2], [Wahr, Falsch]):
    ausgeben(a, b, c)
d = wörterbuch(a=1, b=[2])
ausgeben(d, wörterbuch(), wörterbuch(x="y"))
