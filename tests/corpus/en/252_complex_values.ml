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
