# sorted() of 200,000 (name, score) pairs with key=operator.itemgetter(1).
from operator import itemgetter

rows = []
x = 11
for i in range(200000):
    x = (x * 1103515245 + 12345) % 2147483648
    rows.append(("n" + str(i), x % 100000))
ranked = sorted(rows, key=itemgetter(1))
print(ranked[0], ranked[-1], len(ranked))
