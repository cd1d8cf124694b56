class Counter:
    def __init__(self):
        self.n = 0

    def add(self, k):
        self.n += k
        return self.n

c = Counter()
total = 0
for i in range(1000000):
    total += c.add(i % 7)
print(total, c.n)
