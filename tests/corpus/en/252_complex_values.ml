z = 3 + 4j
print(z.conjugate())
w = [1 + 1j, 2, 2.5]
print(w[0].conjugate(), w[1].conjugate(), w[2].conjugate())
f = complex
print(list(map(complex, ["1+2j", "3"])), f(1, 2), f(), type(z) is complex, complex.__name__)
print(pow(1j, 2), sum(x * 1j for x in range(4)), [abs(v) for v in (3 + 4j, -5j)])
try:
    z.conjugate(1)
except TypeError as e:
    print(e)
z = 3 + 4j
print(z.__add__(1), (3j).__abs__(), z.__mul__(2j), z.__eq__(3 + 4j), z.__neg__(), z.__truediv__(2), z.__pow__(2), z.__sub__(1j))
print(hasattr(z, "real"), hasattr(z, "conjugate"), hasattr(z, "foo"), z.__hash__() == hash(z), z.__repr__(), z.__str__())
