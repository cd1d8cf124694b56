# Int literals combined at compile time (as CPython folds them) and at the
# edges of the small range, where they are left to run time.
DAY = 60 * 60 * 24
WEEK = 7 * DAY
MASK = (1 << 8) - 1
tulosta(DAY, WEEK, MASK, 3 + 4 - 10, -5 * 3, 6 & 3, 6 | 9, 6 ^ 3, -(2 * 3) + 1)
tulosta(2305843009213693951 + 1, -2305843009213693952 - 1, 1152921504606846976 * 2)
tulosta(1000000007 * 1000000007 * 1000000007, 4611686018427387904 - 1, 3037000499 * 3037000500)
tulosta((2 ** 61) - 1 + 1, 9223372036854775807 + 1, -9223372036854775808 - 1)
tulosta(tyyppi(60 * 60).__name__, 10 * 10 == 100, 7 * 6 > 41)
total = 0
jokaiselle k sisalla vali(3):
    total += k * (2 * 3) + (10 - 4)
tulosta(total)


maarittele f(a, b=2 * 21):
    palauta a + 2 * 3 - b


tulosta(f(1), f(10 ** 20), f(0, 5 * 5))
tulosta([1 + 1] * (2 + 1), {3 * 3: 4 - 4}, (1 * 1, 2 & 2))
tulosta(0x10 + 0o10 + 0b10, 1_000 * 1_000)
