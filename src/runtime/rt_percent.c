/* str % args: printf-style formatting as CPython's (Objects/unicodeobject.c,
 * PyUnicode_Format): %[(key)][flags][width][.precision]type with the
 * conversions s r a d i u o x X e E f F g G c %. Each conversion is done
 * by the format() machinery (rt_format.c) with an equivalent spec. */
#include "rt_obj.h"

static uint32_t type_of(RtObj *o) { return RT_OBJ_TYPE(o); }

typedef struct Args {
    RtObj *const *items; /* positional: the tuple's items, or the one value */
    uint32_t n, next;
    RtObj *one;
    RtObj *mapping; /* a dict given alone: %(key)s reads it */
} Args;

static RtObj *next_arg(Args *a) {
    if (a->next >= a->n) {
        rt_raise_cstr(RT_EXC_TYPE, "not enough arguments for format string");
        return 0;
    }
    return a->items[a->next++];
}

/* the spec text, format()'s mini-language */
static void spec_put_int(RtSb *b, int64_t v) { rt_sb_put_i64(b, v); }

static RtObj *as_number(RtObj *x, char conv, int integer) {
    RtObj *shown = x;
    x = rt_unwrap(x, 0); /* an int or float subclass's instance (an IntEnum) is its number */
    uint32_t t = type_of(x);
    if (t == RT_TYPE_INT || t == RT_TYPE_BOOL) return t == RT_TYPE_BOOL ? rt_box_int(((RtInt *)x)->value) : x;
    if (t == RT_TYPE_FLOAT) {
        if (!integer) return x;
        if (conv == 'd' || conv == 'i' || conv == 'u') return rt_box_int(rt_dyn_int(x)); /* truncated, as CPython */
        rt_raise_fmt(RT_EXC_TYPE, "%%%c format: an integer is required, not float", conv);
        return 0;
    }
    if (!integer) /* %e %f %g: PyFloat_AsDouble's words */
        rt_raise_fmt(RT_EXC_TYPE, "must be real number, not %T", shown);
    else if (conv != 'd' && conv != 'i' && conv != 'u')
        rt_raise_fmt(RT_EXC_TYPE, "%%%c format: an integer is required, not %T", conv, shown);
    else
        rt_raise_fmt(RT_EXC_TYPE, "%%%c format: a real number is required, not %T", conv, shown);
    return 0;
}

RtStr *rt_str_mod(RtStr *fmt, RtObj *values) {
    Args a = {0};
    uint32_t vt = type_of(values);
    RtObj *base = rt_unwrap(values, 0); /* a tuple subclass's instance (a namedtuple) is its tuple */
    if (vt == RT_TYPE_TUPLE || type_of(base) == RT_TYPE_TUPLE) {
        a.items = ((RtTuple *)base)->items;
        a.n = ((RtTuple *)base)->len;
    } else {
        a.one = values;
        a.items = &a.one;
        a.n = 1;
        if (vt == RT_TYPE_DICT) a.mapping = values;
    }
    RtSb out = {0};
    const char *s = fmt->data;
    uint32_t len = fmt->byte_len, i = 0;
    int used_mapping = 0;
    while (i < len) {
        if (s[i] != '%') {
            uint32_t j = i;
            while (j < len && s[j] != '%') j++;
            rt_sb_put(&out, s + i, j - i);
            i = j;
            continue;
        }
        i++;
        if (i >= len) {
            rt_raise_cstr(RT_EXC_VALUE, "incomplete format");
            return 0;
        }
        if (s[i] == '%') {
            rt_sb_putc(&out, '%');
            i++;
            continue;
        }
        RtObj *x = 0;
        if (s[i] == '(') { /* %(key)s */
            uint32_t j = ++i;
            int depth = 1;
            while (j < len && depth) {
                if (s[j] == '(') depth++;
                else if (s[j] == ')') depth--;
                if (depth) j++;
            }
            if (j >= len) {
                rt_raise_cstr(RT_EXC_VALUE, "incomplete format key");
                return 0;
            }
            if (!a.mapping) {
                rt_raise_cstr(RT_EXC_TYPE, "format requires a mapping");
                return 0;
            }
            x = rt_dict_getitem(a.mapping, (RtObj *)rt_str_from_bytes(s + i, j - i));
            if (RT_ERR) return 0;
            used_mapping = 1;
            i = j + 1;
        }
        int left = 0, plus = 0, space = 0, alt = 0, zero = 0;
        for (; i < len; i++) {
            char c = s[i];
            if (c == '-') left = 1;
            else if (c == '+') plus = 1;
            else if (c == ' ') space = 1;
            else if (c == '#') alt = 1;
            else if (c == '0') zero = 1;
            else break;
        }
        int64_t width = -1, prec = -1;
        if (i < len && s[i] == '*') {
            RtObj *w = next_arg(&a);
            if (!w) return 0;
            if (!rt_is_intlike(w)) {
                rt_raise_cstr(RT_EXC_TYPE, "* wants int");
                return 0;
            }
            width = ((RtInt *)w)->value;
            if (width < 0) left = 1, width = -width;
            i++;
        } else {
            while (i < len && s[i] >= '0' && s[i] <= '9') {
                width = width < 0 ? 0 : width;
                if (width > (INT64_MAX - (s[i] - '0')) / 10) { /* CPython: past PY_SSIZE_T_MAX */
                    rt_raise_cstr(RT_EXC_VALUE, "width too big");
                    return 0;
                }
                width = width * 10 + (s[i++] - '0');
            }
        }
        if (i < len && s[i] == '.') {
            i++;
            prec = 0;
            if (i < len && s[i] == '*') {
                RtObj *p = next_arg(&a);
                if (!p) return 0;
                if (!rt_is_intlike(p)) {
                    rt_raise_cstr(RT_EXC_TYPE, "* wants int");
                    return 0;
                }
                prec = ((RtInt *)p)->value;
                i++;
            } else {
                while (i < len && s[i] >= '0' && s[i] <= '9') {
                    if (prec > (INT32_MAX - (s[i] - '0')) / 10) { /* CPython: past INT_MAX */
                        rt_raise_cstr(RT_EXC_VALUE, "precision too big");
                        return 0;
                    }
                    prec = prec * 10 + (s[i++] - '0');
                }
            }
        }
        while (i < len && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L')) i++;
        if (i >= len) {
            rt_raise_cstr(RT_EXC_VALUE, "incomplete format");
            return 0;
        }
        char conv = s[i++];
        if (!x) {
            x = next_arg(&a);
            if (!x) return 0;
        }
        RtSb spec = {0};
        RtObj *value = x;
        char type = conv;
        int numeric = 1;
        switch (conv) {
        case 's': value = (RtObj *)rt_dyn_str(x), type = 's', numeric = 0; break;
        case 'r': value = (RtObj *)rt_dyn_repr(x), type = 's', numeric = 0; break;
        case 'a': value = (RtObj *)rt_builtin_ascii(x), type = 's', numeric = 0; break;
        case 'd': case 'i': case 'u': value = as_number(x, conv, 1), type = 'd'; break;
        case 'o': case 'x': case 'X': value = as_number(x, conv, 1); break;
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            value = as_number(x, conv, 0);
            if (value && type_of(value) == RT_TYPE_INT) value = rt_box_float(rt_int_to_float(((RtInt *)value)->value));
            break;
        case 'c': {
            RtObj *u = rt_unwrap(x, 0); /* an IntEnum member is its int */
            if (rt_is_intlike(u)) {
                int64_t cp = ((RtInt *)u)->value;
                if (cp < 0 || cp > 0x10ffff) { /* (a big int too: its handle is beyond) */
                    rt_raise_cstr(RT_EXC_OVERFLOW, "%c arg not in range(0x110000)");
                    return 0;
                }
                value = (RtObj *)rt_builtin_chr(cp);
            } else if (type_of(x) != RT_TYPE_STR || ((RtStr *)x)->cp_len != 1) {
                rt_raise_cstr(RT_EXC_TYPE, "%c requires int or char");
                return 0;
            }
            type = 's', numeric = 0;
            break;
        }
        default: {
            unsigned char c = (unsigned char)conv;
            char hex[3] = {"0123456789abcdef"[c >> 4], "0123456789abcdef"[c & 15], 0};
            rt_raise_fmt(RT_EXC_VALUE, "unsupported format character '%c' (0x%s) at index %d", conv, hex, (int64_t)(i - 1));
            return 0;
        }
        }
        if (RT_ERR || !value) return 0;
        /* the spec: [align][sign][#][0][width][.precision][type] */
        if (left) rt_sb_putc(&spec, '<');
        else if (!numeric) rt_sb_putc(&spec, '>');
        if (numeric && plus) rt_sb_putc(&spec, '+');
        else if (numeric && space) rt_sb_putc(&spec, ' ');
        if (numeric && alt) rt_sb_putc(&spec, '#');
        if (numeric && zero && !left) rt_sb_putc(&spec, '0');
        if (width >= 0) spec_put_int(&spec, width);
        if (prec >= 0 && (!numeric || (type != 'd' && type != 'o' && type != 'x' && type != 'X'))) {
            rt_sb_putc(&spec, '.');
            spec_put_int(&spec, prec);
        }
        if (numeric) rt_sb_putc(&spec, type);
        RtStr *piece = rt_format(value, rt_sb_finish(&spec));
        if (RT_ERR) return 0;
        rt_sb_put(&out, piece->data, piece->byte_len);
    }
    if (!used_mapping && a.next < a.n && !(a.mapping && a.next == 0)) {
        rt_raise_cstr(RT_EXC_TYPE, "not all arguments converted during string formatting");
        return 0;
    }
    return rt_sb_finish(&out);
}
