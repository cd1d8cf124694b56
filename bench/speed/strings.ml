# String building: str() of n ints joined by commas, a string grown by one
# character n times (+=), and one grown by concatenation of three strings.
def build(n):
    parts = []
    for i in range(n):
        parts.append(str(i))
    s = ",".join(parts)
    t = ""
    for i in range(n):
        t += chr(97 + i % 26)
    u = ""
    for i in range(n // 10):
        u = u + str(i % 10) + "-"
    print(len(s), s.count("7"), len(t), t.count("z"), len(u), u[-4:])


build(50000)
