a = 17
b = -5
imprimir(a + b, a - b, a * b, a / b, a // b, a % b, a ** 3)
imprimir(-a // 4, -a % 4, a // -4, a % -4, 7 // 7, 0 % 3)
imprimir(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, 2.0 ** 10, 2 ** 0.5)
imprimir(0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 1e16, 1e15, 123456789.0, 1e-5, 0.0001)
imprimir(1.5e300 * 1e10, -1e-320, 3.0, -0.0, 100.0 / 3.0)
imprimir(3 < 5 < 7, 3 < 5 > 7, 1 == 1.0, 2 != 2, 5 >= 5.0, 1 < 2 < 3 < 4)
imprimir(Verdadero + Verdadero, Verdadero * 3, -Verdadero, 7 & 3, 7 | 8, 7 ^ 2, ~5, 1 << 10, -256 >> 3)
imprimir(valorabsoluto(-12), valorabsoluto(-2.5), minimo(3, 1, 2), maximo(3, 1, 2), minimo(2.5, 1.5), maximo("pear", "apple"))
imprimir(redondear(2.5), redondear(3.5), redondear(-2.5), redondear(2.675, 2), redondear(1234, -2), redondear(0.5))
imprimir(entero(3.99), entero(-3.99), entero("  42 "), entero("-7"), flotante("2.5"), flotante(" -1e3 "), flotante(7))
imprimir(cadena(42) + "|" + cadena(-1.25) + "|" + cadena(Verdadero) + "|" + cadena(Nada))
x = 10
x += 5
x -= 3
x *= 2
x //= 5
x %= 3
x **= 3
imprimir(x)
yy = 2.0
yy /= 8
yy += 1
imprimir(yy, yy * 4, yy - 1.25)
imprimir(no 0, no 5, 0 o 7, 4 y 9, 0 y 9, "" o "empty", "a" y "b")
imprimir(1 si 2 > 1 sino 0, "yes" si 0 sino "no")
