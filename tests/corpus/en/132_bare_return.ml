# A bare return where other paths return a value gives None (the compiler
# once typed such functions by their value returns only and crashed).
def fact(n: int) -> int:
    if n <= 1:
        return 1
    return

def first_even(xs):
    for x in xs:
        if x % 2 == 0:
            return x
    return

def log(msg):
    if not msg:
        return
    print("log:", msg)

print(fact(10), fact(1))
print(first_even([1, 3, 4, 5]), first_even([1, 3]))
print(log(""), log("hi"))
r = first_even([7])
print(r is None, r == None)
