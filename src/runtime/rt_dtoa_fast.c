/* The fast path of repr(float)'s shortest digits (rt_dtoa_shortest), for
 * the normal doubles of moderate magnitude that are not a power of two:
 * the exact Burger & Dybvig algorithm costs big-number arithmetic per
 * digit (about 1 us a float: json.dumps of a list of 100,000 floats took
 * 2.4x CPython's time).
 *
 * S = v * 10^(16 - k), with 10^16 <= S < 10^17, is computed in
 * double-double (relative error below 2^-100: under 1e-13 absolute), and
 * so is H, half the gap between v and its neighbours in the same units
 * (v not a power of two: both gaps are equal). Dropping j digits, the
 * nearest candidate is C = round(S / 10^j) * 10^j; it reads back as v iff
 * |C - S| < H. A nearer candidate of more digits reads back whenever a
 * shorter one does (every p-digit decimal is a (p+1)-digit one), so the
 * shortest is the last j that reads back going up from 0; among decimals
 * of that length the nearest is the one dtoa's mode 0 returns (the gaps
 * being equal, the nearest of them reads back if any does). Each decision
 * -- a rounding of S, a comparison with H -- that falls within 1e-9 of
 * its boundary (the error is below 1e-12 there) is left to the exact
 * algorithm: the function answers 0. */
#include "rt_dd.h"

static const uint64_t POW10[18] = {1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u,
                                   1000000000u, 10000000000u, 100000000000u, 1000000000000u,
                                   10000000000000u, 100000000000000u, 1000000000000000u,
                                   10000000000000000u, 100000000000000000u};

#define MARGIN 1e-9

/* x * 10^s (s may be negative) */
static DD scale10(DD x, int s) { return dd_mul(x, s < 0 ? rt_dd_pow10_neg((uint32_t)-s) : rt_dd_pow10((uint32_t)s)); }

int rt_dtoa_shortest_fast(double v, char *digits, int *decpt) {
    if (!(v >= 1e-270 && v <= 1e270)) return 0;
    uint64_t bits;
    __builtin_memcpy(&bits, &v, 8);
    if (!(bits & 0x000fffffffffffffu)) return 0; /* a power of two: unequal gaps */
    int e2 = (int)((bits >> 52) & 0x7ff) - 1023; /* 2^e2 <= v < 2^(e2 + 1) */
    double hbits_d;
    uint64_t hb = (uint64_t)(e2 - 53 + 1023) << 52; /* half an ulp: 2^(e2 - 53) */
    __builtin_memcpy(&hbits_d, &hb, 8);
    /* k = floor(log10(v)), from the estimate and S's range */
    int k = (int)__builtin_floor((double)e2 * 0.30102999566398114);
    DD S = {0, 0};
    for (int tries = 0; tries < 3; tries++) {
        S = scale10((DD){v, 0}, 16 - k);
        if (S.hi >= 1e17) k++;
        else if (S.hi < 1e16) k--;
        else break;
    }
    if (!(S.hi >= 1e16 && S.hi < 1e17)) return 0;
    double H = scale10((DD){hbits_d, 0}, 16 - k).hi;
    /* S = I + f exactly enough: S.hi is an integer (>= 2^53), f in [0, 1) */
    double fl = __builtin_floor(S.lo);
    int64_t I = (int64_t)S.hi + (int64_t)fl;
    double f = S.lo - fl;
    uint64_t best = 0;
    int bestj = -1;
    for (int j = 0; j <= 16; j++) {
        int64_t pw = (int64_t)POW10[j];
        int64_t q = I / pw, r = I % pw;
        /* round (r + f) / pw to nearest: r + f against pw / 2 */
        double diff = j ? (double)(r - pw / 2) + f : f - 0.5;
        if (__builtin_fabs(diff) < MARGIN) return 0;
        int64_t C = (q + (diff > 0)) * pw;
        /* |C - S| against H */
        double dist = __builtin_fabs((double)(C - I) - f);
        if (__builtin_fabs(dist - H) < MARGIN) return 0;
        if (dist >= H) break;
        best = (uint64_t)C, bestj = j;
    }
    if (bestj < 0) return 0;
    /* the digits of best / 10^bestj, trailing zeros dropped */
    uint64_t c = best / POW10[bestj];
    char tmp[20];
    int n = 0;
    while (c) tmp[n++] = (char)('0' + c % 10), c /= 10;
    int total = n;
    int lead = 0;
    while (lead < n && tmp[lead] == '0') lead++;
    int nd = 0;
    for (int i = n - 1; i >= lead; i--) digits[nd++] = tmp[i];
    /* value = 0.d1..d_total * 10^(total + bestj + k - 16) */
    *decpt = total + bestj + k - 16;
    return nd;
}
