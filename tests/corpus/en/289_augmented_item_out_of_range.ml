# An augmented assignment to an item reads and writes the item at the
# subscript: an index out of range points there (carets under xs[i]).
scores = [3, 5, 8]
for i in range(3):
    scores[i] += 10 * i
print(scores)
weights = [0.5, 1.5]
weights[1] *= 2.0
print(weights)


def bump(xs, k):
    xs[k] -= 1.5
    return xs


print(bump(weights, 0))
print(bump(weights, 2))
