# Every code point of the first two planes (and every 61st of the others):
# its case mappings and classes, hashed by blocks of 4,096.
def props(ch):
    return (ch.isalpha() + 2 * ch.isdecimal() + 4 * ch.isdigit() + 8 * ch.isnumeric() + 16 * ch.isupper()
            + 32 * ch.islower() + 64 * ch.istitle() + 128 * ch.isidentifier() + 256 * ("a" + ch).isidentifier()
            + 512 * ch.isalnum())


def block_hash(lo, hi, step):
    h = 0
    for c in range(lo, hi, step):
        if 0xD800 <= c < 0xE000:
            continue
        ch = chr(c)
        s = ch.upper() + ch.lower() + ch.title() + ch.casefold() + ch.swapcase() + ch.capitalize()
        for x in s:
            h = (h * 31 + ord(x)) % 1000000007
        h = (h * 1031 + props(ch) + len(s)) % 1000000007
    return h


for lo in range(0, 0x20000, 0x1000):
    print(hex(lo), block_hash(lo, lo + 0x1000, 1))
print("rest", block_hash(0x20000, 0x110000, 61))
words = ["ΟΔΥΣΣΕΥΣ", "ΑΣ", "ΑΣ'", "Σ", "ΑΣ'Α", "ΑΣ\u0345", "ΑΣ\u0301Β", "Σ.Σ", "ὈΔΥΣΣΕΎΣ ΣΑΣ", "ΣΑΣ ΑΣ!"]
for w in words:
    print(w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold())
