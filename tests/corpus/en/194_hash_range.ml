# hash() of an object whose __hash__ returns an int beyond 61 bits: as is
# when it fits 64 bits, else that int's own hash (CPython's rule).
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [5, -1, 2**61, 2**61 - 1, 2**62 + 7, -2**63, 2**63, 2**100, -(2**70)]:
    print(hash(H(v)))
print(len({H(2**61), H(2**61)}), H(2**62) in {H(2**62): 1})
