print(max([], default=0), min((), default="none"), max([3, 9, 2], default=0))
print(max([], key=len, default="x"), min(["bb", "a"], key=len, default=None))
scores = {}
print(max(scores.values(), default=-1))
try:
    max([])
except ValueError as e:
    print(e)
