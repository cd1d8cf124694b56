/* Arbitrary precision ints on tagged values: the general cases behind the
 * rt_int_* entry points (rt_int.c tries the small fast paths first), the
 * C integer conversions, divmod and pow(a, b, m). Values are unpacked into
 * RtIntView (sign and magnitude), computed with the rt_mag_* limb
 * arithmetic (rt_bigint_mag.c) into a fresh RtBig, and finished into
 * canonical form. Python semantics throughout: floor division, two's
 * complement bitwise operations on negatives, >> rounding towards -inf. */
#include "rt_bigint.h"

/* ---- building and unpacking ---- */

void rt_raise_int_memory(void) { rt_raise_cstr(RT_EXC_MEMORY, 0); }

/* Running out of memory here is fatal (MemoryError printed, exit 1), as
 * for every other allocation of the runtime: so + - * and the bit
 * operations cannot raise, and the code calling them tests nothing after
 * them. The explicit checks of `**` and `<<`, whose results CPython
 * refuses beforehand, still raise a catchable MemoryError. */
uint32_t *rt_mag_alloc(uint32_t n) {
    if (n > 0x7ffffff0u / 4) rt_fatal_memory();
    return rt_alloc(n * 4);
}

RtBig *rt_big_new(uint32_t n) {
    if (n > RT_BIG_MAX_LIMBS) rt_fatal_memory();
    return rt_alloc((uint32_t)sizeof(RtBig) + n * 4);
}

/* the tagged value of a magnitude of at most two limbs, when it is in the
 * small range: 1 (and *out), else 0 */
static int small_of(const uint32_t *d, uint32_t n, uint32_t neg, int64_t *out) {
    if (n > 2) return 0;
    uint64_t u = n == 0 ? 0 : n == 1 ? d[0] : (uint64_t)d[1] << 32 | d[0];
    if (u > (uint64_t)1 << 61 || (u == (uint64_t)1 << 61 && !neg)) return 0;
    *out = neg ? (int64_t)(0 - u) : (int64_t)u;
    return 1;
}

int64_t rt_big_finish(RtBig *b, uint32_t n, uint32_t neg) {
    n = rt_mag_trim(b->d, n);
    int64_t v;
    if (small_of(b->d, n, neg, &v)) return v;
    b->h.type_flags = RT_TYPE_INT;
    b->n = n;
    b->neg = neg;
    b->value = RT_INT_HANDLE(b);
    return b->value;
}

int64_t rt_int_from_mag(const uint32_t *d, uint32_t n, uint32_t neg) {
    n = rt_mag_trim(d, n);
    int64_t v;
    if (small_of(d, n, neg, &v)) return v;
    RtBig *b = rt_big_new(n);
    if (!b) return 0;
    for (uint32_t i = 0; i < n; i++) b->d[i] = d[i];
    return rt_big_finish(b, n, neg);
}

void rt_int_view(RtIntView *w, int64_t v) {
    if (RT_INT_IS_SMALL(v)) {
        uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
        w->small[0] = (uint32_t)u;
        w->small[1] = (uint32_t)(u >> 32);
        w->d = w->small;
        w->n = w->small[1] ? 2 : w->small[0] ? 1 : 0;
        w->neg = v < 0;
        return;
    }
    RtBig *b = RT_INT_BIG(v);
    w->d = b->d;
    w->n = b->n;
    w->neg = b->neg;
}

/* ---- C integers ---- */

int64_t rt_int_from_u64(uint64_t raw) {
    uint32_t d[2] = {(uint32_t)raw, (uint32_t)(raw >> 32)};
    return rt_int_from_mag(d, 2, 0);
}

int64_t rt_int_from_i64(int64_t raw) {
    if (RT_INT_IS_SMALL(raw)) return raw;
    uint64_t u = raw < 0 ? 0 - (uint64_t)raw : (uint64_t)raw;
    uint32_t d[2] = {(uint32_t)u, (uint32_t)(u >> 32)};
    return rt_int_from_mag(d, 2, raw < 0);
}

int rt_int_to_i64(int64_t v, int64_t *out) {
    if (RT_INT_IS_SMALL(v)) {
        *out = v;
        return 1;
    }
    RtBig *b = RT_INT_BIG(v);
    if (b->n > 2) return 0;
    uint64_t u = (uint64_t)b->d[1] << 32 | b->d[0];
    if (u > (uint64_t)INT64_MAX + b->neg) return 0;
    *out = b->neg ? (int64_t)(0 - u) : (int64_t)u;
    return 1;
}

/* ---- + - * ---- */

/* a + (-1)^bneg |b| */
static int64_t add_views(const RtIntView *a, const RtIntView *b, uint32_t bneg) {
    if (a->neg == bneg) {
        uint32_t n = (a->n > b->n ? a->n : b->n) + 1;
        RtBig *r = rt_big_new(n);
        if (!r) return 0;
        rt_mag_add(r->d, a->d, a->n, b->d, b->n);
        return rt_big_finish(r, n, bneg);
    }
    int c = rt_mag_cmp(a->d, a->n, b->d, b->n);
    if (!c) return 0;
    const RtIntView *big = c > 0 ? a : b, *little = c > 0 ? b : a;
    RtBig *r = rt_big_new(big->n);
    if (!r) return 0;
    rt_mag_sub(r->d, big->d, big->n, little->d, little->n);
    return rt_big_finish(r, big->n, c > 0 ? a->neg : bneg);
}

int64_t rt_big_add(int64_t a, int64_t b) {
    RtIntView va, vb;
    rt_int_view(&va, a);
    rt_int_view(&vb, b);
    return add_views(&va, &vb, vb.neg);
}

int64_t rt_big_sub(int64_t a, int64_t b) {
    RtIntView va, vb;
    rt_int_view(&va, a);
    rt_int_view(&vb, b);
    return add_views(&va, &vb, !vb.neg && vb.n);
}

int64_t rt_big_mul(int64_t a, int64_t b) {
    RtIntView va, vb;
    rt_int_view(&va, a);
    rt_int_view(&vb, b);
    if (!va.n || !vb.n) return 0;
    RtBig *r = rt_big_new(va.n + vb.n);
    if (!r) return 0;
    if (a == b) rt_mag_mul(r->d, va.d, va.n, va.d, va.n); /* x * x: squaring */
    else rt_mag_mul(r->d, va.d, va.n, vb.d, vb.n);
    if (RT_ERR) return 0;
    return rt_big_finish(r, va.n + vb.n, va.neg != vb.neg);
}

int64_t rt_big_neg(int64_t a) {
    RtIntView va;
    rt_int_view(&va, a);
    return rt_int_from_mag(va.d, va.n, !va.neg);
}

int64_t rt_big_abs(int64_t a) {
    RtIntView va;
    rt_int_view(&va, a);
    return va.neg ? rt_int_from_mag(va.d, va.n, 0) : a;
}

/* ---- comparison ---- */

int32_t rt_big_cmp(int64_t a, int64_t b) {
    if (RT_INT_IS_SMALL(a) && RT_INT_IS_SMALL(b)) return (a > b) - (a < b);
    RtIntView va, vb;
    rt_int_view(&va, a);
    rt_int_view(&vb, b);
    if (va.neg != vb.neg) return va.neg ? -1 : 1;
    int c = rt_mag_cmp(va.d, va.n, vb.d, vb.n);
    return va.neg ? -c : c;
}

int64_t rt_big_bit_length(int64_t a) {
    RtIntView va;
    rt_int_view(&va, a);
    return (int64_t)rt_mag_bits(va.d, va.n);
}

/* ---- division ---- */

/* q, r = divmod(a, b) for b != 0 (either output may be NULL). With
 * |a| = Q |b| + R: same signs give Q and R signed as b; different signs
 * give -Q (R == 0), else -(Q + 1) and |b| - R signed as b. */
void rt_big_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r) {
    if (RT_INT_IS_SMALL(a) && RT_INT_IS_SMALL(b)) { /* no int64 overflow in this range */
        int64_t qq = a / b, rr = a % b;
        if (rr && (rr < 0) != (b < 0)) qq--, rr += b;
        if (q) *q = rt_int_from_i64(qq);
        if (r) *r = rr;
        return;
    }
    RtIntView va, vb;
    rt_int_view(&va, a);
    rt_int_view(&vb, b);
    uint32_t diff = va.neg != vb.neg;
    if (rt_mag_cmp(va.d, va.n, vb.d, vb.n) < 0) { /* Q = 0, R = |a| */
        if (q) *q = diff && va.n ? -1 : 0;
        if (r) {
            if (!diff || !va.n) *r = rt_int_from_mag(va.d, va.n, vb.neg);
            else *r = add_views(&vb, &va, !vb.neg); /* (|b| - |a|) signed as b */
        }
        return;
    }
    uint32_t qn = va.n - vb.n + 1;
    RtBig *qb = rt_big_new(qn + 1), *rb = rt_big_new(vb.n);
    if (!qb || !rb || !rt_mag_divmod(qb->d, rb->d, va.d, va.n, vb.d, vb.n)) return;
    uint32_t rn = rt_mag_trim(rb->d, vb.n);
    if (diff && rn) { /* Q + 1 and |b| - R */
        uint32_t one = 1;
        rt_mag_add(qb->d, qb->d, qn, &one, 1);
        rt_mag_sub(rb->d, vb.d, vb.n, rb->d, rn);
        rn = vb.n;
    }
    if (q) *q = rt_big_finish(qb, qn + 1, diff);
    if (r) *r = rt_big_finish(rb, rn, vb.neg);
}

void rt_int_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r) {
    if (b == 0) {
        rt_raise_cstr(RT_EXC_ZERO_DIVISION, "integer division or modulo by zero");
        *q = *r = 0;
        return;
    }
    *q = *r = 0;
    rt_big_divmod(a, b, q, r);
}

/* ---- shifts ---- */

/* A shift count beyond any result we can hold (CPython: MemoryError). */
#define MAX_BITS ((uint64_t)RT_BIG_MAX_LIMBS * 32)

/* a << n for an absurd n (a handle, a != 0): CPython 3.11 on 64 bits asks
 * for |a|'s 30-bit digits plus n // 30 (+ 1 for a remainder; the quotient
 * clipped to 2^61 - 1 when it does not fit a Py_ssize_t) and refuses more
 * than 2^61 - 7 digits with OverflowError; less fails to allocate:
 * MemoryError. */
static void raise_huge_lshift(const RtIntView *va, int64_t n) {
    int64_t w, r, i64;
    rt_big_divmod(n, 30, &w, &r);
    uint64_t words = rt_int_to_i64(n, &i64) ? 0 : !RT_INT_IS_SMALL(w) || w >= RT_INT_SMALL_MAX ? RT_INT_SMALL_MAX : (uint64_t)w;
    if (words == RT_INT_SMALL_MAX) r = 0;
    uint64_t size = (rt_mag_bits(va->d, va->n) + 29) / 30 + words + (r != 0);
    if (words && size > ((uint64_t)1 << 61) - 7) rt_raise_cstr(RT_EXC_OVERFLOW, "too many digits in integer");
    else rt_raise_int_memory();
}

int64_t rt_big_lshift(int64_t a, int64_t n) {
    if (a == 0) return 0;
    RtIntView va;
    rt_int_view(&va, a);
    if (!RT_INT_IS_SMALL(n)) {
        raise_huge_lshift(&va, n);
        return 0;
    }
    if ((uint64_t)n + rt_mag_bits(va.d, va.n) > MAX_BITS) {
        rt_raise_int_memory();
        return 0;
    }
    uint32_t rn = va.n + (uint32_t)(n / 32) + 1;
    RtBig *r = rt_big_new(rn);
    if (!r) return 0;
    rt_mag_shl(r->d, va.d, va.n, (uint64_t)n);
    return rt_big_finish(r, rn, va.neg);
}

/* a >> n floors: a negative a gives -ceil(|a| / 2^n) */
int64_t rt_big_rshift(int64_t a, int64_t n) {
    RtIntView va;
    rt_int_view(&va, a);
    if (!RT_INT_IS_SMALL(n) || (uint64_t)n >= rt_mag_bits(va.d, va.n)) return va.neg ? -1 : 0;
    uint32_t rn = va.n - (uint32_t)(n / 32);
    RtBig *r = rt_big_new(rn + 1);
    if (!r) return 0;
    int lost = rt_mag_shr(r->d, va.d, va.n, (uint64_t)n);
    if (va.neg && lost) {
        uint32_t one = 1;
        rt_mag_add(r->d, r->d, rn, &one, 1);
    }
    return rt_big_finish(r, rn + 1, va.neg);
}

/* ---- & | ^ ---- */

/* The limbs of a view in two's complement, one at a time (sign-extended
 * past its length): a negative -m is ~(m - 1) = ~m + 1. */
typedef struct Twos {
    const RtIntView *v;
    uint32_t carry;
} Twos;

static uint32_t twos_next(Twos *t, uint32_t i) {
    uint32_t x = i < t->v->n ? t->v->d[i] : 0;
    if (!t->v->neg) return x;
    uint64_t s = (uint64_t)(uint32_t)~x + t->carry;
    t->carry = (uint32_t)(s >> 32);
    return (uint32_t)s;
}

int64_t rt_big_bitwise(int64_t a, int64_t b, int op) {
    RtIntView va, vb;
    rt_int_view(&va, a);
    rt_int_view(&vb, b);
    uint32_t n = (va.n > vb.n ? va.n : vb.n) + 1; /* room for the sign */
    RtBig *r = rt_big_new(n);
    if (!r) return 0;
    Twos ta = {&va, 1}, tb = {&vb, 1};
    for (uint32_t i = 0; i < n; i++) {
        uint32_t x = twos_next(&ta, i), y = twos_next(&tb, i);
        r->d[i] = op == '&' ? x & y : op == '|' ? x | y : x ^ y;
    }
    uint32_t neg = r->d[n - 1] >> 31;
    if (neg) { /* back to sign and magnitude: |r| = ~r + 1 */
        uint64_t carry = 1;
        for (uint32_t i = 0; i < n; i++) {
            carry += (uint32_t)~r->d[i];
            r->d[i] = (uint32_t)carry;
            carry >>= 32;
        }
    }
    return rt_big_finish(r, n, neg);
}

/* ---- ** ---- */

static int is_power_of_two(const RtIntView *v) {
    for (uint32_t i = 0; i + 1 < v->n; i++) {
        if (v->d[i]) return 0;
    }
    return (v->d[v->n - 1] & (v->d[v->n - 1] - 1)) == 0;
}

/* |base|^exp by squaring, from the top bit of exp down; the result has at
 * most `cap` limbs and every intermediate fits cap + 4 (see below). */
static int64_t pow_mag(const RtIntView *b, uint64_t exp, uint32_t cap, uint32_t neg) {
    /* x^2 needs 2 ceil(bits(x) / 32) <= cap + 2 limbs, x b at most cap + 3 */
    uint32_t *x = rt_mag_alloc(cap + 4), *y = x ? rt_mag_alloc(cap + 4) : 0;
    if (!y) return 0;
    for (uint32_t i = 0; i < b->n; i++) x[i] = b->d[i];
    uint32_t xn = b->n;
    for (int bit = 62 - __builtin_clzll(exp); bit >= 0; bit--) {
        rt_mag_mul(y, x, xn, x, xn);
        if (RT_ERR) return 0;
        uint32_t yn = rt_mag_trim(y, 2 * xn);
        if (exp >> bit & 1) {
            rt_mag_mul(x, y, yn, b->d, b->n);
            if (RT_ERR) return 0;
            xn = rt_mag_trim(x, yn + b->n);
        } else {
            uint32_t *t = x;
            x = y, y = t, xn = yn;
        }
    }
    return rt_int_from_mag(x, xn, neg);
}

int64_t rt_big_pow(int64_t base, int64_t exp) {
    if (exp == 0) return 1;
    if (base == 0 || base == 1) return base;
    int odd = RT_INT_IS_SMALL(exp) ? (int)(exp & 1) : (int)(RT_INT_BIG(exp)->d[0] & 1);
    if (base == -1) return odd ? -1 : 1;
    if (!RT_INT_IS_SMALL(exp)) { /* |base| >= 2: at least 2^61 bits */
        rt_raise_int_memory();
        return 0;
    }
    RtIntView vb;
    rt_int_view(&vb, base);
    uint64_t bits = rt_mag_bits(vb.d, vb.n), e = (uint64_t)exp;
    uint32_t neg = vb.neg && odd;
    if ((bits - 1) > MAX_BITS / e) { /* the result has more than (bits - 1) e bits */
        rt_raise_int_memory();
        return 0;
    }
    if (is_power_of_two(&vb)) { /* (2^k)^e = 1 << k e */
        uint32_t one = 1;
        uint64_t s = (bits - 1) * e;
        uint32_t rn = (uint32_t)(s / 32) + 2;
        RtBig *r = rt_big_new(rn);
        if (!r) return 0;
        rt_mag_shl(r->d, &one, 1, s);
        return rt_big_finish(r, rn, neg);
    }
    uint64_t cap = bits * e / 32 + 1; /* bits * e <= 2 (bits - 1) e <= 2 MAX_BITS */
    if (cap > RT_BIG_MAX_LIMBS) {
        rt_raise_int_memory();
        return 0;
    }
    return pow_mag(&vb, e, (uint32_t)cap, neg);
}

/* ---- pow(a, b, m) ---- */

/* a^e mod m for m < 2^32 (then every product fits a uint64_t) */
static uint64_t powmod_small(uint64_t a, const RtIntView *e, uint64_t m) {
    uint64_t r = 1 % m;
    for (uint64_t bit = rt_mag_bits(e->d, e->n); bit-- > 0;) {
        r = r * r % m;
        if (e->d[bit / 32] >> (bit % 32) & 1) r = r * a % m;
    }
    return r;
}

/* r = x y mod m: x, y < m (m->n limbs each, zero-padded), r distinct from
 * them, t scratch of 2 m->n limbs. x == y squares. */
static int mulmod(uint32_t *r, const uint32_t *x, const uint32_t *y, const RtIntView *m, uint32_t *t) {
    uint32_t xn = rt_mag_trim(x, m->n), yn = rt_mag_trim(y, m->n);
    for (uint32_t i = 0; i < m->n; i++) r[i] = 0;
    if (!xn || !yn) return 1;
    rt_mag_mul(t, x, xn, y, yn);
    if (RT_ERR) return 0;
    uint32_t tn = rt_mag_trim(t, xn + yn);
    if (rt_mag_cmp(t, tn, m->d, m->n) < 0) {
        for (uint32_t i = 0; i < tn; i++) r[i] = t[i];
        return 1;
    }
    return rt_mag_divmod(0, r, t, tn, m->d, m->n);
}

/* a^e mod m for 0 <= a < m, m >= 2 (any size): square and multiply from
 * the top bit of e, ping-ponging between two buffers */
static int64_t powmod_mag(int64_t a, const RtIntView *e, int64_t m) {
    RtIntView vm, va;
    rt_int_view(&vm, m);
    rt_int_view(&va, a);
    if (vm.n == 1) return (int64_t)powmod_small(va.n ? va.d[0] : 0, e, vm.d[0]);
    uint32_t *base = rt_mag_alloc(5 * vm.n); /* base, r, s: vm.n limbs each; t: 2 vm.n */
    if (!base) return 0;
    uint32_t *r = base + vm.n, *s = r + vm.n, *t = s + vm.n;
    for (uint32_t i = 0; i < va.n; i++) base[i] = va.d[i];
    r[0] = 1;
    for (uint64_t bit = rt_mag_bits(e->d, e->n); bit-- > 0;) {
        if (!mulmod(s, r, r, &vm, t)) return 0;
        uint32_t *x = r;
        r = s, s = x;
        if (e->d[bit / 32] >> (bit % 32) & 1) {
            if (!mulmod(s, r, base, &vm, t)) return 0;
            x = r, r = s, s = x;
        }
    }
    return rt_int_from_mag(r, vm.n, 0);
}

/* the inverse of a modulo m > 1 (extended Euclid), or raise */
static int64_t invmod(int64_t a, int64_t m) {
    int64_t r0, r1 = m, s0 = 1, s1 = 0, q, rem;
    rt_big_divmod(a, m, 0, &r0);
    while (r1 != 0 && !RT_ERR) { /* invariant: r_i = s_i a (mod m) */
        rt_big_divmod(r0, r1, &q, &rem);
        r0 = r1, r1 = rem;
        int64_t s2 = rt_int_sub(s0, rt_int_mul(q, s1));
        s0 = s1, s1 = s2;
    }
    if (RT_ERR) return 0;
    if (r0 != 1) {
        rt_raise_cstr(RT_EXC_VALUE, "base is not invertible for the given modulus");
        return 0;
    }
    rt_big_divmod(s0, m, 0, &rem);
    return rem;
}

int64_t rt_int_powmod(int64_t a, int64_t b, int64_t m) {
    if (m == 0) {
        rt_raise_cstr(RT_EXC_VALUE, "pow() 3rd argument cannot be 0");
        return 0;
    }
    int32_t mneg = rt_big_cmp(m, 0) < 0;
    int64_t mabs = mneg ? rt_big_neg(m) : m;
    if (mabs == 1 || RT_ERR) return 0;
    if (rt_big_cmp(b, 0) < 0) { /* a^-b = (a^-1)^b */
        a = invmod(a, mabs);
        b = rt_big_neg(b);
    } else {
        rt_big_divmod(a, mabs, 0, &a);
    }
    if (RT_ERR) return 0;
    RtIntView vb;
    rt_int_view(&vb, b);
    int64_t r = powmod_mag(a, &vb, mabs);
    if (RT_ERR) return 0;
    return mneg && r != 0 ? rt_big_sub(r, mabs) : r;
}

/* ---- round(v, ndigits) for ndigits < 0 ---- */

/* |v| rounded half to even to a multiple of p = 10^k, signed as v */
int64_t rt_big_round(int64_t v, int64_t ndigits) {
    RtIntView vv;
    rt_int_view(&vv, v);
    uint64_t bits = rt_mag_bits(vv.d, vv.n);
    /* 10^k > 2 |v| when k > bits log10(2) + 1: the result is 0 */
    if (!RT_INT_IS_SMALL(ndigits) || (uint64_t)-ndigits > bits * 30103 / 100000 + 2) return 0;
    int64_t k = -ndigits;
    int64_t p = rt_big_pow(10, k), half = rt_big_mul(rt_big_pow(10, k - 1), 5);
    int64_t q, r;
    rt_big_divmod(rt_big_abs(v), p, &q, &r);
    if (RT_ERR) return 0;
    int c = rt_big_cmp(r, half);
    if (c > 0 || (c == 0 && rt_big_bitwise(q, 1, '&'))) q = rt_big_add(q, 1);
    int64_t m = rt_big_mul(q, p);
    return vv.neg ? rt_big_neg(m) : m;
}
