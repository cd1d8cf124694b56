# Calls of lambdas and closures in a loop: a lambda bound to a name, a
# closure over a parameter, a list of closures, and a counter (nonlocal).
def make_adder(k):
    return lambda x: x + k


def make_counter():
    count = 0

    def inc(step):
        nonlocal count
        count += step
        return count

    return inc


def main(n):
    double = lambda x: x * 2
    add3 = make_adder(3)
    adders = [make_adder(i) for i in range(10)]
    counter = make_counter()
    total = 0
    for i in range(n):
        total += double(i) + add3(i) + adders[i % 10](i)
        counter(1)
    print(total, counter(0))


main(1000000)
