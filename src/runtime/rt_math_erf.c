/* math module: erf and erfc as glibc computes them (CPython calls libm's).
 * Both glibc and musl use fdlibm's rational approximations, on the same
 * intervals with the same coefficients, but glibc evaluates each
 * polynomial in pairs, (c0 + z c1) + z^2 (c2 + z c3) + z^4 (...) ...,
 * where musl uses Horner's rule: erfc then differs in the last bits in
 * several percent of arguments (up to a few ulps near 1, where it
 * cancels). This is that evaluation, written for the runtime; exp is
 * libm's.
 *
 * The method (fdlibm's): below 0.84375, erf(x) = x + x R(x^2)/S(x^2); up
 * to 1.25, erf(x) = erx + P(s)/Q(s) with s = |x| - 1 and erx = erf(1)
 * rounded to 24 bits; up to 6 (erf) or 28 (erfc), erfc(x) =
 * exp(-z^2 - 0.5625) exp((z - x)(z + x) + R(1/x^2)/S(1/x^2)) / x with z
 * the upper 32 bits of x, R/S on two intervals split near 1/0.35. */
#include <math.h>

#include "rt_math.h"

static const double erx = 8.45062911510467529297e-01, efx = 1.28379167095512586316e-01;
/* [0, 0.84375): x R(z)/S(z), z = x^2 */
static const double pp[5] = {1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02,
                             -5.77027029648944159157e-03, -2.37630166566501626084e-05};
static const double qq[6] = {1.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03,
                             1.32494738004321644526e-04, -3.96022827877536812320e-06};
/* [0.84375, 1.25): P(s)/Q(s), s = |x| - 1 */
static const double pa[7] = {-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01,
                             3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02,
                             -2.16637559486879084300e-03};
static const double qa[7] = {1.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02,
                             1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02};
/* [1.25, 1/0.35): R(s)/S(s), s = 1/x^2 */
static const double ra[8] = {-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01,
                             -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02,
                             -8.12874355063065934246e+01, -9.81432934416914548592e+00};
static const double sa[9] = {1.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02,
                             6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02,
                             6.57024977031928170135e+00, -6.04244152148580987438e-02};
/* [1/0.35, 28) */
static const double rb[7] = {-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01,
                             -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03,
                             -4.83519191608651397019e+02};
static const double sb[8] = {1.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03,
                             3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02,
                             -2.24409524465858183362e+01};

/* c[0] + c[1] z + ... + c[n-1] z^(n-1) in glibc's order: pairs
 * (c[2j] + z c[2j+1]) times z^(2j), summed from the lowest */
static double poly(const double *c, int n, double z) {
    double z2 = z * z, z4 = z2 * z2, pw[5] = {1.0, z2, z4, z4 * z2, z4 * z4}, r = 0;
    for (int i = 0, j = 0; i < n; i += 2, j++) {
        double t = i + 1 < n ? c[i] + z * c[i + 1] : c[i];
        r = j == 0 ? t : r + pw[j] * t;
    }
    return r;
}

static uint32_t high_word(double x) {
    uint64_t b;
    __builtin_memcpy(&b, &x, 8);
    return (uint32_t)(b >> 32);
}

/* exp(-x^2) R/S-corrected, over x (x >= 1.25): the tail erfc(x) */
static double tail(double ax, int big) {
    double s = 1.0 / (ax * ax), R, S;
    if (!big) R = poly(ra, 8, s), S = poly(sa, 9, s);
    else R = poly(rb, 7, s), S = poly(sb, 8, s);
    uint64_t b;
    __builtin_memcpy(&b, &ax, 8);
    b &= 0xffffffff00000000u;
    double z;
    __builtin_memcpy(&z, &b, 8);
    return rt_m_exp(-z * z - 0.5625) * rt_m_exp((z - ax) * (z + ax) + R / S) / ax;
}

double rt_m_erf(double x) {
    uint32_t ix = high_word(x) & 0x7fffffff;
    int neg = x < 0;
    if (ix >= 0x7ff00000) return x != x ? x : neg ? -1.0 : 1.0;
    if (ix < 0x3feb0000) { /* |x| < 0.84375 */
        if (ix < 0x3e300000) /* x (1 + efx), scaled by 16 for subnormal x as glibc does */
            return ix < 0x00800000 ? 0.0625 * (16.0 * x + (16.0 * efx) * x) : x + efx * x;
        double z = x * x, y = poly(pp, 5, z) / poly(qq, 6, z);
        return x + x * y;
    }
    if (ix < 0x3ff40000) { /* |x| < 1.25 */
        double s = __builtin_fabs(x) - 1.0, q = poly(pa, 7, s) / poly(qa, 7, s);
        return neg ? -erx - q : erx + q;
    }
    if (ix >= 0x40180000) return neg ? -1.0 : 1.0; /* |x| >= 6 (1 - tiny) */
    double r = tail(__builtin_fabs(x), ix >= 0x4006DB6E);
    return neg ? r - 1.0 : 1.0 - r;
}

double rt_m_erfc(double x) {
    uint32_t hx = high_word(x), ix = hx & 0x7fffffff;
    int neg = x < 0;
    if (ix >= 0x7ff00000) return x != x ? x : neg ? 2.0 : 0.0;
    if (ix < 0x3feb0000) { /* |x| < 0.84375 */
        if (ix < 0x3c700000) return 1.0 - x;
        double z = x * x, y = poly(pp, 5, z) / poly(qq, 6, z);
        if (neg || hx < 0x3fd00000) return 1.0 - (x + x * y); /* x < 1/4 */
        double r = x * y;
        r += x - 0.5;
        return 0.5 - r;
    }
    if (ix < 0x3ff40000) { /* |x| < 1.25 */
        double s = __builtin_fabs(x) - 1.0, q = poly(pa, 7, s) / poly(qa, 7, s);
        if (!neg) return (1.0 - erx) - q;
        return 1.0 + (erx + q);
    }
    if (ix < 0x403c0000) { /* |x| < 28 */
        if (neg && ix >= 0x40180000) return 2.0; /* x <= -6: 2 - tiny */
        double r = tail(__builtin_fabs(x), ix >= 0x4006DB6D);
        return neg ? 2.0 - r : r;
    }
    return neg ? 2.0 : 0.0; /* tiny * tiny underflows to 0 */
}
