# Unary operators and int()/float()/abs() call the class's special methods
classe F:
    definisci __init__(self, v):
        self.v = v
    definisci __invert__(self): ritorna F(-self.v - 1)
    definisci __pos__(self): ritorna F(assoluto(self.v))
    definisci __abs__(self): ritorna F(assoluto(self.v) * 10)
    definisci __int__(self): ritorna self.v
    definisci __float__(self): ritorna self.v + 0.5
    definisci __repr__(self): ritorna f"F({self.v})"
classe I:
    definisci __index__(self): ritorna 7
classe Bad:
    definisci __int__(self): ritorna "x"
f = F(-4)
stampa(~f, +f, assoluto(f), intero(f), decimale(f), intero(I()), decimale(I()))
per bad in [lambda: intero(Bad()), lambda: decimale(Bad()), lambda: ~Bad(), lambda: +Bad(), lambda: assoluto(Bad())]:
    prova:
        bad()
    eccetto TypeError come e_:
        stampa(e_)
