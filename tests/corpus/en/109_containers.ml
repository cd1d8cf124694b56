nums = [4, 1, 3]
nums.append(2)
nums.extend([9, 0])
print(nums, len(nums), nums[0], nums[-1], nums[1:3], nums[::-2])
nums.sort()
print(nums, 9 in nums, 7 not in nums, nums.index(3), nums.count(4))
nums.reverse()
print(nums, nums.pop(), nums.pop(0), nums)
nums.insert(1, 42)
nums.remove(3)
nums[0] = "first"
print(nums, sorted([5, 2, 8], reverse=True), list(reversed([1, 2, 3])))
point = (3, 4)
x, y = point
print(point, x, y, point[1], len(point), (1,), ())
a, b = 1, "two"
a, b = b, a
print(a, b)
ages = {"ada": 36, "alan": 41}
ages["grace"] = 85
ages["ada"] += 1
print(ages, len(ages), ages["ada"], ages.get("bob"), ages.get("bob", 0), "alan" in ages)
for name in ages:
    print(name, ages[name])
for name, age in ages.items():
    print(name, "->", age)
del ages["alan"]
print(list(ages.keys()), list(ages.values()), ages.pop("grace"), ages)
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts))
s = set()
for ch in "hello world":
    s.add(ch)
print(sorted(s), len(s), {1, 2} | {3}, {1, 2, 3} & {2, 3, 4}, {1, 2} - {2}, set())
words = "the quick  brown fox".split()
print(words, "-".join(words), " x ".strip(), "a,b,,c".split(","), "Hello".upper(), "Hello".lower())
print("banana".replace("a", "o"), "banana".find("n"), "banana".count("a"), "abc".startswith("ab"))
total = 0
for v in [1, 2.5, 3]:
    total = total + v
print(total, sum([1, 2, 3]), sum([0.5, 0.25]), min([3, 1, 2]), max("hello"), any([0, 0, 1]), all([1, 0]))
pairs = [(2, "b"), (1, "a"), (2, "a")]
print(sorted(pairs), list(enumerate("ab")), list(zip([1, 2], "xy")), ord("é"), chr(955))
matrix = [[1, 2], [3, 4]]
matrix[1][0] = 30
print(matrix, matrix[1], [[0] * 3] * 2, [1, 2] + [3], (1, 2) + (3,), list(range(2, 11, 3)))
text = "héllo"
print(text[1], text[-1], text[1:4], text[::-1], len(text), list(text))
empty = []
if not empty:
    print("empty is falsy", bool([0]), bool({}))
print(nums[10])
