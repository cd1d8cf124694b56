/* Magnitude arithmetic of the big ints: unsigned numbers as little-endian
 * arrays of uint32_t limbs, with uint64_t intermediates only (wasm32 has
 * 64-bit multiply and divide instructions, so nothing here needs a
 * compiler helper). Signs, tagging and canonical form are rt_bigint.c's.
 *
 * Multiplication is schoolbook below RT_KARATSUBA_CUTOFF limbs and
 * Karatsuba above (with dedicated squaring, which exponentiation uses);
 * division is Knuth's algorithm D (TAOCP 4.3.1). */
#include "rt_bigint.h"

/* Limbs of the smaller operand from which Karatsuba beats schoolbook, for
 * products and for squares (schoolbook squaring does half the work, so it
 * holds out longer). Measured with the loop of `rt_bigint_test --bench`,
 * natively and compiled for wasm32 under V8 (node 20), for cutoffs of 16
 * to 128 limbs: in wasm Karatsuba wins from about 24-32 limbs for
 * products and 48-64 for squares (at 1024 limbs: 210 us against 850 us
 * schoolbook); natively the curves are flat between 24 and 64. */
#ifndef RT_KARATSUBA_CUTOFF
#define RT_KARATSUBA_CUTOFF 32
#endif
#ifndef RT_KARATSUBA_SQR_CUTOFF
#define RT_KARATSUBA_SQR_CUTOFF 64
#endif

uint32_t rt_mag_trim(const uint32_t *d, uint32_t n) {
    while (n && !d[n - 1]) n--;
    return n;
}

int rt_mag_cmp(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn) {
    if (an != bn) return an < bn ? -1 : 1;
    while (an--) {
        if (a[an] != b[an]) return a[an] < b[an] ? -1 : 1;
    }
    return 0;
}

uint64_t rt_mag_bits(const uint32_t *d, uint32_t n) {
    if (!n) return 0;
    return (uint64_t)(n - 1) * 32 + (uint64_t)(32 - __builtin_clz(d[n - 1]));
}

uint32_t rt_mag_add(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn) {
    if (an < bn) { /* make a the longer */
        const uint32_t *t = a;
        a = b, b = t;
        uint32_t tn = an;
        an = bn, bn = tn;
    }
    uint64_t carry = 0;
    uint32_t i = 0;
    for (; i < bn; i++) {
        carry += (uint64_t)a[i] + b[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; i < an; i++) {
        carry += a[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r[an] = (uint32_t)carry;
    return an + 1;
}

void rt_mag_sub(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn) {
    uint32_t borrow = 0, i = 0;
    for (; i < bn; i++) {
        uint64_t t = (uint64_t)a[i] - b[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = (uint32_t)(t >> 63);
    }
    for (; i < an; i++) {
        uint64_t t = (uint64_t)a[i] - borrow;
        r[i] = (uint32_t)t;
        borrow = (uint32_t)(t >> 63);
    }
}

uint32_t rt_mag_mul_1(uint32_t *d, uint32_t n, uint32_t m, uint32_t add) {
    uint64_t carry = add;
    for (uint32_t i = 0; i < n; i++) {
        carry += (uint64_t)d[i] * m;
        d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    return (uint32_t)carry;
}

uint32_t rt_mag_div_1(uint32_t *q, const uint32_t *a, uint32_t n, uint32_t m) {
    uint64_t rem = 0;
    while (n--) {
        uint64_t cur = rem << 32 | a[n];
        q[n] = (uint32_t)(cur / m);
        rem = cur % m;
    }
    return (uint32_t)rem;
}

/* ---- multiplication ---- */

/* r[0, an + bn) = a * b, schoolbook; an, bn >= 1 */
static void mul_school(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn) {
    uint64_t carry = 0;
    for (uint32_t j = 0; j < an; j++) { /* the first row assigns: r need not be zeroed */
        carry += (uint64_t)a[j] * b[0];
        r[j] = (uint32_t)carry;
        carry >>= 32;
    }
    r[an] = (uint32_t)carry;
    for (uint32_t i = 1; i < bn; i++) {
        uint64_t bi = b[i];
        uint32_t *ri = r + i;
        carry = 0;
        for (uint32_t j = 0; j < an; j++) { /* a*b + r + carry < 2^64 */
            carry += (uint64_t)a[j] * bi + ri[j];
            ri[j] = (uint32_t)carry;
            carry >>= 32;
        }
        ri[an] = (uint32_t)carry;
    }
}

/* r[0, 2n) = a^2, schoolbook: each cross product once, doubled, plus the
 * squares on the diagonal (about half the multiplications of mul_school). */
static void sqr_school(uint32_t *r, const uint32_t *a, uint32_t n) {
    for (uint32_t i = 0; i < 2 * n; i++) r[i] = 0;
    for (uint32_t i = 0; i + 1 < n; i++) {
        uint64_t ai = a[i], carry = 0;
        uint32_t *ri = r + 2 * i + 1;
        for (uint32_t j = i + 1; j < n; j++) {
            carry += ai * a[j] + ri[j - i - 1];
            ri[j - i - 1] = (uint32_t)carry;
            carry >>= 32;
        }
        r[i + n] = (uint32_t)carry;
    }
    uint32_t top = 0; /* double the cross products */
    for (uint32_t i = 0; i < 2 * n; i++) {
        uint32_t x = r[i];
        r[i] = x << 1 | top;
        top = x >> 31;
    }
    uint64_t carry = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t sq = (uint64_t)a[i] * a[i];
        carry += (uint64_t)r[2 * i] + (uint32_t)sq;
        r[2 * i] = (uint32_t)carry;
        carry >>= 32;
        carry += (uint64_t)r[2 * i + 1] + (sq >> 32);
        r[2 * i + 1] = (uint32_t)carry;
        carry >>= 32;
    }
}

/* Scratch limbs for Karatsuba: one block taken at the top, handed down
 * the recursion like a stack (each level uses 2n + 6 limbs and recurses on
 * half the size, so 4n + 12 per level of depth bounds it). */
static uint32_t kmul_scratch(uint32_t an) { return 4 * an + 512; }

/* r += x at r's start, carrying (the sum fits r's rn limbs) */
static void add_into(uint32_t *r, uint32_t rn, const uint32_t *x, uint32_t xn) {
    uint64_t carry = 0;
    uint32_t i = 0;
    for (; i < xn; i++) {
        carry += (uint64_t)r[i] + x[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
    for (; carry && i < rn; i++) {
        carry += r[i];
        r[i] = (uint32_t)carry;
        carry >>= 32;
    }
}

static void kmul(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn, uint32_t *tmp);

/* an >= 2 * bn: a in slices of bn limbs, each a balanced product */
static void kmul_lopsided(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn,
                          uint32_t *tmp) {
    for (uint32_t i = 0; i < an + bn; i++) r[i] = 0;
    uint32_t *prod = tmp; /* 2 * bn limbs */
    for (uint32_t at = 0; at < an; at += bn) {
        uint32_t sn = an - at < bn ? an - at : bn;
        uint32_t sl = rt_mag_trim(a + at, sn);
        if (!sl) continue;
        if (sl >= bn) kmul(prod, a + at, sl, b, bn, tmp + 2 * bn);
        else kmul(prod, b, bn, a + at, sl, tmp + 2 * bn);
        add_into(r + at, an + bn - at, prod, sl + bn);
    }
}

/* r[0, an + bn) = a * b for an >= bn (b == a: squaring); tmp: scratch of
 * kmul_scratch(an) limbs. Split at h = an / 2:
 *   a = a1 B^h + a0, b = b1 B^h + b0,
 *   a b = z2 B^2h + ((a0 + a1)(b0 + b1) - z0 - z2) B^h + z0
 * with z0 = a0 b0 and z2 = a1 b1 written straight into r. */
static void kmul(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn, uint32_t *tmp) {
    int square = a == b && an == bn;
    if (bn < (square ? RT_KARATSUBA_SQR_CUTOFF : RT_KARATSUBA_CUTOFF)) {
        if (!bn) {
            for (uint32_t i = 0; i < an; i++) r[i] = 0;
            return;
        }
        if (square) sqr_school(r, a, an);
        else mul_school(r, a, an, b, bn);
        return;
    }
    if (!square && an >= 2 * bn) {
        kmul_lopsided(r, a, an, b, bn, tmp);
        return;
    }
    uint32_t h = an / 2; /* bn > h: b1 is not empty */
    uint32_t a0n = rt_mag_trim(a, h), b0n = rt_mag_trim(b, h);
    /* z0 = a0 * b0 into r[0, 2h) */
    for (uint32_t i = 0; i < 2 * h; i++) r[i] = 0;
    if (square) kmul(r, a, a0n, a, a0n, tmp);
    else if (a0n >= b0n) kmul(r, a, a0n, b, b0n, tmp);
    else kmul(r, b, b0n, a, a0n, tmp);
    /* z2 = a1 * b1 into r[2h, an + bn) (a1 >= b1 in length) */
    kmul(r + 2 * h, a + h, an - h, square ? a + h : b + h, bn - h, tmp);
    /* t1 = a0 + a1, t2 = b0 + b1 */
    uint32_t *t1 = tmp, t1n = rt_mag_add(t1, a, a0n, a + h, an - h);
    t1n = rt_mag_trim(t1, t1n);
    uint32_t *t2 = t1 + t1n, t2n = t1n;
    if (!square) {
        t2n = rt_mag_add(t2, b, b0n, b + h, bn - h);
        t2n = rt_mag_trim(t2, t2n);
    }
    /* z1 = t1 t2 - z0 - z2, added at r + h */
    uint32_t *z1 = t2 + (square ? 0 : t2n), *rest = z1 + t1n + t2n;
    if (square) kmul(z1, t1, t1n, t1, t1n, rest);
    else if (t1n >= t2n) kmul(z1, t1, t1n, t2, t2n, rest);
    else kmul(z1, t2, t2n, t1, t1n, rest);
    uint32_t z1n = rt_mag_trim(z1, t1n + t2n);
    uint32_t z0n = rt_mag_trim(r, 2 * h), z2n = rt_mag_trim(r + 2 * h, an + bn - 2 * h);
    rt_mag_sub(z1, z1, z1n, r, z0n);
    rt_mag_sub(z1, z1, z1n, r + 2 * h, z2n);
    add_into(r + h, an + bn - h, z1, rt_mag_trim(z1, z1n));
}

void rt_mag_mul(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn) {
    if (an < bn) {
        const uint32_t *t = a;
        a = b, b = t;
        uint32_t tn = an;
        an = bn, bn = tn;
    }
    if (bn < (a == b && an == bn ? RT_KARATSUBA_SQR_CUTOFF : RT_KARATSUBA_CUTOFF)) {
        kmul(r, a, an, b, bn, 0); /* schoolbook: no scratch */
        return;
    }
    uint32_t *tmp = rt_mag_alloc(kmul_scratch(an));
    if (!tmp) return;
    kmul(r, a, an, b, bn, tmp);
}

/* ---- division ---- */

/* Knuth D on normalized operands: u (un + 1 limbs, destroyed: the
 * remainder is left in u[0, vn)), v (vn >= 2 limbs, top bit set),
 * q[0, un - vn + 1) (may be NULL). */
static void knuth_d(uint32_t *q, uint32_t *u, uint32_t un, const uint32_t *v, uint32_t vn) {
    uint64_t vtop = v[vn - 1], vnext = v[vn - 2];
    for (uint32_t j = un - vn + 1; j-- > 0;) {
        /* estimate q^ from the top two limbs, then correct it (at most twice) */
        uint64_t num = (uint64_t)u[j + vn] << 32 | u[j + vn - 1];
        uint64_t qhat = num / vtop, rhat = num % vtop;
        while (qhat >> 32 || qhat * vnext > (rhat << 32 | u[j + vn - 2])) {
            qhat--;
            rhat += vtop;
            if (rhat >> 32) break;
        }
        /* u[j, j + vn] -= qhat * v */
        uint64_t carry = 0;
        int64_t borrow = 0;
        for (uint32_t i = 0; i < vn; i++) {
            uint64_t p = qhat * v[i] + carry;
            carry = p >> 32;
            int64_t t = (int64_t)u[i + j] - (int64_t)(uint32_t)p + borrow;
            u[i + j] = (uint32_t)t;
            borrow = t >> 32; /* 0 or -1 */
        }
        int64_t t = (int64_t)u[j + vn] - (int64_t)carry + borrow;
        u[j + vn] = (uint32_t)t;
        if (t < 0) { /* qhat was one too large (rare): add v back */
            qhat--;
            uint64_t c = 0;
            for (uint32_t i = 0; i < vn; i++) {
                c += (uint64_t)u[i + j] + v[i];
                u[i + j] = (uint32_t)c;
                c >>= 32;
            }
            u[j + vn] += (uint32_t)c;
        }
        if (q) q[j] = (uint32_t)qhat;
    }
}

int rt_mag_divmod(uint32_t *q, uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn) {
    if (bn == 1) {
        uint32_t *qq = q ? q : rt_mag_alloc(an);
        if (!qq) return 0;
        uint32_t rem = rt_mag_div_1(qq, a, an, b[0]);
        if (r) r[0] = rem;
        return 1;
    }
    /* normalize: shift both so that the divisor's top bit is set */
    uint32_t s = (uint32_t)__builtin_clz(b[bn - 1]);
    uint32_t *u = rt_mag_alloc(an + 1 + bn);
    if (!u) return 0;
    uint32_t *v = u + an + 1;
    rt_mag_shl(u, a, an, s); /* an + 1 limbs */
    if (s) {
        for (uint32_t i = bn - 1; i > 0; i--) v[i] = b[i] << s | b[i - 1] >> (32 - s);
        v[0] = b[0] << s;
    } else {
        for (uint32_t i = 0; i < bn; i++) v[i] = b[i];
    }
    knuth_d(q, u, an, v, bn);
    if (r) { /* the remainder, shifted back */
        if (s) {
            for (uint32_t i = 0; i + 1 < bn; i++) r[i] = u[i] >> s | u[i + 1] << (32 - s);
            r[bn - 1] = u[bn - 1] >> s;
        } else {
            for (uint32_t i = 0; i < bn; i++) r[i] = u[i];
        }
    }
    return 1;
}

/* ---- shifts ---- */

void rt_mag_shl(uint32_t *r, const uint32_t *a, uint32_t an, uint64_t s) {
    uint32_t limbs = (uint32_t)(s / 32), bits = (uint32_t)(s % 32);
    for (uint32_t i = 0; i < limbs; i++) r[i] = 0;
    uint32_t *o = r + limbs;
    if (!bits) {
        for (uint32_t i = an; i-- > 0;) o[i] = a[i]; /* downwards: r may be a when s < 32 */
        o[an] = 0;
        return;
    }
    o[an] = an ? a[an - 1] >> (32 - bits) : 0;
    for (uint32_t i = an; i-- > 1;) o[i] = a[i] << bits | a[i - 1] >> (32 - bits);
    if (an) o[0] = a[0] << bits;
}

int rt_mag_shr(uint32_t *r, const uint32_t *a, uint32_t an, uint64_t s) {
    uint32_t limbs = (uint32_t)(s / 32), bits = (uint32_t)(s % 32);
    int lost = 0;
    for (uint32_t i = 0; i < limbs; i++) lost |= a[i] != 0;
    if (bits) lost |= (a[limbs] & (((uint32_t)1 << bits) - 1)) != 0;
    uint32_t rn = an - limbs;
    const uint32_t *src = a + limbs;
    if (!bits) {
        for (uint32_t i = 0; i < rn; i++) r[i] = src[i];
        return lost;
    }
    for (uint32_t i = 0; i + 1 < rn; i++) r[i] = src[i] >> bits | src[i + 1] << (32 - bits);
    r[rn - 1] = src[rn - 1] >> bits;
    return lost;
}
