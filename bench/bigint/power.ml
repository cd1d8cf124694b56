# 2 ** 100000 (and 3 ** 20000), squaring big ints: Karatsuba's ground.
x = 2 ** 100000
y = 3 ** 20000
print(x.bit_length(), y.bit_length(), (x * y).bit_length())
