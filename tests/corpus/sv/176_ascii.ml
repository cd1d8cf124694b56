# ascii() and the !a conversion: repr with every non-ASCII character escaped
words = ["héllo", "naïve café", "日本", "emoji 😀", "plain"]
for w i words:
    skriv(ascii(w), f"{w!a}", f"[{w!a:>14}]", f"{w!r}")
skriv(ascii({"ключ": ["значение", 1.5, Ingen]}), ascii(("ü",)), ascii("x"))
skriv(lista(avbilda(ascii, ["ä", "b"])))
