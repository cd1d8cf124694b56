# A text of n words made of 2 or 3 syllables chosen by a linear congruential
# generator, split and counted in a dict.
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "so", "vi", "pe", "du"]


def make_text(n):
    words = []
    x = 7
    for i in range(n):
        x = (x * 1664525 + 1013904223) % 4294967296
        w = SYLLABLES[x % 10] + SYLLABLES[(x >> 8) % 10]
        if (x >> 16) % 4 == 0:
            w += SYLLABLES[(x >> 20) % 10]
        words.append(w)
    return " ".join(words)


def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


counts = count_words(make_text(500000))
top = 0
top_word = ""
squares = 0
for w in counts:
    c = counts[w]
    squares = (squares + c * c) % 1000000007
    if c > top or (c == top and w < top_word):
        top = c
        top_word = w
print(len(counts), top, top_word, squares)
