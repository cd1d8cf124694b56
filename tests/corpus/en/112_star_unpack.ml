a, *b = [1]
print(a, b)
*a, b, c = (1, 2)
print(a, b, c)
first, *middle, last = "héllo"
print(first, middle, last)
for x, *ys in [(1, 2, 3), (4,), "ab"]:
    print(x, ys)
p, q, *r = range(5)
print(p, q, r)
head, *tail = []
