/* Arbitrary precision ints, runtime-internal side (wasm32 runtime build and
 * the native unit-test build only).
 *
 * The tagged representation (small ints are their own value, others a
 * handle to an RtBig) is defined in rt_abi.h with the rt_int_* entry points
 * (rt_int.c: fast paths for small operands). This header declares:
 *   - conversions between tagged ints and C integers, text and floats that
 *     the rest of the runtime needs (rt_bigint.c, rt_bigint_text.c,
 *     rt_bigint_float.c);
 *   - the general (any size) cases behind the rt_int_* entry points,
 *     rt_big_* (rt_bigint.c);
 *   - magnitude arithmetic on little-endian uint32_t limb arrays, rt_mag_*
 *     (rt_bigint_mag.c), shared by those files.
 * Every function taking or returning int64_t "v" works on TAGGED values
 * and returns canonical ones (a value in the small range is never a
 * handle). A function that raises returns 0 (check RT_ERR). */
#ifndef ML_RT_BIGINT_H
#define ML_RT_BIGINT_H
#include "rt_obj.h"

/* ---- conversions for the rest of the runtime ---- */
int64_t rt_int_from_i64(int64_t raw);   /* any C int64 -> tagged */
int64_t rt_int_from_u64(uint64_t raw);  /* any C uint64 -> tagged */
int rt_int_to_i64(int64_t v, int64_t *out); /* 1 (and *out) when v fits an int64, else 0 */
/* divmod(a, b) as Python (floor): ZeroDivisionError when b == 0. */
void rt_int_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r);
/* pow(a, b, m) as CPython 3.11 (b < 0: modular inverse; sign follows m). */
int64_t rt_int_powmod(int64_t a, int64_t b, int64_t m);
/* Appends '-' when v < 0, then the digits of |v| in base 2, 8, 10 or 16
 * (lowercase, no prefix). Base 10 beyond 4300 digits raises ValueError
 * (CPython's limit) and returns 0; else 1. */
int rt_int_put_text(RtSb *b, int64_t v, int base);
/* The decimal text of v ('-' included) in a fresh raw block, its length in
 * *len; NULL after raising ValueError beyond 4300 digits. */
char *rt_int_decimal(int64_t v, uint32_t *len);
/* The int of n validated digit characters (0-9a-zA-Z, no underscores) in
 * base 2..36, negated when neg. A base that is not a power of two with
 * more than 4300 digits raises ValueError (CPython's limit) and returns 0. */
int64_t rt_int_parse_digits(const char *p, uint32_t n, int base, int neg);
/* int(v) of a float: truncated; NaN -> ValueError, inf -> OverflowError. */
int64_t rt_int_from_double(double v);

/* ---- unpacked tagged ints ---- */
/* The magnitude of a tagged int as limbs (a small value's are copied into
 * `small`, so a view must not be copied by value) and its sign. */
typedef struct RtIntView {
    const uint32_t *d;
    uint32_t n;   /* limbs in use, top one nonzero (0 for zero) */
    uint32_t neg; /* 1 when negative */
    uint32_t small[2];
} RtIntView;
void rt_int_view(RtIntView *w, int64_t v);

/* Results are built in an RtBig of enough limbs (zeroed) and finished:
 * the top zero limbs are dropped, and a value in the small range comes
 * back as a small int (the block is left to the collector). Beyond
 * RT_BIG_MAX_LIMBS rt_big_new (and rt_mag_alloc beyond 2 GiB) stop the
 * program with MemoryError, as the runtime's other allocations do (so
 * that + - * cannot raise); `**` and `<<` check their result's size first
 * and raise a catchable MemoryError, as CPython does (1 << 2**40). */
#define RT_BIG_MAX_LIMBS ((uint32_t)1 << 26) /* 2^31 bits, 256 MiB */
RtBig *rt_big_new(uint32_t n);
int64_t rt_big_finish(RtBig *b, uint32_t n, uint32_t neg);
int64_t rt_int_from_mag(const uint32_t *d, uint32_t n, uint32_t neg); /* copies d */
uint32_t *rt_mag_alloc(uint32_t n); /* zeroed scratch limbs */
void rt_raise_int_memory(void);      /* MemoryError() */

/* ---- general cases of the rt_int_* entry points (any tagged values) ---- */
int64_t rt_big_add(int64_t a, int64_t b);
int64_t rt_big_sub(int64_t a, int64_t b);
int64_t rt_big_mul(int64_t a, int64_t b);
int64_t rt_big_neg(int64_t a);
int64_t rt_big_abs(int64_t a);
int64_t rt_big_bitwise(int64_t a, int64_t b, int op); /* op: '&', '|', '^' */
int64_t rt_big_pow(int64_t base, int64_t exp);         /* exp >= 0 */
int64_t rt_big_lshift(int64_t a, int64_t n);            /* n >= 0 */
int64_t rt_big_rshift(int64_t a, int64_t n);            /* n >= 0 */
int32_t rt_big_cmp(int64_t a, int64_t b);
int64_t rt_big_bit_length(int64_t a);
/* divmod with b != 0: either output may be NULL */
void rt_big_divmod(int64_t a, int64_t b, int64_t *q, int64_t *r);
int64_t rt_big_round(int64_t v, int64_t ndigits);       /* ndigits < 0 */

/* ---- magnitudes: little-endian uint32_t limbs ---- */
uint32_t rt_mag_trim(const uint32_t *d, uint32_t n); /* n without top zero limbs */
int rt_mag_cmp(const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn);
uint64_t rt_mag_bits(const uint32_t *d, uint32_t n); /* bit length (n trimmed) */
/* r = a + b (r: max(an, bn) + 1 limbs; r may be a); returns max(an, bn) + 1 */
uint32_t rt_mag_add(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn);
/* r = a - b with a >= b (r: an limbs; r may be a) */
void rt_mag_sub(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn);
/* r[0, an + bn) = a * b (r distinct from a and b, need not be zeroed). b == a
 * (same pointer and length) squares. Allocates scratch for big operands. */
void rt_mag_mul(uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn);
/* d[0, n) = d * m + add; returns the carry out */
uint32_t rt_mag_mul_1(uint32_t *d, uint32_t n, uint32_t m, uint32_t add);
/* q[0, n) = a / m (q may be a); returns a % m (m != 0) */
uint32_t rt_mag_div_1(uint32_t *q, const uint32_t *a, uint32_t n, uint32_t m);
/* q[0, an - bn + 1) = a / b, r[0, bn) = a % b, for an >= bn >= 1, b
 * trimmed; q or r may be NULL. Returns 0 after MemoryError. */
int rt_mag_divmod(uint32_t *q, uint32_t *r, const uint32_t *a, uint32_t an, const uint32_t *b, uint32_t bn);
/* r[0, an + s/32 + 1) = a << s (r may be a only when s < 32) */
void rt_mag_shl(uint32_t *r, const uint32_t *a, uint32_t an, uint64_t s);
/* r[0, an - s/32) = a >> s (s / 32 < an; r may be a); returns 1 when nonzero
 * bits were shifted out */
int rt_mag_shr(uint32_t *r, const uint32_t *a, uint32_t an, uint64_t s);

#endif
