# Reading the input: sys.stdin.readline(), then `for line in sys.stdin`,
# then nothing is left for read() and readlines().
import sys

count = int(sys.stdin.readline())
scores = {}
for line in sys.stdin:
    line = line.strip()
    if not line:
        continue
    name, points = line.rsplit(" ", 1)
    scores[name] = scores.get(name, 0) + int(points)
print(count, "players expected,", len(scores), "found")
for name in sorted(scores, key=scores.get, reverse=True):
    print(f"{name:<10}{scores[name]:>4}")
print(repr(sys.stdin.read()), sys.stdin.readlines(), type(sys.stdin).__name__)
