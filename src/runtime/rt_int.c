/* The rt_int_* entry points of rt_abi.h (the slow paths of the generated
 * code and the arithmetic of boxed ints) with Python semantics, on tagged
 * values: each tries its small-operand fast path and hands anything else
 * (a handle operand, a result outside the small range) to rt_bigint.c.
 * The conversions with floats are in rt_bigint_float.c; int(s) and
 * int(s, base) parse here. */
#include "rt_bigint.h"

static int is_negative(int64_t v) { return RT_INT_IS_SMALL(v) ? v < 0 : (int)RT_INT_BIG(v)->neg; }

/* bits of |v| for a small v */
static int small_bits(int64_t v) {
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    return u ? 64 - __builtin_clzll(u) : 0;
}

/* ---- + - * and unary ---- */

/* The sum or difference of two small ints cannot overflow an int64 (they
 * are below 2^61 in magnitude), only leave the small range. */
int64_t rt_int_add(int64_t a, int64_t b) {
    if (RT_INT_IS_SMALL(a) && RT_INT_IS_SMALL(b)) return rt_int_from_i64(a + b);
    return rt_big_add(a, b);
}

int64_t rt_int_sub(int64_t a, int64_t b) {
    if (RT_INT_IS_SMALL(a) && RT_INT_IS_SMALL(b)) return rt_int_from_i64(a - b);
    return rt_big_sub(a, b);
}

int64_t rt_int_mul(int64_t a, int64_t b) {
    /* below 2^62 in magnitude the int64 product is exact */
    if (RT_INT_IS_SMALL(a) && RT_INT_IS_SMALL(b) && small_bits(a) + small_bits(b) <= 62)
        return rt_int_from_i64(a * b);
    return rt_big_mul(a, b);
}

int64_t rt_int_neg(int64_t a) { return RT_INT_IS_SMALL(a) ? rt_int_from_i64(-a) : rt_big_neg(a); }

int64_t rt_int_abs(int64_t a) {
    if (RT_INT_IS_SMALL(a)) return rt_int_from_i64(a < 0 ? -a : a);
    return rt_big_abs(a);
}

/* ~a = -1 - a; the small range is symmetric under ~ */
int64_t rt_int_invert(int64_t a) { return RT_INT_IS_SMALL(a) ? ~a : rt_big_sub(-1, a); }

/* ---- & | ^: small ints are sign-extended int64s, so the int64
 * operation is Python's and stays in the small range ---- */

int64_t rt_int_and(int64_t a, int64_t b) {
    if (RT_INT_IS_SMALL(a) && RT_INT_IS_SMALL(b)) return a & b;
    return rt_big_bitwise(a, b, '&');
}

int64_t rt_int_or(int64_t a, int64_t b) {
    if (RT_INT_IS_SMALL(a) && RT_INT_IS_SMALL(b)) return a | b;
    return rt_big_bitwise(a, b, '|');
}

int64_t rt_int_xor(int64_t a, int64_t b) {
    if (RT_INT_IS_SMALL(a) && RT_INT_IS_SMALL(b)) return a ^ b;
    return rt_big_bitwise(a, b, '^');
}

/* ---- // % ---- */

int64_t rt_int_floordiv(int64_t a, int64_t b) {
    if (b == 0) {
        rt_raise_cstr(RT_EXC_ZERO_DIVISION, "integer division or modulo by zero");
        return 0;
    }
    if (b == -1) return rt_int_neg(a);
    return rt_int_floordiv_nz(a, b);
}

/* b is neither 0 nor -1 (a literal the compiler checked): cannot raise */
int64_t rt_int_floordiv_nz(int64_t a, int64_t b) {
    if (RT_INT_IS_SMALL(a) && RT_INT_IS_SMALL(b)) {
        int64_t q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
        return q;
    }
    int64_t q = 0;
    rt_big_divmod(a, b, &q, 0);
    return q;
}

int64_t rt_int_mod_nz(int64_t a, int64_t b) {
    if (RT_INT_IS_SMALL(a) && RT_INT_IS_SMALL(b)) {
        int64_t r = a % b;
        if (r != 0 && ((r < 0) != (b < 0))) r += b;
        return r;
    }
    int64_t r = 0;
    rt_big_divmod(a, b, 0, &r);
    return r;
}

int64_t rt_int_mod(int64_t a, int64_t b) {
    if (b == 0) {
        rt_raise_cstr(RT_EXC_ZERO_DIVISION, "integer modulo by zero");
        return 0;
    } /* CPython 3.11 */
    if (b == -1) return 0;
    return rt_int_mod_nz(a, b);
}

/* ---- ** ---- */

int64_t rt_int_pow(int64_t base, int64_t exp) {
    if (is_negative(exp)) { /* the code generator lowers negative exponents to float pow */
        rt_raise_cstr(RT_EXC_VALUE, "negative exponent in integer power");
        return 0;
    }
    if (!RT_INT_IS_SMALL(base) || !RT_INT_IS_SMALL(exp)) return rt_big_pow(base, exp);
    /* by squaring in int64 while the products stay below 2^62 */
    int64_t result = 1, b = base, e = exp;
    for (;;) {
        if (e & 1) {
            if (small_bits(result) + small_bits(b) > 62) return rt_big_pow(base, exp);
            result *= b;
        }
        e >>= 1;
        if (!e) break;
        if (2 * small_bits(b) > 62) return rt_big_pow(base, exp);
        b *= b;
    }
    return rt_int_from_i64(result);
}

/* ---- << >> ---- */

static int negative_shift(int64_t n) {
    if (!is_negative(n)) return 0;
    rt_raise_cstr(RT_EXC_VALUE, "negative shift count");
    return 1;
}

int64_t rt_int_lshift(int64_t a, int64_t n) {
    if (negative_shift(n)) return 0;
    if (RT_INT_IS_SMALL(a) && RT_INT_IS_SMALL(n) && small_bits(a) + n <= 62)
        return rt_int_from_i64(a * ((int64_t)1 << n)); /* a << n, defined for a < 0 */
    return rt_big_lshift(a, n);
}

int64_t rt_int_rshift(int64_t a, int64_t n) {
    if (negative_shift(n)) return 0;
    if (RT_INT_IS_SMALL(a)) {
        if (!RT_INT_IS_SMALL(n) || n >= 63) return a < 0 ? -1 : 0;
        return a >> n; /* arithmetic: floors */
    }
    return rt_big_rshift(a, n);
}

/* ---- comparison, hash, bit_length ---- */

int32_t rt_int_cmp(int64_t a, int64_t b) { return rt_big_cmp(a, b); }

/* canonical form: a small int never equals a handle */
int32_t rt_int_eq(int64_t a, int64_t b) {
    if (a == b) return 1;
    if (RT_INT_IS_SMALL(a) || RT_INT_IS_SMALL(b)) return 0;
    RtBig *x = RT_INT_BIG(a), *y = RT_INT_BIG(b);
    if (x->n != y->n || x->neg != y->neg) return 0;
    for (uint32_t i = 0; i < x->n; i++) {
        if (x->d[i] != y->d[i]) return 0;
    }
    return 1;
}

/* CPython's: |a| mod 2^61 - 1, signed as a, with -1 (an error code in C)
 * turned into -2. Multiplying by 2^32 modulo 2^61 - 1 rotates 61 bits. */
int64_t rt_int_hash(int64_t a) {
    const uint64_t M = ((uint64_t)1 << 61) - 1;
    if (RT_INT_IS_SMALL(a)) { /* |a| <= 2^61 = M + 1 */
        uint64_t u = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
        int64_t r = (int64_t)(u >= M ? u - M : u);
        r = a < 0 ? -r : r;
        return r == -1 ? -2 : r;
    }
    RtIntView x;
    rt_int_view(&x, a);
    uint64_t h = 0;
    for (uint32_t i = x.n; i-- > 0;) {
        h = ((h << 32) & M) | (h >> 29);
        h += x.d[i];
        if (h >= M) h -= M;
    }
    int64_t r = x.neg ? -(int64_t)h : (int64_t)h;
    return r == -1 ? -2 : r;
}

int64_t rt_int_bit_length(int64_t a) {
    return RT_INT_IS_SMALL(a) ? small_bits(a) : rt_big_bit_length(a);
}

/* ---- round(v, ndigits): unchanged for ndigits >= 0, else half to even
 * at 10^-ndigits ---- */
int64_t rt_int_round(int64_t v, int64_t ndigits) {
    if (!is_negative(ndigits) || v == 0) return v;
    if (RT_INT_IS_SMALL(v) && RT_INT_IS_SMALL(ndigits) && ndigits >= -18) { /* 10^18 < 2^60: a small power */
        uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v, p = 1;
        for (int64_t k = 0; k < -ndigits; k++) p *= 10;
        uint64_t q = u / p, r = u % p, half = p / 2; /* p is even */
        if (r > half || (r == half && (q & 1))) q++;
        int64_t m = rt_int_mul((int64_t)q, (int64_t)p);
        return v < 0 ? rt_int_neg(m) : m;
    }
    return rt_big_round(v, ndigits);
}

/* ---- int(s), int(s, base), int(x) ---- */

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* shown: the bytes object int() was given (s is its text), else NULL */
static void raise_invalid_literal(RtStr *s, int64_t base, RtObj *shown) {
    char msg[48] = "invalid literal for int() with base ";
    uint32_t k = 36;
    if (base >= 10) msg[k++] = (char)('0' + base / 10);
    msg[k++] = (char)('0' + base % 10);
    msg[k++] = ':';
    msg[k++] = ' ';
    msg[k] = 0;
    if (shown) { /* CPython: "%.200R" of bytes of the first 200 bytes */
        uint32_t n;
        const char *p = rt_bytes_view(shown, &n);
        RtSb b = {0, 0, 0};
        rt_sb_puts(&b, msg);
        uint32_t at = b.len;
        rt_repr_into(&b, rt_bytes_make(RT_TYPE_BYTES, p, n < 200 ? n : 200));
        if (b.len - at > 200) b.len = at + 200;
        rt_raise_msg(RT_EXC_VALUE, b.buf, b.len);
        return;
    }
    rt_raise_value_repr(msg, s, 200);
}

/* the ndigits digits of p[from, to) without their underscores */
static int64_t parse_long(const char *p, uint32_t from, uint32_t to, uint32_t ndigits, int b, int neg) {
    char *buf = rt_alloc(ndigits ? ndigits : 1);
    uint32_t k = 0;
    for (uint32_t i = from; i < to; i++) {
        if (p[i] != '_') buf[k++] = p[i];
    }
    return rt_int_parse_digits(buf, ndigits, b, neg);
}

/* The int text s in base 2..36, or 0 (the prefix decides, as in source):
 * a sign, single underscores between digits, spaces around (Unicode ones
 * and digits mapped by rt_numeric_ascii). Checks in CPython's order: the
 * run of digits (a misplaced underscore ends it), then the 4300-digit
 * limit of non-power-of-two bases, then what follows the run. */
static int64_t parse_int(RtStr *s, int64_t base, RtObj *shown) {
    uint32_t n;
    const char *p = rt_numeric_ascii(s, &n);
    uint32_t i = 0;
    int neg = 0;
    if (i < n && (p[i] == '+' || p[i] == '-')) neg = p[i++] == '-';
    int b = (int)base, prefixed = 0;
    if (i + 1 < n && p[i] == '0') {
        char x = p[i + 1] | 0x20;
        int pb = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 0;
        if (pb && (b == 0 || b == pb)) {
            b = pb;
            i += 2;
            prefixed = 1;
        }
    }
    int zero_only = b == 0; /* base 0 without a prefix: decimal, no leading zeros */
    if (b == 0) b = 10;
    uint32_t start = i;
    uint64_t v = 0;
    uint32_t digits = 0;
    int big = 0, nonzero = 0;
    for (; i < n; i++) {
        char c = p[i];
        if (c == '_') { /* single underscores between digits (or after a prefix) */
            if ((!digits && !prefixed) || i + 1 >= n || digit_value(p[i + 1]) >= b) break;
            continue;
        }
        int d = digit_value(c);
        if (d >= b) break;
        digits++;
        nonzero |= d != 0;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)b) big = 1;
        else v = v * (uint64_t)b + (uint64_t)d;
    }
    int limited = (b & (b - 1)) != 0 && digits > 4300;
    if (limited && !(i < n && p[i] == '_')) return rt_int_parse_digits(p, digits, b, neg); /* raises */
    uint32_t first = n && (p[0] == '+' || p[0] == '-'); /* base 0: 010 is not an int literal */
    if (!digits || i != n || (zero_only && nonzero && p[first] == '0')) {
        raise_invalid_literal(s, base, shown);
        return 0;
    }
    if (big) return parse_long(p, start, n, digits, b, neg);
    uint32_t mag[2] = {(uint32_t)v, (uint32_t)(v >> 32)};
    return rt_int_from_mag(mag, 2, (uint32_t)neg);
}

int64_t rt_int_from_str(RtStr *s) { return parse_int(s, 10, 0); }

/* int(b), int(b, base) of bytes or bytearray: CPython parses the bytes as
 * they are, so only ASCII text (no NUL) can be an int */
static int64_t parse_int_bytes(RtObj *o, int64_t base) {
    uint32_t n;
    const char *p = rt_bytes_view(o, &n);
    for (uint32_t i = 0; i < n; i++)
        if ((unsigned char)p[i] >= 0x80 || !p[i]) {
            raise_invalid_literal(0, base, o);
            return 0;
        }
    return parse_int(rt_str_from_bytes(p, n), base, o);
}

int64_t rt_int_from_bytes(RtObj *o) { return parse_int_bytes(o, 10); }

/* int(s, base) */
int64_t rt_int_from_str_base(RtObj *o, int64_t base) {
    uint32_t t = o->type_flags & RT_TYPE_MASK;
    if (t != RT_TYPE_STR && !rt_is_bytes_type(t)) {
        rt_raise_cstr(RT_EXC_TYPE, "int() can't convert non-string with explicit base");
        return 0;
    }
    if (base != 0 && (base < 2 || base > 36)) {
        rt_raise_cstr(RT_EXC_VALUE, "int() base must be >= 2 and <= 36, or 0");
        return 0;
    }
    if (t != RT_TYPE_STR) return parse_int_bytes(o, base);
    return parse_int((RtStr *)o, base, 0);
}

int64_t rt_int_from_float(double v) { return rt_int_from_double(v); }
