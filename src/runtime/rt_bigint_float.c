/* Ints meet floats: float(n), n / m, n < x, int(x), all exact or correctly
 * rounded (round half to even) for ints of any size, with CPython 3.11's
 * algorithms and messages. No libm: powers of two are built from their
 * bits, and floor is the wasm instruction. */
#include "rt_bigint.h"

#define DBL_MANT_DIG 53
#define DBL_MAX_EXP 1024
#define DBL_MIN_EXP (-1021)

/* 2^e for -1022 <= e <= 1023 (normal doubles only) */
static double pow2(int64_t e) {
    uint64_t bits = (uint64_t)(e + 1023) << 52;
    double d;
    __builtin_memcpy(&d, &bits, 8);
    return d;
}

/* x 2^e, exact when the result is representable (x has been rounded to
 * the precision of the result): in two steps so that no factor leaves the
 * normal range, for -1100 <= e <= 1023 */
static double scale2(double x, int64_t e) {
    if (e < -1000) return x * pow2(-1000) * pow2(e + 1000);
    return x * pow2(e);
}

/* ---- float(n) ---- */

/* |x| correctly rounded; *overflow set when it exceeds the largest double */
static double mag_to_double(const RtIntView *x, int *overflow) {
    *overflow = 0;
    uint64_t bits = rt_mag_bits(x->d, x->n);
    if (bits <= 64) {
        uint64_t u = x->n == 0 ? 0 : x->n == 1 ? x->d[0] : (uint64_t)x->d[1] << 32 | x->d[0];
        return (double)u; /* the conversion rounds half to even */
    }
    /* the top 64 bits, with a sticky bit for the rest: bit 0 lies below the
     * rounding position (bit 11), so one rounding of it is exact */
    uint64_t shift = bits - 64;
    uint32_t limb = (uint32_t)(shift / 32), off = (uint32_t)(shift % 32);
    uint64_t lo = x->d[limb], mid = x->d[limb + 1], hi = limb + 2 < x->n ? x->d[limb + 2] : 0;
    uint64_t m = off ? (hi << (64 - off)) | (mid << (32 - off)) | (lo >> off) : mid << 32 | lo;
    int sticky = off && (lo & (((uint64_t)1 << off) - 1)) != 0;
    for (uint32_t i = 0; i < limb && !sticky; i++) sticky = x->d[i] != 0;
    double d = (double)(m | (uint64_t)sticky);
    if (shift > DBL_MAX_EXP - 64) { /* d >= 2^63: the result is >= 2^1024 */
        *overflow = 1;
        return 0;
    }
    d = scale2(d, (int64_t)shift);
    if (d == __builtin_inf()) *overflow = 1;
    return d;
}

double rt_int_to_float(int64_t a) {
    if (RT_INT_IS_SMALL(a)) return (double)a;
    RtIntView x;
    rt_int_view(&x, a);
    int overflow;
    double d = mag_to_double(&x, &overflow);
    if (overflow) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "int too large to convert to float");
        return 0;
    }
    return x.neg ? -d : d;
}

/* ---- a / b ---- */

static double raise_div_overflow(void) {
    rt_raise_cstr(RT_EXC_OVERFLOW, "integer division result too large for a float");
    return 0;
}

/* CPython's long_true_divide: |a| / |b| as x = |a| 2^-shift // |b| with
 * DBL_MANT_DIG + 2 or 3 bits (shift chosen so that subnormal results get
 * their reduced precision), rounded half to even with the remainder as a
 * sticky bit, then scaled exactly. */
static double div_mag(const RtIntView *a, const RtIntView *b) {
    int64_t diff = (int64_t)rt_mag_bits(a->d, a->n) - (int64_t)rt_mag_bits(b->d, b->n);
    if (diff > DBL_MAX_EXP) return raise_div_overflow();
    if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return 0; /* underflows to 0 */
    int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    int inexact = 0;
    /* x = |a| 2^-shift */
    uint32_t xn = shift <= 0 ? a->n + (uint32_t)(-shift / 32) + 1 : a->n - (uint32_t)(shift / 32);
    uint32_t *x = rt_mag_alloc(xn);
    if (!x) return 0;
    if (shift <= 0) rt_mag_shl(x, a->d, a->n, (uint64_t)-shift);
    else inexact = rt_mag_shr(x, a->d, a->n, (uint64_t)shift);
    xn = rt_mag_trim(x, xn);
    /* x //= |b|; x < 2^(DBL_MANT_DIG + 3) fits a uint64_t */
    uint32_t *q = rt_mag_alloc(xn - b->n + 1), *r = rt_mag_alloc(b->n);
    if (!q || !r || !rt_mag_divmod(q, r, x, xn, b->d, b->n)) return 0;
    inexact |= rt_mag_trim(r, b->n) != 0;
    uint32_t qn = rt_mag_trim(q, xn - b->n + 1);
    uint64_t xq = qn > 1 ? (uint64_t)q[1] << 32 | q[0] : q[0];
    int64_t x_bits = 64 - __builtin_clzll(xq);
    /* round away the extra bits (2 or 3) half to even */
    int64_t extra = (x_bits > DBL_MIN_EXP - shift ? x_bits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    uint64_t mask = (uint64_t)1 << (extra - 1), low = xq | (uint64_t)inexact;
    if ((low & mask) && (low & (3 * mask - 1))) low += mask;
    xq = low & ~(2 * mask - 1);
    double dx = (double)xq; /* exact: at most DBL_MANT_DIG significant bits */
    if (shift + x_bits >= DBL_MAX_EXP && (shift + x_bits > DBL_MAX_EXP || xq == (uint64_t)1 << x_bits))
        return raise_div_overflow();
    return scale2(dx, shift);
}

double rt_int_truediv(int64_t a, int64_t b) {
    if (b == 0) {
        rt_raise_cstr(RT_EXC_ZERO_DIVISION, "division by zero");
        return 0;
    }
    /* both exactly representable: one IEEE division rounds correctly */
    const int64_t lim = (int64_t)1 << DBL_MANT_DIG;
    if (a > -lim && a < lim && b > -lim && b < lim) return (double)a / (double)b;
    RtIntView va, vb;
    rt_int_view(&va, a);
    rt_int_view(&vb, b);
    double r = va.n ? div_mag(&va, &vb) : 0;
    return va.neg != vb.neg ? -r : r;
}

/* ---- int(x) ---- */

int64_t rt_int_from_double(double v) {
    if (v != v) {
        rt_raise_cstr(RT_EXC_VALUE, "cannot convert float NaN to integer");
        return 0;
    }
    if (v == __builtin_inf() || v == -__builtin_inf()) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "cannot convert float infinity to integer");
        return 0;
    }
    if (v > -9223372036854775808.0 && v < 9223372036854775808.0) return rt_int_from_i64((int64_t)v);
    /* |v| >= 2^63: an integer, mantissa 2^(exponent - 52) */
    uint64_t bits;
    __builtin_memcpy(&bits, &v, 8);
    uint32_t e = (uint32_t)(bits >> 52 & 0x7ff) - 1075;
    uint64_t m = (bits & (((uint64_t)1 << 52) - 1)) | (uint64_t)1 << 52;
    uint32_t mag[2] = {(uint32_t)m, (uint32_t)(m >> 32)};
    uint32_t rn = 2 + e / 32 + 1;
    RtBig *r = rt_big_new(rn);
    if (!r) return 0;
    rt_mag_shl(r->d, mag, 2, e);
    return rt_big_finish(r, rn, (uint32_t)(bits >> 63));
}

/* ---- a <=> x ---- */

int32_t rt_int_cmp_float(int64_t a, double b) {
    if (b != b) return 2;
    const int64_t lim = (int64_t)1 << DBL_MANT_DIG;
    if (a >= -lim && a <= lim) { /* exact as a double */
        double x = (double)a;
        return (x > b) - (x < b);
    }
    if (b == __builtin_inf()) return -1;
    if (b == -__builtin_inf()) return 1;
    /* compare with floor(b): when they are equal, |b| > 2^53 has no fraction */
    int64_t fi = rt_int_from_double(__builtin_floor(b));
    return RT_ERR ? 0 : rt_big_cmp(a, fi);
}
