nums = [4, 1, 3]
nums.append(2)
nums.extend([9, 0])
ausgeben(nums, laenge(nums), nums[0], nums[-1], nums[1:3], nums[::-2])
nums.sort()
ausgeben(nums, 9 in nums, 7 nicht in nums, nums.index(3), nums.count(4))
nums.reverse()
ausgeben(nums, nums.pop(), nums.pop(0), nums)
nums.insert(1, 42)
nums.remove(3)
nums[0] = "first"
ausgeben(nums, sorted([5, 2, 8], reverse=Wahr), list(reversed([1, 2, 3])))
point = (3, 4)
x, y = point
ausgeben(point, x, y, point[1], laenge(point), (1,), ())
a, b = 1, "two"
a, b = b, a
ausgeben(a, b)
ages = {"ada": 36, "alan": 41}
ages["grace"] = 85
ages["ada"] += 1
ausgeben(ages, laenge(ages), ages["ada"], ages.get("bob"), ages.get("bob", 0), "alan" in ages)
für name in ages:
    ausgeben(name, ages[name])
für name, age in ages.items():
    ausgeben(name, "->", age)
loschen ages["alan"]
ausgeben(list(ages.keys()), list(ages.values()), ages.pop("grace"), ages)
counts = {}
für ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
ausgeben(counts, sorted(counts))
s = set()
für ch in "hello world":
    s.add(ch)
ausgeben(sorted(s), laenge(s), {1, 2} | {3}, {1, 2, 3} & {2, 3, 4}, {1, 2} - {2}, set())
words = "the quick  brown fox".split()
ausgeben(words, "-".join(words), " x ".strip(), "a,b,,c".split(","), "Hello".upper(), "Hello".lower())
ausgeben("banana".replace("a", "o"), "banana".find("n"), "banana".count("a"), "abc".startswith("ab"))
total = 0
für v in [1, 2.5, 3]:
    total = total + v
ausgeben(total, sum([1, 2, 3]), sum([0.5, 0.25]), minimum([3, 1, 2]), maximum("hello"), any([0, 0, 1]), all([1, 0]))
pairs = [(2, "b"), (1, "a"), (2, "a")]
ausgeben(sorted(pairs), list(enumerate("ab")), list(zip([1, 2], "xy")), ord("é"), chr(955))
matrix = [[1, 2], [3, 4]]
matrix[1][0] = 30
ausgeben(matrix, matrix[1], [[0] * 3] * 2, [1, 2] + [3], (1, 2) + (3,), list(bereich(2, 11, 3)))
text = "héllo"
ausgeben(text[1], text[-1], text[1:4], text[::-1], laenge(text), list(text))
empty = []
wenn nicht empty:
    ausgeben("empty is falsy", boolesch([0]), boolesch({}))
ausgeben(nums[10])
