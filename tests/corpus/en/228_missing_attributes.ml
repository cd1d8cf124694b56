# A method or attribute CPython's type does not have compiles: AttributeError
# when (and only when) it runs.
def f():
    return "abc".nope()
print("ran")
try:
    f()
except AttributeError as e:
    print(e)
try:
    print((5).foo)
except AttributeError as e:
    print(e)
x = [1]
try:
    x.push(2)
except AttributeError as e:
    print(e)
print(x)
print(hasattr("a", "upper"), hasattr(3, "foo"), hasattr([], "append"))
