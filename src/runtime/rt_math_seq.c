/* math module: the functions of many numbers. hypot and dist (CPython
 * 3.11's vector_norm, almost always correctly rounded), fsum (exact, by
 * Shewchuk's partials: msum) and prod (the runtime's dynamic `*`, so
 * ints stay exact). */
#include "rt_math.h"

#define INF __builtin_inf()

/* vector_norm: sqrt of the sum of squares of n values 0 <= v[i] <= max
 * (finite, unless max is inf). The values are scaled by a power of two
 * that brings max into [0.5, 1); each square is split exactly (Veltkamp)
 * into hi*hi + 2*hi*lo + lo*lo and summed with compensation (Neumaier,
 * the running sum kept above 1.0 so that no branch is needed); the square
 * root gets one step of differential correction. */
static double vector_norm(uint32_t n, const double *v, double max, int found_nan) {
    const double T27 = 134217729.0; /* 2**27 + 1 */
    if (max == INF) return max;
    if (found_nan) return __builtin_nan("");
    if (max == 0 || n <= 1) return max;
    int max_e;
    __builtin_frexp(max, &max_e);
    double csum = 1.0, frac1 = 0, frac2 = 0, frac3 = 0, x, t, hi, lo, old;
    if (max_e < -1023) { /* 2**-max_e overflows: divide by max instead */
        for (uint32_t i = 0; i < n; i++) {
            x = v[i] / max;
            x = x * x;
            old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * __builtin_sqrt(csum - 1.0 + frac1);
    }
    double scale = __builtin_ldexp(1.0, -max_e);
    for (uint32_t i = 0; i < n; i++) {
        x = v[i] * scale;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = hi * hi;
        old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        x = 2.0 * hi * lo;
        old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        frac3 += lo * lo;
    }
    double h = __builtin_sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
    /* the correction: the exact residual sum - h*h, divided by 2h */
    x = h;
    t = x * T27;
    hi = t - (t - x);
    lo = x - hi;
    x = -hi * hi;
    old = csum;
    csum += x;
    frac1 += (old - csum) + x;
    x = -2.0 * hi * lo;
    old = csum;
    csum += x;
    frac2 += (old - csum) + x;
    x = -lo * lo;
    old = csum;
    csum += x;
    frac3 += (old - csum) + x;
    x = csum - 1.0 + (frac1 + frac2 + frac3);
    return (h + x / (2.0 * h)) / scale;
}

/* |x + yj| (rt_complex.c): the two-value vector_norm */
double rt_m_hypot(double x, double y) {
    double v[2] = {__builtin_fabs(x), __builtin_fabs(y)};
    return vector_norm(2, v, v[0] > v[1] ? v[0] : v[1], v[0] != v[0] || v[1] != v[1]);
}

/* hypot(*coordinates) */
double rt_math_hypot(RtObj *args) {
    RtTuple *t = (RtTuple *)args;
    double *v = rt_alloc(t->len * 8 + 8), max = 0;
    int found_nan = 0;
    for (uint32_t i = 0; i < t->len; i++) {
        double x = __builtin_fabs(rt_math_float_arg(t->items[i]));
        if (RT_ERR) return 0;
        v[i] = x;
        found_nan |= x != x;
        if (x > max) max = x;
    }
    return vector_norm(t->len, v, max, found_nan);
}

/* the items of a point: a tuple or list as it is, another iterable as
 * tuple(p) */
static RtObj *const *point(RtObj *p, uint32_t *n) {
    uint32_t t = RT_OBJ_TYPE(p);
    if (t != RT_TYPE_TUPLE && t != RT_TYPE_LIST) {
        p = rt_builtin_tuple(p);
        if (RT_ERR) return 0;
    }
    return rt_seq_items(p, n);
}

/* dist(p, q): the norm of p - q */
double rt_math_dist(RtObj *p, RtObj *q) {
    uint32_t m, n;
    RtObj *const *a = point(p, &m);
    if (RT_ERR) return 0;
    RtObj *const *b = point(q, &n);
    if (RT_ERR) return 0;
    if (m != n) {
        rt_raise_cstr(RT_EXC_VALUE, "both points must have the same number of dimensions");
        return 0;
    }
    double *v = rt_alloc(n * 8 + 8), max = 0;
    int found_nan = 0;
    for (uint32_t i = 0; i < n; i++) {
        double x = rt_math_float_arg(a[i]);
        if (RT_ERR) return 0;
        double y = rt_math_float_arg(b[i]);
        if (RT_ERR) return 0;
        x = __builtin_fabs(x - y);
        v[i] = x;
        found_nan |= x != x;
        if (x > max) max = x;
    }
    return vector_norm(n, v, max, found_nan);
}

/* fsum(iterable): the correctly rounded sum. The partials are
 * non-overlapping and increase in magnitude; each new x is added into
 * them exactly (two-sum), and the last one takes what is left. NaNs and
 * infinities are summed apart (inf - inf: ValueError); an overflow of a
 * partial from finite values is an OverflowError. At the end the
 * partials are added from the top until the sum becomes inexact, and
 * the half-even tie is fixed up with the next partial's sign. */
double rt_math_fsum(RtObj *iterable) {
    RtObj *it = rt_iter(iterable), *item;
    if (RT_ERR) return 0;
    uint32_t n = 0, cap = 32;
    double *p = rt_alloc(cap * 8), special = 0, inf_sum = 0;
    volatile double hi, yr, lo = 0; /* no reassociation of the two-sums */
    while (rt_iter_next(it, &item)) {
        double x = rt_math_float_arg(item), y, t;
        if (RT_ERR) return 0;
        double xsave = x;
        uint32_t i = 0;
        for (uint32_t j = 0; j < n; j++) {
            y = p[j];
            if (__builtin_fabs(x) < __builtin_fabs(y)) t = x, x = y, y = t;
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x == 0.0) continue;
        if (!(__builtin_fabs(x) < INF)) {
            if (__builtin_fabs(xsave) < INF) {
                rt_raise_cstr(RT_EXC_OVERFLOW, "intermediate overflow in fsum");
                return 0;
            }
            if (xsave == INF || xsave == -INF) inf_sum += xsave;
            special += xsave;
            n = 0;
            continue;
        }
        if (n == cap) {
            double *np = rt_alloc(cap * 16);
            rt_memcpy(np, p, cap * 8);
            p = np, cap *= 2;
        }
        p[n++] = x;
    }
    if (RT_ERR) return 0;
    if (special != 0.0) {
        if (inf_sum != inf_sum) {
            rt_raise_cstr(RT_EXC_VALUE, "-inf + inf in fsum");
            return 0;
        }
        return special;
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return hi;
}

/* prod(iterable, start=1): start * item * item ... through the dynamic
 * `*` (exact big ints, floats, mixes; its TypeErrors) */
RtObj *rt_math_prod(RtObj *iterable, RtObj *start) {
    RtObj *it = rt_iter(iterable), *item;
    if (RT_ERR) return 0;
    RtObj *acc = start ? start : rt_box_int(1);
    while (rt_iter_next(it, &item)) {
        acc = rt_dyn_mul(acc, item);
        if (RT_ERR) return 0;
    }
    if (RT_ERR) return 0;
    return acc;
}
