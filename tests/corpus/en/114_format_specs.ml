pi = 3.14159265
n = 1234567
name = "Ada"
print(f"{pi:.2f}|{pi:10.3e}|{n:,}|{n:>12_}|{name:*^9}|{name!r:>8}|{-n:+}|{255:#x}|{0.25:%}|{True:>5}|{True}")
w = 7
print(f"{pi:{w}.{w - 4}f}|{n:0{w + 3}d}|{[1, 2]}|{None!s:>6}|{3.0:g}|{1e20:.3}")
print(f"{'x':>{w}}")
print(format(3.14159, ".2f"), format(42), format("x", ">4"), format(1234567, ","), format([1, 2]))
print(f"{n:q}")
