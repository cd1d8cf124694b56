# Generators
def countdown(start):
    while start > 0:
        yield start
        start -= 1


def squares(numbers):
    for n in numbers:
        yield n * n


print(list(countdown(5)))
print(sum(squares(countdown(4))))
for value in squares(range(3)):
    print("square", value)
