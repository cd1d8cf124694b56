/* complex numbers (RT_TYPE_COMPLEX): 1+2j, complex(x, y), complex(text),
 * their arithmetic with ints, floats and each other, abs, repr and format,
 * with CPython 3.11's algorithms (Objects/complexobject.c: Smith's
 * division, integer powers by repeated squaring up to 100, the polar form
 * beyond) so that results agree to the last bit, and its messages.
 * Equality and hashing are rt_dyn_cmp.c's, beside the other numbers'. */
#include "rt_internal.h"
#include "rt_math.h"
#include "rt_obj.h"

typedef struct {
    double re, im;
} Cx;

RtObj *rt_complex_new(double re, double im) {
    RtComplex *c = rt_alloc(sizeof(RtComplex));
    c->h.type_flags = RT_TYPE_COMPLEX;
    c->re = re, c->im = im;
    return (RtObj *)c;
}

static RtObj *box(Cx c) { return rt_complex_new(c.re, c.im); }

/* A number as a complex: 1 when x is one (an int beyond the float range
 * raises OverflowError, as CPython's conversion), else 0. */
static int as_cx(RtObj *x, Cx *out) {
    uint32_t t = RT_OBJ_TYPE(x);
    out->im = 0;
    if (t == RT_TYPE_COMPLEX) return out->re = ((RtComplex *)x)->re, out->im = ((RtComplex *)x)->im, 1;
    if (t == RT_TYPE_FLOAT) return out->re = ((RtFloat *)x)->value, 1;
    if (t == RT_TYPE_INT || t == RT_TYPE_BOOL) {
        out->re = rt_int_to_float(((RtInt *)x)->value);
        return !RT_ERR;
    }
    return 0;
}

static Cx prod(Cx a, Cx b) { return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

/* a / b; *zero set when b is 0 (CPython's EDOM) */
static Cx quot(Cx a, Cx b, int *zero) {
    double abs_re = b.re < 0 ? -b.re : b.re, abs_im = b.im < 0 ? -b.im : b.im;
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            *zero = 1;
            return (Cx){0, 0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cx){__builtin_nan(""), __builtin_nan("")}; /* a NaN in b */
}

static Cx pow_general(Cx a, Cx b, int *zero) {
    if (b.re == 0. && b.im == 0.) return (Cx){1., 0.};
    if (a.re == 0. && a.im == 0.) {
        if (b.im != 0. || b.re < 0.) *zero = 1;
        return (Cx){0., 0.};
    }
    double vabs = rt_m_hypot(a.re, a.im), len = rt_m_pow(vabs, b.re), at = rt_m_atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= rt_m_exp(at * b.im);
        phase += b.im * rt_m_log(vabs);
    }
    return (Cx){len * rt_m_cos(phase), len * rt_m_sin(phase)};
}

static Cx pow_unsigned(Cx x, int64_t n) {
    Cx r = {1., 0.}, p = x;
    for (int64_t mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = prod(r, p);
        p = prod(p, p);
    }
    return r;
}

static RtObj *power(Cx a, Cx b) {
    int zero = 0;
    Cx r;
    int64_t n = (int64_t)b.re;
    if (b.im == 0. && b.re == (double)n && b.re >= -100. && b.re <= 100.)
        r = n > 0 ? pow_unsigned(a, n) : quot((Cx){1., 0.}, pow_unsigned(a, -n), &zero);
    else r = pow_general(a, b, &zero);
    if (zero) {
        rt_raise_cstr(RT_EXC_ZERO_DIVISION, "0.0 to a negative or complex power");
        return 0;
    }
    if (__builtin_isinf(r.re) || __builtin_isinf(r.im)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "complex exponentiation");
        return 0;
    }
    return box(r);
}

/* CPython's float ** float of a negative base and an exponent that is no
 * integer: the complex power of the two (float_pow hands it to
 * complex_pow) */
RtObj *rt_complex_pow_real(double x, double y) { return power((Cx){x, 0.}, (Cx){y, 0.}); }

/* a op b for + - * / ** with a complex operand: NULL without raising when
 * the other is not a number (the caller's TypeError names both) */
RtObj *rt_complex_binop(RtObj *a, RtObj *b, char op) {
    Cx x, y;
    if (!as_cx(a, &x)) return 0;
    if (!as_cx(b, &y)) return 0;
    switch (op) {
    case '+': return box((Cx){x.re + y.re, x.im + y.im});
    case '-': return box((Cx){x.re - y.re, x.im - y.im});
    case '*': return box(prod(x, y));
    case '/': {
        int zero = 0;
        Cx r = quot(x, y, &zero);
        if (zero) {
            rt_raise_cstr(RT_EXC_ZERO_DIVISION, "complex division by zero");
            return 0;
        }
        return box(r);
    }
    default: return power(x, y);
    }
}

RtObj *rt_complex_neg(RtObj *a) { return rt_complex_new(-((RtComplex *)a)->re, -((RtComplex *)a)->im); }

RtObj *rt_complex_abs(RtObj *a) {
    double re = ((RtComplex *)a)->re, im = ((RtComplex *)a)->im;
    if (__builtin_isinf(re) || __builtin_isinf(im)) return rt_box_float(__builtin_inf());
    double r = rt_m_hypot(re, im);
    if (__builtin_isinf(r)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "absolute value too large");
        return 0;
    }
    return rt_box_float(r);
}

/* A part as repr writes it: the float's repr without a ".0" of its own. */
static void put_part(RtSb *b, double v, int sign) {
    char tmp[40];
    int n = rt_format_float(v, tmp);
    if (n >= 2 && tmp[n - 2] == '.' && tmp[n - 1] == '0') n -= 2;
    if (sign && tmp[0] != '-') rt_sb_putc(b, '+');
    rt_sb_put(b, tmp, (uint32_t)n);
}

/* 2j, (1+2j), (-0-1j), (nan+infj): CPython's complex_repr */
void rt_complex_repr_into(RtSb *b, RtObj *o) {
    double re = ((RtComplex *)o)->re, im = ((RtComplex *)o)->im;
    if (re == 0. && !__builtin_signbit(re)) {
        put_part(b, im, 0);
        rt_sb_putc(b, 'j');
        return;
    }
    rt_sb_putc(b, '(');
    put_part(b, re, 0);
    put_part(b, im, 1);
    rt_sb_put(b, "j)", 2);
}

/* z.real, z.imag (conjugate() is a method of the typed paths only) */
RtObj *rt_complex_attr(RtObj *o, const char *name) {
    if (rt_cstr_eq(name, "real")) return rt_box_float(((RtComplex *)o)->re);
    if (rt_cstr_eq(name, "imag")) return rt_box_float(((RtComplex *)o)->im);
    return 0;
}

/* ---- complex(text) ---- */

static int space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* The longest float literal at p[0, n) (sign, digits with single
 * underscores between them, point, exponent; inf, infinity, nan): its
 * length, 0 when there is none. */
static uint32_t float_prefix(const char *p, uint32_t n) {
    uint32_t i = 0;
    if (i < n && (p[i] == '+' || p[i] == '-')) i++;
    static const char *const words[] = {"infinity", "inf", "nan"};
    for (int w = 0; w < 3; w++) {
        uint32_t k = 0;
        while (words[w][k] && i + k < n && (p[i + k] | 0x20) == words[w][k]) k++;
        if (!words[w][k]) return i + k;
    }
    uint32_t digits = 0;
    int prev_digit = 0;
    for (; i < n; i++) {
        if (p[i] >= '0' && p[i] <= '9') digits++, prev_digit = 1;
        else if (p[i] == '_' && prev_digit && i + 1 < n && p[i + 1] >= '0' && p[i + 1] <= '9') prev_digit = 0;
        else if (p[i] == '.') prev_digit = 0;
        else break;
    }
    if (!digits) return 0;
    if (i < n && (p[i] | 0x20) == 'e') {
        uint32_t j = i + 1;
        if (j < n && (p[j] == '+' || p[j] == '-')) j++;
        if (j < n && p[j] >= '0' && p[j] <= '9') {
            while (j < n && ((p[j] >= '0' && p[j] <= '9') || (p[j] == '_' && j + 1 < n && p[j + 1] >= '0' && p[j + 1] <= '9'))) j++;
            i = j;
        }
    }
    return i;
}

static int parse_part(const char *p, uint32_t n, double *out) {
    return rt_float_parse_text(rt_str_from_bytes(p, n), out);
}

/* "1+2j", " (3-j) ", "-2.5e3J", "nanj", "7": *out, or 0 when malformed */
static int parse_complex(const char *p, uint32_t n, Cx *out) {
    uint32_t i = 0;
    while (n && space(p[n - 1])) n--;
    while (i < n && space(p[i])) i++;
    if (i < n && p[i] == '(') {
        if (p[n - 1] != ')') return 0;
        i++, n--;
        while (n > i && space(p[n - 1])) n--;
        while (i < n && space(p[i])) i++;
    }
    if (i >= n) return 0;
    const char *s = p + i;
    uint32_t len = n - i, k = float_prefix(s, len);
    double a;
    if (k && !parse_part(s, k, &a)) return 0;
    if (k == len) return out->re = a, out->im = 0, 1; /* a real */
    if (k && k + 1 == len && (s[k] | 0x20) == 'j') return out->re = 0, out->im = a, 1; /* an imaginary */
    if (!k) { /* j, +j, -j */
        uint32_t sg = s[0] == '+' || s[0] == '-';
        if (sg + 1 == len && (s[sg] | 0x20) == 'j') return out->re = 0, out->im = s[0] == '-' ? -1. : 1., 1;
        return 0;
    }
    /* a real, then a signed imaginary */
    if (s[k] != '+' && s[k] != '-') return 0;
    const char *t = s + k;
    uint32_t tl = len - k, m = float_prefix(t, tl);
    double b = 1.;
    if (m > 1 || (m == 1 && t[0] != '+' && t[0] != '-')) {
        if (!parse_part(t, m, &b)) return 0;
    } else {
        m = 1; /* "1+j": the sign alone */
        b = t[0] == '-' ? -1. : 1.;
    }
    if (m + 1 != tl || (t[m] | 0x20) != 'j') return 0;
    out->re = a, out->im = b;
    return 1;
}

/* An argument of complex(): a number, or an instance with __complex__
 * (the first argument only), __float__ or __index__, as CPython asks them.
 * 0 without raising when it is none of these. */
static int arg_cx(RtObj *x, Cx *out, int first, int *is_complex) {
    *is_complex = RT_OBJ_TYPE(x) == RT_TYPE_COMPLEX;
    if (as_cx(x, out) || RT_ERR) return !RT_ERR;
    if (RT_OBJ_TYPE(x) != RT_TYPE_INSTANCE) return 0;
    int found;
    RtObj *r;
    if (first) {
        r = rt_special_unary(x, "__complex__", &found);
        if (found) {
            if (!r) return 0;
            if (RT_OBJ_TYPE(r) != RT_TYPE_COMPLEX) {
                rt_raise_fmt(RT_EXC_TYPE, "__complex__ returned non-complex (type %T)", r);
                return 0;
            }
            *is_complex = 1;
            return as_cx(r, out);
        }
    }
    if (!rt_has_special(x, "__float__") && !rt_has_special(x, "__index__")) return 0;
    out->re = rt_math_float_arg(x); /* PyFloat_AsDouble: __float__, else __index__ */
    return !RT_ERR;
}

/* complex(), complex(x), complex(real, imag); NULL for an argument not
 * given */
RtObj *rt_builtin_complex(RtObj *real, RtObj *imag) {
    if (!real) return rt_complex_new(0., 0.);
    if (RT_OBJ_TYPE(real) == RT_TYPE_STR) {
        if (imag) {
            rt_raise_cstr(RT_EXC_TYPE, "complex() can't take second arg if first is a string");
            return 0;
        }
        RtStr *s = (RtStr *)real;
        uint32_t n;
        const char *p = rt_numeric_ascii(s, &n); /* Unicode digits and spaces as ASCII */
        Cx c;
        if (!parse_complex(p, n, &c)) {
            rt_raise_cstr(RT_EXC_VALUE, "complex() arg is a malformed string");
            return 0;
        }
        return box(c);
    }
    if (imag && RT_OBJ_TYPE(imag) == RT_TYPE_STR) {
        rt_raise_cstr(RT_EXC_TYPE, "complex() second arg can't be a string");
        return 0;
    }
    RtObj *r = rt_unwrap(real, 0), *i = imag ? rt_unwrap(imag, 0) : 0;
    Cx a, b = {0., 0.};
    int r_complex, i_complex = 0;
    if (!arg_cx(r, &a, 1, &r_complex)) {
        if (!RT_ERR) rt_raise_fmt(RT_EXC_TYPE, "complex() first argument must be a string or a number, not '%T'", real);
        return 0;
    }
    if (i && !arg_cx(i, &b, 0, &i_complex)) {
        if (!RT_ERR) rt_raise_fmt(RT_EXC_TYPE, "complex() second argument must be a number, not '%T'", imag);
        return 0;
    }
    /* real + imag * 1j, as CPython combines them: the parts of a complex
     * argument only (no multiplication, so that a -0.0 stays) */
    if (!i) return rt_complex_new(a.re, a.im);
    double re = a.re, im = b.re;
    if (i_complex) re -= b.im;
    if (r_complex) im += a.im;
    return rt_complex_new(re, im);
}

/* format(z, spec) for the specs with a type of e, E, f, F, g, G or none:
 * each part formatted with the spec's sign and precision, the imaginary
 * one always signed, then the whole aligned in the width (parentheses
 * only without a type, as CPython) */
RtStr *rt_complex_format(RtObj *o, RtStr *spec) {
    double re = ((RtComplex *)o)->re, im = ((RtComplex *)o)->im;
    if (!spec->byte_len) return rt_dyn_repr(o);
    const char *s = spec->data;
    uint32_t n = spec->byte_len, i = 0;
    /* [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
    uint32_t head = 0;
    if (n >= 2 && (s[1] == '<' || s[1] == '>' || s[1] == '^' || s[1] == '=')) head = 2;
    else if (n >= 1 && (s[0] == '<' || s[0] == '>' || s[0] == '^' || s[0] == '=')) head = 1;
    i = head;
    char sign = 0;
    if (i < n && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) sign = s[i++];
    RtSb flags = {0}; /* z, #, the grouping: the parts' own */
    if (i < n && s[i] == 'z') rt_sb_putc(&flags, s[i++]);
    if (i < n && s[i] == '#') rt_sb_putc(&flags, s[i++]);
    int zero = i < n && s[i] == '0';
    uint32_t wstart = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    uint32_t wend = i;
    if (i < n && (s[i] == ',' || s[i] == '_')) rt_sb_putc(&flags, s[i++]);
    uint32_t pstart = i;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++;
    }
    uint32_t pend = i;
    char type = i < n ? s[i++] : 0;
    if (i != n || (type && type != 'e' && type != 'E' && type != 'f' && type != 'F' && type != 'g' && type != 'G' &&
                   type != 'n')) {
        rt_raise_fmt(RT_EXC_VALUE, "Unknown format code '%c' for object of type 'complex'", type ? type : s[n - 1]);
        return 0;
    }
    if (zero) {
        rt_raise_cstr(RT_EXC_VALUE, "Zero padding is not allowed in complex format specifier");
        return 0;
    }
    if (head && s[head - 1] == '=') {
        rt_raise_cstr(RT_EXC_VALUE, "'=' alignment flag is not allowed in complex format specifier");
        return 0;
    }
    /* the parts' own spec: sign, flags, precision, type ('g' for none
     * with a precision; repr's text, without its ".0", for none without) */
    int repr_like = !type && pend == pstart;
    int parens = !type;
    int skip_re = !type && re == 0. && !__builtin_signbit(re);
    RtSb out = {0};
    if (parens && !skip_re) rt_sb_putc(&out, '(');
    for (int k = skip_re; k < 2; k++) {
        double v = k ? im : re;
        RtSb ps = {0};
        /* the imaginary part signed after a real part; else the spec's sign */
        if (k && !skip_re) rt_sb_putc(&ps, '+');
        else if (sign) rt_sb_putc(&ps, sign);
        rt_sb_put(&ps, flags.buf, flags.len);
        rt_sb_put(&ps, s + pstart, pend - pstart);
        if (type) rt_sb_putc(&ps, type == 'n' ? 'g' : type); /* n: g in the C locale */
        else if (!repr_like) rt_sb_putc(&ps, 'g');
        if (repr_like && !flags.len) {
            put_part(&out, v, (k && !skip_re) || sign == '+');
        } else {
            RtStr *t = rt_format_f64(v, rt_sb_finish(&ps));
            if (!t) return 0;
            uint32_t len = t->byte_len;
            if (repr_like && len >= 2 && t->data[len - 2] == '.' && t->data[len - 1] == '0') len -= 2;
            rt_sb_put(&out, t->data, len);
        }
    }
    rt_sb_putc(&out, 'j');
    if (parens && !skip_re) rt_sb_putc(&out, ')');
    RtStr *body = rt_sb_finish(&out);
    if (wend == wstart) return body;
    /* the width and alignment (right by default, as numbers) */
    RtSb w = {0};
    if (head) rt_sb_put(&w, s, head);
    else rt_sb_putc(&w, '>');
    rt_sb_put(&w, s + wstart, wend - wstart);
    return rt_format_str(body, rt_sb_finish(&w));
}
