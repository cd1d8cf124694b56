def average(values):
    total = 0
    for v in values:
        total += v
    return total / len(values)

def report(groups):
    for name in groups:
        print(name, average(groups[name]))

report({"a": [1, 2, 3], "b": [4, 5]})
report({"c": []})
print("never printed")
