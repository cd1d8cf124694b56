name = "Wörld"
greeting = "Hello, " + name + "!"
print(greeting, len(greeting), len(""), len("日本語"))
print("ab" * 3, 2 * "xy", "-" * 10)
print("abc" < "abd", "Z" < "a", "abc" == "ab" + "c", "é" > "z", "" < "a")
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("new\nline"), repr("back\\slash"))
print("tab\tsep", "quote\"s", 'single\'s', "\u00e9\x41\101")
n = 7
pi = 3.14159
print(f"n={n}, pi={pi}, n*2={n * 2}, ok={n > 5}, none={None}")
print(f"{name!r} has {len(name)} letters")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print(end="")
print()
s = ""
for i in range(5):
    s = s + str(i)
print(s, int(s) + 1)
print(str(1e100), str(0.1), str(-0.5))
print(max("b", "a", "c"), min("b", "a", "c"))
