/* math module: the integer functions factorial, isqrt, comb, perm, gcd,
 * lcm, over tagged ints of any size (rt_abi.h). Arguments go through
 * PyNumber_Index (rt_math_index: ints, bools, instances with __index__;
 * a float is "TypeError: 'float' object cannot be interpreted as an
 * integer"); the errors and their messages are CPython 3.11's. Products
 * of many factors are split in halves, so that the big multiplications
 * are of balanced operands (Karatsuba in rt_bigint_mag.c). */
#include "rt_math.h"

static int is_neg(int64_t v) { return v < 0; } /* a negative handle is a negative i64 too */

/* bits of a nonzero uint64 */
static int bits64(uint64_t v) { return 64 - __builtin_clzll(v); }

/* A result this many bits long cannot be built (rt_bigint.h's limit):
 * a catchable MemoryError up front, as CPython's allocation failure. */
static int too_big(double bits) {
    if (bits < (double)RT_BIG_MAX_LIMBS * 32.0 - 64.0) return 0;
    rt_raise_int_memory();
    return 1;
}

/* ---- products of runs of integers ---- */

/* The product of the odd numbers in [lo, hi) (lo, hi odd, lo < hi < 2^62). */
static int64_t odd_product(uint64_t lo, uint64_t hi) {
    uint64_t count = (hi - lo) / 2;
    if (count * (uint64_t)bits64(hi - 2) <= 62) {
        uint64_t p = lo;
        for (uint64_t j = lo + 2; j < hi; j += 2) p *= j;
        return rt_int_from_u64(p);
    }
    uint64_t mid = (lo + count) | 1;
    return rt_int_mul(odd_product(lo, mid), odd_product(mid, hi));
}

/* lo * (lo + 1) * ... * (lo + count - 1), lo >= 1 a tagged int */
static int64_t run_product(int64_t lo, uint64_t count) {
    if (count == 0) return 1;
    if (count == 1) return lo;
    if (RT_INT_IS_SMALL(lo) && count < ((uint64_t)1 << 32) && (uint64_t)lo < ((uint64_t)1 << 32)) {
        uint64_t top = (uint64_t)lo + count - 1;
        if (count * (uint64_t)bits64(top) <= 62) {
            uint64_t p = (uint64_t)lo;
            for (uint64_t j = (uint64_t)lo + 1; j <= top; j++) p *= j;
            return rt_int_from_u64(p);
        }
    }
    uint64_t h = count / 2;
    int64_t left = run_product(lo, h);
    return rt_int_mul(left, run_product(rt_int_add(lo, (int64_t)h), count - h));
}

/* n! for 0 <= n < 2^62: its odd part times 2**(n - popcount(n)). The odd
 * part is the product over i >= 0 of the odd numbers up to n >> i; going
 * from large i to small, each step multiplies the running product of odd
 * numbers (inner) by those in (n >> (i+1), n >> i]. */
static int64_t factorial_of(uint64_t n) {
    if (n <= 20) {
        uint64_t f = 1;
        for (uint64_t j = 2; j <= n; j++) f *= j;
        return rt_int_from_u64(f);
    }
    if (too_big((double)n * (__builtin_log2((double)n) - 1.4426950408889634))) return 0;
    int64_t inner = 1, outer = 1;
    uint64_t upper = 3;
    for (int i = bits64(n) - 2; i >= 0; i--) {
        uint64_t v = n >> i;
        if (v <= 2) continue;
        uint64_t lower = upper;
        upper = (v + 1) | 1;
        inner = rt_int_mul(inner, odd_product(lower, upper));
        outer = rt_int_mul(outer, inner);
    }
    return rt_int_lshift(outer, (int64_t)(n - (uint64_t)__builtin_popcountll(n)));
}

/* factorial(n): n >= 0; n beyond a C long is an OverflowError */
int64_t rt_math_factorial(RtObj *n) {
    int64_t v = rt_math_index(n), x;
    if (RT_ERR) return 0;
    if (is_neg(v)) {
        rt_raise_cstr(RT_EXC_VALUE, "factorial() not defined for negative values");
        return 0;
    }
    if (!rt_int_to_i64(v, &x)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "factorial() argument should not exceed 9223372036854775807");
        return 0;
    }
    if (x >= (int64_t)1 << 40) { /* more bits than any memory */
        rt_raise_int_memory();
        return 0;
    }
    return factorial_of((uint64_t)x);
}

/* ---- isqrt ---- */

/* isqrt(n): the largest a with a*a <= n. Below 2^61 from the float
 * square root, corrected; above, Newton's iteration at doubling
 * precision (CPython's): with c = (bits(n) - 1) // 2, a is kept within 1
 * of the root of n >> 2(c - d) while d runs through c's leading bits. */
int64_t rt_math_isqrt(RtObj *n) {
    int64_t v = rt_math_index(n);
    if (RT_ERR) return 0;
    if (is_neg(v)) {
        rt_raise_cstr(RT_EXC_VALUE, "isqrt() argument must be nonnegative");
        return 0;
    }
    if (RT_INT_IS_SMALL(v)) {
        uint64_t u = (uint64_t)__builtin_sqrt((double)v);
        while (u * u > (uint64_t)v) u--;
        while ((u + 1) * (u + 1) <= (uint64_t)v) u++;
        return (int64_t)u;
    }
    int64_t c = (rt_int_bit_length(v) - 1) / 2;
    int64_t a = 1, d = 0;
    for (int s = bits64((uint64_t)c) - 1; s >= 0; s--) {
        int64_t e = d;
        d = c >> s;
        int64_t q = rt_int_floordiv(rt_int_rshift(v, 2 * c - e - d + 1), a);
        a = rt_int_add(rt_int_lshift(a, d - e - 1), q);
    }
    if (rt_int_cmp(rt_int_mul(a, a), v) > 0) a = rt_int_sub(a, 1);
    return a;
}

/* ---- comb, perm ---- */

static int non_negative(int64_t n, int64_t k) {
    if (is_neg(n)) {
        rt_raise_cstr(RT_EXC_VALUE, "n must be a non-negative integer");
        return 0;
    }
    if (is_neg(k)) {
        rt_raise_cstr(RT_EXC_VALUE, "k must be a non-negative integer");
        return 0;
    }
    return 1;
}

/* n * (n-1) * ... * (n-k+1), 0 <= k <= n */
static int64_t falling(int64_t n, int64_t k) {
    if (k == 0) return 1;
    if (too_big((double)k * (double)rt_int_bit_length(n))) return 0;
    return run_product(rt_int_sub(n, k - 1), (uint64_t)k);
}

/* perm(n, k): n! / (n-k)!, 0 when k > n; perm(n) (k NULL or None) is n! */
int64_t rt_math_perm(RtObj *n, RtObj *k) {
    if (!k || RT_OBJ_TYPE(k) == RT_TYPE_NONE) return rt_math_factorial(n);
    int64_t nv = rt_math_index(n);
    if (RT_ERR) return 0;
    int64_t kv = rt_math_index(k), ki;
    if (RT_ERR || !non_negative(nv, kv)) return 0;
    if (rt_int_cmp(nv, kv) < 0) return 0;
    if (!rt_int_to_i64(kv, &ki)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "k must not exceed 9223372036854775807");
        return 0;
    }
    return falling(nv, ki);
}

/* comb(n, k): n! / (k! (n-k)!), 0 when k > n; computed with
 * k = min(k, n - k) as perm(n, k) // k! */
int64_t rt_math_comb(RtObj *n, RtObj *k) {
    int64_t nv = rt_math_index(n);
    if (RT_ERR) return 0;
    int64_t kv = rt_math_index(k), ki;
    if (RT_ERR || !non_negative(nv, kv)) return 0;
    int64_t t = rt_int_sub(nv, kv);
    if (is_neg(t)) return 0;
    if (rt_int_cmp(t, kv) < 0) kv = t;
    if (!rt_int_to_i64(kv, &ki)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "min(n - k, k) must not exceed 9223372036854775807");
        return 0;
    }
    if (ki == 0) return 1;
    int64_t p = falling(nv, ki);
    if (RT_ERR) return 0;
    return rt_int_floordiv(p, factorial_of((uint64_t)ki));
}

/* ---- gcd, lcm ---- */

static uint64_t gcd_u64(uint64_t a, uint64_t b) { /* binary gcd */
    if (!a) return b;
    if (!b) return a;
    int shift = __builtin_ctzll(a | b);
    a >>= __builtin_ctzll(a);
    while (b) {
        b >>= __builtin_ctzll(b);
        if (a > b) {
            uint64_t t = a;
            a = b;
            b = t;
        }
        b -= a;
    }
    return a << shift;
}

/* gcd of two tagged ints, >= 0: Euclid's remainders while big */
static int64_t gcd2(int64_t a, int64_t b) {
    a = rt_int_abs(a), b = rt_int_abs(b);
    while (!RT_INT_IS_SMALL(a) || !RT_INT_IS_SMALL(b)) {
        if (b == 0) return a;
        int64_t r = rt_int_mod(a, b);
        a = b, b = r;
    }
    return (int64_t)gcd_u64((uint64_t)a, (uint64_t)b);
}

/* the tuple of a call's arguments */
static RtObj *const *arg_items(RtObj *args, uint32_t *n) {
    RtTuple *t = (RtTuple *)args;
    *n = t->len;
    return t->items;
}

/* gcd(*integers): 0 for none, |x| for one */
int64_t rt_math_gcd(RtObj *args) {
    uint32_t n;
    RtObj *const *a = arg_items(args, &n);
    int64_t g = 0;
    for (uint32_t i = 0; i < n; i++) {
        int64_t x = rt_math_index(a[i]);
        if (RT_ERR) return 0;
        if (g != 1) g = gcd2(g, x);
    }
    return g;
}

/* lcm(*integers): 1 for none, |x| for one; 0 once a factor is 0 */
int64_t rt_math_lcm(RtObj *args) {
    uint32_t n;
    RtObj *const *a = arg_items(args, &n);
    int64_t l = 1;
    for (uint32_t i = 0; i < n; i++) {
        int64_t x = rt_math_index(a[i]);
        if (RT_ERR) return 0;
        if (i == 0) l = rt_int_abs(x);
        else if (l != 0) l = x == 0 ? 0 : rt_int_abs(rt_int_mul(rt_int_floordiv(l, gcd2(l, x)), x));
    }
    return l;
}
