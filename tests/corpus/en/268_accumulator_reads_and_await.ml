# Reads of a string being grown that keep nothing of it (indexing,
# comparing, len, methods giving numbers), functions growing the same
# global in between, and `x op= await ...` reading x before the await.
import asyncio

s = ""
for i in range(2000):
    s += "ab"[i % 2]
    if s[-1] == "a" and s.endswith("a") and len(s) % 100 == 1 and s != "b":
        print(len(s), s.count("b"), s[-3:], end="; ")
print()
g = "ab"


def grow():
    global g
    g += "b"
    return "b"


print(g.count(grow()), g)
print(g == g + grow(), g)
print(g[len(grow())], g)
print(g < grow() + g, g, g.find("b", len(grow())), g)


def local_case():
    t = ""
    snaps = []
    for i in range(5):
        t += str(i)
        if t[-1] in "024":
            snaps.append(t)
        if t.startswith("01") and t.find("2") > 0:
            snaps.append(len(t))
    return t, snaps


print(local_case())

text = "a"
counter = 0
items = [0, 0]


class Box:
    value = 10


box = Box()


async def change():
    global text, counter
    text = "NEW"
    counter = 100
    items[0] = 100
    box.value = 100
    await asyncio.sleep(0)
    return 1


async def main():
    global text, counter
    text += str(await change())
    print(text)
    counter += await change()
    print(counter)
    items[0] += await change()
    print(items)
    box.value = 10
    box.value += await change()
    print(box.value, text, counter, items)
    parts = []
    parts += [await change()]
    print(parts)


asyncio.run(main())
