# Unary operators and int()/float()/abs() call the class's special methods
class F:
    def __init__(self, v):
        self.v = v
    def __invert__(self): return F(-self.v - 1)
    def __pos__(self): return F(abs(self.v))
    def __abs__(self): return F(abs(self.v) * 10)
    def __int__(self): return self.v
    def __float__(self): return self.v + 0.5
    def __repr__(self): return f"F({self.v})"
class I:
    def __index__(self): return 7
class Bad:
    def __int__(self): return "x"
f = F(-4)
print(~f, +f, abs(f), int(f), float(f), int(I()), float(I()))
for bad in [lambda: int(Bad()), lambda: float(Bad()), lambda: ~Bad(), lambda: +Bad(), lambda: abs(Bad())]:
    try:
        bad()
    except TypeError as e:
        print(e)
