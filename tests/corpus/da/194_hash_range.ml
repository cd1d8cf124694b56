# hash() of an object whose __hash__ returns an int beyond 61 bits: as is
# when it fits 64 bits, else that int's own hash (CPython's rule).
klasse H:
    definer __init__(self, v):
        self.v = v
    definer __hash__(self):
        returner self.v
for v i [5, -1, 2**61, 2**61 - 1, 2**62 + 7, -2**63, 2**63, 2**100, -(2**70)]:
    skriv(hash(H(v)))
skriv(laengde({H(2**61), H(2**61)}), H(2**62) i {H(2**62): 1})
