/* int on the i64 fast path with Python semantics; a result that does not
 * fit raises OverflowError until big integers exist. */
#include "rt_internal.h"

int64_t rt_int_add(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_add_overflow(a, b, &r)) {
        rt_raise_big_int();
        return 0;
    }
    return r;
}

int64_t rt_int_sub(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_sub_overflow(a, b, &r)) {
        rt_raise_big_int();
        return 0;
    }
    return r;
}

int64_t rt_int_mul(int64_t a, int64_t b) {
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r)) {
        rt_raise_big_int();
        return 0;
    }
    return r;
}

int64_t rt_int_neg(int64_t a) {
    if (a == INT64_MIN) {
        rt_raise_big_int();
        return 0;
    }
    return -a;
}

int64_t rt_int_abs(int64_t a) {
    if (a == INT64_MIN) {
        rt_raise_big_int();
        return 0;
    }
    return a < 0 ? -a : a;
}

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
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return q;
}

int64_t rt_int_mod_nz(int64_t a, int64_t b) {
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
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

int64_t rt_int_pow(int64_t base, int64_t exp) {
    if (exp < 0) { /* the code generator lowers negative exponents to float pow */
        rt_raise_cstr(RT_EXC_VALUE, "negative exponent in integer power");
        return 0;
    }
    int64_t result = 1;
    for (;;) {
        if (exp & 1) result = rt_int_mul(result, base);
        if (RT_ERR) return 0;
        exp >>= 1;
        if (!exp) break;
        /* squaring is only needed while bits of exp remain */
        if (base > 3037000499 || base < -3037000499) {
            rt_raise_big_int();
            return 0;
        }
        base *= base;
    }
    return result;
}

/* a / b correctly rounded: for |a|, |b| <= 2^53 both convert exactly and
 * IEEE division rounds once; otherwise divide a 127-bit scaled numerator
 * and keep the remainder as a sticky bit. */
double rt_int_truediv(int64_t a, int64_t b) {
    if (b == 0) {
        rt_raise_cstr(RT_EXC_ZERO_DIVISION, "division by zero");
        return 0;
    }
    const int64_t lim = (int64_t)1 << 53;
    if (a >= -lim && a <= lim && b >= -lim && b <= lim) return (double)a / (double)b;
    int neg = (a < 0) != (b < 0);
    uint64_t ua = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
    uint64_t ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
    if (ua == 0) return neg ? -0.0 : 0.0;
    int shift = __builtin_clzll(ua) + 63; /* puts the top bit of ua at bit 126 */
    unsigned __int128 n = (unsigned __int128)ua << shift;
    unsigned __int128 q = n / ub;
    if (n % ub) q |= 1; /* sticky: q has >= 64 significant bits */
    double r = __builtin_ldexp((double)q, -shift);
    return neg ? -r : r;
}

int64_t rt_int_lshift(int64_t a, int64_t n) {
    if (n < 0) {
        rt_raise_cstr(RT_EXC_VALUE, "negative shift count");
        return 0;
    }
    if (a == 0) return 0;
    if (n >= 64) {
        rt_raise_big_int();
        return 0;
    }
    int64_t r = (int64_t)((uint64_t)a << n);
    if ((r >> n) != a) {
        rt_raise_big_int();
        return 0;
    }
    return r;
}

int64_t rt_int_rshift(int64_t a, int64_t n) {
    if (n < 0) {
        rt_raise_cstr(RT_EXC_VALUE, "negative shift count");
        return 0;
    }
    if (n >= 63) return a < 0 ? -1 : 0;
    return a >> n;
}

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* The int text s in base 2..36, or 0 (the prefix decides, as in source):
 * a sign, single underscores between digits, spaces around (Unicode ones
 * and digits mapped by rt_numeric_ascii). */
static int64_t parse_int(RtStr *s, int64_t base) {
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
    uint64_t v = 0;
    int digits = 0, big = 0, nonzero = 0;
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
    uint32_t first = n && (p[0] == '+' || p[0] == '-'); /* base 0: 010 is not an int literal */
    if (!digits || i != n || (zero_only && nonzero && p[first] == '0')) {
        char msg[48] = "invalid literal for int() with base ";
        uint32_t k = 36;
        if (base >= 10) msg[k++] = (char)('0' + base / 10);
        msg[k++] = (char)('0' + base % 10);
        msg[k++] = ':';
        msg[k++] = ' ';
        msg[k] = 0;
        rt_raise_value_repr(msg, s, 200);
        return 0;
    }
    if (big || v > (uint64_t)INT64_MAX + (uint64_t)neg) {
        rt_raise_big_int();
        return 0;
    }
    return neg ? (int64_t)(0 - v) : (int64_t)v;
}

int64_t rt_int_from_str(RtStr *s) { return parse_int(s, 10); }

/* int(s, base) */
int64_t rt_int_from_str_base(RtObj *o, int64_t base) {
    if ((o->type_flags & RT_TYPE_MASK) != RT_TYPE_STR) {
        rt_raise_cstr(RT_EXC_TYPE, "int() can't convert non-string with explicit base");
        return 0;
    }
    if (base != 0 && (base < 2 || base > 36)) {
        rt_raise_cstr(RT_EXC_VALUE, "int() base must be >= 2 and <= 36, or 0");
        return 0;
    }
    return parse_int((RtStr *)o, base);
}

int64_t rt_int_from_float(double v) {
    if (v != v) {
        rt_raise_cstr(RT_EXC_VALUE, "cannot convert float NaN to integer");
        return 0;
    }
    if (v == __builtin_inf() || v == -__builtin_inf()) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "cannot convert float infinity to integer");
        return 0;
    }
    /* -2^63 <= trunc(v) < 2^63 */
    if (!(v > -9223372036854775809.0 && v < 9223372036854775808.0)) {
        rt_raise_big_int();
        return 0;
    }
    return (int64_t)v;
}

/* round(v, ndigits) for an int: unchanged for ndigits >= 0, else round
 * half to even at 10^-ndigits. */
int64_t rt_int_round(int64_t v, int64_t ndigits) {
    if (ndigits >= 0 || v == 0) return v;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    if (ndigits < -19) return 0; /* 10^20 > 2 * |v| */
    uint64_t p = 1;
    for (int64_t k = 0; k < -ndigits; k++) p *= 10; /* <= 10^19 < 2^64 */
    uint64_t q = u / p, r = u % p;
    uint64_t half = p / 2; /* p is even */
    if (r > half || (r == half && (q & 1))) q++;
    /* result = q * p with the sign of v */
    unsigned __int128 m = (unsigned __int128)q * p;
    if (v < 0) {
        if (m > (unsigned __int128)INT64_MAX + 1) {
            rt_raise_big_int();
            return 0;
        }
        return (int64_t)(0 - (uint64_t)m);
    }
    if (m > (unsigned __int128)INT64_MAX) {
        rt_raise_big_int();
        return 0;
    }
    return (int64_t)m;
}
