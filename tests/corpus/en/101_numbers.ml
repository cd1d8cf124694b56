a = 17
b = -5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 3)
print(-a // 4, -a % 4, a // -4, a % -4, 7 // 7, 0 % 3)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 2.0 ** 10, 2 ** 0.5)
print(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 1e16, 1e15, 123456789.0, 1e-5, 0.0001)
print(1.5e300 * 1e10, -1e-320, 3.0, -0.0, 100.0 / 3.0)
print(3 < 5 < 7, 3 < 5 > 7, 1 == 1.0, 2 != 2, 5 >= 5.0, 1 < 2 < 3 < 4)
print(True + True, True * 3, -True, 7 & 3, 7 | 8, 7 ^ 2, ~5, 1 << 10, -256 >> 3)
print(abs(-12), abs(-2.5), min(3, 1, 2), max(3, 1, 2), min(2.5, 1.5), max("pear", "apple"))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(0.5))
print(int(3.99), int(-3.99), int("  42 "), int("-7"), float("2.5"), float(" -1e3 "), float(7))
print(str(42) + "|" + str(-1.25) + "|" + str(True) + "|" + str(None))
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
x **= 3
print(x)
y = 2.0
y /= 8
y += 1
print(y, y * 4, y - 1.25)
print(not 0, not 5, 0 or 7, 4 and 9, 0 and 9, "" or "empty", "a" and "b")
print(1 if 2 > 1 else 0, "yes" if 0 else "no")
