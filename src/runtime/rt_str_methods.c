/* More str methods, as CPython 3.11's: isascii, isprintable,
 * removeprefix/removesuffix, expandtabs, translate and str.maketrans.
 * (Splitting, searching, padding and the case tables are rt_obj_str.c,
 * rt_str_search.c, rt_str_layout.c and rt_obj_case.c.) Arguments come as
 * objects so that a wrong type raises CPython's TypeError at run time
 * whether the receiver's type was known at compile time or not. */
#include "rt_obj.h"

#define FOR_CPS(s, i, cp) \
    for (uint32_t i = 0, cp, _k; i < (s)->byte_len && ((_k = rt_utf8_decode((const unsigned char *)(s)->data, (s)->byte_len, i, &cp)), 1); i += _k)

static void put_cp(RtSb *b, uint32_t cp) {
    char tmp[4];
    rt_sb_put(b, tmp, rt_utf8_encode(cp, tmp));
}

/* an argument's type as CPython's argument parsing names it in "must be
 * str, not X": None by name, else its type's */
const char *rt_arg_type_name(RtObj *a) { return a == RT_NONE ? "None" : rt_type_cname(a); }

/* every code point below 0x80: then each is one byte */
int32_t rt_str_isascii(RtStr *s) { return s->byte_len == s->cp_len; }

int32_t rt_str_isprintable(RtStr *s) {
    FOR_CPS(s, i, cp) {
        (void)i;
        if (cp < 0x80 ? cp < 0x20 || cp == 0x7f : !rt_unicode_printable(cp)) return 0;
    }
    return 1;
}

static RtStr *str_arg(RtObj *a, const char *fn) {
    if (RT_OBJ_TYPE(a) == RT_TYPE_STR) return (RtStr *)a;
    rt_raise_fmt(RT_EXC_TYPE, "%s() argument must be str, not %s", fn, rt_arg_type_name(a));
    return 0;
}

RtStr *rt_str_removeprefix(RtStr *s, RtObj *prefix) {
    RtStr *p = str_arg(prefix, "removeprefix");
    if (!p) return 0;
    if (!p->byte_len || !rt_str_startswith(s, p)) return s;
    return rt_str_from_bytes(s->data + p->byte_len, s->byte_len - p->byte_len);
}

RtStr *rt_str_removesuffix(RtStr *s, RtObj *suffix) {
    RtStr *p = str_arg(suffix, "removesuffix");
    if (!p) return 0;
    if (!p->byte_len || !rt_str_endswith(s, p)) return s;
    return rt_str_from_bytes(s->data, s->byte_len - p->byte_len);
}

/* s.expandtabs(tabsize=8): each tab up to the next multiple of tabsize
 * columns, counted in code points from the last \n or \r; tabsize <= 0
 * removes them */
RtStr *rt_str_expandtabs(RtStr *s, RtObj *tabsize) {
    int64_t tab = 8;
    if (tabsize) {
        if (!rt_is_intlike(tabsize)) {
            rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", tabsize);
            return 0;
        }
        tab = ((RtInt *)tabsize)->value;
        if (!RT_INT_IS_SMALL(tab)) {
            rt_raise_cstr(RT_EXC_OVERFLOW, "Python int too large to convert to C int");
            return 0;
        }
    }
    RtSb b = {0, 0, 0};
    int64_t col = 0;
    FOR_CPS(s, i, cp) {
        if (cp == '\t') {
            if (tab <= 0) continue;
            int64_t pad = tab - col % tab;
            if (col + pad > 0x7fffffff) {
                rt_raise_cstr(RT_EXC_OVERFLOW, "result too long");
                return 0;
            }
            for (int64_t k = 0; k < pad; k++) rt_sb_putc(&b, ' ');
            col += pad;
            continue;
        }
        rt_sb_put(&b, s->data + i, _k);
        col = cp == '\n' || cp == '\r' ? 0 : col + 1;
    }
    return rt_sb_finish(&b);
}

/* table[cp] for translate(): NULL when the table has no such key (a
 * dict's missing key, a sequence's index out of range: the character
 * stays), else the value; NULL with an exception pending otherwise */
static RtObj *lookup(RtObj *table, uint32_t cp) {
    uint32_t t = RT_OBJ_TYPE(table);
    if (t == RT_TYPE_DICT) {
        static RtObj missing;
        RtObj *v = rt_dict_get(table, rt_box_int(cp), &missing);
        return v == &missing ? 0 : v;
    }
    if (t == RT_TYPE_LIST || t == RT_TYPE_TUPLE) {
        uint32_t n;
        RtObj *const *items = rt_seq_items(table, &n);
        return cp < n ? items[cp] : 0;
    }
    rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not subscriptable", table);
    return 0;
}

/* s.translate(table): each character's entry in table, an int (a code
 * point), a str or None (deleted); characters without one stay */
RtStr *rt_str_translate(RtStr *s, RtObj *table) {
    RtSb b = {0, 0, 0};
    FOR_CPS(s, i, cp) {
        RtObj *v = lookup(table, cp);
        if (RT_ERR) return 0;
        if (!v) {
            rt_sb_put(&b, s->data + i, _k);
            continue;
        }
        uint32_t t = RT_OBJ_TYPE(v);
        if (v == RT_NONE) continue;
        if (t == RT_TYPE_STR) {
            rt_sb_put(&b, ((RtStr *)v)->data, ((RtStr *)v)->byte_len);
        } else if (rt_is_intlike(v)) {
            int64_t c = ((RtInt *)v)->value;
            if (c < 0 || c > 0x10ffff) {
                rt_raise_cstr(RT_EXC_VALUE, "character mapping must be in range(0x110000)");
                return 0;
            }
            put_cp(&b, (uint32_t)c);
        } else {
            rt_raise_cstr(RT_EXC_TYPE, "character mapping must return integer, None or str");
            return 0;
        }
    }
    return rt_sb_finish(&b);
}

/* str.maketrans(x): x a dict whose keys are characters or code points */
static RtObj *maketrans_dict(RtObj *x) {
    if (RT_OBJ_TYPE(x) != RT_TYPE_DICT) {
        rt_raise_cstr(RT_EXC_TYPE, "if you give only one argument to maketrans it must be a dict");
        return 0;
    }
    RtObj *d = rt_dict_new();
    RtDict *src = (RtDict *)x;
    RtDictEntry *e = rt_dict_entries(src);
    for (uint32_t i = 0; i < src->nentries; i++) {
        if (!e[i].key) continue;
        RtObj *k = e[i].key;
        if (RT_OBJ_TYPE(k) == RT_TYPE_STR) {
            if (((RtStr *)k)->cp_len != 1) {
                rt_raise_cstr(RT_EXC_VALUE, "string keys in translate table must be of length 1");
                return 0;
            }
            uint32_t cp;
            rt_utf8_decode((const unsigned char *)((RtStr *)k)->data, ((RtStr *)k)->byte_len, 0, &cp);
            k = rt_box_int(cp);
        } else if (!rt_is_intlike(k)) {
            rt_raise_cstr(RT_EXC_TYPE, "keys in translate table must be strings or integers");
            return 0;
        }
        rt_dict_setitem(d, k, e[i].value);
    }
    return d;
}

/* str.maketrans(x[, y[, z]]): NULL for the arguments not given */
RtObj *rt_str_maketrans(RtObj *x, RtObj *y, RtObj *z) {
    if (!y) return maketrans_dict(x);
    if (RT_OBJ_TYPE(x) != RT_TYPE_STR) {
        rt_raise_cstr(RT_EXC_TYPE, "first maketrans argument must be a string if there is a second argument");
        return 0;
    }
    if (RT_OBJ_TYPE(y) != RT_TYPE_STR) {
        rt_raise_fmt(RT_EXC_TYPE, "maketrans() argument 2 must be str, not %s", rt_arg_type_name(y));
        return 0;
    }
    if (z && RT_OBJ_TYPE(z) != RT_TYPE_STR) {
        rt_raise_fmt(RT_EXC_TYPE, "maketrans() argument 3 must be str, not %s", rt_arg_type_name(z));
        return 0;
    }
    RtStr *a = (RtStr *)x, *b = (RtStr *)y;
    if (a->cp_len != b->cp_len) {
        rt_raise_cstr(RT_EXC_VALUE, "the first two maketrans arguments must have equal length");
        return 0;
    }
    RtObj *d = rt_dict_new();
    for (uint32_t i = 0, j = 0, ca, cb; i < a->byte_len;) {
        i += rt_utf8_decode((const unsigned char *)a->data, a->byte_len, i, &ca);
        j += rt_utf8_decode((const unsigned char *)b->data, b->byte_len, j, &cb);
        rt_dict_setitem(d, rt_box_int(ca), rt_box_int(cb));
    }
    if (z) {
        RtStr *c = (RtStr *)z;
        FOR_CPS(c, i, cp) {
            (void)i;
            rt_dict_setitem(d, rt_box_int(cp), RT_NONE);
        }
    }
    return d;
}

/* s.split(sep, maxsplit) / s.rsplit(...) with sep an object: None splits
 * on whitespace (sep=None is how a call passing maxsplit= alone reaches
 * the rows: sema_method_keywords) */
static int sep_arg(RtObj *sep, RtStr **out) {
    if (sep == RT_NONE) {
        *out = 0;
        return 1;
    }
    if (RT_OBJ_TYPE(sep) != RT_TYPE_STR) {
        rt_raise_fmt(RT_EXC_TYPE, "must be str or None, not %T", sep);
        return 0;
    }
    *out = (RtStr *)sep;
    return 1;
}

RtObj *rt_str_split_sep(RtStr *s, RtObj *sep, int64_t maxsplit) {
    RtStr *p;
    return sep_arg(sep, &p) ? rt_str_split(s, p, maxsplit) : 0;
}

RtObj *rt_str_rsplit_sep(RtStr *s, RtObj *sep, int64_t maxsplit) {
    RtStr *p;
    return sep_arg(sep, &p) ? rt_str_rsplit(s, p, maxsplit) : 0;
}
