# Sorting lists of one builtin type (ints, floats, strs) and of mixed
# types; shifts by constants on small and huge ints.

nums = [5, -3, 2 ** 40, 0, True, False, -2 ** 61, 2 ** 61 - 1, 7, 7]
print(sorted(nums))
print(sorted(nums, reverse=True))
big = [2 ** 70, -2 ** 65, 3, 2 ** 64, 1]
print(sorted(big))
floats = [2.5, -0.0, 0.0, float("inf"), -1e300, 3.25, float("-inf")]
print(sorted(floats))
print(sorted(floats, reverse=True))
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]))
words = ["pear", "Apple", "apple", "éclair", "zebra", "", "pear"]
print(sorted(words))
words.sort(reverse=True)
print(words)
print(sorted(words, key=len))
mixed = [3, 1.5, 2, True, 0.25]
print(sorted(mixed))
pairs = [(2, "b"), (1, "z"), (2, "a")]
print(sorted(pairs))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
x = 1
for i in range(12):
    x = (x * 1103515245 + 12345) % 2 ** 31
    print(x >> 16, x >> 0, (x << 3) >> 5, -x >> 4, x << 20, -x << 45)
h = 2 ** 100 + 12345
print(h >> 3, h << 2, -h >> 7, (-h) << 1, h >> 59, 1 << 59, -1 << 59, 5 << 58)
