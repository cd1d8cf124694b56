# Builtin types' methods as values and called through the type: key=str.lower, map(str.upper, ...), str.split(s, "="), list.append.
words = ["Banana", "apple", "Cherry"]
print(sorted(words, key=str.lower), list(map(str.upper, words)), list(map(str.strip, [" a ", "b "])))
print(list(map(len, words)), sorted(words, key=str.casefold if False else str.lower, reverse=True))
lines = ["x=1", "y=2"]
print([str.split(l, "=") for l in lines], list(map(str.title, ["hello world"])))
f = list.append
xs = []
f(xs, 3)
print(xs, str.join("-", ["a", "b"]))
try:
    str.lower(5)
except TypeError as e:
    print("TypeError:", e)
