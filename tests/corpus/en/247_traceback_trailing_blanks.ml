# A source line with trailing blanks: CPython prints them, and its carets.
def f():
    raise ValueError("x")   


f()
