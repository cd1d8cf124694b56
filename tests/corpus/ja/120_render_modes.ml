# Render modes: a polyline and a point stream, called by the program too.

@描画モード("polyline")
関数 wave(t):
    points = []
    毎 i 中 範囲(40):
        x = i / 4.0
        points.append((x, (x - t) * (x - t) / 10.0))
    戻る points

@描画モード("point_stream")
関数 grid(n):
    戻る [(i % n, i // n) 毎 i 中 範囲(n * n)]

関数 centre(points):
    sx = 0.0
    sy = 0.0
    毎 p 中 points:
        sx += p[0]
        sy += p[1]
    戻る (sx / 長さ(points), sy / 長さ(points))

w = wave(1.5)
表示(長さ(w), w[0], w[-1])
表示(centre(w))
g = grid(3)
表示(g)
表示(centre(g))
