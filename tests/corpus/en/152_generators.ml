def countdown(n):
    print("start", n)
    while n > 0:
        yield n
        n -= 1
    print("done")
    return "finished"

for x in countdown(3):
    print("got", x)

g = countdown(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
print(next(g, "default"))

def echo():
    received = None
    while True:
        received = yield received
        if received == "quit":
            return
        print("echo got", received)

e = echo()
print(next(e))
print(e.send("hello"))
print(e.send("world"))
try:
    e.send("quit")
except StopIteration:
    print("echo stopped")

def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return 42

def outer():
    r = yield from inner()
    print("inner returned", r)
    yield from [10, 20]
    yield from range(3)

print(list(outer()))
o = outer()
print(next(o))
print(o.send("S"))
print(list(o))

def nested(n):
    for i in range(n):
        if i % 2 == 0:
            yield i
        else:
            for j in "ab":
                yield str(i) + j

print(list(nested(5)))

def guarded():
    try:
        yield 1
        yield 2
    except ValueError as err:
        print("caught", err)
    finally:
        print("cleanup")

gg = guarded()
print(next(gg))
try:
    print(gg.throw(ValueError("boom")))
except StopIteration:
    print("stopped by throw")
try:
    next(gg)
except StopIteration:
    print("end")
gc = guarded()
print(next(gc))
gc.close()
print("closed")

def with_closure(k):
    def add(x):
        return x + k
    for i in range(3):
        yield add(i)
print(list(with_closure(10)))

def pipeline():
    evens = (x for x in range(20) if x % 2 == 0)
    squares = (x * x for x in evens)
    return sum(squares)
print(pipeline())
print(type(countdown(1)).__name__)
print(sum(x for x in range(100) if x % 7 == 0))
print(max(len(w) for w in ["aa", "bbbb", "c"]))
def gen_unpack():
    yield 1
    yield 2
a, b = gen_unpack()
print(a, b)
print(*gen_unpack())
print(dict(zip("abc", countdown(3))))
print(3 in countdown(5))
