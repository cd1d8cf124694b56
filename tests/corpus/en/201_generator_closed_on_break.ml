# A generator that only a for loop holds is closed when the loop is left by
# break: its finally block runs before the statement after the loop, as in
# CPython. One held by a name stays open.

def numbers(tag):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("closed", tag)


for n in numbers("first"):
    if n == 3:
        break
print("after the first loop")

total = 0
for n in (k * k for k in range(100)):
    total += n
    if total > 10:
        break
print("total", total)

for n in numbers("else"):
    if n == 1:
        break
else:
    print("never")

kept = numbers("kept")
for n in kept:
    if n == 2:
        break
print("kept is still open:", next(kept))
kept.close()
print("done")
