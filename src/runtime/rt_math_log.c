/* math module: log(x[, base]), log2(x), log10(x) of ints of any size and
 * floats, as CPython's loghelper: an int (or bool) that converts to a
 * float takes the float's log; one too large for a float is m * 2**e with
 * m rounded to 53 bits (_PyLong_Frexp), and its log is
 * f(m) + f(2.0) * e. Non-positive ints are domain errors; floats go
 * through math_1 (a NaN or an infinity from a finite x: domain error). */
#include "rt_math.h"

#define INF __builtin_inf()

enum { LN, LOG2, LOG10 }; /* which logarithm (no function pointers in the runtime) */

/* the libm-level logarithm of a positive finite x */
static double f(int which, double x) { return which == LN ? rt_m_log(x) : which == LOG2 ? rt_m_log2(x) : rt_m_log10(x); }

/* m_log, m_log2, m_log10: the special values directly */
static double log_special(double x, int which) {
    if (x != x) return x;
    if (x == INF) return x;
    if (x > 0) return f(which, x);
    return x == 0 ? -INF : __builtin_nan("");
}

/* _PyLong_Frexp of a positive int beyond the float range: v = m * 2**e,
 * 0.5 <= m < 1, m rounded half even to 53 bits (a carry to 1.0 makes it
 * 0.5 * 2**(e+1)). */
static double big_frexp(int64_t v, int64_t *e) {
    int64_t bits = rt_int_bit_length(v);
    RtIntView w;
    rt_int_view(&w, v);
    /* the top 55 bits, the last one sticky: (double) rounds them to 53 */
    uint64_t s = (uint64_t)bits - 55;
    uint32_t *top = rt_mag_alloc(w.n);
    int sticky = rt_mag_shr(top, w.d, w.n, s);
    uint64_t m = (uint64_t)top[1] << 32 | top[0];
    m |= (uint64_t)sticky;
    double x = __builtin_ldexp((double)m, -55);
    *e = bits;
    if (x == 1.0) {
        x = 0.5;
        *e += 1;
    }
    return x;
}

/* loghelper */
static double log_of(RtObj *x, int which) {
    if (rt_is_intlike(x)) {
        int64_t v = ((RtInt *)x)->value;
        if (v <= 0) { /* a negative handle is a negative i64 too */
            rt_math_domain_error();
            return 0;
        }
        if (RT_INT_IS_SMALL(v) || rt_int_bit_length(v) <= 1024) {
            double d = rt_int_to_float(v);
            if (!RT_ERR) return f(which, d);
            /* 2**1024 - 2**970 and up round to inf: continue as a big one */
            rt_exc_take();
        }
        int64_t e;
        double m = big_frexp(v, &e);
        return f(which, m) + f(which, 2.0) * (double)e;
    }
    double d = rt_math_float_arg(x);
    if (RT_ERR) return 0;
    return rt_math_check1(d, log_special(d, which), 0);
}

/* log(x) and log(x, base) = log(x) / log(base) (a float division:
 * ZeroDivisionError for base 1) */
double rt_math_log(RtObj *x, RtObj *base) {
    double num = log_of(x, LN);
    if (RT_ERR || !base) return num;
    double den = log_of(base, LN);
    if (RT_ERR) return 0;
    if (den == 0) {
        rt_raise_cstr(RT_EXC_ZERO_DIVISION, "float division by zero");
        return 0;
    }
    return num / den;
}

double rt_math_log2(RtObj *x) { return log_of(x, LOG2); }
double rt_math_log10(RtObj *x) { return log_of(x, LOG10); }
