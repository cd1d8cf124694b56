# Sorting numbers reads each one out of its box once, with its position,
# and puts the items back by position: the same objects, in a stable order,
# for ints, bools and floats, with keys and reversed.
import random

random.seed(5)
numbers = [random.randint(-10**12, 10**12) for _ in range(20000)] + [True, False, 3, 2**70 // 2**70]
ordered = sorted(numbers)
print(ordered[:5], ordered[-3:], ordered == sorted(numbers, reverse=True)[::-1])
print(all(ordered[k] <= ordered[k + 1] for k in range(len(ordered) - 1)))

mixed = [1, True, 1.0, 0, False, 0.0]
print(sorted(mixed), [type(v).__name__ for v in sorted(mixed)], sorted(mixed, reverse=True))
big = [10**6 + k - k for k in range(5)]
same = sorted(big)
print(all(same[k] is big[k] for k in range(5)))
flags = [True, False, True, False]
print(sorted(flags), sorted(flags, reverse=True))

floats = [random.random() for _ in range(10000)] + [float("inf"), -0.0, 0.0, -float("inf")]
by_value = sorted(floats)
print(by_value[:3], by_value[-2:], sorted([0.0, -0.0, 0.0, -0.0]))
print(sorted([3.0, float("nan"), 1.0, 2.0]), sorted([2.5, 1.5, 2.5], reverse=True))

print(sorted(["bb", "a", "ccc", "dd"], key=len), sorted(range(20), key=lambda v: v % 3))
print(sorted([3, 1, 2], key=lambda v: -v), sorted([0.5, 0.25, 0.75], key=lambda v: -v))
pairs = [(k % 7, k) for k in range(50)]
print(sorted(pairs, key=lambda p: p[0])[:8])
print(sorted(pairs, key=lambda p: p[0] * 0.5, reverse=True)[:8])
words = ["pear", "fig", "apple", "kiwi", "plum"]
words.sort(key=lambda w: len(w) * 1.0)
print(words)
values = [5, 3, 5, 1, 2**40, -2**40]
values.sort(reverse=True)
print(values, sorted([2**62, 1, -2**62, 2**65]))
