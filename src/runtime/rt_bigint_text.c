/* Ints to and from text: str(n), bin/oct/hex digits, int(s, base).
 *
 * Decimal goes through base 10^9 chunks (divide and conquer above a few
 * dozen limbs, see to_chunks); power-of-two bases are bit slicing, linear,
 * with no limit. Parsing multiplies in chunks of digits that fit a limb (9
 * for base 10), quadratic like CPython 3.11's, which is fine up to its
 * limit: CPython 3.11 refuses decimal text of more than 4300 digits both
 * ways (sys.set_int_max_str_digits); its messages are reproduced exactly. */
#include "rt_bigint.h"

#define MAX_STR_DIGITS 4300
#define CHUNK_BASE 1000000000u /* 10^9 */

static void raise_to_str_limit(void) {
    rt_raise_cstr(RT_EXC_VALUE, "Exceeds the limit (4300 digits) for integer string conversion; "
                                "use sys.set_int_max_str_digits() to increase the limit");
}

static void raise_from_str_limit(uint32_t digits) {
    rt_raise_fmt(RT_EXC_VALUE,
                 "Exceeds the limit (4300 digits) for integer string conversion: value has %d digits; "
                 "use sys.set_int_max_str_digits() to increase the limit",
                 (int64_t)digits);
}

/* ---- int -> decimal ---- */

/* the digits of u (< 10^9) right-aligned in out[0, width); zero-padded */
static void put_chunk(char *out, uint32_t u, uint32_t width) {
    for (uint32_t i = width; i-- > 0;) {
        out[i] = (char)('0' + u % 10);
        u /= 10;
    }
}

static uint32_t decimal_width(uint32_t u) {
    uint32_t w = 1;
    while (u >= 10) u /= 10, w++;
    return w;
}

/* Base 10^9 digits ("chunks") of a magnitude, least significant first.
 * Small numbers: repeated division by 10^9, one 64-bit division per limb
 * and chunk. Larger ones: divide and conquer, x = q P_k + r with P_k =
 * 10^(9 2^k), each half converted alone: the work moves into Knuth D's
 * multiply-and-subtract loops, several times cheaper than the divisions
 * (wasm has no multiply-high to divide by a constant). */
#define DC_LIMBS 24 /* below this many limbs, the simple way */
#define MAX_POW 28  /* P_k for k < MAX_POW: beyond any int we hold */

typedef struct Pow10 {
    uint32_t *d[MAX_POW];
    uint32_t n[MAX_POW];
} Pow10;

/* chunks[0, ...) of t[0, n) (destroyed), at most `room` of them */
static void chunks_simple(uint32_t *t, uint32_t n, uint32_t *chunks, uint32_t room) {
    n = rt_mag_trim(t, n);
    for (uint32_t k = 0; n && k < room; k++) {
        chunks[k] = rt_mag_div_1(t, t, n, CHUNK_BASE);
        n = rt_mag_trim(t, n);
    }
}

/* chunks[0, 2^(k+1)) of x < P_(k+1) (slots left zero where x has none);
 * x[0, xn) is destroyed */
static int chunks_dc(uint32_t *x, uint32_t xn, uint32_t k, const Pow10 *p, uint32_t *chunks) {
    xn = rt_mag_trim(x, xn);
    if (xn < DC_LIMBS || k == 0) {
        chunks_simple(x, xn, chunks, (uint32_t)2 << k);
        return 1;
    }
    const uint32_t *pk = p->d[k];
    uint32_t pn = p->n[k];
    if (rt_mag_cmp(x, xn, pk, pn) < 0) return chunks_dc(x, xn, k - 1, p, chunks); /* no high half */
    uint32_t *q = rt_mag_alloc(xn - pn + 1 + pn);
    if (!q) return 0;
    uint32_t *r = q + xn - pn + 1;
    if (!rt_mag_divmod(q, r, x, xn, pk, pn)) return 0;
    return chunks_dc(r, pn, k - 1, p, chunks) && chunks_dc(q, xn - pn + 1, k - 1, p, chunks + ((uint32_t)1 << k));
}

/* |x| in base 10^9 into a fresh array (*count chunks, the top one nonzero) */
static uint32_t *to_chunks(const RtIntView *x, uint32_t *count) {
    uint32_t *t = rt_mag_alloc(x->n);
    if (!t) return 0;
    for (uint32_t i = 0; i < x->n; i++) t[i] = x->d[i];
    if (x->n < DC_LIMBS) { /* a chunk takes more than 29 bits off */
        uint32_t room = x->n * 32 / 29 + 1, *chunks = rt_mag_alloc(room);
        if (!chunks) return 0;
        chunks_simple(t, x->n, chunks, room);
        *count = rt_mag_trim(chunks, room);
        return chunks;
    }
    /* P_0 .. P_k by squaring, up to the first with more limbs than x */
    Pow10 p;
    uint32_t ten9 = CHUNK_BASE, k = 0;
    p.d[0] = &ten9;
    p.n[0] = 1;
    while (p.n[k] <= x->n && k + 1 < MAX_POW) {
        uint32_t *sq = rt_mag_alloc(2 * p.n[k]);
        if (!sq) return 0;
        rt_mag_mul(sq, p.d[k], p.n[k], p.d[k], p.n[k]);
        if (RT_ERR) return 0;
        k++;
        p.d[k] = sq;
        p.n[k] = rt_mag_trim(sq, 2 * p.n[k - 1]);
    }
    /* x < P_k, so 2^k chunks hold it */
    uint32_t room = (uint32_t)1 << k, *chunks = rt_mag_alloc(room);
    if (!chunks || !chunks_dc(t, x->n, k - 1, &p, chunks)) return 0;
    *count = rt_mag_trim(chunks, room);
    return chunks;
}

char *rt_int_decimal(int64_t v, uint32_t *len) {
    if (RT_INT_IS_SMALL(v)) {
        char tmp[24];
        uint32_t n = rt_i64_decimal(v, tmp + sizeof tmp);
        char *out = rt_alloc(n);
        rt_memcpy(out, tmp + sizeof tmp - n, n);
        *len = n;
        return out;
    }
    RtIntView x;
    rt_int_view(&x, v);
    /* a number of b bits has at least (b - 1) log10(2) + 1 digits: refuse
     * what is surely too long before the quadratic work */
    uint64_t bits = rt_mag_bits(x.d, x.n);
    if ((bits - 1) * 30102 / 100000 + 1 > MAX_STR_DIGITS) {
        raise_to_str_limit();
        return 0;
    }
    uint32_t k;
    uint32_t *chunks = to_chunks(&x, &k);
    if (!chunks) return 0;
    uint32_t top = decimal_width(chunks[k - 1]), digits = 9 * (k - 1) + top;
    if (digits > MAX_STR_DIGITS) {
        raise_to_str_limit();
        return 0;
    }
    char *out = rt_alloc(digits + x.neg), *p = out;
    if (x.neg) *p++ = '-';
    put_chunk(p, chunks[k - 1], top);
    p += top;
    for (uint32_t i = k - 1; i-- > 0; p += 9) put_chunk(p, chunks[i], 9);
    *len = digits + x.neg;
    return out;
}

/* ---- int -> base 2, 8, 16 ---- */

/* s bits (s <= 8) of x from bit position pos */
static uint32_t bits_at(const RtIntView *x, uint64_t pos, uint32_t s) {
    uint32_t limb = (uint32_t)(pos / 32), off = (uint32_t)(pos % 32);
    uint32_t w = x->d[limb] >> off;
    if (off + s > 32 && limb + 1 < x->n) w |= x->d[limb + 1] << (32 - off);
    return w & ((1u << s) - 1);
}

static void put_pow2(RtSb *b, const RtIntView *x, uint32_t s) {
    uint64_t bits = rt_mag_bits(x->d, x->n);
    uint64_t digits = bits ? (bits + s - 1) / s : 1;
    if (digits + x->neg > 0x7fffff00u) {
        rt_raise_int_memory();
        return;
    }
    rt_sb_reserve(b, (uint32_t)digits + x->neg);
    char *p = b->buf + b->len;
    if (x->neg) *p++ = '-';
    for (uint64_t i = digits; i-- > 0;) *p++ = "0123456789abcdef"[bits ? bits_at(x, i * s, s) : 0];
    b->len += (uint32_t)digits + x->neg;
}

int rt_int_put_text(RtSb *b, int64_t v, int base) {
    if (base == 10 && RT_INT_IS_SMALL(v)) {
        char tmp[24];
        uint32_t n = rt_i64_decimal(v, tmp + sizeof tmp);
        rt_sb_put(b, tmp + sizeof tmp - n, n);
        return 1;
    }
    if (base == 10) {
        uint32_t n;
        char *t = rt_int_decimal(v, &n);
        if (!t) return 0;
        rt_sb_put(b, t, n);
        return 1;
    }
    RtIntView x;
    rt_int_view(&x, v);
    put_pow2(b, &x, base == 2 ? 1 : base == 8 ? 3 : 4);
    return !RT_ERR;
}

/* ---- text -> int ---- */

static uint32_t digit_of(char c) {
    return c <= '9' ? (uint32_t)(c - '0') : (uint32_t)((c | 0x20) - 'a' + 10);
}

/* base 2^s: s bits per digit, the last digit the lowest */
static int64_t parse_pow2(const char *p, uint32_t n, uint32_t s, int neg) {
    uint64_t bits = (uint64_t)n * s;
    if (bits / 32 + 1 > RT_BIG_MAX_LIMBS) {
        rt_raise_int_memory();
        return 0;
    }
    uint32_t ln = (uint32_t)(bits / 32) + 1;
    RtBig *r = rt_big_new(ln);
    if (!r) return 0;
    uint64_t pos = 0;
    for (uint32_t i = n; i-- > 0; pos += s) {
        uint32_t dv = digit_of(p[i]), limb = (uint32_t)(pos / 32), off = (uint32_t)(pos % 32);
        r->d[limb] |= dv << off;
        if (off + s > 32) r->d[limb + 1] |= dv >> (32 - off);
    }
    return rt_big_finish(r, ln, (uint32_t)neg);
}

int64_t rt_int_parse_digits(const char *p, uint32_t n, int base, int neg) {
    if (!(base & (base - 1))) return parse_pow2(p, n, (uint32_t)__builtin_ctz((uint32_t)base), neg);
    if (n > MAX_STR_DIGITS) {
        raise_from_str_limit(n);
        return 0;
    }
    /* k digits per chunk, the most with base^k < 2^32 */
    uint32_t k = 1, bk = (uint32_t)base;
    while ((uint64_t)bk * (uint32_t)base < ((uint64_t)1 << 32)) bk *= (uint32_t)base, k++;
    /* log2(36) < 6 bits per digit */
    uint32_t cap = n * 6 / 32 + 2, len = 0;
    RtBig *r = rt_big_new(cap);
    if (!r) return 0;
    /* the first chunk takes the leftover digits, so the others are whole */
    uint32_t i = 0, first = n % k ? n % k : k;
    while (i < n) {
        uint32_t take = i ? k : first, chunk = 0, mul = 1;
        for (uint32_t j = 0; j < take; j++, i++) {
            chunk = chunk * (uint32_t)base + digit_of(p[i]);
            mul *= (uint32_t)base;
        }
        uint32_t carry = rt_mag_mul_1(r->d, len, take == k ? bk : mul, chunk);
        if (carry) r->d[len++] = carry;
        else if (!len && chunk) len = 1, r->d[0] = chunk;
    }
    return rt_big_finish(r, cap, (uint32_t)neg);
}
