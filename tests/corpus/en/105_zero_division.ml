def ratio(a, b):
    return a // b


print("before")
print(ratio(10, 3))
print(ratio(1, 0))
print("after")
