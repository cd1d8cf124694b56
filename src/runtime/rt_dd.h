/* Double-double arithmetic (a value as the unevaluated sum hi + lo of two
 * doubles, about 106 bits): Dekker's exact products and sums
 * over IEEE double operations (wasm has no extended precision and no
 * fused multiply-add, so none is contracted). The fast paths of the
 * decimal <-> double conversions (rt_decimal_fast.c, rt_dtoa_fast.c) use
 * it where an error bound decides the rounding, the exact big-number
 * algorithms otherwise. */
#ifndef ML_RT_DD_H
#define ML_RT_DD_H
#include "rt_internal.h"

typedef struct DD {
    double hi, lo;
} DD;

/* 10^k and 10^-k for k <= 319, relative error below 2^-104 (rt_decimal_fast.c) */
DD rt_dd_pow10(uint32_t k);
DD rt_dd_pow10_neg(uint32_t k);

static inline DD fast_two_sum(double a, double b) { /* |a| >= |b| */
    double s = a + b;
    return (DD){s, b - (s - a)};
}

static inline void split(double a, double *h, double *l) {
    double t = 134217729.0 * a; /* 2^27 + 1 */
    *h = t - (t - a);
    *l = a - *h;
}

static inline DD two_prod(double a, double b) {
    double p = a * b, ah, al, bh, bl;
    split(a, &ah, &al);
    split(b, &bh, &bl);
    return (DD){p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}

static inline DD dd_mul(DD a, DD b) {
    DD p = two_prod(a.hi, b.hi);
    return fast_two_sum(p.hi, p.lo + (a.hi * b.lo + a.lo * b.hi));
}
#endif
