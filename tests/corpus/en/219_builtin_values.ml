# min and max called as values (through a variable, through f(*a, **k)) take
# key= and default= as the direct calls do; getattr(x, "name") of a builtin
# type's method.
pick = max
low = min
words = ["pear", "fig", "banana", "kiwi"]
print(pick(words, key=len), low(words, key=len), pick(words), low(3, 1, 2, key=lambda v: -v))
print(pick([], default="none"), low([], key=len, default=0), pick(words, key=lambda w: w[-1]))
apply = lambda f, *a, **k: f(*a, **k)
print(apply(max, [1, 5, 3], key=lambda v: v % 5), apply(min, "hello", key=ord))
for bad in [lambda: pick(1, 2, default=0), lambda: pick([1], bogus=1), lambda: pick([])]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__, err)

print(getattr([1, 2, 1], "count")(1), getattr("abc", "upper")(), getattr({"a": 1}, "get")("a"))
class C:
    count = 5
    def upper(self):
        return "mine"
print(getattr(C(), "count"), getattr(C(), "upper")(), getattr(C, "count"))
try:
    getattr(5, "upper")
except AttributeError as err:
    print("AttributeError:", err)
print(getattr(5, "upper", "default"), hasattr([], "append"))
