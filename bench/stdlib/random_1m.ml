# random after seed(): 10^6 random() and 10^5 randint() and choice().
import random

random.seed(12345)
total = 0.0
for i in range(1000000):
    total += random.random()
hits = 0
faces = [1, 2, 3, 4, 5, 6]
for i in range(100000):
    if random.randint(1, 6) == random.choice(faces):
        hits += 1
print(round(total, 6), hits)
