name = "Wörld"
greeting = "Hello, " + name + "!"
表示(greeting, 長さ(greeting), 長さ(""), 長さ("日本語"))
表示("ab" * 3, 2 * "xy", "-" * 10)
表示("abc" < "abd", "Z" < "a", "abc" == "ab" + "c", "é" > "z", "" < "a")
表示(表現("it's"), 表現('say "hi"'), 表現("tab\there"), 表現("new\nline"), 表現("back\\slash"))
表示("tab\tsep", "quote\"s", 'single\'s', "\u00e9\x41\101")
n = 7
pi = 3.14159
表示(f"n={n}, pi={pi}, n*2={n * 2}, ok={n > 5}, none={なし}")
表示(f"{name!r} has {長さ(name)} letters")
表示("a", "b", "c", sep="")
表示("a", "b", "c", sep=", ", end=".\n")
表示("no newline", end="")
表示(" -- continued")
表示(end="")
表示()
s = ""
毎 i 中 範囲(5):
    s = s + 文字列(i)
表示(s, 整数(s) + 1)
表示(文字列(1e100), 文字列(0.1), 文字列(-0.5))
表示(最大値("b", "a", "c"), 最小値("b", "a", "c"))
