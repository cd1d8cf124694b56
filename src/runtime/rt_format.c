/* format(value, spec): Python's format-spec mini-language for int, bool,
 * float and str, as CPython 3.11's Python/formatter_unicode.c and
 * Python/pystrtod.c (format_float_short) do it, with the C locale for 'n'.
 *
 *   [[fill]align][sign][z][#][0][width][grouping][.precision][type]
 *
 * Other objects: format(x, '') is str(x), any other spec raises TypeError.
 * Floats are correctly rounded: the exact decimal expansion of the double
 * (rt_dtoa_exact) is rounded half-even to the requested digits, which is
 * what David Gay's dtoa modes 2 and 3 (used by CPython) produce; repr-style
 * output uses the shortest digits (rt_dtoa_shortest). Ints are int64 only. */
#include "rt_bigint.h"
#include "rt_obj.h"

typedef struct FmtSpec {
    uint32_t fill;    /* code point */
    uint32_t align;   /* '<' '>' '^' '=' */
    uint32_t sign;    /* 0 '+' '-' ' ' */
    int no_neg_0;     /* 'z' */
    int alternate;    /* '#' */
    int64_t width;    /* -1: none */
    uint32_t sep;     /* 0 ',' '_' (the grouping option as written) */
    int64_t precision; /* -1: none */
    uint32_t type;    /* code point; 0: none */
} FmtSpec;

#define FMT_MAX_LEN 0x3fffffff /* longer results raise MemoryError */
#define INT_MAX_ 2147483647

static RT_NORETURN void no_memory(void) { rt_fatal_memory(); }

/* "... '%c' ..." or "... '\x%x' ..." like CPython for out-of-range chars */
static void put_code_char(RtSb *b, uint32_t c) {
    static const char hex[] = "0123456789abcdef";
    if (c > 32 && c < 128) {
        rt_sb_putc(b, (char)c);
        return;
    }
    char t[8];
    int n = 0;
    do t[n++] = hex[c & 15], c >>= 4;
    while (c);
    rt_sb_put(b, "\\x", 2);
    while (n) rt_sb_putc(b, t[--n]);
}

static void raise_sb(int32_t kind, RtSb *b) { rt_raise_msg(kind, b->buf, b->len); }

static RtStr *unknown_code(uint32_t type, const char *tname) {
    RtSb b = {0, 0, 0};
    rt_sb_puts(&b, "Unknown format code '");
    put_code_char(&b, type);
    rt_sb_puts(&b, "' for object of type '");
    rt_sb_puts(&b, tname);
    rt_sb_putc(&b, '\'');
    raise_sb(RT_EXC_VALUE, &b);
    return 0;
}

static void invalid_separator(uint32_t sep, uint32_t type) {
    RtSb b = {0, 0, 0};
    rt_sb_puts(&b, "Cannot specify '");
    rt_sb_putc(&b, (char)sep);
    rt_sb_puts(&b, "' with '");
    put_code_char(&b, type);
    rt_sb_puts(&b, "'.");
    raise_sb(RT_EXC_VALUE, &b);
}

static RtStr *raise_value(const char *msg) {
    rt_raise_cstr(RT_EXC_VALUE, msg);
    return 0;
}

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* get_integer: decimal digits at cps[*pos..]; returns how many (the value
 * in *out), raising ValueError on overflow of a 64-bit count. */
static int64_t get_integer(const uint32_t *cps, uint32_t *pos, uint32_t end, int64_t *out) {
    int64_t acc = 0, nd = 0;
    uint32_t p = *pos;
    for (; p < end && cps[p] >= '0' && cps[p] <= '9'; p++, nd++) {
        int64_t d = cps[p] - '0';
        if (acc > (INT64_MAX - d) / 10) {
            rt_raise_cstr(RT_EXC_VALUE, "Too many decimal digits in format string");
            return 0;
        }
        acc = acc * 10 + d;
    }
    *pos = p;
    *out = acc;
    return nd;
}

/* parse_internal_render_format_spec */
static void parse_spec(RtStr *spec, const char *tname, uint32_t default_type, uint32_t default_align, FmtSpec *f) {
    uint32_t small[64];
    uint32_t *cps = spec->cp_len <= 64 ? small : rt_alloc(spec->cp_len * 4u);
    uint32_t end = 0;
    for (uint32_t i = 0; i < spec->byte_len && end < spec->cp_len;)
        i += rt_utf8_decode((const unsigned char *)spec->data, spec->byte_len, i, &cps[end++]);
    uint32_t pos = 0;
    int align_specified = 0, fill_specified = 0;
    f->fill = ' ';
    f->align = default_align;
    f->sign = 0;
    f->no_neg_0 = 0;
    f->alternate = 0;
    f->width = -1;
    f->sep = 0;
    f->precision = -1;
    f->type = default_type;
    if (end - pos >= 2 && is_align(cps[pos + 1])) {
        f->align = cps[pos + 1];
        f->fill = cps[pos];
        fill_specified = align_specified = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_align(cps[pos])) {
        f->align = cps[pos];
        align_specified = 1;
        pos++;
    }
    if (end - pos >= 1 && (cps[pos] == '+' || cps[pos] == '-' || cps[pos] == ' ')) f->sign = cps[pos++];
    if (end - pos >= 1 && cps[pos] == 'z') f->no_neg_0 = 1, pos++;
    if (end - pos >= 1 && cps[pos] == '#') f->alternate = 1, pos++;
    if (!fill_specified && end - pos >= 1 && cps[pos] == '0') {
        f->fill = '0';
        if (!align_specified && default_align == '>') f->align = '=';
        pos++;
    }
    int64_t w;
    if (get_integer(cps, &pos, end, &w)) f->width = w;
    if (RT_ERR) return;
    if (end - pos >= 1 && cps[pos] == ',') f->sep = ',', pos++;
    if (end - pos >= 1 && cps[pos] == '_') {
        if (f->sep) {
            rt_raise_cstr(RT_EXC_VALUE, "Cannot specify both ',' and '_'.");
            return;
        }
        f->sep = '_', pos++;
    }
    if (end - pos >= 1 && cps[pos] == ',' && f->sep == '_') {
        rt_raise_cstr(RT_EXC_VALUE, "Cannot specify both ',' and '_'.");
        return;
    }
    if (end - pos >= 1 && cps[pos] == '.') {
        pos++;
        if (!get_integer(cps, &pos, end, &f->precision)) {
            if (!RT_ERR) rt_raise_cstr(RT_EXC_VALUE, "Format specifier missing precision");
            return;
        }
    }
    if (end - pos > 1) {
        RtSb b = {0, 0, 0};
        rt_sb_puts(&b, "Invalid format specifier '");
        rt_sb_put(&b, spec->data, spec->byte_len);
        rt_sb_puts(&b, "' for object of type '");
        rt_sb_puts(&b, tname);
        rt_sb_putc(&b, '\'');
        raise_sb(RT_EXC_VALUE, &b);
        return;
    }
    if (end - pos == 1) f->type = cps[pos];
    if (f->sep) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0: break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->sep == '_') break;
            invalid_separator(f->sep, f->type);
            break;
        default: invalid_separator(f->sep, f->type); break;
        }
    }
}

static void put_fill(RtSb *b, uint32_t fill, int64_t n) {
    if (n <= 0) return;
    char u[4];
    uint32_t k = rt_utf8_encode(fill, u);
    if ((uint64_t)n * k > FMT_MAX_LEN) no_memory();
    rt_sb_reserve(b, (uint32_t)n * k);
    for (int64_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < k; j++) b->buf[b->len++] = u[j];
}

static void put_zeros(RtSb *b, int64_t n) { put_fill(b, '0', n); }

/* _PyUnicode_InsertThousandsGrouping: the n digits d, grouped by `group`
 * (0: none) with `sep`, left-padded with zeros to at least min_width
 * (separators included). Appends to b; returns the count. */
static uint32_t group_digits(RtSb *b, const char *d, int64_t n, int64_t min_width, int group, char sep) {
    uint32_t start = b->len;
    int64_t remaining = n;
    int use_sep = 0, broken = 0;
    const char *end = d + n;
    if (min_width > FMT_MAX_LEN) no_memory();
    /* written right to left, reversed at the end */
    while (group > 0) {
        int64_t l = remaining > min_width ? remaining : min_width;
        if (l < 1) l = 1;
        if (l > group) l = group;
        int64_t zeros = l - remaining > 0 ? l - remaining : 0;
        int64_t chars = remaining < l ? remaining : l;
        if (chars < 0) chars = 0;
        if (use_sep) rt_sb_putc(b, sep);
        for (int64_t i = 0; i < chars; i++) rt_sb_putc(b, *--end);
        put_zeros(b, zeros);
        use_sep = 1;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) {
            broken = 1;
            break;
        }
        min_width -= 1;
    }
    if (!broken) {
        int64_t l = remaining > min_width ? remaining : min_width;
        if (l < 1) l = 1;
        int64_t zeros = l - remaining > 0 ? l - remaining : 0;
        int64_t chars = remaining < l ? remaining : l;
        if (chars < 0) chars = 0;
        if (use_sep) rt_sb_putc(b, sep);
        for (int64_t i = 0; i < chars; i++) rt_sb_putc(b, *--end);
        put_zeros(b, zeros);
    }
    for (uint32_t i = start, j = b->len; i + 1 < j; i++, j--) {
        char t = b->buf[i];
        b->buf[i] = b->buf[j - 1];
        b->buf[j - 1] = t;
    }
    return b->len - start;
}

/* calc_number_widths + fill_number:
 *   <lpad><sign><prefix><spad><grouped digits><decimal point><remainder><rpad>
 * `rem` is what follows the digits (after the decimal point when has_decimal),
 * rem_cps its length in code points. */
static RtStr *layout_number(const FmtSpec *f, int negative, const char *prefix, uint32_t n_prefix, const char *digits,
                            uint32_t n_digits, int has_decimal, const char *rem, uint32_t rem_bytes, uint32_t rem_cps,
                            int group, char sep) {
    char sign = 0;
    if (f->sign == '+') sign = negative ? '-' : '+';
    else if (f->sign == ' ') sign = negative ? '-' : ' ';
    else if (negative) sign = '-';
    int64_t nondigit = (sign ? 1 : 0) + n_prefix + (has_decimal ? 1 : 0) + rem_cps;
    int64_t min_width = f->fill == '0' && f->align == '=' ? f->width - nondigit : 0;
    RtSb g = {0, 0, 0};
    uint32_t n_grouped = n_digits ? group_digits(&g, digits, n_digits, min_width, group, sep) : 0;
    int64_t pad = f->width - (nondigit + n_grouped);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (pad > 0) {
        switch (f->align) {
        case '<': rpad = pad; break;
        case '^': lpad = pad / 2, rpad = pad - lpad; break;
        case '=': spad = pad; break;
        default: lpad = pad; break;
        }
    }
    RtSb b = {0, 0, 0};
    put_fill(&b, f->fill, lpad);
    if (sign) rt_sb_putc(&b, sign);
    rt_sb_put(&b, prefix, n_prefix);
    put_fill(&b, f->fill, spad);
    rt_sb_put(&b, g.buf, g.len);
    if (has_decimal) rt_sb_putc(&b, '.');
    rt_sb_put(&b, rem, rem_bytes);
    put_fill(&b, f->fill, rpad);
    return rt_sb_finish(&b);
}

/* ---- int ---- */

static RtStr *format_int(int64_t v, const FmtSpec *f) {
    if (f->precision != -1) return raise_value("Precision not allowed in integer format specifier");
    if (f->no_neg_0) return raise_value("Negative zero coercion (z) not allowed in integer format specifier");
    if (f->type == 'c') {
        if (f->sign) return raise_value("Sign not allowed with integer format specifier 'c'");
        if (f->alternate) return raise_value("Alternate form (#) not allowed with integer format specifier 'c'");
        if (!RT_INT_IS_SMALL(v) || v < 0 || v > 0x10ffff) {
            rt_raise_cstr(RT_EXC_OVERFLOW, "%c arg not in range(0x110000)");
            return 0;
        }
        char u[4];
        uint32_t k = rt_utf8_encode((uint32_t)v, u);
        return layout_number(f, 0, "", 0, "", 0, 0, u, k, 1, 0, 0);
    }
    uint32_t base = 10;
    const char *prefix = "";
    int upper = 0;
    switch (f->type) {
    case 'b': base = 2, prefix = "0b"; break;
    case 'o': base = 8, prefix = "0o"; break;
    case 'x': base = 16, prefix = "0x"; break;
    case 'X': base = 16, prefix = "0X", upper = 1; break;
    default: break;
    }
    int group = 0;
    char sep = 0;
    if (f->type != 'n' && f->sep) {
        sep = (char)f->sep;
        group = base != 10 ? 4 : 3;
    }
    if (!RT_INT_IS_SMALL(v)) { /* a big int: its digits from the bigint code */
        RtSb t = {0};
        if (!rt_int_put_text(&t, v, (int)base)) return 0;
        int neg = t.buf[0] == '-';
        if (upper)
            for (uint32_t i = 0; i < t.len; i++)
                if (t.buf[i] >= 'a' && t.buf[i] <= 'f') t.buf[i] = (char)(t.buf[i] - 32);
        return layout_number(f, neg, prefix, f->alternate && base != 10 ? 2 : 0, t.buf + neg, t.len - (uint32_t)neg, 0, "", 0,
                             0, group, sep);
    }
    const char *dig = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char buf[64];
    int n = 64;
    do buf[--n] = dig[m % base], m /= base;
    while (m);
    return layout_number(f, v < 0, prefix, f->alternate && base != 10 ? 2 : 0, buf + n, (uint32_t)(64 - n), 0, "", 0, 0,
                         group, sep);
}

/* ---- float ---- */

/* Round the exact digits d[0..n) (value 0.d1d2... * 10^decpt, no trailing
 * zeros) half-even to `keep` digits, as dtoa does; trailing zeros removed.
 * When nothing is left (fixed notation only), decpt = zero_decpt like dtoa. */
static int round_digits(char *d, int n, int *decpt, int64_t keep, int zero_decpt) {
    if (keep >= n) return n;
    if (keep < 0) {
        *decpt = zero_decpt;
        return 0;
    }
    int k = (int)keep, up;
    if (d[k] > '5') up = 1;
    else if (d[k] < '5') up = 0;
    else if (k + 1 < n) up = 1;
    else up = k > 0 && ((d[k - 1] - '0') & 1);
    n = k;
    if (up) {
        while (n > 0 && d[n - 1] == '9') n--;
        if (n == 0) {
            d[0] = '1';
            n = 1;
            (*decpt)++;
        } else {
            d[n - 1]++;
        }
    } else {
        while (n > 0 && d[n - 1] == '0') n--;
        if (n == 0) *decpt = zero_decpt;
    }
    return n;
}

enum { DT_ALT = 1, DT_ADD_DOT_0 = 2, DT_NO_NEG_0 = 4, DT_UPPER = 8 };

/* PyOS_double_to_string(v, code, precision, flags) without Py_DTSF_SIGN:
 * code is 'e', 'f', 'g' or 'r' (repr; precision unused). */
static void double_to_string(RtSb *b, double v, char code, int64_t precision, int flags) {
    uint64_t bits;
    __builtin_memcpy(&bits, &v, 8);
    int sign = (int)(bits >> 63);
    int upper = flags & DT_UPPER, alt = flags & DT_ALT, add_dot_0 = flags & DT_ADD_DOT_0;
    if (v != v) {
        rt_sb_puts(b, upper ? "NAN" : "nan");
        return;
    }
    if (v == __builtin_inf() || v == -__builtin_inf()) {
        if (sign) rt_sb_putc(b, '-');
        rt_sb_puts(b, upper ? "INF" : "inf");
        return;
    }
    int mode = 0;
    switch (code) {
    case 'e': mode = 2, precision++; break;
    case 'f': mode = 3; break;
    case 'g': mode = 2; if (precision == 0) precision = 1; break;
    default: break;
    }
    char d[RT_DTOA_MAX];
    int n, decpt;
    double a = sign ? -v : v;
    if (a == 0) {
        d[0] = '0', n = 1, decpt = 1;
    } else if (mode == 0) {
        n = rt_dtoa_shortest(a, d, &decpt);
    } else {
        n = rt_dtoa_exact(a, d, &decpt);
        n = round_digits(d, n, &decpt, mode == 2 ? precision : decpt + precision, (int)-precision);
    }
    if ((flags & DT_NO_NEG_0) && sign && (n == 0 || (n == 1 && d[0] == '0'))) sign = 0;
    int use_exp = 0;
    int64_t vend = n, exp = 0, dp = decpt;
    switch (code) {
    case 'e': use_exp = 1, vend = precision; break;
    case 'f': vend = dp + precision; break;
    case 'g':
        if (dp <= -4 || dp > (add_dot_0 ? precision - 1 : precision)) use_exp = 1;
        if (alt) vend = precision;
        break;
    default:
        if (dp <= -4 || dp > 16) use_exp = 1;
        break;
    }
    if (use_exp) exp = dp - 1, dp = 1;
    int64_t vstart = dp <= 0 ? dp - 1 : 0;
    if (!use_exp && add_dot_0) vend = vend > dp ? vend : dp + 1;
    else vend = vend > dp ? vend : dp;
    if (vend - vstart > FMT_MAX_LEN) no_memory();
    if (sign) rt_sb_putc(b, '-');
    if (dp <= 0) {
        put_zeros(b, dp - vstart);
        rt_sb_putc(b, '.');
        put_zeros(b, -dp);
    } else {
        put_zeros(b, -vstart);
    }
    if (0 < dp && dp <= n) {
        rt_sb_put(b, d, (uint32_t)dp);
        rt_sb_putc(b, '.');
        rt_sb_put(b, d + dp, (uint32_t)(n - dp));
    } else {
        rt_sb_put(b, d, (uint32_t)n);
    }
    if (n < dp) {
        put_zeros(b, dp - n);
        rt_sb_putc(b, '.');
        put_zeros(b, vend - dp);
    } else {
        put_zeros(b, vend - n);
    }
    if (b->buf[b->len - 1] == '.' && !alt) b->len--;
    if (use_exp) {
        rt_sb_putc(b, upper ? 'E' : 'e');
        rt_sb_putc(b, exp < 0 ? '-' : '+');
        if (exp < 0) exp = -exp;
        if (exp >= 100) rt_sb_putc(b, (char)('0' + exp / 100));
        rt_sb_putc(b, (char)('0' + exp / 10 % 10));
        rt_sb_putc(b, (char)('0' + exp % 10));
    }
}

static RtStr *format_double(double v, const FmtSpec *f) {
    if (f->precision > INT_MAX_) return raise_value("precision too big");
    int64_t precision = f->precision, default_precision = 6;
    uint32_t type = f->type;
    int flags = 0, add_pct = 0;
    if (f->alternate) flags |= DT_ALT;
    if (f->no_neg_0) flags |= DT_NO_NEG_0;
    if (type == 0) {
        flags |= DT_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        v *= 100;
        add_pct = 1;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    if (type == 'E' || type == 'F' || type == 'G') {
        flags |= DT_UPPER;
        type += 'a' - 'A';
    }
    RtSb s = {0, 0, 0};
    double_to_string(&s, v, (char)type, precision, flags);
    if (add_pct) rt_sb_putc(&s, '%');
    const char *p = s.buf, *e = s.buf + s.len;
    int negative = 0;
    if (*p == '-') negative = 1, p++;
    const char *q = p;
    while (q < e && *q >= '0' && *q <= '9') q++;
    int has_decimal = q < e && *q == '.';
    const char *rem = q + has_decimal;
    int group = 0;
    char sep = 0;
    if (f->type != 'n' && f->sep) sep = (char)f->sep, group = 3;
    return layout_number(f, negative, "", 0, p, (uint32_t)(q - p), has_decimal, rem, (uint32_t)(e - rem),
                         (uint32_t)(e - rem), group, sep);
}

/* ---- str ---- */

static RtStr *format_string(RtStr *s, const FmtSpec *f) {
    if (f->sign == ' ') return raise_value("Space not allowed in string format specifier");
    if (f->sign) return raise_value("Sign not allowed in string format specifier");
    if (f->no_neg_0) return raise_value("Negative zero coercion (z) not allowed in string format specifier");
    if (f->alternate) return raise_value("Alternate form (#) not allowed in string format specifier");
    if (f->align == '=') return raise_value("'=' alignment not allowed in string format specifier");
    int64_t len = s->cp_len;
    if ((f->width == -1 || f->width <= len) && (f->precision == -1 || f->precision >= len)) return s;
    if (f->precision >= 0 && len >= f->precision) len = f->precision;
    int64_t total = f->width > len ? f->width : len;
    int64_t lpad = f->align == '>' ? total - len : f->align == '^' ? (total - len) / 2 : 0;
    int64_t rpad = total - len - lpad;
    RtSb b = {0, 0, 0};
    put_fill(&b, f->fill, lpad);
    rt_sb_put(&b, s->data, rt_str_cp_offset(s, (uint32_t)len));
    put_fill(&b, f->fill, rpad);
    return rt_sb_finish(&b);
}

/* ---- entry points ---- */

RtStr *rt_format_i64(int64_t v, RtStr *spec) {
    if (!spec->byte_len) return rt_str_from_int(v);
    FmtSpec f;
    parse_spec(spec, "int", 'd', '>', &f);
    if (RT_ERR) return 0;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': return format_int(v, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = rt_int_to_float(v);
        return RT_ERR ? 0 : format_double(d, &f);
    }
    default: return unknown_code(f.type, "int");
    }
}

RtStr *rt_format_f64(double v, RtStr *spec) {
    if (!spec->byte_len) return rt_str_from_float(v);
    FmtSpec f;
    parse_spec(spec, "float", 0, '>', &f);
    if (RT_ERR) return 0;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%': return format_double(v, &f);
    default: return unknown_code(f.type, "float");
    }
}

RtStr *rt_format_str(RtStr *s, RtStr *spec) {
    if (!spec->byte_len) return s;
    FmtSpec f;
    parse_spec(spec, "str", 's', '<', &f);
    if (RT_ERR) return 0;
    if (f.type != 's') return unknown_code(f.type, "str");
    return format_string(s, &f);
}

RtStr *rt_format(RtObj *value, RtStr *spec) {
    if (RT_OBJ_TYPE(value) == RT_TYPE_INSTANCE) {
        /* its class's __format__(spec); else, deriving from int, float or
         * str, that value's */
        int found;
        RtObj *r = rt_special_binop(value, (RtObj *)spec, "__format__", "", &found);
        if (found) {
            if (RT_ERR) return 0;
            if (RT_OBJ_TYPE(r) != RT_TYPE_STR) {
                rt_raise_fmt(RT_EXC_TYPE, "__format__ must return a str, not %T", r);
                return 0;
            }
            return (RtStr *)r;
        }
        value = rt_unwrap(value, "__format__");
    }
    switch (RT_OBJ_TYPE(value)) {
    case RT_TYPE_INT: return rt_format_i64(((RtInt *)value)->value, spec);
    case RT_TYPE_FLOAT: return rt_format_f64(((RtFloat *)value)->value, spec);
    case RT_TYPE_COMPLEX: return rt_complex_format(value, spec);
    case RT_TYPE_STR: return rt_format_str((RtStr *)value, spec);
    case RT_TYPE_BOOL: {
        if (!spec->byte_len) return rt_dyn_str(value);
        FmtSpec f;
        int64_t v = ((RtInt *)value)->value;
        parse_spec(spec, "bool", 'd', '>', &f);
        if (RT_ERR) return 0;
        switch (f.type) {
        case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n': return format_int(v, &f);
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': return format_double((double)v, &f);
        default: return unknown_code(f.type, "bool");
        }
    }
    default:
        if (!spec->byte_len) return rt_dyn_str(value);
        rt_raise_fmt(RT_EXC_TYPE, "unsupported format string passed to %T.__format__", value);
        return 0;
    }
}
