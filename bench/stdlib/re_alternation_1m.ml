# re.findall of a pattern with alternation and classes (e-mail addresses,
# ISO dates, phone numbers) over 1 MiB of English-like text.
import re

para = ("The quick brown fox jumps over the lazy dog; e-mail bob.smith@example.com or "
        "call 555-1234 before 2026-12-03. Pack my box with five dozen liquor jugs! ")
text = (para * (1048576 // len(para) + 1))[:1048576]
found = re.findall(r"[\w.]+@\w+\.(?:com|org)|\d{4}-\d\d-\d\d|\d{3}-\d{4}", text)
print(len(found), found[:3])
caps = re.findall(r"\b[A-Z][a-z]+\b", text)
print(len(caps), caps[:3])
