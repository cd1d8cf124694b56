# string's constants: a Caesar cipher and a character classifier.
import string
from string import ascii_lowercase as lower, digits


def caesar(text, shift):
    out = []
    for ch in text:
        if ch in lower:
            out.append(lower[(lower.index(ch) + shift) % 26])
        elif ch in string.ascii_uppercase:
            up = string.ascii_uppercase
            out.append(up[(up.index(ch) + shift) % 26])
        else:
            out.append(ch)
    return "".join(out)


def kinds(text):
    counts = {"letter": 0, "digit": 0, "space": 0, "punct": 0, "other": 0}
    for ch in text:
        if ch in string.ascii_letters:
            counts["letter"] += 1
        elif ch in digits:
            counts["digit"] += 1
        elif ch in string.whitespace:
            counts["space"] += 1
        elif ch in string.punctuation:
            counts["punct"] += 1
        else:
            counts["other"] += 1
    return counts


secret = caesar("Hello, World! 2024", 3)
print(secret, caesar(secret, -3))
print(kinds("Hello, World!\t42 ½"))
print(len(string.printable), string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation)
