/* The fast path of decimal -> double (rt_decimal_to_double) for the
 * decimals that Clinger's exact fast path does not cover but most texts
 * hold: up to 19 significant digits (a float's repr has up to 17) and a
 * moderate exponent. Before it, each such number went through the exact
 * big-number division (about 5 us: json.loads of a list of 100,000
 * floats took 5x CPython's time).
 *
 * m * 10^e is computed in double-double arithmetic (Dekker's products,
 * exact IEEE double operations: wasm has no extended precision) from a
 * table of 10^k as double-doubles (the correctly rounded pair: relative
 * error below 2^-106), so the approximation A = hi + lo has a relative
 * error below 2^-100 (four operations of at most 2^-103 each). hi is
 * A rounded to a double; it is the correctly rounded value of the exact
 * decimal unless the exact value may lie beyond a midpoint between hi and
 * a neighbour, i.e. unless |lo| + 2^-80 |hi| reaches half the distance to
 * the nearer neighbour (a margin of 2^20 over the error bound). Then, or
 * outside the ranges where no intermediate overflows or leaves the normal
 * range, it answers 0 and the exact path decides. */
#include "rt_dd.h"

/* 10^k, k = 0..31, and 10^(32 j), j = 0..9, as hi + lo (tools: Python's
 * fractions.Fraction: hi = float(10**k), lo = float(10**k - hi)) */
static const DD P1[32] = {
    {1.0, 0.0}, {10.0, 0.0}, {100.0, 0.0}, {1000.0, 0.0}, {10000.0, 0.0}, {100000.0, 0.0}, {1000000.0, 0.0},
    {10000000.0, 0.0}, {100000000.0, 0.0}, {1000000000.0, 0.0}, {10000000000.0, 0.0}, {100000000000.0, 0.0},
    {1000000000000.0, 0.0}, {10000000000000.0, 0.0}, {100000000000000.0, 0.0}, {1000000000000000.0, 0.0},
    {1e+16, 0.0}, {1e+17, 0.0}, {1e+18, 0.0}, {1e+19, 0.0}, {1e+20, 0.0}, {1e+21, 0.0}, {1e+22, 0.0},
    {1e+23, 8388608.0}, {1e+24, 16777216.0}, {1e+25, -905969664.0}, {1e+26, -4764729344.0},
    {1e+27, -13287555072.0}, {1e+28, 416880263168.0}, {1e+29, 8566849142784.0}, {1e+30, -19884624838656.0},
    {1e+31, 364103705034752.0},
};
static const DD P2[10] = {
    {1.0, 0.0},
    {1e+32, -5366162204393472.0},
    {1e+64, -2.1320419009454396e+47},
    {1e+96, -4.9861653971908895e+79},
    {1e+128, -7.51744869165182e+111},
    {1e+160, -6.528407745068227e+142},
    {1e+192, -4.09008802087614e+175},
    {1e+224, 3.0450964820516807e+207},
    {1e+256, -3.012765990014054e+239},
    {1e+288, -7.6304735395750355e+270},
};

DD rt_dd_pow10(uint32_t k) {
    DD p = P1[k & 31];
    return k >> 5 ? dd_mul(P2[k >> 5], p) : p;
}

static uint64_t bits_of(double v) {
    uint64_t b;
    __builtin_memcpy(&b, &v, 8);
    return b;
}

int rt_decimal_to_double_fast(uint64_t m, int e10, double *out) {
    if (m == 0 || e10 < -290 || e10 > 280) return 0;
    /* m exactly: its top 53 bits and the rest */
    double mh = (double)m;
    if (mh >= 18446744073709551616.0) return 0;
    uint64_t mhi = (uint64_t)mh;
    double ml = m >= mhi ? (double)(m - mhi) : -(double)(mhi - m);
    DD x = fast_two_sum(mh, ml);
    DD p = rt_dd_pow10((uint32_t)(e10 < 0 ? -e10 : e10));
    DD a = e10 < 0 ? dd_div(x, p) : dd_mul(x, p);
    double hi = a.hi;
    /* only normal results well inside the range */
    if (!(hi > 1e-290 && hi < 1e300)) return 0;
    /* the distance to the next double down (the smaller of the two
     * neighbours' distances): 2^(exponent - 52), half that at a power of two */
    uint64_t b = bits_of(hi), eb = b & 0x7ff0000000000000u;
    double step;
    __builtin_memcpy(&step, &eb, 8);
    step *= (b & 0x000fffffffffffffu) ? 0x1p-52 : 0x1p-53;
    if (__builtin_fabs(a.lo) + hi * 0x1p-80 >= step * 0.5) return 0;
    *out = hi;
    return 1;
}
