# Printing a 4,000-digit number (base conversion), 20 times.
n = 7 ** 4733
total = 0
for i in range(20):
    total += len(str(n + i))
print(total)
