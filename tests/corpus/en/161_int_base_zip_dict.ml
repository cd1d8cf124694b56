print(int("ff", 16), int("0b101", 0), int("0x1F", 16), int("-z", 36), int(" 1_000 ", 10), int("777", 8))
print(int("0o17", 0), int("101", 2), int("0", 0), int("-0x_ff", 0))
for bad, b in [("12", 2), ("010", 0), ("0x", 16), ("", 10), ("1__0", 10), ("g", 16)]:
    try:
        print(int(bad, b))
    except ValueError as e:
        print(e)
try:
    int("1", 1)
except ValueError as e:
    print(e)
print(list(zip([1,2],[3,4],[5,6])), list(zip("ab")), list(zip()), list(zip([1], "ab", (7, 8), [0])))
for a, b, c in zip("xy", [1, 2], [True, False]):
    print(a, b, c)
d = dict(a=1, b=[2])
print(d, dict(), dict(x="y"))
