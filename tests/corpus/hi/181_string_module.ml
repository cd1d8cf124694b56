# string's constants: a Caesar cipher and a character classifier.
आयात string
से string आयात ascii_lowercase रूपमें lower, digits


परिभाषा caesar(text, shift):
    out = []
    text में ch के_लिए:
        ch में lower अगर:
            out.append(lower[(lower.index(ch) + shift) % 26])
        अन्यथा_अगर ch में string.ascii_uppercase:
            up = string.ascii_uppercase
            out.append(up[(up.index(ch) + shift) % 26])
        वरना:
            out.append(ch)
    वापसी "".join(out)


परिभाषा kinds(text):
    counts = {"letter": 0, "digit": 0, "space": 0, "punct": 0, "other": 0}
    text में ch के_लिए:
        ch में string.ascii_letters अगर:
            counts["letter"] += 1
        अन्यथा_अगर ch में digits:
            counts["digit"] += 1
        अन्यथा_अगर ch में string.whitespace:
            counts["space"] += 1
        अन्यथा_अगर ch में string.punctuation:
            counts["punct"] += 1
        वरना:
            counts["other"] += 1
    वापसी counts


secret = caesar("Hello, World! 2024", 3)
छापो(secret, caesar(secret, -3))
छापो(kinds("Hello, World!\t42 ½"))
छापो(लंबाई(string.printable), string.hexdigits, string.octdigits)
छापो(प्रतिनिधि(string.whitespace), string.punctuation)
