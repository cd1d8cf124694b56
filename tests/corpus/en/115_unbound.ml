def pick(flag):
    if flag:
        chosen = "yes"
    return chosen


def first_even(values):
    for v in values:
        if v % 2 == 0:
            found = v
            break
    return found


print(pick(True), first_even([3, 4, 6]))
n = 0
while n < 3:
    n += 1
    square = n * n
print(n, square)
print(first_even([1, 3]))
