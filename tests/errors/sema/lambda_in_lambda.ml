f = lambda: lambda: 1
print(f()())
