# Render modes: a polyline and a point stream, called by the program too.

@render_mode("polyline")
def wave(t):
    points = []
    for i in range(40):
        x = i / 4.0
        points.append((x, (x - t) * (x - t) / 10.0))
    return points

@render_mode("point_stream")
def grid(n):
    return [(i % n, i // n) for i in range(n * n)]

def centre(points):
    sx = 0.0
    sy = 0.0
    for p in points:
        sx += p[0]
        sy += p[1]
    return (sx / len(points), sy / len(points))

w = wave(1.5)
print(len(w), w[0], w[-1])
print(centre(w))
g = grid(3)
print(g)
print(centre(g))
