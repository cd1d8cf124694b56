# sum() of a generator expression over 1 M items.
print(sum(x * x for x in range(1000000)))
