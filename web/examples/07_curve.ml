# Curve (polyline)
@render_mode("polyline")
def curve(t):
    return [(i * (1 - (t % 2 + i / 9) ** 2 / 2), i * (t % 2 + i / 9)) for i in range(60)]

print("points:", len(curve(0.5)))
