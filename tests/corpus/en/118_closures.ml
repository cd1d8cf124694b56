def counter(start):
    count = start
    def step():
        nonlocal count
        count += 1
        return count
    return step


c1 = counter(10)
c2 = counter(100)
print(c1(), c1(), c2(), c1())


def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle


print(outer(1)(2)(3), outer("x")("y")("z"))


def make_adders():
    adders = []
    for i in range(3):
        adders.append(lambda x: x + i)
    return adders


print([f(10) for f in make_adders()])


def fact_maker():
    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)
    return fact


print(fact_maker()(10))


def log_all(items):
    seen = []
    def note(x):
        seen.append(x)
    for it in items:
        note(it * 2)
    return seen, note(0)


print(log_all([1, 2, 3]))
keep = []
for round_ in range(2000):
    keep.append(counter(round_))
    if len(keep) > 50:
        keep.pop(0)
print(keep[-1](), len(keep))


def broken():
    def use():
        return qqlate
    result = use()
    qqlate = 1
    return result


print(broken())
