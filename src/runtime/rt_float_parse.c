/* Decimal -> nearest double (exact, round half to even) and float()'s
 * Python syntax. */
#include "rt_internal.h"

#define MAX_SIG 800 /* halfway points need <= 768 significant digits */

static double from_bits(uint64_t b) {
    double d;
    __builtin_memcpy(&d, &b, 8);
    return d;
}

static void big_shr1(RtFixBig *b) {
    for (uint32_t i = 0; i < b->n; i++) b->w[i] = (b->w[i] >> 1) | (i + 1 < b->n ? b->w[i + 1] << 31 : 0);
    if (b->n && !b->w[b->n - 1]) b->n--;
}

double rt_decimal_to_double(const char *d, int n, int decpt) {
    while (n > 0 && d[0] == '0') d++, n--, decpt--;
    while (n > 0 && d[n - 1] == '0') n--;
    if (n == 0) return 0.0;
    if (decpt > 310) return __builtin_inf();
    if (decpt < -330) return 0.0;
    int sticky = 0;
    if (n > MAX_SIG) {
        sticky = 1; /* the last digit is nonzero, so something was dropped */
        n = MAX_SIG;
    }
    int e10 = decpt - n;
    if (!sticky && n <= 15 && e10 >= -22 && e10 <= 22) { /* Clinger's fast path */
        static const double p10[23] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                                       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
        int64_t m = 0;
        for (int i = 0; i < n; i++) m = m * 10 + (d[i] - '0');
        double x = (double)m;
        return e10 >= 0 ? x * p10[e10] : x / p10[-e10];
    }
    if (!sticky && n <= 19) { /* double-double, when it decides (rt_decimal_fast.c) */
        uint64_t m = 0;
        for (int i = 0; i < n; i++) m = m * 10 + (uint64_t)(d[i] - '0');
        double r;
        if (rt_decimal_to_double_fast(m, e10, &r)) return r;
    }
    RtFixBig num, den;
    big_set_u64(&num, 0);
    for (int i = 0; i < n;) {
        uint32_t chunk = 0, mul = 1;
        for (int k = 0; k < 9 && i < n; k++, i++) {
            chunk = chunk * 10 + (uint32_t)(d[i] - '0');
            mul *= 10;
        }
        big_mul_small(&num, mul);
        big_add_small(&num, chunk);
    }
    if (sticky) {
        big_mul_small(&num, 10);
        big_add_small(&num, 1);
        e10--;
    }
    big_set_u64(&den, 1);
    if (e10 >= 0) big_mul_pow10(&num, (uint32_t)e10);
    else big_mul_pow10(&den, (uint32_t)-e10);
    /* q = floor(num * 2^s / den) with 2^52 <= q < 2^53, or s = 1074 for
     * results below the normal range */
    int s = 53 - ((int)big_bitlen(&num) - (int)big_bitlen(&den));
    if (s >= 0) big_shl(&num, (uint32_t)s);
    else big_shl(&den, (uint32_t)-s);
    RtFixBig t;
    big_copy(&t, &den);
    big_shl(&t, 53);
    if (big_cmp(&num, &t) >= 0) {
        big_shl(&den, 1);
        s--;
    }
    if (s > 1074) {
        big_shl(&den, (uint32_t)(s - 1074));
        s = 1074;
    }
    big_copy(&t, &den);
    big_shl(&t, 52);
    uint64_t q = 0;
    for (int bit = 52; bit >= 0; bit--) {
        if (big_cmp(&num, &t) >= 0) {
            big_sub(&num, &t);
            q |= (uint64_t)1 << bit;
        }
        big_shr1(&t);
    }
    int c = big_cmp_sum(&num, &num, &den);
    if (c > 0 || (c == 0 && (q & 1))) q++;
    if (s == 1074) return from_bits(q); /* subnormal or smallest binade */
    if (q == (uint64_t)1 << 53) {
        q >>= 1;
        s--;
    }
    int biased = 1075 - s;
    if (biased >= 2047) return __builtin_inf();
    return from_bits(((uint64_t)biased << 52) | (q - ((uint64_t)1 << 52)));
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int lower_eq(const char *p, uint32_t n, const char *word) {
    uint32_t i = 0;
    for (; i < n && word[i]; i++) {
        char c = p[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != word[i]) return 0;
    }
    return i == n && !word[i];
}

/* Python float() syntax on the stripped ASCII text; returns 0 if invalid. */
static int parse_float(const char *p, uint32_t n, double *out) {
    uint32_t i = 0;
    int neg = 0;
    if (i < n && (p[i] == '+' || p[i] == '-')) neg = p[i++] == '-';
    double v;
    if (lower_eq(p + i, n - i, "inf") || lower_eq(p + i, n - i, "infinity")) {
        v = __builtin_inf();
    } else if (lower_eq(p + i, n - i, "nan")) {
        v = __builtin_nan("");
    } else {
        char *digits = rt_alloc(n + 1);
        int nd = 0, intd = 0, any = 0;
        for (int part = 0; part < 2; part++) { /* integer part, then fraction */
            if (part == 1) {
                if (i < n && p[i] == '.') i++;
                else break;
            }
            uint32_t start = i;
            while (i < n && (is_digit(p[i]) || p[i] == '_')) {
                if (p[i] == '_') {
                    if (i == start || !is_digit(p[i - 1]) || i + 1 >= n || !is_digit(p[i + 1])) return 0;
                } else {
                    digits[nd++] = p[i];
                    if (part == 0) intd++;
                    any = 1;
                }
                i++;
            }
        }
        if (!any) return 0;
        int64_t exp = 0;
        if (i < n && (p[i] == 'e' || p[i] == 'E')) {
            i++;
            int eneg = 0;
            if (i < n && (p[i] == '+' || p[i] == '-')) eneg = p[i++] == '-';
            uint32_t start = i;
            while (i < n && (is_digit(p[i]) || p[i] == '_')) {
                if (p[i] == '_') {
                    if (i == start || !is_digit(p[i - 1]) || i + 1 >= n || !is_digit(p[i + 1])) return 0;
                } else if (exp < 100000000) {
                    exp = exp * 10 + (p[i] - '0');
                }
                i++;
            }
            if (i == start) return 0;
            if (eneg) exp = -exp;
        }
        if (i != n) return 0;
        int64_t decpt = intd + exp;
        if (decpt > 100000) decpt = 100000;
        if (decpt < -100000) decpt = -100000;
        v = rt_decimal_to_double(digits, nd, (int)decpt);
    }
    *out = neg ? -v : v;
    return 1;
}

int rt_float_parse_text(RtStr *s, double *out) {
    uint32_t n;
    const char *p = rt_numeric_ascii(s, &n);
    return parse_float(p, n, out);
}

double rt_float_from_str(RtStr *s) {
    double v;
    if (!rt_float_parse_text(s, &v)) {
        rt_raise_value_repr("could not convert string to float: ", s, 0);
        return 0;
    }
    return v;
}
