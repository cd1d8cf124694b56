# iter() and next() (with a default; StopIteration when exhausted).
xs = [10, 20, 30]
it = iter(xs)
print(next(it), next(it))
for x in it:
    print("rest", x)
print(next(it, "done"), next(iter("ab")), next(iter({"k": 1})), next(iter(range(5, 9))))
d = {"a": 1, "b": 2}
first = next(iter(d))
print(first, list(iter((1, 2))), sorted(iter({3, 1, 2})))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.value)
try:
    next(xs)
except TypeError as e:
    print("TypeError:", e)
