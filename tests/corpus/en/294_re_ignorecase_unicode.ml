# re with IGNORECASE and \w, \d beyond ASCII: characters sharing an uppercase
# match each other (ς σ, ı i, ſ s), every script's letters are word characters.
import re
for pat, s in [("(?i)ß", "ẞ"), ("(?i)straße", "STRASSE"), ("(?i)việt", "VIỆT"), ("(?i)ᾀ", "ᾈ"), ("(?i)İ", "i"), ("(?i)σ", "ς"), ("(?i)ǆ", "ǅ"), ("\\w+", "שלום עולם"), ("\\d+", "x٣٤y"), ("(?i)ﬁ", "FI"), ("(?i)k", "\u212a"), ("\\w+", "Ⅻx½")]:
    m = re.search(pat, s)
    print(pat, s, m.group(0) if m else None)
print(re.sub("(?i)ա", "*", "Աաբ"), re.findall("\\w", "ა·ბ"))
for pat, s in [("(?i)i", "ı"), ("(?i)s", "ſ"), ("(?i)β", "ϐ"), ("(?i)[α-ω]+", "ΣΑΣς"), ("(?i)ι", "\u0345"), ("(?i)ǅ", "ǆ"), ("(?i)[ǅ]", "Ǆ"), ("(?i)ß", "ss"), ("(?i)ﬅ", "ﬆ"), ("(?i)µ", "Μ")]:
    m = re.search(pat, s)
    print(pat, s, m.group(0) if m else None)
for pat, s in [("(?i)\u0390", "\u1fd3"), ("(?i)\u1fe3", "\u03b0")]:
    m = re.search(pat, s)
    print(pat, s, m.group(0) if m else None)
