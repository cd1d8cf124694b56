# Big ints held in locals, temporaries, globals and generator frames stay
# alive while the collector runs in between (each churn() allocates MBs)
def churn(n):
    junk = []
    für i in bereich(n):
        junk.append([zeichenkette(i)] * 8)
    rückgabe laenge(junk)

def held_in_local(k):
    big = 7 ** 90 + k
    churn(20000)
    rückgabe big - 7 ** 90

def held_in_temporary(k):
    rückgabe (3 ** 80 + k) + churn(20000) - 3 ** 80

def powers(base):
    x = base ** 30
    solange Wahr:
        erzeugen x
        churn(5000)
        x = x * base

g_big = 11 ** 50
def reads_global():
    churn(20000)
    rückgabe g_big % 1000

total = 0
für k in bereich(5):
    total += held_in_local(k) + held_in_temporary(k)
ausgeben(total)
gen = powers(13)
ausgeben([naechstes(gen) % 1000 für _ in bereich(6)])
ausgeben(reads_global(), g_big.bit_length())
values = []
für i in bereich(3000):
    values.append(2 ** 70 + i)
    wenn i % 1000 == 999:
        churn(3000)
ausgeben(summe(values) - 3000 * 2 ** 70, minimum(values) == 2 ** 70, maximum(values) - 2 ** 70)
acc = 1
für i in bereich(1, 400):
    acc = acc * i + churn(10) - 10
ausgeben(laenge(zeichenkette(acc)), acc % 1000003)
