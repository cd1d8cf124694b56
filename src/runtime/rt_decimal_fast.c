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
 * error below 2^-100 (three products of at most 2^-103 each). hi is
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

/* 10^-k, k = 0..31, and 10^-(32 j), j = 0..9, the same way (every lo
 * is a normal double: the smallest is about 1e-304) */
static const DD N1[32] = {
    {1.0, 0.0}, {0.1, -5.551115123125783e-18}, {0.01, -2.0816681711721684e-19},
    {0.001, -2.0816681711721686e-20}, {0.0001, -4.79217360238593e-21}, {1e-05, -8.180305391403131e-22},
    {1e-06, 4.525188817411374e-23}, {1e-07, 4.525188817411374e-24}, {1e-08, -2.092256083012847e-25},
    {1e-09, -6.228159145777985e-26}, {1e-10, -3.643219731549774e-27}, {1e-11, 6.050303071806019e-28},
    {1e-12, 2.0113352370744385e-29}, {1e-13, -3.037374556340037e-30}, {1e-14, 1.1806906454401013e-32},
    {1e-15, -7.770539987666108e-32}, {1e-16, 2.0902213275965398e-33}, {1e-17, -7.154242405462192e-34},
    {1e-18, -7.154242405462193e-35}, {1e-19, 2.475407316473987e-36}, {1e-20, 5.484672854579043e-37},
    {1e-21, 9.246254777210363e-38}, {1e-22, -4.859677432657087e-39}, {1e-23, 3.956530198510069e-40},
    {1e-24, 7.629950044829718e-41}, {1e-25, -3.849486974919184e-42}, {1e-26, -3.849486974919184e-43},
    {1e-27, -3.849486974919184e-44}, {1e-28, 2.876745653839938e-45}, {1e-29, 5.679342582489572e-46},
    {1e-30, -8.333642060758599e-47}, {1e-31, -8.333642060758598e-48},
};
static const DD N2[10] = {
    {1.0, 0.0}, {1e-32, -5.59673099762419e-49}, {1e-64, 3.469426116645307e-81}, {1e-96, 9.37078945091382e-113},
    {1e-128, -5.401408859568103e-145}, {1e-160, 1.1363352439814277e-177}, {1e-192, -9.671974634103305e-209},
    {1e-224, -1.8884204507472098e-241}, {1e-256, 2.2671708827212437e-273}, {1e-288, -5.773549044406861e-305},
};

DD rt_dd_pow10(uint32_t k) {
    DD p = P1[k & 31];
    return k >> 5 ? dd_mul(P2[k >> 5], p) : p;
}

DD rt_dd_pow10_neg(uint32_t k) {
    DD p = N1[k & 31];
    return k >> 5 ? dd_mul(N2[k >> 5], p) : p;
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
    DD a = dd_mul(x, e10 < 0 ? rt_dd_pow10_neg((uint32_t)-e10) : rt_dd_pow10((uint32_t)e10));
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
