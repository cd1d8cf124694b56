# Spiral (point_stream)
PI = 3.141592653589793

def sine(x):
    while x > PI:
        x = x - 2 * PI
    while x < -PI:
        x = x + 2 * PI
    term = x
    total = x
    for n in range(1, 12):
        term = -term * x * x / ((2 * n) * (2 * n + 1))
        total = total + term
    return total

def cosine(x):
    return sine(x + PI / 2)

@render_mode("point_stream")
def spiral(t):
    points = []
    for k in range(1, 400):
        r = k ** 0.5
        a = k * 2.399963229728653 + t / 2
        points.append((r * cosine(a), r * sine(a)))
    return points

print("seeds:", len(spiral(0.0)))
