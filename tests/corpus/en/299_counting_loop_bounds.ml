# Counting loops: % and // of a counter known >= 0 (no sign fix-up), of one
# counting down (fix-up kept), nested from i + 1; counters at the ends of
# the small int range (2**61), huge literal steps, huge stops left by break.
def up(n):
    s = 0
    for i in range(n):
        s += i % 7 + i // 3
    for j in range(len([1, 2]), n, 2):
        s += j % 5
    return s


def down(n):
    s = 0
    for i in range(n, -1, -1):
        s += i % 7 - i // 3
    return s


def chain(n):
    t = 0
    for i in range(n):
        for j in range(i + 1, n):
            t += j % 4 + j // 5
    return t


def edges():
    out = []
    for i in range(2**61 - 3, 2**61 - 1):
        out.append(i)
    for i in range(-2**61, -2**61 + 2):
        out.append(i)
    for i in range(5, 10, 9223372036854775807):
        out.append(i)
    for i in range(0, 10, 4611686018427387904):
        out.append(i)
    for i in range(10**20):
        if i > 2:
            break
        out.append(i)
    for i in range(3, -10**20, -1):
        if i < 1:
            break
        out.append(i)
    return out


print(up(100), down(50), chain(30), edges())
print([k // 2 for k in range(7)], [k % 3 for k in range(-4, 4)])
