# User decorators on functions and methods (closures, lambdas, decorator factories); a lambda stored in a class binds self.
calls = []

परिभाषा logged(func):
    परिभाषा wrapper(x, y):
        calls.append(func.__name__ अगर असत्य वरना "call")
        result = func(x, y)
        छापो("log:", x, y, "->", result)
        वापसी result
    वापसी wrapper

परिभाषा twice(func):
    वापसी लैम्ब्डा a, b: func(func(a, b), b)

@logged
परिभाषा add(a, b):
    वापसी a + b

@twice
@logged
परिभाषा mul(a, b):
    वापसी a * b

छापो(add(2, 3), mul(2, 3), लंबाई(calls))

परिभाषा counter(start):
    परिभाषा deco(func):
        परिभाषा inner(x):
            वापसी func(x) + start
        वापसी inner
    वापसी deco

@counter(100)
परिभाषा square(x):
    वापसी x * x

छापो(square(5), [square(i) के_लिए i में परास(3)])

परिभाषा shout(method):
    परिभाषा wrapped(self, text):
        वापसी method(self, text).upper() + "!"
    वापसी wrapped

वर्ग Speaker:
    परिभाषा __init__(self, name):
        self.name = name

    @shout
    परिभाषा say(self, text):
        वापसी self.name + " says " + text

    helper = लैम्ब्डा self, n: self.name * n

s = Speaker("ann")
छापो(s.say("hi"), s.helper(2), Speaker.say(s, "yo"))

# a method named like a global variable
total = 0
वर्ग Cart:
    परिभाषा total(self):
        वापसी 42
total = Cart().total()
छापो(total)
