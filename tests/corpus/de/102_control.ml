def classify(n):
    wenn n < 0:
        rückgabe "negative"
    sonstwenn n == 0:
        rückgabe "zero"
    sonstwenn n < 10:
        rückgabe "small"
    sonst:
        rückgabe "large"


für v in bereich(-1, 12, 4):
    ausgeben(v, classify(v))
total = 0
für i in bereich(10, 0, -3):
    total += i
ausgeben("total", total)
n = 0
solange Wahr:
    n += 1
    wenn n % 3 == 0:
        weiter
    wenn n > 10:
        abbrechen
    ausgeben("n", n)
für i in bereich(3):
    für j in bereich(3):
        wenn j == i:
            abbrechen
        ausgeben(i, j)
sonst:
    ausgeben("outer done")
k = 5
solange k > 0:
    k -= 2
sonst:
    ausgeben("while else", k)
für i in bereich(100):
    wenn i * i > 50:
        ausgeben("first square above 50:", i)
        abbrechen
sonst:
    ausgeben("none")
ausgeben(i)
für i in bereich(0):
    ausgeben("never")
count = 0
für i in bereich(1, 1001):
    wenn i % 7 == 0 oder i % 11 == 0:
        count += 1
ausgeben(count)
