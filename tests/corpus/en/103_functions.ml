counter = 0


def bump(step=1):
    global counter
    counter += step
    return counter


def power(base: float, exp: int = 2) -> float:
    result = 1.0
    for _ in range(exp):
        result *= base
    return result


def gcd(a, b):
    while b:
        t = b
        b = a % b
        a = t
    return a


def fact(n: int) -> int:
    if n <= 1:
        return 1
    return n * fact(n - 1)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


def describe(name, age=30, city="Paris"):
    print(name, "is", age, "and lives in", city)


bump()
bump(5)
print(bump(step=10))
print(power(3.0), power(2.0, 10), power(exp=3, base=0.5))
print(fact(10), fact(20), gcd(1071, 462))
print(is_even(10), is_odd(7), is_even(7))
describe("Ada")
describe("Alan", 41)
describe("Grace", city="Arlington")
describe(city="Oslo", name="Linus", age=54)
