/* The random module, part 3: the real-valued distributions of CPython
 * 3.11's Lib/random.py, the same arithmetic in the same order over the
 * same random() draws (rt_random.c). Python's / and % are the runtime's
 * (rt_float_div, rt_float_mod), ** is CPython's float_pow (rt_float_pow),
 * and the math functions raise as CPython's math module does (math_1:
 * "math domain error", "math range error"); their values are the math
 * module's kernels (rt_m_*: glibc's results). A function that raises
 * returns 0 with the exception pending. */
#include <math.h>

#include "rt_math.h"
#include "rt_random.h"

/* The elementary functions: the math module's kernels (rt_m_*: glibc's
 * results). Native test builds (ML_RT_NATIVE) run on glibc's libm itself,
 * whose exact agreement with CPython their comparison expects (the
 * kernels of sin, cos and acos are correctly rounded, glibc's nearly). */
#ifdef ML_RT_NATIVE
#define KERNEL(f) f
#else
#define KERNEL(f) rt_m_##f
#endif

/* Lib/random.py's constants, as CPython computes them on import (glibc) */
#define TWOPI 0x1.921fb54442d18p+2         /* math.tau */
#define PI 0x1.921fb54442d18p+1            /* math.pi */
#define E 0x1.5bf0a8b145769p+1             /* math.e */
#define NV_MAGICCONST 0x1.b72cd3f331398p+0 /* 4 * exp(-0.5) / sqrt(2.0) */
#define LOG4 0x1.62e42fefa39efp+0          /* log(4.0) */
#define SG_MAGICCONST 0x1.40859baee748fp+1 /* 1.0 + log(4.5) */

/* ---- math functions with the math module's errors ---- */

static double domain_error(void) {
    rt_raise_cstr(RT_EXC_VALUE, "math domain error");
    return 0;
}

/* math.log(x): ValueError for x <= 0 (a NaN passes through) */
static double m_log(double x) { return x > 0.0 || isnan(x) ? KERNEL(log)(x) : domain_error(); }

/* math.exp(x): OverflowError when a finite x overflows */
static double m_exp(double x) {
    double r = KERNEL(exp)(x);
    if (isinf(r) && isfinite(x)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "math range error");
        return 0;
    }
    return r;
}

/* math.sqrt, math.cos, math.sin, math.acos: ValueError where the result
 * would be a NaN from a number */
static double m_sqrt(double x) { return x < 0.0 ? domain_error() : sqrt(x); }
static double m_cos(double x) { return isinf(x) ? domain_error() : KERNEL(cos)(x); }
static double m_sin(double x) { return isinf(x) ? domain_error() : KERNEL(sin)(x); }
static double m_acos(double x) { return fabs(x) > 1.0 ? domain_error() : KERNEL(acos)(x); }

/* ---- the distributions ---- */

/* uniform(a, b) = a + (b - a) * random() */
double rt_random_uniform(double a, double b) { return a + (b - a) * rt_random_random(); }

/* triangular(low, high, mode=None): c = 0.5, or (mode - low) / (high - low)
 * (low when that divides by zero); the branch for u > c mirrors it */
double rt_random_triangular(double low, double high, RtObj *mode) {
    double u = rt_random_random(), c = 0.5;
    if (mode && mode != RT_NONE) {
        RtObj *d = rt_dyn_sub(mode, rt_box_float(low));
        if (RT_ERR) return 0;
        double num = rt_unbox_float(d);
        if (RT_ERR) return 0;
        if (high - low == 0.0) return low; /* except ZeroDivisionError: return low */
        c = num / (high - low);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        double t = low;
        low = high, high = t;
    }
    double r = m_sqrt(u * c);
    return RT_ERR ? 0 : low + (high - low) * r;
}

/* normalvariate(mu, sigma): Kinderman and Monahan's ratio of uniforms */
double rt_random_normalvariate(double mu, double sigma) {
    double z;
    for (;;) {
        double u1 = rt_random_random();
        double u2 = 1.0 - rt_random_random();
        z = NV_MAGICCONST * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        double l = m_log(u2);
        if (RT_ERR) return 0;
        if (zz <= -l) break;
    }
    return mu + z * sigma;
}

/* gauss(mu, sigma): Box-Muller, two values per two draws, the second kept
 * in gauss_next (which seed() clears) for the next call */
double rt_random_gauss(double mu, double sigma) {
    RtRandom *s = &rt_random_state;
    double z = s->gauss_next;
    int has = s->has_gauss;
    s->has_gauss = 0;
    if (!has) {
        double x2pi = rt_random_random() * TWOPI;
        double l = m_log(1.0 - rt_random_random());
        if (RT_ERR) return 0;
        double g2rad = m_sqrt(-2.0 * l);
        if (RT_ERR) return 0;
        z = m_cos(x2pi) * g2rad;
        double next = m_sin(x2pi) * g2rad;
        if (RT_ERR) return 0;
        s->gauss_next = next;
        s->has_gauss = 1;
    }
    return mu + z * sigma;
}

/* lognormvariate(mu, sigma) = exp(normalvariate(mu, sigma)) */
double rt_random_lognormvariate(double mu, double sigma) {
    double v = rt_random_normalvariate(mu, sigma);
    return RT_ERR ? 0 : m_exp(v);
}

/* expovariate(lambd) = -log(1.0 - random()) / lambd */
double rt_random_expovariate(double lambd) {
    double l = m_log(1.0 - rt_random_random());
    return RT_ERR ? 0 : rt_float_div(-l, lambd);
}

/* vonmisesvariate(mu, kappa): Fisher's algorithm; uniform on [0, 2 pi)
 * for kappa <= 1e-6 */
double rt_random_vonmisesvariate(double mu, double kappa) {
    if (kappa <= 1e-6) return TWOPI * rt_random_random();
    double s = 0.5 / kappa;
    double r = s + m_sqrt(1.0 + s * s);
    if (RT_ERR) return 0;
    double z;
    for (;;) {
        double u1 = rt_random_random();
        z = m_cos(PI * u1);
        if (RT_ERR) return 0;
        double d = rt_float_div(z, r + z);
        if (RT_ERR) return 0;
        double u2 = rt_random_random();
        if (u2 < 1.0 - d * d) break;
        double e = m_exp(d);
        if (RT_ERR) return 0;
        if (u2 <= (1.0 - d) * e) break;
    }
    double q = 1.0 / r;
    double f = rt_float_div(q + z, 1.0 + q * z);
    if (RT_ERR) return 0;
    double u3 = rt_random_random();
    double a = m_acos(f);
    if (RT_ERR) return 0;
    return rt_float_mod(u3 > 0.5 ? mu + a : mu - a, TWOPI);
}

/* gammavariate(alpha, beta): Cheng's algorithm for alpha > 1, the
 * exponential for alpha == 1, algorithm GS (Kennedy & Gentle) below */
double rt_random_gammavariate(double alpha, double beta) {
    if (alpha <= 0.0 || beta <= 0.0) {
        rt_raise_cstr(RT_EXC_VALUE, "gammavariate: alpha and beta must be > 0.0");
        return 0;
    }
    if (alpha > 1.0) {
        double ainv = m_sqrt(2.0 * alpha - 1.0);
        if (RT_ERR) return 0;
        double bbb = alpha - LOG4;
        double ccc = alpha + ainv;
        for (;;) {
            double u1 = rt_random_random();
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - rt_random_random();
            double lv = m_log(u1 / (1.0 - u1));
            if (RT_ERR) return 0;
            double v = lv / ainv;
            double ev = m_exp(v);
            if (RT_ERR) return 0;
            double x = alpha * ev;
            double z = u1 * u1 * u2;
            double r = bbb + ccc * v - x;
            if (r + SG_MAGICCONST - 4.5 * z >= 0.0) return x * beta;
            double lz = m_log(z);
            if (RT_ERR) return 0;
            if (r >= lz) return x * beta;
        }
    }
    if (alpha == 1.0) { /* expovariate(1/beta) */
        double l = m_log(1.0 - rt_random_random());
        return RT_ERR ? 0 : -l * beta;
    }
    /* alpha is between 0 and 1 (exclusive) */
    double x;
    for (;;) {
        double u = rt_random_random();
        double b = (E + alpha) / E;
        double p = b * u;
        if (p <= 1.0) x = rt_float_pow(p, rt_float_div(1.0, alpha));
        else x = -m_log(rt_float_div(b - p, alpha));
        if (RT_ERR) return 0;
        double u1 = rt_random_random();
        if (p > 1.0) {
            double t = rt_float_pow(x, alpha - 1.0);
            if (RT_ERR) return 0;
            if (u1 <= t) break;
        } else {
            double t = m_exp(-x);
            if (RT_ERR) return 0;
            if (u1 <= t) break;
        }
    }
    return x * beta;
}

/* betavariate(alpha, beta) = y / (y + gammavariate(beta, 1)) with y =
 * gammavariate(alpha, 1), or 0.0 when y is 0 */
double rt_random_betavariate(double alpha, double beta) {
    double y = rt_random_gammavariate(alpha, 1.0);
    if (RT_ERR) return 0;
    if (y == 0.0) return 0.0;
    double g = rt_random_gammavariate(beta, 1.0);
    return RT_ERR ? 0 : rt_float_div(y, y + g);
}

/* paretovariate(alpha) = (1.0 - random()) ** (-1.0 / alpha) */
double rt_random_paretovariate(double alpha) {
    double u = 1.0 - rt_random_random();
    double e = rt_float_div(-1.0, alpha);
    return RT_ERR ? 0 : rt_float_pow(u, e);
}

/* weibullvariate(alpha, beta) = alpha * (-log(1.0 - random())) ** (1.0 / beta) */
double rt_random_weibullvariate(double alpha, double beta) {
    double l = m_log(1.0 - rt_random_random());
    if (RT_ERR) return 0;
    double e = rt_float_div(1.0, beta);
    if (RT_ERR) return 0;
    double p = rt_float_pow(-l, e);
    return RT_ERR ? 0 : alpha * p;
}
