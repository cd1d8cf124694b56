def integrate(steps):
    h = 1.0 / steps
    total = 0.0
    for i in range(steps):
        x = (i + 0.5) * h
        total += 4.0 / (1.0 + x * x)
    return total * h


print(integrate(5000000))
