# collections.Counter over 10^6 words (a vocabulary of 5,000), then the
# most common ten.
from collections import Counter

words = []
x = 7
for i in range(1000000):
    x = (x * 1103515245 + 12345) % 2147483648
    words.append("w" + str(x % 5000))
counts = Counter(words)
print(len(counts), counts.most_common(3))
