def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"


for v in range(-1, 12, 4):
    print(v, classify(v))
total = 0
for i in range(10, 0, -3):
    total += i
print("total", total)
n = 0
while True:
    n += 1
    if n % 3 == 0:
        continue
    if n > 10:
        break
    print("n", n)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
else:
    print("outer done")
k = 5
while k > 0:
    k -= 2
else:
    print("while else", k)
for i in range(100):
    if i * i > 50:
        print("first square above 50:", i)
        break
else:
    print("none")
print(i)
for i in range(0):
    print("never")
count = 0
for i in range(1, 1001):
    if i % 7 == 0 or i % 11 == 0:
        count += 1
print(count)
