skriv("abc".center(9, "*"), "a-b".partition("-"), "x".zfill(3), "-7".zfill(4))
skriv("[" + "ab".center(5) + "]", "[" + "ab".ljust(4, ".") + "]", "[" + "ab".rjust(4) + "]")
skriv("a.b.c".rpartition("."), "abc".partition("x"), "abc".rpartition("x"))
s = "hello world"
skriv(s.startswith(("he", "x")), s.endswith(("ld",)), s.startswith("wo"))
skriv(binaer(5), hexadecimal(255), oktal(8), binaer(-5), hexadecimal(0), oktal(-64))
skriv(tecken(65), teckenkod("a"))
skriv("café".center(8, "é"))
forsok:
    "a".center(5, "ab")
utom TypeError som e:
    skriv(e)
forsok:
    s.startswith(5)
utom TypeError som e:
    skriv(e)
for i_, c i numrera("ab", start=1):
    skriv(i_, c)
skriv(lista(numrera([5], start=10)))
nums = [3, 1, 2]
alias = nums
nums.sort(key=lambda x: -x)
skriv(nums, alias)
words = ["bb", "a", "ccc"]
words.sort(key=langd, reverse=Sant)
skriv(words)
