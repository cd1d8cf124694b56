/* The methods of float values: is_integer, as_integer_ratio, conjugate,
 * hex and float.fromhex, as CPython 3.11's (Objects/floatobject.c). The
 * receiver is a boxed float: typed code boxes it, and the run-time
 * dispatch of o.name(...) calls these only when o is a float. */
#include <math.h>

#include "rt_bigint.h"

static double value_of(RtObj *o) { return ((RtFloat *)o)->value; }

int32_t rt_float_obj_is_integer(RtObj *o) {
    double x = value_of(o);
    return isfinite(x) && floor(x) == x;
}

double rt_float_obj_conjugate(RtObj *o) { return value_of(o); }

/* (n, d), d a power of two: the mantissa doubled until it is whole */
RtObj *rt_float_obj_as_integer_ratio(RtObj *o) {
    double x = value_of(o);
    if (isinf(x)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "cannot convert Infinity to integer ratio");
        return 0;
    }
    if (isnan(x)) {
        rt_raise_cstr(RT_EXC_VALUE, "cannot convert NaN to integer ratio");
        return 0;
    }
    int e;
    double m = frexp(x, &e);
    for (int i = 0; i < 300 && m != floor(m); i++) {
        m *= 2.0;
        e--;
    }
    int64_t num = rt_int_from_double(m), den = 1;
    if (e > 0) num = rt_int_lshift(num, e);
    else den = rt_int_lshift(1, -e);
    return rt_tuple_pack2(rt_box_int(num), rt_box_int(den));
}

/* float.hex(): [-]0x<h>.<13 hex digits>p<sign><exponent>, subnormals
 * with a leading 0 (CPython's float_hex) */
RtStr *rt_float_obj_hex(RtObj *o) {
    double x = value_of(o);
    if (isnan(x)) return rt_str_from_bytes("nan", 3);
    if (isinf(x)) return x < 0 ? rt_str_from_bytes("-inf", 4) : rt_str_from_bytes("inf", 3);
    RtSb b = {0};
    if (signbit(x)) rt_sb_putc(&b, '-');
    if (x == 0) {
        rt_sb_puts(&b, "0x0.0p+0");
        return rt_sb_finish(&b);
    }
    static const char hexd[] = "0123456789abcdef";
    int e;
    double m = frexp(fabs(x), &e);
    int shift = 1 - (-1021 - e > 0 ? -1021 - e : 0); /* DBL_MIN_EXP: subnormals keep a 0. */
    m = ldexp(m, shift);
    e -= shift;
    rt_sb_puts(&b, "0x");
    rt_sb_putc(&b, hexd[(int)m]);
    m -= (int)m;
    rt_sb_putc(&b, '.');
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        rt_sb_putc(&b, hexd[(int)m]);
        m -= (int)m;
    }
    rt_sb_putc(&b, 'p');
    rt_sb_putc(&b, e < 0 ? '-' : '+');
    rt_sb_put_i64(&b, e < 0 ? -(int64_t)e : e);
    return rt_sb_finish(&b);
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 32);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

static int lower_eq(const char *p, uint32_t n, const char *word) {
    uint32_t i = 0;
    for (; i < n && word[i]; i++)
        if ((p[i] | 32) != word[i]) return 0;
    return i == n && !word[i];
}

static double invalid(void) {
    rt_raise_cstr(RT_EXC_VALUE, "invalid hexadecimal floating-point string");
    return 0;
}

static double too_large(void) {
    rt_raise_cstr(RT_EXC_OVERFLOW, "hexadecimal value too large to represent as a float");
    return 0;
}

/* M * 2^E (M with a sticky bit for the digits beyond it) rounded half to
 * even to a double: 53 bits, fewer for a subnormal result */
static double round_scaled(uint64_t m, int sticky, int64_t e) {
    if (!m) return 0;
    int len = 64 - __builtin_clzll(m);
    int64_t top = e + len - 1; /* the exponent of the leading bit */
    if (top > 1023) return too_large();
    int64_t keep = top >= -1022 ? 53 : 53 - (-1022 - top);
    if (keep < 0) return 0; /* below half the least subnormal */
    int64_t drop = len - keep;
    if (drop > 0) {
        uint64_t q = drop == 64 ? 0 : m >> drop;
        uint64_t rest = drop == 64 ? m : m & (((uint64_t)1 << drop) - 1);
        uint64_t half = (uint64_t)1 << (drop - 1);
        if (rest > half || (rest == half && (sticky || (q & 1)))) q++;
        m = q;
        e += drop;
    }
    double r = ldexp((double)m, (int)e);
    if (isinf(r)) return too_large();
    return r;
}

/* float.fromhex(s): [ws][sign](inf|infinity|nan|[0x]h*[.h*][p[sign]d+])[ws] */
double rt_float_fromhex(RtObj *arg) {
    if (RT_OBJ_TYPE(arg) != RT_TYPE_STR) {
        rt_raise_fmt(RT_EXC_TYPE, "bad argument type for built-in operation");
        return 0;
    }
    RtStr *s = (RtStr *)arg;
    const char *p = s->data, *end = s->data + s->byte_len;
    while (p < end && (*p == ' ' || (*p >= '\t' && *p <= '\r'))) p++;
    while (end > p && (end[-1] == ' ' || (end[-1] >= '\t' && end[-1] <= '\r'))) end--;
    int neg = 0;
    if (p < end && (*p == '-' || *p == '+')) neg = *p++ == '-';
    uint32_t n = (uint32_t)(end - p);
    if (lower_eq(p, n, "inf") || lower_eq(p, n, "infinity")) return neg ? -INFINITY : INFINITY;
    if (lower_eq(p, n, "nan")) return neg ? -NAN : NAN;
    if (end - p >= 2 && p[0] == '0' && (p[1] | 32) == 'x') p += 2;
    uint64_t m = 0;
    int sticky = 0, digits = 0, dot = 0;
    int64_t e = 0;
    for (; p < end; p++) {
        if (*p == '.' && !dot) {
            dot = 1;
            continue;
        }
        int d = hex_digit(*p);
        if (d < 0) break;
        digits++;
        if (m >> 60) { /* beyond 60 bits: only whether any is nonzero matters */
            sticky |= d != 0;
            e += 4;
        } else {
            m = m * 16 + (uint64_t)d;
        }
        if (dot) e -= 4;
    }
    if (!digits) return invalid();
    if (p < end && (*p | 32) == 'p') {
        p++;
        int eneg = 0;
        if (p < end && (*p == '-' || *p == '+')) eneg = *p++ == '-';
        if (p == end) return invalid();
        int64_t x = 0;
        for (; p < end && *p >= '0' && *p <= '9'; p++)
            if (x < ((int64_t)1 << 40)) x = x * 10 + (*p - '0');
        e += eneg ? -x : x;
    }
    if (p != end) return invalid();
    double r = round_scaled(m, sticky, e);
    if (RT_ERR) return 0;
    return neg ? -r : r;
}
