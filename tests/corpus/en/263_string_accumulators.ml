# Strings built by += and t = t + ... grow in place while one variable
# holds them; every copy taken on the way keeps its own value.

def caesar(text, shift):
    out = ""
    for c in text:
        if c.isalpha():
            base = ord("a") if c.islower() else ord("A")
            out += chr((ord(c) - base + shift) % 26 + base)
        else:
            out += c
    return out


print(caesar("Hello, World!", 3))
print(caesar(caesar("Hello, World!", 3), -3))

# copies taken while the string grows
s = "ab"
snapshots = []
for i in range(6):
    s += str(i)
    snapshots.append(s)
    if i % 2 == 0:
        alias = s
print(snapshots)
print(s, alias)

# a key in a dict, then grown
key = "k"
for i in range(3):
    key += "e"
table = {key: len(key)}
key += "y"
print(table, key, key in table)


# a global grown by a function it calls in its own right operand
log = "start"


def note(word):
    global log
    log += "/" + word
    return "+" + word


log += note("inner")
print(log)


def reset():
    global log
    log = "reset"
    return "!"


log = log + reset() + "?"
print(log)

# nothing appended when the right operand raises
tally = "tally"
for i in range(3):
    tally += "1"
try:
    tally = tally + "a" + str(1 // 0)
except ZeroDivisionError:
    print("kept", tally)
try:
    tally += str(int("x"))
except ValueError:
    print("kept", tally)

# len() of the growing string, word wrap
def wrap(words, width):
    lines = []
    line = ""
    for word in words:
        if len(line) + len(word) > width:
            lines.append(line.rstrip())
            line = ""
        line += word + " "
    lines.append(line.rstrip())
    return lines


for l in wrap("the quick brown fox jumps over the lazy dog".split() * 2, 16):
    print(repr(l))

# a string captured by an inner function, and one grown in a generator
def counter():
    text = ""

    def add(x):
        nonlocal text
        text += x
        return text

    add("a")
    add("b")
    return add("c")


print(counter())


def prefixes(word):
    acc = ""
    for ch in word:
        acc += ch
        yield acc


print(list(prefixes("wasm")))

# long strings and non-ASCII text
big = ""
for i in range(20000):
    big += "é" if i % 3 == 0 else "x"
print(len(big), big.count("é"), big[:5], big[-5:])
u = ""
for i in range(1000):
    u = u + str(i % 10) + "-"
print(len(u), u[-6:], u.count("9"))
t = ""
t += t
t += "tt"
t += t
print(t, len(t), t == "tttt", hash(t) == hash("tttt"))
