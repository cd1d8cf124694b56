# Python 3.11 says the same: "expected ':'".
x = 1
if x > 0
    print(x)
