# Python 3.11 says the same.
def f():
    nonlocal x
    x = 1
