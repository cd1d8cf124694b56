/* Small unsigned bignums (fixed capacity, on the stack) for the exact
 * float <-> decimal conversions. Capacity covers the largest case: a
 * 800-digit decimal over 10^1131 scaled by 2^56. */
#include "rt_internal.h"

static void norm(RtFixBig *b) {
    while (b->n && !b->w[b->n - 1]) b->n--;
}

static void overflow(void) { __builtin_trap(); /* capacity is sized so this cannot happen */ }

void big_set_u64(RtFixBig *b, uint64_t v) {
    b->w[0] = (uint32_t)v;
    b->w[1] = (uint32_t)(v >> 32);
    b->n = 2;
    norm(b);
}

void big_copy(RtFixBig *d, const RtFixBig *s) {
    d->n = s->n;
    for (uint32_t i = 0; i < s->n; i++) d->w[i] = s->w[i];
}

void big_mul_small(RtFixBig *b, uint32_t m) {
    uint64_t carry = 0;
    for (uint32_t i = 0; i < b->n; i++) {
        uint64_t t = (uint64_t)b->w[i] * m + carry;
        b->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) {
        if (b->n >= RT_BIG_WORDS) overflow();
        b->w[b->n++] = (uint32_t)carry;
    }
}

void big_add_small(RtFixBig *b, uint32_t a) {
    uint64_t carry = a;
    for (uint32_t i = 0; carry && i < b->n; i++) {
        uint64_t t = (uint64_t)b->w[i] + carry;
        b->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    if (carry) {
        if (b->n >= RT_BIG_WORDS) overflow();
        b->w[b->n++] = (uint32_t)carry;
    }
}

void big_mul_pow10(RtFixBig *b, uint32_t k) {
    while (k >= 9) {
        big_mul_small(b, 1000000000u);
        k -= 9;
    }
    static const uint32_t p10[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    if (k) big_mul_small(b, p10[k]);
}

void big_mul_pow5(RtFixBig *b, uint32_t k) {
    while (k >= 13) {
        big_mul_small(b, 1220703125u); /* 5^13 */
        k -= 13;
    }
    uint32_t m = 1;
    while (k--) m *= 5;
    if (m > 1) big_mul_small(b, m);
}

void big_shl(RtFixBig *b, uint32_t bits) {
    if (!b->n) return;
    uint32_t words = bits / 32, r = bits % 32, top = b->n;
    uint32_t n = top + words + (r ? 1 : 0);
    if (n > RT_BIG_WORDS) overflow();
    if (r) {
        b->w[top + words] = b->w[top - 1] >> (32 - r);
        for (uint32_t i = top - 1; i > 0; i--) b->w[i + words] = (b->w[i] << r) | (b->w[i - 1] >> (32 - r));
        b->w[words] = b->w[0] << r;
    } else {
        for (uint32_t i = top; i-- > 0;) b->w[i + words] = b->w[i];
    }
    for (uint32_t i = 0; i < words; i++) b->w[i] = 0;
    b->n = n;
    norm(b);
}

int big_cmp(const RtFixBig *a, const RtFixBig *b) {
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (uint32_t i = a->n; i-- > 0;)
        if (a->w[i] != b->w[i]) return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

/* cmp(a + b, c) without materializing the sum. */
int big_cmp_sum(const RtFixBig *a, const RtFixBig *b, const RtFixBig *c) {
    uint32_t n = a->n > b->n ? a->n : b->n;
    if (c->n > n + 1) return -1;
    if (c->n + 1 < n) return 1;
    /* compute a + b into a temporary the size of c + 1 words */
    RtFixBig s;
    uint64_t carry = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t t = (uint64_t)(i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0) + carry;
        s.w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    s.n = n;
    if (carry) {
        if (n >= RT_BIG_WORDS) return 1;
        s.w[s.n++] = 1;
    }
    norm(&s);
    return big_cmp(&s, c);
}

void big_sub(RtFixBig *a, const RtFixBig *b) {
    int64_t borrow = 0;
    for (uint32_t i = 0; i < a->n; i++) {
        int64_t t = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
        borrow = t < 0;
        a->w[i] = (uint32_t)t;
    }
    norm(a);
}

void big_add(RtFixBig *a, const RtFixBig *b) {
    uint32_t n = a->n > b->n ? a->n : b->n;
    uint64_t carry = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t t = (uint64_t)(i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0) + carry;
        a->w[i] = (uint32_t)t;
        carry = t >> 32;
    }
    a->n = n;
    if (carry) {
        if (n >= RT_BIG_WORDS) overflow();
        a->w[a->n++] = 1;
    }
}

uint32_t big_divmod_small(RtFixBig *b, uint32_t d) {
    uint64_t rem = 0;
    for (uint32_t i = b->n; i-- > 0;) {
        uint64_t t = (rem << 32) | b->w[i];
        b->w[i] = (uint32_t)(t / d);
        rem = t % d;
    }
    norm(b);
    return (uint32_t)rem;
}

uint32_t big_bitlen(const RtFixBig *b) {
    if (!b->n) return 0;
    return b->n * 32 - (uint32_t)__builtin_clz(b->w[b->n - 1]);
}

int big_is_zero(const RtFixBig *b) { return b->n == 0; }

uint32_t big_to_decimal(RtFixBig *b, char *out, uint32_t cap) {
    /* produce 9-digit groups least significant first at the end of out */
    uint32_t pos = cap;
    while (b->n) {
        uint32_t r = big_divmod_small(b, 1000000000u);
        for (int k = 0; k < 9; k++) {
            if (pos == 0) overflow();
            out[--pos] = (char)('0' + r % 10);
            r /= 10;
        }
    }
    while (pos < cap && out[pos] == '0') pos++;
    uint32_t n = cap - pos;
    for (uint32_t i = 0; i < n; i++) out[i] = out[pos + i];
    return n;
}
