# Builtins of several arities as values: map(max, a, b), map(pow, ...), round and divmod through variables, and their argument errors
a, b = [1, 5, 3], [4, 2, 6]
print(list(map(max, a, b)), list(map(min, a, b, [0, 9, 9])), list(map(pow, [2, 3], [10, 2])))
print(list(map(round, [1.234, 5.678], [1, 0])), list(map(divmod, [7, -7], [2, 2])), list(map(sum, [[1, 2], [3]])))
f = max
print(f([3, 9, 2]), f(1, 2), sorted([[3, 1], [2]], key=sum), list(map(pow, [2], [5], [7])))
g = round
print(g(2.5), g(3.14159, 2))
for h, args in ((max, ()), (sum, (1, 2, 3)), (divmod, (1,)), (pow, (2,))):
    try:
        h(*args)
    except TypeError as e:
        print("TypeError:", e)
    except ValueError as e:
        print("ValueError:", e)
print(callable(max), max)
