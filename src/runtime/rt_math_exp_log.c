/* exp, log, log2 and pow with glibc's results on x86-64, which is what
 * CPython's math module and `**` print there.
 *
 * glibc and musl compute these with the same algorithms and the same
 * tables (ARM's: a 128-entry table of 2^(k/128) and a degree-5
 * polynomial for exp; a table of 1/c, log(c) and a polynomial of z/c - 1
 * for the logarithms; pow is log in double-double, times y, then exp).
 * But glibc on a CPU with FMA runs variants built with -mfma, in which GCC
 * fuses every multiply-add it can (-ffp-contract=fast) besides the fused
 * operations the source writes; musl, built for wasm (no FMA), rounds
 * each product. Both stay within 0.52 ulp, but they disagree in the last
 * bit now and then: measured on random arguments, exp in 0.08% of calls,
 * pow in 0.06% (`d ** 0.5` was not CPython's for 0.06% of d, and an
 * n-body simulation printed different digits), log2 0.003%, log 0.002%.
 *
 * So this file evaluates the formulas as GCC 12 compiles them for glibc:
 * the fused operations were read off its widening_mul dump of the same
 * code, and each is computed exactly in plain double arithmetic (`fused`,
 * `product_error`). Checked natively against glibc on ten million
 * arguments each, bit for bit, and in wasm by tests/rt_math.test.mjs. The
 * tables are musl's own (wasi-libc's __exp_data, __log_data, __log2_data,
 * __pow_log_data), linked from libc as musl's functions use them.
 *
 * Native test builds (ML_RT_NATIVE, tests/helpers/runtime_build.mjs) run
 * on glibc itself, and lack musl's tables: there these are libm's. */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "rt_math.h"

#ifdef ML_RT_NATIVE
double rt_m_exp(double x) { return exp(x); }
double rt_m_log(double x) { return log(x); }
double rt_m_log2(double x) { return log2(x); }
double rt_m_pow(double x, double y) { return pow(x, y); }
#else

/* The fast paths' margins (see checked_sum), relative to the result.
 * The smallest margins that kept the fast paths exact on 10^7 random
 * arguments each (natively, against glibc) were between 2^-62 and 2^-61
 * for exp, pow and log; these leave a factor of 16. The fast path then
 * decides about 90% of the calls. */
#ifndef MARGIN_EXP
#define MARGIN_EXP 0x1p-57
#define MARGIN_LOG 0x1p-57
#endif

#define EXP_N 128
#define SIGN_BIAS (0x800 * EXP_N)

/* The tables' layouts (musl's src/internal/NAME_data.h). */
/* pow's log: 1/c, log(c) in two parts, for 128 subintervals of
 * [0x1.69555p-1, 0x1.69555p0), and log1p's coefficients after the first
 * (1), scaled */
extern const struct pow_log_data {
    double ln2hi, ln2lo;
    double poly[7];
    struct {
        double invc, pad, logc, logctail;
    } tab[128];
} __pow_log_data;

/* exp: 2^(k/128) as a tail and the bits of a scale, the reduction's
 * constants and the coefficients C2..C5 */
extern const struct exp_data {
    double invln2N, shift, negln2hiN, negln2loN;
    double poly[4];
    double exp2_shift, exp2_poly[5];
    uint64_t tab[2 * EXP_N];
} __exp_data;

/* log: 1/c and log(c) for 128 subintervals of [0x1.6p-1, 0x1.6p0), the
 * polynomial of log1p(r) - r (poly) and that of log(x) near 1 (poly1) */
extern const struct log_data {
    double ln2hi, ln2lo;
    double poly[5];
    double poly1[11];
    struct {
        double invc, logc;
    } tab[128];
} __log_data;

/* log2: the same for 64 subintervals, with 1/ln2 in two parts */
extern const struct log2_data {
    double invln2hi, invln2lo;
    double poly[6];
    double poly1[10];
    struct {
        double invc, logc;
    } tab[64];
} __log2_data;

static inline uint64_t bits_of(double x) {
    uint64_t u;
    memcpy(&u, &x, 8);
    return u;
}
static inline double double_of(uint64_t u) {
    double x;
    memcpy(&x, &u, 8);
    return x;
}
static inline uint32_t top12(double x) { return (uint32_t)(bits_of(x) >> 52); }

/* a*b - p exactly, for p = round(a*b) (what fma(a, b, -p) returns): the
 * operands are split into 26-bit halves (Veltkamp), whose products are
 * exact. Valid while a*b neither overflows nor underflows, as everywhere
 * it is used here (|a|, |b| < 2^995, |a*b| > 2^-960). */
static inline double product_error(double a, double b, double p) {
    double ca = 134217729.0 * a, ah = ca - (ca - a), al = a - ah;
    double cb = 134217729.0 * b, bh = cb - (cb - b), bl = b - bh;
    return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/* fma(a, b, c): a*b + c rounded once, under product_error's conditions.
 * The exact value is s + t + e (s + t = round(a*b) + c exactly, e the
 * product's error). When t + e is a double, one add rounds it right.
 * Otherwise t + e is rounded to odd (its last bit set when inexact) at a
 * position far below s's last bit (t + e is inexact only when
 * round(a*b) + c was, so |s| is not much smaller than |a*b| and
 * |t + e| < 2 ulp(s)), which keeps the information a round to nearest
 * of the sum needs: s + odd(t + e) then rounds as the exact sum would. */
static inline double fused(double a, double b, double c) {
    double p = a * b, e = product_error(a, b, p);
    double s = p + c, v = s - p, t = (p - (s - v)) + (c - v);
    double w = t + e, v2 = w - t, we = (t - (w - v2)) + (e - v2);
    if (we == 0) return s + w;
    uint64_t wb = bits_of(w);
    if (!(wb & 1)) wb += ((w > 0) == (we > 0)) ? 1 : (uint64_t)-1;
    return s + double_of(wb);
}

/* a*b + c as glibc's code computes it (fused, exact = 1) or as the fast
 * path does (two roundings, exact = 0). Each function below is written
 * once and inlined twice, the flag a constant. */
static inline double madd(int exact, double a, double b, double c) { return exact ? fused(a, b, c) : a * b + c; }

/* The fast path's last rounding, s = round(a + b) with the exact sum
 * a + b + e (e: a product's rounding error), kept only when it is glibc's
 * too: when every value within `margin` of the exact sum rounds to s
 * (glibc's result before its last rounding differs from the fast path's
 * by less than margin). Else NaN, and the caller computes exactly. */
static inline double checked_sum(double a, double b, double e, double margin) {
    double s = a + b, v = s - a, t = (a - (s - v)) + (b - v);
    uint64_t bits = bits_of(s);
    uint64_t expo = bits & 0x7ff0000000000000ULL;
    /* a power of two has a narrower interval below; subnormals and
     * infinities go the exact way too */
    if (!(bits & 0x000fffffffffffffULL) || expo == 0 || expo == 0x7ff0000000000000ULL) return __builtin_nan("");
    double half_ulp = double_of(expo) * 0x1p-53;
    if (__builtin_fabs(t + e) + margin < half_ulp) return s;
    return __builtin_nan("");
}

/* pow's log(x) as hi + *tail, x given by its bits (positive, normal). */
static inline double log_inline(int exact, uint64_t ix, double *tail) {
    uint64_t tmp = ix - 0x3fe6955500000000ULL;
    int i = (int)((tmp >> (52 - 7)) % 128);
    int k = (int)((int64_t)tmp >> 52);
    double z = double_of(ix - (tmp & 0xfffULL << 52)), kd = (double)k;
    double invc = __pow_log_data.tab[i].invc;
    double logc = __pow_log_data.tab[i].logc;
    double logctail = __pow_log_data.tab[i].logctail;
    const double *A = __pow_log_data.poly;

    /* fma(z, invc, -1.0): z/c - 1 is exactly representable (1/c has few
     * bits), so the fused result is exact; p - 1 is exact too (Sterbenz,
     * p is within [0.5, 2]), and adding the product's error rounds once. */
    double p = z * invc;
    double r = (p - 1.0) + product_error(z, invc, p);

    double t1 = kd * __pow_log_data.ln2hi + logc; /* exact product: fused or not */
    double t2 = t1 + r;
    double lo1 = madd(exact, kd, __pow_log_data.ln2lo, logctail);
    double lo2 = t1 - t2 + r;
    double ar = A[0] * r; /* A[0] = -0.5: exact */
    double ar2 = r * ar;
    double ar3 = r * ar2;
    double hi = t2 + ar2;
    double lo3 = product_error(ar, r, ar2); /* fma(ar, r, -ar2) */
    double lo4 = t2 - hi + ar2;
    /* ar3 * (A1 + r A2 + ar2 (A3 + r A4 + ar2 (A5 + r A6))), the last
     * product fused with the sum of the low parts */
    double q = madd(exact, ar2, madd(exact, ar2, madd(exact, r, A[6], A[5]), madd(exact, r, A[4], A[3])),
                    madd(exact, r, A[2], A[1]));
    double lo = madd(exact, ar3, q, lo1 + lo2 + lo3 + lo4);
    double y = hi + lo;
    *tail = hi - y + lo;
    return y;
}

static double overflow(uint32_t sign) { return sign ? -__builtin_inf() : __builtin_inf(); }
static double underflow(uint32_t sign) { return sign ? -0.0 : 0.0; }

/* exp's last step when the scale 2^(k/128) may leave the normal range:
 * scaled back into range, and rounded once in the subnormal range. */
static double exp_scaled(double tmp, uint64_t sbits, uint64_t ki) {
    if ((ki & 0x80000000) == 0) {
        double scale = double_of(sbits - (1009ULL << 52));
        return 0x1p1009 * fused(tmp, scale, scale);
    }
    sbits += 1022ULL << 52; /* signed: its sign is the result's */
    double scale = double_of(sbits);
    double y = scale + scale * tmp;
    if (__builtin_fabs(y) < 1.0) {
        double one = y < 0.0 ? -1.0 : 1.0;
        double lo = scale - y + scale * tmp;
        double hi = one + y;
        lo = one - hi + y + lo;
        y = (hi + lo) - one;
        if (y == 0) y = double_of(sbits & 0x8000000000000000ULL);
    }
    return 0x1p-1022 * y;
}

/* exp(x + xtail), negated when sign_bias is set; NaN when the fast path
 * (exact = 0) cannot be sure of glibc's last bit. */
static inline double exp_inline(int exact, double x, double xtail, uint32_t sign_bias) {
    uint32_t abstop = top12(x) & 0x7ff;
    if (abstop - top12(0x1p-54) >= top12(512.0) - top12(0x1p-54)) {
        if (abstop - top12(0x1p-54) >= 0x80000000) return sign_bias ? -1.0 : 1.0;
        if (abstop >= top12(1024.0)) return (bits_of(x) >> 63) ? underflow(sign_bias) : overflow(sign_bias);
        if (!exact) return __builtin_nan(""); /* large |x|: rare, exact */
        abstop = 0; /* the scale is handled by exp_scaled */
    }
    double kd = madd(exact, __exp_data.invln2N, x, __exp_data.shift);
    uint64_t ki = bits_of(kd);
    kd -= __exp_data.shift;
    /* kd * negln2hiN is exact (a 36-bit constant, |k| < 2^17) */
    double r = madd(exact, kd, __exp_data.negln2loN, x + kd * __exp_data.negln2hiN);
    r = xtail + r;
    uint64_t idx = 2 * (ki % EXP_N);
    uint64_t top = (ki + sign_bias) << 45;
    double tail = double_of(__exp_data.tab[idx]);
    uint64_t sbits = __exp_data.tab[idx + 1] + top;
    const double *C = __exp_data.poly;
    double r2 = r * r;
    double tmp = madd(exact, r2 * r2, madd(exact, r, C[3], C[2]), madd(exact, r2, madd(exact, r, C[1], C[0]), r + tail));
    if (abstop == 0) return exp_scaled(tmp, sbits, ki);
    double scale = double_of(sbits);
    if (exact) return fused(tmp, scale, scale);
    double p = scale * tmp;
    return checked_sum(scale, p, product_error(scale, tmp, p), __builtin_fabs(scale) * MARGIN_EXP);
}

/* 0 if y (bits iy) is not an integer, 1 if odd, 2 if even. */
static int integer_kind(uint64_t iy) {
    int e = (int)(iy >> 52 & 0x7ff);
    if (e < 0x3ff) return 0;
    if (e > 0x3ff + 52) return 2;
    if (iy & ((1ULL << (0x3ff + 52 - e)) - 1)) return 0;
    if (iy & (1ULL << (0x3ff + 52 - e))) return 1;
    return 2;
}

/* Zero, infinity or NaN, by bits. */
static int zero_inf_nan(uint64_t i) { return 2 * i - 1 >= 2 * bits_of(__builtin_inf()) - 1; }

/* pow(x, 0.5) is sqrt(x) (one instruction, correctly rounded) whenever the
 * exact root is clear of the midpoints between doubles: glibc's pow is
 * within 0.52 ULP of it, so where sqrt(x) is within 0.445 ULP of the root,
 * pow returns sqrt(x) too (0.445 leaves a margin of 0.035 ULP). The root's
 * distance comes from x - s*s, exact by Dekker's product (in the range
 * where product_error is). Decides 86% of random arguments; natively,
 * against glibc's pow, 0 differences in 1.7e8 decided. */
static int sqrt_is_pow_half(double x, double s) {
    if (!(x > 0x1p-960 && x < 0x1p960)) return 0;
    double p = s * s, e = (x - p) - product_error(s, s, p);
    double ulp = double_of(bits_of(s) + 1) - s;
    return __builtin_fabs(e) < 0.89 * s * ulp; /* |root - s| ~ |e| / 2s */
}

double rt_m_pow(double x, double y) {
    uint32_t sign_bias = 0;
    uint64_t ix = bits_of(x), iy = bits_of(y);
    if (iy == bits_of(0.5)) {
        double s = __builtin_sqrt(x);
        if (sqrt_is_pow_half(x, s)) return s;
    }
    uint32_t topx = top12(x), topy = top12(y);
    if (topx - 0x001 >= 0x7ff - 0x001 || (topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
        /* x subnormal, zero, infinite, NaN or negative; |y| tiny, huge,
         * zero, infinite or NaN: C99's special cases first. */
        if (zero_inf_nan(iy)) {
            if (2 * iy == 0) return 1.0;
            if (ix == bits_of(1.0)) return 1.0;
            if (2 * ix > 2 * bits_of(__builtin_inf()) || 2 * iy > 2 * bits_of(__builtin_inf())) return x + y;
            if (2 * ix == 2 * bits_of(1.0)) return 1.0;
            if ((2 * ix < 2 * bits_of(1.0)) == !(iy >> 63)) return 0.0;
            return y * y;
        }
        if (zero_inf_nan(ix)) {
            double x2 = x * x;
            if (ix >> 63 && integer_kind(iy) == 1) x2 = -x2;
            return iy >> 63 ? 1 / x2 : x2;
        }
        if (ix >> 63) {
            int kind = integer_kind(iy);
            if (kind == 0) return __builtin_nan("");
            if (kind == 1) sign_bias = SIGN_BIAS;
            ix &= 0x7fffffffffffffffULL;
            topx &= 0x7ff;
        }
        if ((topy & 0x7ff) - 0x3be >= 0x43e - 0x3be) {
            if (ix == bits_of(1.0)) return 1.0;
            if ((topy & 0x7ff) < 0x3be) return ix > bits_of(1.0) ? 1.0 + y : 1.0 - y;
            return (ix > bits_of(1.0)) == (topy < 0x800) ? overflow(0) : underflow(0);
        }
        if (topx == 0) { /* subnormal: normalize, the exponent goes negative */
            ix = bits_of(double_of(ix) * 0x1p52) & 0x7fffffffffffffffULL;
            ix -= 52ULL << 52;
        }
    }
    double lo, hi = log_inline(0, ix, &lo);
    double ehi = y * hi;
    double elo = y * lo + product_error(y, hi, ehi);
    double fast = exp_inline(0, ehi, elo, sign_bias);
    if (fast == fast) return fast;
    hi = log_inline(1, ix, &lo);
    ehi = y * hi;
    elo = fused(y, lo, product_error(y, hi, ehi)); /* fma(y, lo, fma(y, hi, -ehi)) */
    return exp_inline(1, ehi, elo, sign_bias);
}

/* exp(x): its own special cases (1 + x for tiny x, so that exp(-0.0) is
 * 1.0; 0 and inf beyond the range), then pow's core. */
double rt_m_exp(double x) {
    uint32_t abstop = top12(x) & 0x7ff;
    if (abstop - top12(0x1p-54) >= top12(512.0) - top12(0x1p-54)) {
        if (abstop - top12(0x1p-54) >= 0x80000000) return 1.0 + x;
        if (abstop >= top12(1024.0)) {
            if (bits_of(x) == bits_of(-__builtin_inf())) return 0.0;
            if (abstop >= top12(__builtin_inf())) return 1.0 + x;
            return (bits_of(x) >> 63) ? underflow(0) : overflow(0);
        }
    }
    double fast = exp_inline(0, x, 0.0, 0);
    return fast == fast ? fast : exp_inline(1, x, 0.0, 0);
}

/* log(x) and log2(x) of a zero, negative, infinite, NaN or subnormal x:
 * the special value, or (*ix normalized) 0 to go on. */
static int log_special(double x, uint64_t *ix, double *out) {
    uint32_t top = (uint32_t)(*ix >> 48);
    if (top - 0x0010 < 0x7ff0 - 0x0010) return 0;
    if (*ix * 2 == 0) {
        *out = -__builtin_inf();
        return 1;
    }
    if (*ix == bits_of(__builtin_inf())) {
        *out = x;
        return 1;
    }
    if ((top & 0x8000) || (top & 0x7ff0) == 0x7ff0) {
        *out = __builtin_nan("");
        return 1;
    }
    *ix = bits_of(x * 0x1p52) - (52ULL << 52);
    return 0;
}

/* log(x), the fast path's (exact = 0: NaN when unsure) or glibc's. */
static inline double log_core(int exact, double x, uint64_t ix) {
    const double *A = __log_data.poly, *B = __log_data.poly1;
    if (ix - bits_of(1.0 - 0x1p-4) < bits_of(1.0 + 0x1.09p-4) - bits_of(1.0 - 0x1p-4)) {
        /* near 1: a polynomial of r = x - 1, its first terms in
         * double-double (rhi: r's high 26 bits) */
        double r = x - 1.0, r2 = r * r, r3 = r * r2;
        double q = madd(exact, madd(exact, madd(exact, r3, B[10], madd(exact, r2, B[9], madd(exact, r, B[8], B[7]))), r3,
                                    madd(exact, r2, B[6], madd(exact, r, B[5], B[4]))),
                        r3, madd(exact, r2, B[3], madd(exact, r, B[2], B[1])));
        double w = r * 0x1p27;
        double rhi = r + w - w, rlo = r - rhi;
        w = rhi * rhi * B[0]; /* B[0] = -0.5: exact */
        double hi = r + w;
        double lo = r - hi + w;
        lo = madd(exact, B[0] * rlo, rhi + r, lo);
        double y = madd(exact, q, r3, lo);
        return exact ? hi + y : checked_sum(hi, y, 0.0, __builtin_fabs(hi) * MARGIN_LOG);
    }
    uint64_t tmp = ix - 0x3fe6000000000000ULL;
    int i = (int)((tmp >> (52 - 7)) % 128);
    int k = (int)((int64_t)tmp >> 52);
    double z = double_of(ix - (tmp & 0xfffULL << 52)), kd = (double)k;
    double invc = __log_data.tab[i].invc, logc = __log_data.tab[i].logc;
    /* z/c - 1: rounded once even on the fast path (twice would lose bits
     * of r, whose error goes straight into the result) */
    double r = fused(z, invc, -1.0);
    double w = kd * __log_data.ln2hi + logc; /* exact product */
    double hi = w + r;
    double lo = madd(exact, kd, __log_data.ln2lo, w - hi + r);
    double r2 = r * r;
    double q = madd(exact, r2, madd(exact, r, A[4], A[3]), madd(exact, r, A[2], A[1]));
    double y = madd(exact, r * r2, q, madd(exact, r2, A[0], lo));
    return exact ? y + hi : checked_sum(y, hi, 0.0, __builtin_fabs(hi) * MARGIN_LOG);
}

double rt_m_log(double x) {
    uint64_t ix = bits_of(x);
    if (ix == bits_of(1.0)) return 0;
    double out;
    if (!(ix - bits_of(1.0 - 0x1p-4) < bits_of(1.0 + 0x1.09p-4) - bits_of(1.0 - 0x1p-4)) && log_special(x, &ix, &out))
        return out;
    double fast = log_core(0, x, ix);
    return fast == fast ? fast : log_core(1, x, ix);
}

/* log2(x), as log_core. */
static inline double log2_core(int exact, double x, uint64_t ix) {
    const double *A = __log2_data.poly, *B = __log2_data.poly1;
    double invln2hi = __log2_data.invln2hi, invln2lo = __log2_data.invln2lo;
    if (ix - bits_of(1.0 - 0x1.5b51p-5) < bits_of(1.0 + 0x1.6ab2p-5) - bits_of(1.0 - 0x1.5b51p-5)) {
        /* near 1: always glibc's way (the two roundings of a fast path
         * here stray up to 2^-58 of the result: too close to decide) */
        double r = x - 1.0;
        double hi = r * invln2hi;
        double lo = fused(r, invln2lo, product_error(r, invln2hi, hi));
        double r2 = r * r, r4 = r2 * r2;
        double b01 = fused(r, B[1], B[0]);
        double y = fused(b01, r2, hi);
        lo = fused(b01, r2, hi - y) + lo;
        double p1 = fused(fused(r, B[5], B[4]), r2, fused(r, B[3], B[2]));
        double p2 = fused(fused(r, B[9], B[8]), r2, fused(r, B[7], B[6]));
        lo = fused(fused(p2, r4, p1), r4, lo);
        return y + lo;
    }
    uint64_t tmp = ix - 0x3fe6000000000000ULL;
    int i = (int)((tmp >> (52 - 6)) % 64);
    int k = (int)((int64_t)tmp >> 52);
    double z = double_of(ix - (tmp & 0xfffULL << 52)), kd = (double)k;
    double invc = __log2_data.tab[i].invc, logc = __log2_data.tab[i].logc;
    double r = fused(z, invc, -1.0);
    double t1 = r * invln2hi;
    double t2 = madd(exact, r, invln2lo, product_error(r, invln2hi, t1));
    double t3 = logc + kd;
    double hi = t1 + t3;
    double lo = t3 - hi + t1 + t2;
    double r2 = r * r, r4 = r2 * r2;
    double p = madd(exact, madd(exact, r, A[5], A[4]), r4,
                    madd(exact, madd(exact, r, A[3], A[2]), r2, madd(exact, r, A[1], A[0])));
    double y = madd(exact, r2, p, lo);
    return exact ? y + hi : checked_sum(y, hi, 0.0, __builtin_fabs(hi) * MARGIN_LOG);
}

double rt_m_log2(double x) {
    uint64_t ix = bits_of(x);
    if (ix == bits_of(1.0)) return 0;
    double out;
    if (!(ix - bits_of(1.0 - 0x1.5b51p-5) < bits_of(1.0 + 0x1.6ab2p-5) - bits_of(1.0 - 0x1.5b51p-5)) &&
        log_special(x, &ix, &out))
        return out;
    double fast = log2_core(0, x, ix);
    return fast == fast ? fast : log2_core(1, x, ix);
}
#endif
