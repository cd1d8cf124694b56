# A value waiting on the operand stack must survive a call that collects.
# The callee here is reached through a parameter named like a builtin, a
# list element, a map() and a sorted(key=): each may run user code, so the
# left operand must be kept where the collector sees it.
def churn(n):
    for i in range(n):
        x = [i, i]
    return 7

def f(len):
    return ["a" * 3] + [len(100000)]

print(f(churn))

def g(print):
    return ("b" * 2) + str(print(50000))

print(g(churn))

fs = [churn]
print(["c" * 2] + [fs[0](60000)])

def slow_key(x):
    churn(20000)
    return -x

print(["d" * 2] + sorted([3, 1, 2], key=slow_key))
print(["e" * 2] + list(map(lambda n: churn(n), [30000, 1])))
print({"k" * 2: churn(40000)})
