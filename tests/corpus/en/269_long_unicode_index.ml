# Indexing, slicing and searching long strs of non-ASCII text: each
# position is found through an index of the str's code points, kept for
# the last few strs indexed and rebuilt after the collector runs.
def check(text):
    wrong = 0
    for pos in range(0, len(text), 7):
        if text[pos] != text[pos - len(text)]:
            wrong += 1
    return wrong


mixed = "a😀" * 50000
print(len(mixed), mixed[-1], mixed[-2], mixed[99999], mixed[12345:12350])
hits = 0
for k in range(100000):
    if mixed[-1] == "😀":
        hits += 1
print(hits)

accents = "é" * 3000 + "x" + "ü" * 3000
print(accents.find("x"), accents.index("x", 100), accents.rfind("x"))
print(accents.count("ü", 2990, 3010), accents.find("ü", 4000), accents.rfind("é", 0, 2500))
found = 0
for pos in range(len(accents)):
    if accents[pos] == "x":
        found = pos
print(found, accents[2998:3003], accents[-3:], accents[::1000])

# more strs than the index keeps, read in turns, with garbage between
texts = []
for n in range(9):
    texts.append(("ß" * (n + 1) + "z") * (300 + 40 * n))
total = 0
garbage = []
for turn in range(30):
    for text in texts:
        total += check(text)
        garbage.append([text[turn]] * 50)
        if len(garbage) > 100:
            garbage = []
print(total, [text[-1] + text[len(text) // 2] for text in texts])

# a str grown in place while it is indexed
grown = ""
bad = 0
for n in range(3000):
    grown += "ä" if n % 3 else "b"
    if grown[n] != grown[-1] or grown[n // 2] != ("b" if (n // 2) % 3 == 0 else "ä"):
        bad += 1
print(len(grown), bad, grown[1000:1006], grown.find("bää", 2500), grown.rfind("b"))
