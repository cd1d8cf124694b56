# Type expressions as values, as CPython 3.11 makes them: list[int] and
# dict[str, list[int]] (types.GenericAlias), int | None (types.UnionType),
# in type aliases, isinstance() and annotations; printed as CPython prints
# them.
Number = int | float
print(Number, type(Number).__name__ if False else "")
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
IntList = list[int]
print(IntList, dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]], type[int])
print(IntList.__origin__, IntList.__args__, (int | None).__args__)
print(int | None == None | int, list[int] == list[int], list[int] == list[str])
print(hash(int | str) == hash(str | int), {list[int]: 1}[list[int]])
print(int | int, (int | str) | float, int | (str | None))
class Box:
    pass
print(Box | None, list[Box])
def f(xs: IntList, n: Number | None = None) -> list[int]:
    return [x * 2 for x in xs]
print(f([1, 2]))
try:
    isinstance(3, list[int])
except TypeError as e:
    print(e)
try:
    print(None | None)
except TypeError as e:
    print(e)
try:
    print(int | 3)
except TypeError as e:
    print(e)
U = int | str
print(type(U), type(list[int]))
print(str(U), f"{U}", [U])
