/* str.format(*args, **kwargs), as CPython's: literal text with {{ and }},
 * replacement fields {[name][!conversion][:spec]} where name is empty
 * (automatic numbering), an index or a keyword, followed by .attribute and
 * [key] parts, the spec itself holding fields ({:{width}}), and each value
 * formatted by format(value, spec) (rt_format.c). Errors are CPython's. */
#include "rt_obj.h"

typedef struct Fmt {
    RtTuple *args;
    RtObj *kwargs; /* dict or NULL */
    int auto_next; /* the next automatic index; -1 once manual numbering is used */
    int manual;
    int map_only; /* format_map: fields name keys of kwargs only */
} Fmt;

static RtObj *missing_sentinel(void) {
    static RtObj missing;
    return &missing;
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

static RtStr *format_text(Fmt *F, const char *s, uint32_t n, int depth);

/* The value a field name designates: an argument, then its .attribute and
 * [key] parts. */
static RtObj *field_value(Fmt *F, const char *s, uint32_t n) {
    uint32_t i = 0;
    while (i < n && s[i] != '.' && s[i] != '[') i++;
    RtObj *v;
    int numeric = 1;
    for (uint32_t j = 0; j < i; j++) numeric &= is_digit(s[j]);
    if (F->map_only && numeric) {
        rt_raise_cstr(RT_EXC_VALUE, "Format string contains positional fields");
        return 0;
    }
    if (i == 0) {
        if (F->manual) {
            rt_raise_cstr(RT_EXC_VALUE, "cannot switch from manual field specification to automatic field numbering");
            return 0;
        }
        int k = F->auto_next++;
        if ((uint32_t)k >= F->args->len) {
            rt_raise_fmt(RT_EXC_INDEX, "Replacement index %d out of range for positional args tuple", (int64_t)k);
            return 0;
        }
        v = F->args->items[k];
    } else {
        if (numeric) {
            if (F->auto_next > 0) {
                rt_raise_cstr(RT_EXC_VALUE, "cannot switch from automatic field numbering to manual field specification");
                return 0;
            }
            F->manual = 1;
            int64_t k = 0;
            for (uint32_t j = 0; j < i && k < 1000000000; j++) k = k * 10 + (s[j] - '0');
            if (k >= (int64_t)F->args->len) {
                rt_raise_fmt(RT_EXC_INDEX, "Replacement index %d out of range for positional args tuple", k);
                return 0;
            }
            v = F->args->items[k];
        } else {
            RtObj *key = (RtObj *)rt_str_from_bytes(s, i);
            v = F->kwargs ? rt_dict_get(F->kwargs, key, missing_sentinel()) : missing_sentinel();
            if (v == missing_sentinel()) {
                rt_raise_obj_arg(RT_EXC_KEY, key);
                return 0;
            }
        }
    }
    while (i < n) {
        if (s[i] == '.') {
            uint32_t j = ++i;
            while (i < n && s[i] != '.' && s[i] != '[') i++;
            if (i == j) {
                rt_raise_cstr(RT_EXC_VALUE, "Empty attribute in format string");
                return 0;
            }
            v = rt_getattr(v, rt_str_from_bytes(s + j, i - j));
        } else {
            uint32_t j = ++i;
            while (i < n && s[i] != ']') i++;
            if (i >= n) {
                rt_raise_cstr(RT_EXC_VALUE, "Missing ']' in format string");
                return 0;
            }
            if (i == j) {
                rt_raise_cstr(RT_EXC_VALUE, "Empty attribute in format string");
                return 0;
            }
            int numeric = 1;
            for (uint32_t k = j; k < i; k++) numeric &= is_digit(s[k]);
            RtObj *key;
            if (numeric) {
                int64_t k = 0;
                for (uint32_t m = j; m < i && k < 1000000000000LL; m++) k = k * 10 + (s[m] - '0');
                key = rt_box_int(k);
            } else {
                key = (RtObj *)rt_str_from_bytes(s + j, i - j);
            }
            v = rt_dyn_getitem(v, key);
            i++;
            if (i < n && s[i] != '.' && s[i] != '[') {
                rt_raise_cstr(RT_EXC_VALUE, "Only '.' or '[' may follow ']' in format field specifier");
                return 0;
            }
        }
        if (!v) return 0;
    }
    return v;
}

/* One replacement field (the text between its braces) into b. */
static int field(Fmt *F, RtSb *b, const char *s, uint32_t n, int depth) {
    /* name up to '!' or ':' (outside [...]) */
    uint32_t i = 0;
    int in_index = 0;
    while (i < n && (in_index || (s[i] != '!' && s[i] != ':'))) {
        if (s[i] == '[') in_index = 1;
        else if (s[i] == ']') in_index = 0;
        i++;
    }
    RtObj *v = field_value(F, s, i);
    if (!v) return 0;
    char conv = 0;
    if (i < n && s[i] == '!') {
        if (i + 1 >= n) {
            rt_raise_cstr(RT_EXC_VALUE, "end of string while looking for conversion specifier");
            return 0;
        }
        conv = s[i + 1];
        i += 2;
        if (i < n && s[i] != ':') {
            rt_raise_cstr(RT_EXC_VALUE, "expected ':' after conversion specifier");
            return 0;
        }
        if (conv != 'r' && conv != 's' && conv != 'a') {
            rt_raise_fmt(RT_EXC_VALUE, "Unknown conversion specifier %c", (int)conv);
            return 0;
        }
    }
    RtStr *spec = 0;
    if (i < n) { /* ':' */
        spec = format_text(F, s + i + 1, n - i - 1, depth + 1);
        if (!spec) return 0;
    }
    if (conv == 's') v = (RtObj *)rt_dyn_str(v);
    else if (conv == 'a') v = (RtObj *)rt_builtin_ascii(v); /* repr with non-ASCII escaped */
    else if (conv) v = (RtObj *)rt_dyn_repr(v);
    if (RT_ERR) return 0;
    RtStr *out = rt_format(v, spec ? spec : rt_str_from_bytes("", 0));
    if (!out) return 0;
    rt_sb_put(b, out->data, out->byte_len);
    return 1;
}

static RtStr *format_text(Fmt *F, const char *s, uint32_t n, int depth) {
    if (depth > 2) {
        rt_raise_cstr(RT_EXC_VALUE, "Max string recursion exceeded");
        return 0;
    }
    RtSb b = {0};
    uint32_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '}') {
            if (i + 1 < n && s[i + 1] == '}') {
                rt_sb_putc(&b, '}');
                i += 2;
                continue;
            }
            rt_raise_cstr(RT_EXC_VALUE, "Single '}' encountered in format string");
            return 0;
        }
        if (c != '{') {
            rt_sb_putc(&b, c);
            i++;
            continue;
        }
        if (i + 1 < n && s[i + 1] == '{') {
            rt_sb_putc(&b, '{');
            i += 2;
            continue;
        }
        /* the field: up to the matching '}' (a spec may hold fields) */
        uint32_t j = i + 1;
        int nest = 0;
        while (j < n && (nest || s[j] != '}')) {
            if (s[j] == '{') nest++;
            else if (s[j] == '}') nest--;
            j++;
        }
        if (j >= n) {
            rt_raise_cstr(RT_EXC_VALUE, i + 1 >= n ? "Single '{' encountered in format string" : "expected '}' before end of string");
            return 0;
        }
        if (!field(F, &b, s + i + 1, j - i - 1, depth)) return 0;
        i = j + 1;
    }
    return rt_sb_finish(&b);
}

RtObj *rt_str_format_call(RtObj *fmt, RtObj *args, RtObj *kwargs) {
    if (!fmt) { /* str.format(fmt, *args): unbound, the text first */
        RtTuple *a = (RtTuple *)args;
        if (!a->len) {
            rt_raise_cstr(RT_EXC_TYPE, "unbound method str.format() needs an argument");
            return 0;
        }
        fmt = a->items[0];
        if (RT_OBJ_TYPE(fmt) != RT_TYPE_STR) {
            rt_raise_fmt(RT_EXC_TYPE, "descriptor 'format' for 'str' objects doesn't apply to a '%T' object", fmt);
            return 0;
        }
        args = rt_tuple_from_array(a->items + 1, a->len - 1);
    }
    Fmt F = {(RtTuple *)args, kwargs && ((RtDict *)kwargs)->len ? kwargs : 0, 0, 0, 0};
    RtStr *s = (RtStr *)fmt;
    return (RtObj *)format_text(&F, s->data, s->byte_len, 0);
}

/* s.format_map(mapping): a dict's items as the keywords (a mapping of
 * another type, a user class's __getitem__, is not looked into: TypeError
 * as for a non-mapping, CPython's words when a field needs it) */
RtStr *rt_str_format_map(RtStr *s, RtObj *mapping) {
    int is_dict = RT_OBJ_TYPE(mapping) == RT_TYPE_DICT;
    Fmt F = {(RtTuple *)rt_tuple_new(0), is_dict && ((RtDict *)mapping)->len ? mapping : 0, 0, 0, 1};
    RtStr *r = format_text(&F, s->data, s->byte_len, 0);
    if (!is_dict && RT_ERR && ((RtExc *)rt_exc_state[0])->cls == rt_exc_class(RT_EXC_KEY)) {
        rt_exc_take();
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not subscriptable", mapping);
        return 0;
    }
    return r;
}
