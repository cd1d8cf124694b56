w = lambda: (y := 1)
print(w())
