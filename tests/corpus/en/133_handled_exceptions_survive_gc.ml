# Exceptions being handled stay alive while handlers and finally bodies
# allocate enough to run the collector many times.
def churn(n):
    for i in range(n):
        x = [i, str(i)]
    return len(x)

def f():
    try:
        raise ValueError("kept " + str(41 + 1))
    except ValueError as e:
        churn(200000)
        print("caught", e, e.args)
        try:
            try:
                raise KeyError("inner " + str(7))
            finally:
                churn(100000)
        except KeyError as k:
            churn(100000)
            print("inner", repr(k), "context", repr(k.__context__))
        churn(100000)
        return str(e)

print(f())
try:
    try:
        raise TypeError("t" * 3)
    finally:
        churn(300000)
except TypeError as t:
    print(t, repr(t))

def g(n):
    try:
        if n == 0:
            raise IndexError("bottom " + str(n))
        return g(n - 1)
    except IndexError:
        churn(1000)
        raise

try:
    g(50)
except IndexError as e:
    print("g:", e)
