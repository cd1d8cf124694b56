# Curve (polyline)
@render_mode("polyline")
def curve(t):
    return [(k * (1 - (t % 2 + k / 9) ** 2 / 2), k * (t % 2 + k / 9)) for k in range(60)]

print("points:", len(curve(0.5)))
