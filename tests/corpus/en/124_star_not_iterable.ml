def f(*args):
    return len(args)

print(f(*[1, 2]))
n = 5
print(f(*n))
