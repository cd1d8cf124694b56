# ascii() and the !a conversion: repr with every non-ASCII character escaped
words = ["héllo", "naïve café", "日本", "emoji 😀", "plain"]
words ضمن لكل w:
    اطبع(ASCII(w), f"{w!a}", f"[{w!a:>14}]", f"{w!r}")
اطبع(ASCII({"ключ": ["значение", 1.5, لاشيء]}), ASCII(("ü",)), ASCII("x"))
اطبع(قائمة(طبّق(ASCII, ["ä", "b"])))
