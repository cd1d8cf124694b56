# A generator that only a for loop holds is closed when the loop is left by
# break: its finally block runs before the statement after the loop, as in
# CPython. One held by a name stays open.

definiera numbers(tag):
    forsok:
        n = 0
        medan Sant:
            ge n
            n += 1
    slutligen:
        skriv("closed", tag)


for n i numbers("first"):
    om n == 3:
        bryt
skriv("after the first loop")

total = 0
for n i (k * k for k i intervall(100)):
    total += n
    om total > 10:
        bryt
skriv("total", total)

for n i numbers("else"):
    om n == 1:
        bryt
annars:
    skriv("never")

kept = numbers("kept")
for n i kept:
    om n == 2:
        bryt
skriv("kept is still open:", nasta(kept))
kept.close()
skriv("done")
