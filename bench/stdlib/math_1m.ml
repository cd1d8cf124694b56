# The math module's float functions in a loop of 10^6.
import math

total = 0.0
for i in range(1, 1000001):
    x = i * 0.001
    total += math.sqrt(x) + math.sin(x) * math.cos(x) + math.log(x) + math.exp(-x)
print(round(total, 6))
