# heapq over 10^6 items: push them all, then pop them all (a heap sort).
import heapq

heap = []
x = 12345
for i in range(1000000):
    x = (x * 1103515245 + 12345) % 2147483648
    heapq.heappush(heap, x)
total = 0
prev = -1
ordered = True
while heap:
    v = heapq.heappop(heap)
    if v < prev:
        ordered = False
    prev = v
    total += v % 1000
print(total, ordered)
