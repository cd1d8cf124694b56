# random with a seed gives CPython's sequence; sys's arguments, streams and
# exit status.
import random
import sys
from random import randint, choice, shuffle

random.seed(2024)
rolls = [randint(1, 6) for _ in range(12)]
print(rolls, sum(rolls))
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
shuffle(deck)
print(deck[:5], choice(deck), random.sample(deck, 3))
print(random.choices("xyz", weights=[1, 2, 7], k=8), random.randrange(100, 200, 5))
print(round(random.uniform(10, 20), 6), random.getrandbits(40), random.random() < 1)
random.seed(7)
a = [random.random() for _ in range(3)]
random.seed(7)
print(a == [random.random() for _ in range(3)], random.expovariate(2.0) > 0)
print(sorted(random.sample(range(10**6), 4)), random.randbytes(4).hex())

print(sys.argv[1:], sys.maxsize)
name = sys.stdin.readline().strip()
count = int(sys.stdin.readline())
print(f"hello {name}" * count, repr(sys.stdin.readline()))
written = sys.stdout.write("no newline here")
sys.stdout.write("\n")
print(written)
try:
    sys.exit(2)
except SystemExit as e:
    print("exit code", e.code)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
sys.exit("bye: " + str(count))
