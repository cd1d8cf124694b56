# string's constants: a Caesar cipher and a character classifier.
importieren string
von string importieren ascii_lowercase als lower, digits


def caesar(text, shift):
    out = []
    für ch in text:
        wenn ch in lower:
            out.append(lower[(lower.index(ch) + shift) % 26])
        sonstwenn ch in string.ascii_uppercase:
            up = string.ascii_uppercase
            out.append(up[(up.index(ch) + shift) % 26])
        sonst:
            out.append(ch)
    rückgabe "".join(out)


def kinds(text):
    counts = {"letter": 0, "digit": 0, "space": 0, "punct": 0, "other": 0}
    für ch in text:
        wenn ch in string.ascii_letters:
            counts["letter"] += 1
        sonstwenn ch in digits:
            counts["digit"] += 1
        sonstwenn ch in string.whitespace:
            counts["space"] += 1
        sonstwenn ch in string.punctuation:
            counts["punct"] += 1
        sonst:
            counts["other"] += 1
    rückgabe counts


secret = caesar("Hello, World! 2024", 3)
ausgeben(secret, caesar(secret, -3))
ausgeben(kinds("Hello, World!\t42 ½"))
ausgeben(laenge(string.printable), string.hexdigits, string.octdigits)
ausgeben(darstellung(string.whitespace), string.punctuation)
