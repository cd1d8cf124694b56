# Points of an n x n grid over [-1.5, 0.5] x [-1, 1] that stay bounded for
# 50 iterations, and the iterations done in all.
def mandelbrot(n):
    inside = 0
    iterations = 0
    for y in range(n):
        ci = 2.0 * y / n - 1.0
        for x in range(n):
            cr = 2.0 * x / n - 1.5
            zr = 0.0
            zi = 0.0
            i = 0
            while i < 50:
                tr = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = tr
                if zr * zr + zi * zi > 4.0:
                    break
                i += 1
            if i == 50:
                inside += 1
            iterations += i
    print(inside, iterations)


mandelbrot(1000)
