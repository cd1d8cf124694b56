def shape(p):
    match p:
        case (0, 0):
            return "origin"
        case (x, 0) | (0, x):
            return "axis " + str(x)
        case [x, y, *rest] if rest:
            return "long " + str(len(rest))
        case [int(), float()]:
            return "int then float"
        case {"x": x, "y": y}:
            return "point " + str(x + y)
        case str() as text:
            return "text " + text
        case True | None:
            return "singleton " + str(p)
        case _:
            return "other"


for v in [(0, 0), (3, 0), (0, 4), [1, 2, 3, 4], [1, 2.5], {"x": 1, "y": 2, "z": 3}, "hi", None, True, 7, (1, 2)]:
    print(shape(v))
qqbasket = [1, 2]
del qqbasket[0]
print(qqbasket)
del qqbasket
print("deleted")
print(qqbasket)
