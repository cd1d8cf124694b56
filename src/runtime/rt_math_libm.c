/* math module: the elementary kernels rt_m_* (rt_math.h). Each is
 * wasi-libc's libm (musl) unless the runtime has its own: CPython's
 * results are glibc's, and where musl's function is a different
 * algorithm from glibc's, its last bit differs often enough to show.
 *   - sinh, cosh, tanh, asinh, acosh, atanh: glibc keeps the classic fdlibm
 *     formulas over expm1/exp/log/log1p (which musl and glibc compute
 *     alike); musl rewrote them (and its acosh takes x < -1 as |x|).
 *     They are written here as those formulas.
 *   - log10: glibc keeps fdlibm's, from log of the mantissa scaled to
 *     [sqrt(2)/2, sqrt(2)) and log10(2) in two parts; musl's differs.
 *   - cbrt: glibc's own method, not fdlibm's: a degree-6 polynomial
 *     guess of the root of the mantissa in [0.5, 1), one Halley step,
 *     then the exponent's remainder mod 3 as a factor. Its constants are
 *     what makes the last bit agree.
 *   - sin, cos, tan, asin, acos, atan, atan2: glibc's are correctly
 *     rounded but for rare cases; these are (rt_math_trig.c).
 *   - erf, erfc: fdlibm's in both, evaluated in glibc's order
 *     (rt_math_erf.c).
 *   - exp, log, log2, pow: glibc's FMA variants, emulated
 *     (rt_math_exp_log.c). */
#include <math.h>

#include "rt_math.h"

double rt_m_exp2(double x) { return exp2(x); }
double rt_m_expm1(double x) { return expm1(x); }
double rt_m_log1p(double x) { return log1p(x); }
#define LN2 6.93147180559945286227e-01
#define INF __builtin_inf()

/* sinh: x for tiny x; h (2t - t*t/(t+1)) or h (t + t/(t+1)) with
 * t = expm1(|x|) below 22; h exp(|x|) up to log(DBL_MAX); then
 * (h w) w with w = exp(|x|/2), until it overflows. */
double rt_m_sinh(double x) {
    double h = x < 0 ? -0.5 : 0.5, a = __builtin_fabs(x);
    if (!(a < INF)) return x + x;
    if (a < 22.0) {
        if (a < 0x1p-28) return x;
        double t = expm1(a);
        if (a < 1.0) return h * (2.0 * t - t * t / (t + 1.0));
        return h * (t + t / (t + 1.0));
    }
    if (a < 0x1.62e42p9) return h * rt_m_exp(a); /* below log(DBL_MAX), by its high word */
    double w = rt_m_exp(0.5 * a), t = h * w;
    return t * w;
}

/* cosh: 1 + t*t/(2(1+t)) with t = expm1(|x|) below ln2/2, (e + 1/e)/2 as
 * e/2 + 0.5/e below 22, exp(|x|)/2 up to log(DBL_MAX), then (w/2) w with
 * w = exp(|x|/2) */
double rt_m_cosh(double x) {
    double a = __builtin_fabs(x), t, w;
    if (!(a < INF)) return a;
    if (a < 22.0) {
        if (a < 0x1.62e43p-2) {
            if (a < 0x1p-55) return 1.0;
            t = expm1(a);
            w = 1.0 + t;
            return 1.0 + (t * t) / (w + w);
        }
        t = rt_m_exp(a);
        return 0.5 * t + 0.5 / t;
    }
    if (a < 0x1.62e42p9) return 0.5 * rt_m_exp(a);
    w = rt_m_exp(0.5 * a);
    t = 0.5 * w;
    return t * w;
}

/* tanh: 1 - 2/(expm1(2|x|) + 2) from 1 up, -t/(t+2) with
 * t = expm1(-2|x|) below, +-1 from 22 on */
double rt_m_tanh(double x) {
    double a = __builtin_fabs(x), z;
    if (x != x) return x;
    if (a >= 22.0) z = 1.0;
    else if (a < 0x1p-55) return x * (1.0 + x);
    else if (a >= 1.0) z = 1.0 - 2.0 / (expm1(a + a) + 2.0);
    else {
        double t = expm1(-(a + a));
        z = -t / (t + 2.0);
    }
    return x < 0 ? -z : z;
}

/* asinh: log(|x|) + ln2 for huge |x|, log(2|x| + 1/(sqrt(x*x+1) + |x|))
 * above 2, log1p(|x| + x*x/(1 + sqrt(1 + x*x))) below */
double rt_m_asinh(double x) {
    double a = __builtin_fabs(x), w;
    if (!(a < INF)) return x + x;
    if (a < 0x1p-28) return x;
    if (a > 0x1p28) w = rt_m_log(a) + LN2;
    else if (a > 2.0) w = rt_m_log(2.0 * a + 1.0 / (__builtin_sqrt(x * x + 1.0) + a));
    else {
        double t = x * x;
        w = log1p(a + t / (1.0 + __builtin_sqrt(1.0 + t)));
    }
    return x < 0 ? -w : w;
}

/* acosh: NaN below 1, log(x) + ln2 for huge x, log(2x - 1/(x + sqrt(x*x - 1)))
 * above 2, log1p(t + sqrt(2t + t*t)) with t = x - 1 below */
double rt_m_acosh(double x) {
    if (x != x) return x;
    if (x < 1.0) return __builtin_nan("");
    if (x >= 0x1p28) return x == INF ? x : rt_m_log(x) + LN2;
    if (x == 1.0) return 0.0;
    if (x > 2.0) {
        double t = x * x;
        return rt_m_log(2.0 * x - 1.0 / (x + __builtin_sqrt(t - 1.0)));
    }
    double t = x - 1.0;
    return log1p(t + __builtin_sqrt(2.0 * t + t * t));
}

/* atanh: NaN beyond 1, +-inf at 1; 0.5 log1p(2a + 2a*a/(1-a)) below 0.5,
 * 0.5 log1p(2a/(1-a)) above */
double rt_m_atanh(double x) {
    double a = __builtin_fabs(x), t;
    if (x != x) return x;
    if (a > 1.0) return __builtin_nan("");
    if (a == 1.0) return x / 0.0;
    if (a < 0x1p-28) return x;
    if (a < 0.5) {
        t = a + a;
        t = 0.5 * log1p(t + t * a / (1.0 - a));
    } else t = 0.5 * log1p((a + a) / (1.0 - a));
    return x < 0 ? -t : t;
}

/* cbrt (glibc's method, see above): u ~ cbrt(m) by a polynomial for the
 * mantissa m in [0.5, 1), one Halley step u (u^3 + 2m) / (2u^3 + m), the
 * factor 2^(e mod 3 / 3), and 2^(e / 3) (C's truncating / and %) */
double rt_m_cbrt(double x) {
    static const double factor[5] = {1.0 / 1.5874010519681994748, 1.0 / 1.2599210498948731648, 1.0,
                                     1.2599210498948731648, 1.5874010519681994748};
    if (x == 0 || !(__builtin_fabs(x) < INF)) return x + x;
    int e;
    double m = __builtin_frexp(__builtin_fabs(x), &e);
    double u = (0.354895765043919860 +
                ((1.50819193781584896 +
                  ((-2.11499494167371287 +
                    ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * m) * m) * m)) *
                     m)) *
                   m)) *
                 m));
    double t2 = u * u * u;
    double y = u * (t2 + 2.0 * m) / (2.0 * t2 + m) * factor[2 + e % 3];
    return __builtin_ldexp(x > 0 ? y : -y, e / 3);
}

/* log10 (x > 0 finite, as m_log10 passes it), fdlibm's way: x = 2^k m with
 * m in [1, 2) (or [0.5, 1) when k < 0, the exponent then k + 1), and
 * log10(x) = (k log10(2)_lo + log(m) / ln(10)) + k log10(2)_hi */
double rt_m_log10(double x) {
    const double ivln10 = 0x1.bcb7b1526e50ep-2, log10_2hi = 0x1.34413509f6p-2, log10_2lo = 0x1.9fef311f12b36p-42;
    uint64_t b;
    int k = 0;
    if (x < 0x1p-1022) { /* subnormal: scale up */
        x *= 0x1p54;
        k = -54;
    }
    __builtin_memcpy(&b, &x, 8);
    k += (int)(b >> 52) - 1023;
    int i = k < 0;
    b = (b & (((uint64_t)1 << 52) - 1)) | ((uint64_t)(0x3ff - i) << 52);
    __builtin_memcpy(&x, &b, 8);
    double y = (double)(k + i);
    double z = y * log10_2lo + ivln10 * rt_m_log(x);
    return z + y * log10_2hi;
}
