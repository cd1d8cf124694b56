# A misplaced keyword: 'else' with no 'if' before it.
x = 1
else:
    print(x)
