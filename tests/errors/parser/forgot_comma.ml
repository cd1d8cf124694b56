# Two operands in a row inside brackets.
print(1 2)
