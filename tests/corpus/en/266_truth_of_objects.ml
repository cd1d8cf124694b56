# The truth of values known at run time only: the bools, numbers, None,
# containers, and instances with __bool__ or __len__ (one raising).
class Empty:
    def __len__(self):
        return 0


class Loud:
    def __bool__(self):
        print("asked")
        return True


class Broken:
    def __bool__(self):
        raise ValueError("no truth here")


class Wrong:
    def __bool__(self):
        return 1


values = [True, False, 0, 1, -2, 0.0, 2.5, None, "", "a", [], [0], (), (0,), {}, {1: 2}, set(), Empty(), Loud()]
print([bool(v) for v in values])
print([1 if v else 0 for v in values])
kept = [v for v in values if v]
print(len(kept))
flags = [True, False] * 3
count = 0
for k in range(len(flags)):
    if flags[k]:
        count += 1
    if not flags[k]:
        count += 10
print(count)
stack = [1, 2, 3]
while stack:
    print(stack.pop(), end=" ")
print()
items = []
print("empty" if not items else "full", "full" if [items] else "empty")
mixed = [flags[0] and 5, flags[1] or "x", flags[0] == flags[2], flags[0] is True]
print(mixed)
for bad in [Broken(), Wrong()]:
    try:
        if bad:
            print("never")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
