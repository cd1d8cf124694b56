# User decorators on functions and methods (closures, lambdas, decorator factories); a lambda stored in a class binds self.
calls = []

def logged(func):
    def wrapper(x, y):
        calls.append(func.__name__ if False else "call")
        result = func(x, y)
        print("log:", x, y, "->", result)
        return result
    return wrapper

def twice(func):
    return lambda a, b: func(func(a, b), b)

@logged
def add(a, b):
    return a + b

@twice
@logged
def mul(a, b):
    return a * b

print(add(2, 3), mul(2, 3), len(calls))

def counter(start):
    def deco(func):
        def inner(x):
            return func(x) + start
        return inner
    return deco

@counter(100)
def square(x):
    return x * x

print(square(5), [square(i) for i in range(3)])

def shout(method):
    def wrapped(self, text):
        return method(self, text).upper() + "!"
    return wrapped

class Speaker:
    def __init__(self, name):
        self.name = name

    @shout
    def say(self, text):
        return self.name + " says " + text

    helper = lambda self, n: self.name * n

s = Speaker("ann")
print(s.say("hi"), s.helper(2), Speaker.say(s, "yo"))

# a method named like a global variable
total = 0
class Cart:
    def total(self):
        return 42
total = Cart().total()
print(total)
