# A missing key in `d[k] += 1` raises KeyError at the subscript.
counts = {"a": 1}
for word in ["a", "a", "b"]:
    if word in counts:
        counts[word] += 1
print(counts)
counts["b"] += 1
