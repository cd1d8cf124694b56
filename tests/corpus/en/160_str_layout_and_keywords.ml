print("abc".center(9, "*"), "a-b".partition("-"), "x".zfill(3), "-7".zfill(4))
print("[" + "ab".center(5) + "]", "[" + "ab".ljust(4, ".") + "]", "[" + "ab".rjust(4) + "]")
print("a.b.c".rpartition("."), "abc".partition("x"), "abc".rpartition("x"))
s = "hello world"
print(s.startswith(("he", "x")), s.endswith(("ld",)), s.startswith("wo"))
print(bin(5), hex(255), oct(8), bin(-5), hex(0), oct(-64))
print(chr(65), ord("a"))
print("café".center(8, "é"))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)
try:
    s.startswith(5)
except TypeError as e:
    print(e)
for i, c in enumerate("ab", start=1):
    print(i, c)
print(list(enumerate([5], start=10)))
nums = [3, 1, 2]
alias = nums
nums.sort(key=lambda x: -x)
print(nums, alias)
words = ["bb", "a", "ccc"]
words.sort(key=len, reverse=True)
print(words)
