# ascii() and the !a conversion: repr with every non-ASCII character escaped
words = ["héllo", "naïve café", "日本", "emoji 😀", "plain"]
for w in words:
    print(ascii(w), f"{w!a}", f"[{w!a:>14}]", f"{w!r}")
print(ascii({"ключ": ["значение", 1.5, None]}), ascii(("ü",)), ascii("x"))
print(list(map(ascii, ["ä", "b"])))
