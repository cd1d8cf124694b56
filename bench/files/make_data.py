# The data of bench/files/read_write.ml: big.txt, 200,000 lines of six
# comma-separated ints (8,266,604 bytes), the same every time.
import random
random.seed(1)
with open("big.txt", "w") as f:
    for i in range(200000):
        f.write(",".join(str(random.randint(0, 10**6)) for _ in range(6)) + "\n")
