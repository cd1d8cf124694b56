/* math module: sin, cos, tan, asin, acos, atan, atan2, correctly rounded
 * (but for inputs within about 2^-100 relative of a rounding boundary).
 * CPython's results are glibc's, whose trigonometric functions are
 * correctly rounded in all but rare cases; musl's (fdlibm's) are within
 * an ulp and differ from them in 2 to 4% of random arguments.
 *
 * Method: double-double arithmetic (a value as an unevaluated sum h + l,
 * about 106 bits; products through Veltkamp splitting, wasm has no fma).
 * sin/cos/tan: x = k pi/2 + r with |r| <~ pi/4, r in double-double: by
 * pi/2 in four parts below 2^20 (Cody-Waite), else by the bits of 2/pi
 * that matter for x's exponent (Payne-Hanek); then the Taylor series of
 * sin r and cos r in double-double. The inverse functions start from
 * musl's result r0 (within an ulp) and add the small correction that
 * makes f(r0 + d) = x, from f(r0) in double-double. */
#include <math.h>

#include "rt_math.h"

typedef struct {
    double h, l;
} DD;

static DD dd(double h) { return (DD){h, 0}; }
static DD two_sum(double a, double b) {
    double s = a + b, bb = s - a;
    return (DD){s, (a - (s - bb)) + (b - bb)};
}
static DD fast_two_sum(double a, double b) { /* |a| >= |b| */
    double s = a + b;
    return (DD){s, b - (s - a)};
}
static void split(double a, double *hi, double *lo) {
    double c = 134217729.0 * a; /* 2^27 + 1 */
    *hi = c - (c - a);
    *lo = a - *hi;
}
static DD two_prod(double a, double b) {
    double p = a * b, ah, al, bh, bl;
    split(a, &ah, &al);
    split(b, &bh, &bl);
    return (DD){p, ((ah * bh - p) + ah * bl + al * bh) + al * bl};
}
static DD dd_neg(DD a) { return (DD){-a.h, -a.l}; }
static DD dd_add(DD a, DD b) {
    DD s = two_sum(a.h, b.h), t = two_sum(a.l, b.l);
    s = fast_two_sum(s.h, s.l + t.h);
    return fast_two_sum(s.h, s.l + t.l);
}
static DD dd_mul(DD a, DD b) {
    DD p = two_prod(a.h, b.h);
    return fast_two_sum(p.h, p.l + (a.h * b.l + a.l * b.h));
}
static DD dd_mul_d(DD a, double b) {
    DD p = two_prod(a.h, b);
    return fast_two_sum(p.h, p.l + a.l * b);
}
static DD dd_div(DD a, DD b) {
    double q1 = a.h / b.h;
    DD r = dd_add(a, dd_neg(dd_mul_d(b, q1)));
    double q2 = r.h / b.h;
    r = dd_add(r, dd_neg(dd_mul_d(b, q2)));
    return dd_add(fast_two_sum(q1, q2), dd(r.h / b.h));
}

/* ---- x = k pi/2 + r ---- */

#define PIO2_H 0x1.921fb54442d18p+0 /* pi/2 = PIO2_H + PIO2_L + PIO2_L2 */
#define PIO2_L 0x1.1a62633145c07p-54
#define PIO2_L2 (-0x1.f1976b7ed8fbcp-110)
#define PI_D 0x1.921fb54442d18p+1 /* pi rounded */

/* the first 1344 bits of the fraction of 2/pi */
static const uint32_t two_over_pi[42] = {
    0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0, 0xdb629599, 0x3c439041, 0xfe5163ab, 0xdebbc561, 0xb7246e3a,
    0x424dd2e0, 0x06492eea, 0x09d1921c, 0xfe1deb1c, 0xb129a73e, 0xe88235f5, 0x2ebb4484, 0xe99c7026, 0xb45f7e41,
    0x3991d639, 0x835339f4, 0x9c845f8b, 0xbdf9283b, 0x1ff897ff, 0xde05980f, 0xef2f118b, 0x5a0a6d1f, 0x6d367ecf,
    0x27cb09b7, 0x4f463f66, 0x9e5fea2d, 0x7527bac7, 0xebe5f17b, 0x3d0739f7, 0x8a5292ea, 0x6bfb5fb1, 0x1f8d5d08,
    0x56033046, 0xfc7b6bab, 0xf0cfbc20, 0x9af4361d, 0xa9e39161, 0x5ee61b08,
};

/* 32 bits of 2/pi's fraction from bit i on (bit 1 is the first after the
 * point; bits before it are 0) */
static uint32_t bits32(int i) {
    if (i <= -31) return 0;
    if (i < 1) return two_over_pi[0] >> (1 - i);
    int q = (i - 1) / 32, s = (i - 1) % 32;
    uint32_t v = two_over_pi[q] << s;
    if (s && q + 1 < 42) v |= two_over_pi[q + 1] >> (32 - s);
    return v;
}

/* 52 bits of a 256-bit little-endian number, from bit p up */
static double bits52(const uint32_t *w, int p) {
    uint64_t v = 0;
    for (int b = 51; b >= 0; b--) { /* short and rare: bit by bit */
        int i = p + b;
        v = v << 1 | (i >= 0 ? (w[i >> 5] >> (i & 31)) & 1 : 0);
    }
    return (double)v;
}

/* Payne-Hanek for |x| >= 2^20: x = m 2^e; only the bits of 2/pi of
 * weight 2^(1-e) down to 2^(-254-e) give x 2/pi mod 4 (the higher ones
 * add multiples of 4, the lower ones less than 2^-200). Returns k mod 4. */
static int reduce_big(double ax, DD *r) {
    uint64_t b;
    __builtin_memcpy(&b, &ax, 8);
    int e = (int)(b >> 52) - 1075;
    uint64_t m = (b & (((uint64_t)1 << 52) - 1)) | ((uint64_t)1 << 52);
    uint32_t w[8], p[9] = {0};
    for (int j = 0; j < 8; j++) w[7 - j] = bits32(e - 1 + 32 * j); /* little-endian */
    /* p = m w mod 2^256, m in two halves */
    uint32_t mh = (uint32_t)(m >> 32), ml = (uint32_t)m;
    uint64_t carry = 0;
    for (int j = 0; j < 8; j++) {
        uint64_t t = (uint64_t)w[j] * ml + p[j] + carry;
        p[j] = (uint32_t)t, carry = t >> 32;
    }
    carry = 0;
    for (int j = 0; j + 1 < 8; j++) {
        uint64_t t = (uint64_t)w[j] * mh + p[j + 1] + carry;
        p[j + 1] = (uint32_t)t, carry = t >> 32;
    }
    /* x 2/pi mod 4 = p / 2^254: k its integer part, f the rest in [-1/2, 1/2) */
    int k = (int)(p[7] >> 30);
    p[7] &= 0x3fffffff;
    int neg = (p[7] >> 29) & 1;
    if (neg) { /* f - 1: negate the 254-bit fraction */
        k++;
        uint64_t c = 1;
        for (int j = 0; j < 8; j++) {
            uint64_t t = (uint64_t)(uint32_t)~p[j] + c;
            p[j] = (uint32_t)t, c = t >> 32;
        }
        p[7] &= 0x3fffffff;
    }
    DD f = dd(bits52(p, 202) * 0x1p-52);
    f = dd_add(f, dd(bits52(p, 150) * 0x1p-104));
    f = dd_add(f, dd(bits52(p, 98) * 0x1p-156));
    f = dd_add(f, dd(bits52(p, 46) * 0x1p-208));
    DD v = dd_add(dd_mul(f, (DD){PIO2_H, PIO2_L}), dd(f.h * PIO2_L2));
    *r = neg ? dd_neg(v) : v;
    return k & 3;
}

/* x = k pi/2 + r, |r| <~ pi/4; returns k mod 4 (x finite) */
static int reduce(double x, DD *r) {
    double ax = __builtin_fabs(x);
    if (ax <= 0x1.921fb54442d18p-1) {
        *r = dd(x);
        return 0;
    }
    int k;
    if (ax < 0x1p20) {
        /* pi/2 = P1 + P2 + P3 + P4, P1 and P2 of 33 bits: k P1, k P2 exact */
        const double P1 = 0x1.921fb544p+0, P2 = 0x1.0b4611a6p-34, P3 = 0x1.3198a2e037073p-69, P4 = 0x1.129024e088a68p-123;
        double kd = __builtin_rint(ax * 0x1.45f306dc9c883p-1);
        DD v = two_sum(ax - kd * P1, -(kd * P2));
        v = dd_add(v, dd_neg(two_prod(kd, P3)));
        v = dd_add(v, dd(-(kd * P4)));
        *r = v;
        k = (int)kd & 3;
    } else k = reduce_big(ax, r);
    if (x < 0) {
        *r = dd_neg(*r);
        k = -k & 3;
    }
    return k;
}

/* ---- sin r and cos r, |r| <~ pi/4, by their Taylor series ---- */

/* 1/n! as double-doubles, n = 0 .. 29 */
static const double inv_fact[30][2] = {
    {0x1p+0, 0},
    {0x1p+0, 0},
    {0x1p-1, 0},
    {0x1.5555555555555p-3, 0x1.5555555555555p-57},
    {0x1.5555555555555p-5, 0x1.5555555555555p-59},
    {0x1.1111111111111p-7, 0x1.1111111111111p-63},
    {0x1.6c16c16c16c17p-10, -0x1.f49f49f49f49fp-65},
    {0x1.a01a01a01a01ap-13, 0x1.a01a01a01a01ap-73},
    {0x1.a01a01a01a01ap-16, 0x1.a01a01a01a01ap-76},
    {0x1.71de3a556c734p-19, -0x1.c154f8ddc6c00p-73},
    {0x1.27e4fb7789f5cp-22, 0x1.cbbc05b4fa99ap-76},
    {0x1.ae64567f544e4p-26, -0x1.c062e06d1f209p-80},
    {0x1.1eed8eff8d898p-29, -0x1.2aec959e14c06p-83},
    {0x1.6124613a86d09p-33, 0x1.f28e0cc748ebep-87},
    {0x1.93974a8c07c9dp-37, 0x1.05d6f8a2efd1fp-92},
    {0x1.ae7f3e733b81fp-41, 0x1.1d8656b0ee8cbp-97},
    {0x1.ae7f3e733b81fp-45, 0x1.1d8656b0ee8cbp-101},
    {0x1.952c77030ad4ap-49, 0x1.ac981465ddc6cp-103},
    {0x1.6827863b97d97p-53, 0x1.eec01221a8b0bp-107},
    {0x1.2f49b46814157p-57, 0x1.2650f61dbdcb4p-112},
    {0x1.e542ba4020225p-62, 0x1.ea72b4afe3c2fp-120},
    {0x1.71b8ef6dcf572p-66, -0x1.d043ae40c4647p-120},
    {0x1.0ce396db7f853p-70, -0x1.aebcdbd20331cp-124},
    {0x1.761b41316381ap-75, -0x1.3423c7d91404fp-130},
    {0x1.f2cf01972f578p-80, -0x1.9ada5fcc1ab14p-135},
    {0x1.3f3ccdd165fa9p-84, -0x1.58ddadf344487p-139},
    {0x1.88e85fc6a4e5ap-89, -0x1.71c37ebd16540p-143},
    {0x1.d1ab1c2dccea3p-94, 0x1.054d0c78aea14p-149},
    {0x1.0a18a2635085dp-98, 0x1.b9e2e28e1aa54p-153},
    {0x1.259f98b4358adp-103, 0x1.eaf8c39dd9bc5p-157},
};

/* sum over j of (-1)^j r2^j / (2j + odd)!, j = 0 .. 14, by Horner */
static DD series(DD r2, int odd) {
    int n = 28 + odd;
    DD p = {inv_fact[n][0], inv_fact[n][1]};
    for (n -= 2; n >= odd; n -= 2) {
        DD c = {inv_fact[n][0], inv_fact[n][1]};
        if ((n - odd) / 2 % 2) c = dd_neg(c);
        p = dd_add(c, dd_mul(r2, p));
    }
    return p;
}

static DD sin_dd(DD r) { return dd_mul(r, series(dd_mul(r, r), 1)); }
static DD cos_dd(DD r) { return series(dd_mul(r, r), 0); }

/* The same series, its small terms (from r2^3 on, below 2^-12 of the
 * first) in double and its first three in double-double: about a quarter
 * of series()'s work, accurate to about 2^-62 of the result. */
static DD series_fast(DD r2, int odd) {
    int n = 28 + odd;
    double p = inv_fact[n][0];
    for (n -= 2; n >= odd + 6; n -= 2) p = (((n - odd) / 2 % 2) ? -inv_fact[n][0] : inv_fact[n][0]) + r2.h * p;
    DD q = dd(p);
    for (; n >= odd; n -= 2) {
        DD c = {inv_fact[n][0], inv_fact[n][1]};
        if ((n - odd) / 2 % 2) c = dd_neg(c);
        q = dd_add(c, dd_mul(r2, q));
    }
    return q;
}

/* v rounded to a double when that is certain with v known within
 * 2^-60 |v| (Ziv's test: the low part is far enough from half an ulp);
 * false otherwise. */
static int round_sure(DD v, double *out) {
    DD s = fast_two_sum(v.h, v.l);
    double ulp = __builtin_fabs(s.h) * 0x1p-52, err = __builtin_fabs(s.h) * 0x1p-60;
    /* s.h's ulp is between |s.h| 2^-53 and |s.h| 2^-52: take the smaller half */
    if (__builtin_fabs(s.l) + err < ulp * 0.25) {
        *out = s.h;
        return 1;
    }
    return 0;
}

/* sin and cos of any finite x in double-double */
static void sincos_dd(double x, DD *s, DD *c) {
    DD r;
    int k = reduce(x, &r);
    DD sr = sin_dd(r), cr = cos_dd(r);
    switch (k) {
    case 0: *s = sr, *c = cr; break;
    case 1: *s = cr, *c = dd_neg(sr); break;
    case 2: *s = dd_neg(sr), *c = dd_neg(cr); break;
    default: *s = dd_neg(cr), *c = sr; break;
    }
}

static double round_dd(DD v) { return v.h + v.l; }

/* sin or cos of x (want_cos) from the fast series when its rounding is
 * certain: nearly always, so that the full series runs about once in a
 * hundred calls */
static int sincos_fast(double x, int want_cos, double *out) {
    DD r;
    int k = reduce(x, &r), q = (k + want_cos) & 3; /* cos x = sin(x + pi/2) */
    DD r2 = dd_mul(r, r);
    DD v = q & 1 ? series_fast(r2, 0) : dd_mul(r, series_fast(r2, 1));
    if (q & 2) v = dd_neg(v);
    return round_sure(v, out);
}

double rt_m_sin(double x) {
    if (!(__builtin_fabs(x) < __builtin_inf())) return x - x;
    if (__builtin_fabs(x) < 0x1p-26) return x;
    double fast;
    if (sincos_fast(x, 0, &fast)) return fast;
    DD s, c;
    sincos_dd(x, &s, &c);
    return round_dd(s);
}

double rt_m_cos(double x) {
    if (!(__builtin_fabs(x) < __builtin_inf())) return x - x;
    if (__builtin_fabs(x) < 0x1p-27) return 1.0;
    double fast;
    if (sincos_fast(x, 1, &fast)) return fast;
    DD s, c;
    sincos_dd(x, &s, &c);
    return round_dd(c);
}

double rt_m_tan(double x) {
    if (!(__builtin_fabs(x) < __builtin_inf())) return x - x;
    if (__builtin_fabs(x) < 0x1p-27) return x;
    DD s, c;
    sincos_dd(x, &s, &c);
    return round_dd(dd_div(s, c));
}

/* ---- inverse functions: r0 from musl, then r0 + d ---- */

/* atan(x): tan(a - r0) = (x cos r0 - sin r0) / (cos r0 + x sin r0); the
 * correction is that (tiny) ratio */
double rt_m_atan(double x) {
    double ax = __builtin_fabs(x);
    if (x != x) return x;
    if (ax > 0x1p60) return __builtin_copysign(PIO2_H, x);
    if (ax < 0x1p-27) return x;
    double r0 = atan(x);
    DD s, c;
    sincos_dd(r0, &s, &c);
    DD num = dd_add(dd_mul_d(c, x), dd_neg(s)), den = dd_add(c, dd_mul_d(s, x));
    return r0 + num.h / den.h;
}

/* atan2(y, x) for the cases m_atan2 leaves to libm (finite, y != 0) */
double rt_m_atan2(double y, double x) {
    double ax = __builtin_fabs(x), ay = __builtin_fabs(y);
    if (x != x || y != y) return x + y;
    if (ay > 0x1p60 * ax) return __builtin_copysign(PIO2_H, y);
    if (ay < 0x1p-60 * ax) return x > 0 ? y / x : __builtin_copysign(PI_D, y);
    double r0 = atan2(y, x);
    int e;
    __builtin_frexp(ax > ay ? ax : ay, &e);
    double xs = __builtin_ldexp(x, -e), ys = __builtin_ldexp(y, -e); /* exact: neither is far below the other */
    DD s, c;
    sincos_dd(r0, &s, &c);
    DD num = dd_add(dd_mul_d(c, ys), dd_neg(dd_mul_d(s, xs))), den = dd_add(dd_mul_d(c, xs), dd_mul_d(s, ys));
    return r0 + num.h / den.h;
}

/* asin(x): sin(r0 + d) = x gives d = e/c + (s/c) d^2/2 with e = x - sin r0 */
double rt_m_asin(double x) {
    double ax = __builtin_fabs(x);
    if (x != x) return x;
    if (ax > 1.0) return __builtin_nan("");
    if (ax < 0x1p-26) return x;
    double r0 = asin(x);
    if (ax == 1.0) return r0;
    DD s, c;
    sincos_dd(r0, &s, &c);
    double d = dd_add(dd(x), dd_neg(s)).h / c.h;
    d += 0.5 * d * d * (s.h / c.h);
    return r0 + d;
}

/* acos(x): cos(r0 + d) = x gives d = -e/s - (c/s) d^2/2 with e = x - cos r0 */
double rt_m_acos(double x) {
    double ax = __builtin_fabs(x);
    if (x != x) return x;
    if (ax > 1.0) return __builtin_nan("");
    if (ax == 1.0) return x > 0 ? 0.0 : PI_D;
    double r0 = acos(x);
    DD s, c;
    sincos_dd(r0, &s, &c);
    double d = -dd_add(dd(x), dd_neg(c)).h / s.h;
    d -= 0.5 * d * d * (c.h / s.h);
    return r0 + d;
}
