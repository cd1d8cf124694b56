x = 1
print(x)
x = 2.5
print(x, x * 2, x + 1, -x)
x = "now a string"
print(x, len(x))
def half(n):
    if n % 2 == 0:
        return n // 2
    return None
print(half(10), half(7))
v = half(8)
if v is not None and v > 3:
    print("big", v)
print(min(4.5, 2), max(1, 2.5, True))
ex = 2
print(2 ** ex, 2 ** -ex, 10 ** (ex - 4))
print("a" in "cat", "z" not in "cat")
for i in range(3):
    x = i
print(x)
y = None
for k in range(2):
    y = k if k else "zero"
    print(repr(y))
