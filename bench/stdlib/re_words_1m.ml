# re.findall of a word pattern over 1 MiB of English-like text.
import re

para = ("The quick brown fox jumps over the lazy dog; e-mail bob.smith@example.com or "
        "call 555-1234 before 2026-12-03. Pack my box with five dozen liquor jugs! ")
text = (para * (1048576 // len(para) + 1))[:1048576]
words = re.findall(r"\w+", text)
print(len(text), len(words), words[:4], words[-2:])
