# Files: a loop over the lines of an 8 MB file, read() of it, and 200,000
# small writes, each timed inside the program (bench/README.md, "Files").
import time
t0 = time.perf_counter()
total = 0
n = 0
with open("big.txt") as f:
    for line in f:
        total += len(line)
        n += 1
t1 = time.perf_counter()
with open("big.txt") as f:
    text = f.read()
t2 = time.perf_counter()
with open("out.txt", "w") as g:
    for i in range(200000):
        g.write(str(i) + "\n")
t3 = time.perf_counter()
print(n, total, len(text))
print(f"lines {1000*(t1-t0):.1f} ms, read {1000*(t2-t1):.1f} ms, write {1000*(t3-t2):.1f} ms")
