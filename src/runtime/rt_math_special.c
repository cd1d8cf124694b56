/* math module: gamma and lgamma. CPython does not use libm's tgamma and
 * lgamma but its own Lanczos approximation (N = 13, g = 6.0246800407...,
 * the Boost parameters, as a rational function), with the reflection
 * formula for negative x; the same method, in the same order of
 * operations, gives the same floats. Errors as CPython's m_tgamma /
 * m_lgamma set errno: poles and gamma(-inf) are domain errors, results
 * too large for a float range errors. */
#include "rt_math.h"

#define INF __builtin_inf()
#define PI 3.141592653589793238462643383279502884
#define LOGPI 1.144729885849400174143427351353058711647
#define LANCZOS_G 6.024680040776729583740234375
#define LANCZOS_G_MINUS_HALF 5.524680040776729583740234375

/* numerator coefficients of the Lanczos sum as a rational function; the
 * denominator is x (x+1) ... (x+11) expanded */
static const double lanczos_num[13] = {
    23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408};
static const double lanczos_den[13] = {0.0,      39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                       45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                       1925.0,     66.0,       1.0};

/* gamma(n) = (n-1)! for n = 1 .. 23, as the nearest floats */
static const double factorials[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0,
    6227020800.0, 87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0,
    121645100408832000.0, 2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0};

/* L_g(x) for x > 0: Horner in x below 5, else in 1/x (no overflow) */
static double lanczos_sum(double x) {
    double num = 0, den = 0;
    if (x < 5.0) {
        for (int i = 12; i >= 0; i--) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < 13; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

/* sin(pi x) for finite x, exact at the integers and half-integers: x is
 * reduced to y in [0, 2) and the nearest quarter picks sin or cos of a
 * small argument. */
static double sinpi(double x) {
    double y = __builtin_fmod(__builtin_fabs(x), 2.0), r;
    switch ((int)__builtin_round(2.0 * y)) {
    case 0: r = rt_m_sin(PI * y); break;
    case 1: r = rt_m_cos(PI * (y - 0.5)); break;
    case 2: r = rt_m_sin(PI * (1.0 - y)); break; /* not -sin(pi (y-1)): 0.0, not -0.0, at y == 1 */
    case 3: r = -rt_m_cos(PI * (y - 1.5)); break;
    default: r = rt_m_sin(PI * (y - 2.0)); break;
    }
    return __builtin_copysign(1.0, x) * r;
}

/* gamma(x) */
double rt_math_gamma(double x) {
    if (!(__builtin_fabs(x) < INF)) {
        if (x != x || x > 0) return x;
        rt_math_domain_error();
        return 0;
    }
    if (x == 0) {
        rt_math_domain_error();
        return 0;
    }
    if (x == __builtin_floor(x)) {
        if (x < 0) {
            rt_math_domain_error();
            return 0;
        }
        if (x <= 23) return factorials[(int)x - 1];
    }
    double ax = __builtin_fabs(x);
    if (ax < 1e-20) { /* gamma(x) ~ 1/x */
        double r = 1.0 / x;
        if (__builtin_fabs(r) == INF) {
            rt_math_range_error();
            return 0;
        }
        return r;
    }
    if (ax > 200.0) { /* overflows above, underflows to +-0 below */
        if (x < 0) return 0.0 / sinpi(x);
        rt_math_range_error();
        return 0;
    }
    double y = ax + LANCZOS_G_MINUS_HALF, z, r;
    /* z: the rounding error of y, scaled to correct pow(y, ...) / exp(y) */
    if (ax > LANCZOS_G_MINUS_HALF) {
        volatile double q = y - ax;
        z = q - LANCZOS_G_MINUS_HALF;
    } else {
        volatile double q = y - LANCZOS_G_MINUS_HALF;
        z = q - ax;
    }
    z = z * LANCZOS_G / y;
    if (x < 0) {
        r = -PI / sinpi(ax) / ax * rt_m_exp(y) / lanczos_sum(ax);
        r -= z * r;
        if (ax < 140.0) r /= rt_m_pow(y, ax - 0.5);
        else {
            double sqrtpow = rt_m_pow(y, ax / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(ax) / rt_m_exp(y);
        r += z * r;
        if (ax < 140.0) r *= rt_m_pow(y, ax - 0.5);
        else {
            double sqrtpow = rt_m_pow(y, ax / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (__builtin_fabs(r) == INF) {
        rt_math_range_error();
        return 0;
    }
    return r;
}

/* lgamma(x): log |gamma(x)| */
double rt_math_lgamma(double x) {
    if (!(__builtin_fabs(x) < INF)) return x != x ? x : INF;
    if (x == __builtin_floor(x) && x <= 2.0) {
        if (x <= 0) { /* the poles */
            rt_math_domain_error();
            return 0;
        }
        return 0.0; /* lgamma(1) = lgamma(2) = 0 */
    }
    double ax = __builtin_fabs(x);
    if (ax < 1e-20) return -rt_m_log(ax);
    double r = rt_m_log(lanczos_sum(ax)) - LANCZOS_G;
    r += (ax - 0.5) * (rt_m_log(ax + LANCZOS_G - 0.5) - 1);
    if (x < 0) r = LOGPI - rt_m_log(__builtin_fabs(sinpi(ax))) - rt_m_log(ax) - r;
    if (__builtin_fabs(r) == INF) {
        rt_math_range_error();
        return 0;
    }
    return r;
}
