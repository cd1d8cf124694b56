# A Lissajous curve that turns with time. The page calls curve(t)
# on every animation frame (t = seconds since Run) and draws the
# points it returns. Only builtins are available here, so the sine
# is a short Taylor series.

PI = 3.141592653589793

def sine(x):
    # Bring x into [-pi, pi]: there a dozen terms are exact.
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

@render_mode("polyline")
def curve(t):
    points = []
    for i in range(401):
        a = 2 * PI * i / 400
        points.append((sine(3 * a + t), cosine(2 * a)))
    return points

first = curve(0.0)
print("Lissajous curve, 3:2, with", len(first), "points")
print(f"first point: ({first[0][0]:.3f}, {first[0][1]:.3f})")
print(f"sine(1) = {sine(1.0):.12f}")
for k in range(4):
    x, y = first[k * 100]
    print(f"  point {k * 100}: x = {x:+.4f}, y = {y:+.4f}")
print("Drawing curve(t) on the canvas...")
