def g(a, b):
    return a + b

print(g(*(1,), **{"b": 7}))
print(g(1, **{"a": 2}))
