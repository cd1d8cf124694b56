/* json.dumps's serialiser: CPython 3.11's encoder (Modules/_json.c's
 * c_make_encoder when indent is None, Lib/json/encoder.py's
 * _make_iterencode otherwise: the two write the same text, so one walker
 * serves both), called by src/stdlib/json.ml with JSONEncoder's options
 * already resolved (indent as a str or None, the two separators).
 *
 * Why C: the walk visits every value of the document, and a walker in the
 * language would go through the dynamic dispatch on each; here each value
 * costs a switch on its type and a copy into one growing buffer.
 *
 * The order of the type tests is CPython's (str, None, True, False, int,
 * float, list/tuple, dict, then `default`), and so are its errors: a key
 * of another type ("keys must be str, int, float, bool or None, not
 * tuple"), a value of another type with no default ("Object of type set
 * is not JSON serializable"), a NaN or infinity with allow_nan=False, a
 * container met again inside itself ("Circular reference detected"). A
 * list or dict subclass (an instance with a base) is written as the list
 * or dict it is, as CPython's isinstance tests do.
 *
 * Circular references: CPython's markers dict holds the ids of the
 * containers being written, which are exactly the ancestors of the value
 * being written; so the markers are the walker's stack of ancestors, and a
 * check is a scan of that stack (no allocation, and documents are shallow).
 *
 * `default` is user code, which may collect. Without it the walk never
 * reaches a poll and needs no rooting (see rt_abi.h). With it, what the
 * walk holds that the root object does not reach (default's results, the
 * sorted items of a dict) goes into a list kept in a frame slot, and
 * around each call the output buffer is lent to a bytearray in another
 * slot so that the collector keeps its block. */
#include "rt_bigint.h"

enum { FR_ROOT, FR_KEEP, FR_BUF, FR_MARKERS, FR_SLOTS };

typedef struct Enc {
    RtSb out;
    int ensure_ascii, allow_nan, skipkeys, sort_keys, check_circular;
    RtStr *indent; /* NULL: no newlines */
    RtStr *item_sep, *key_sep;
    RtObj *dflt;   /* NULL: raise TypeError */
    RtObj **fr;    /* the frame, when dflt */
    uint32_t level;
    uint32_t entered; /* rt_depth_enter calls to undo */
    RtList *markers;  /* the containers being written, innermost last */
} Enc;

static const char HEX[] = "0123456789abcdef";

/* ---- strings: encode_basestring_ascii / encode_basestring ---- */

static void put_u4(RtSb *b, uint32_t c) {
    char e[6] = {'\\', 'u', HEX[(c >> 12) & 15], HEX[(c >> 8) & 15], HEX[(c >> 4) & 15], HEX[c & 15]};
    rt_sb_put(b, e, 6);
}

/* the escape of an ASCII byte that needs one, or 0 */
static char short_escape(unsigned char c) {
    switch (c) {
    case '"': return '"';
    case '\\': return '\\';
    case '\b': return 'b';
    case '\f': return 'f';
    case '\n': return 'n';
    case '\r': return 'r';
    case '\t': return 't';
    default: return 0;
    }
}

/* 1 for the bytes copied as they are: printable ASCII but '"' and '\\';
 * with ensure_ascii off, every byte >= 0x20 but those two (UTF-8 stays
 * UTF-8, DEL included, as CPython's escape_unicode) */
static inline int plain(unsigned char c, int ascii) {
    return c >= 0x20 && c != '"' && c != '\\' && (c < 0x7f || !ascii);
}

static void put_string(Enc *e, const char *s, uint32_t n) {
    RtSb *b = &e->out;
    const unsigned char *p = (const unsigned char *)s;
    int ascii = e->ensure_ascii;
    rt_sb_reserve(b, n + 2);
    b->buf[b->len++] = '"';
    uint32_t i = 0;
    while (i < n) {
        uint32_t j = i;
        while (j < n && plain(p[j], ascii)) j++;
        rt_sb_put(b, s + i, j - i);
        if (j >= n) break;
        unsigned char c = p[j];
        char esc = short_escape(c);
        if (esc) {
            char two[2] = {'\\', esc};
            rt_sb_put(b, two, 2);
            i = j + 1;
        } else if (c < 0x80) { /* another control character, or DEL */
            put_u4(b, c);
            i = j + 1;
        } else { /* ensure_ascii: a code point beyond ASCII, as \uXXXX (a pair beyond the BMP) */
            uint32_t cp;
            i = j + rt_utf8_decode(p, n, j, &cp);
            if (cp >= 0x10000) {
                cp -= 0x10000;
                put_u4(b, 0xd800 | (cp >> 10));
                put_u4(b, 0xdc00 | (cp & 0x3ff));
            } else {
                put_u4(b, cp);
            }
        }
    }
    rt_sb_putc(b, '"');
}

/* ---- numbers ---- */

/* float.__repr__ into tmp (>= 32 bytes), or NaN/Infinity/-Infinity
 * (ValueError unless allow_nan, whose message names the value in
 * encoder.py's _floatstr, the indent path, and not in _json.c's);
 * its length, or -1 once raised. */
static int float_text(Enc *e, double v, char *tmp) {
    if (v == v && v != __builtin_inf() && v != -__builtin_inf()) return rt_format_float(v, tmp);
    const char *name = v != v ? "nan" : v > 0 ? "inf" : "-inf";
    if (!e->allow_nan) {
        if (e->indent) rt_raise_fmt(RT_EXC_VALUE, "Out of range float values are not JSON compliant: %s", name);
        else rt_raise_cstr(RT_EXC_VALUE, "Out of range float values are not JSON compliant");
        return -1;
    }
    const char *text = v != v ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
    uint32_t n = rt_cstrlen(text);
    rt_memcpy(tmp, text, n);
    return (int)n;
}

static int put_float(Enc *e, double v) {
    char tmp[32];
    int n = float_text(e, v, tmp);
    if (n < 0) return 0;
    rt_sb_put(&e->out, tmp, (uint32_t)n);
    return 1;
}

/* int.__repr__ (beyond 4300 digits CPython's ValueError) */
static int put_int(Enc *e, int64_t v) {
    if (RT_INT_IS_SMALL(v)) {
        char tmp[24];
        uint32_t n = rt_i64_decimal(v, tmp + sizeof tmp);
        rt_sb_put(&e->out, tmp + sizeof tmp - n, n);
        return 1;
    }
    return rt_int_put_text(&e->out, v, 10);
}

/* ---- containers ---- */

static void put_str(RtSb *b, RtStr *s) { rt_sb_put(b, s->data, s->byte_len); }

/* a newline and the indent of the current level */
static void newline_indent(Enc *e) {
    rt_sb_putc(&e->out, '\n');
    for (uint32_t i = 0; i < e->level; i++) put_str(&e->out, e->indent);
}

/* With an indent, a separator that is not a str fails where encoder.py
 * first uses it (`item_separator + newline_indent`; the key separator in
 * the join of the chunks, whose item number is CPython's for the first
 * key of the top-level dict only); 0 once raised. */
static int sep_ok(RtStr *sep, int item) {
    if (RT_OBJ_TYPE(&sep->h) == RT_TYPE_STR) return 1;
    if (item) rt_raise_fmt(RT_EXC_TYPE, "unsupported operand type(s) for +: '%T' and 'str'", (RtObj *)sep);
    else rt_raise_fmt(RT_EXC_TYPE, "sequence item 3: expected str instance, %T found", (RtObj *)sep);
    return 0;
}

/* Enter a container: the circular check (markers), then the recursion
 * limit; 0 once raised. */
static int enter(Enc *e, RtObj *o) {
    if (e->check_circular) {
        RtList *m = e->markers;
        for (uint32_t i = 0; i < m->len; i++)
            if (rt_list_items(m)[i] == o) {
                rt_raise_cstr(RT_EXC_VALUE, "Circular reference detected");
                return 0;
            }
        rt_list_push((RtObj *)m, o);
    }
    if (!rt_depth_enter()) {
        rt_raise_cstr(RT_EXC_RECURSION, "maximum recursion depth exceeded while encoding a JSON object");
        return 0;
    }
    e->entered++;
    return 1;
}

static void leave(Enc *e) {
    rt_depth_leave();
    e->entered--;
    if (e->check_circular) rt_list_items(e->markers)[--e->markers->len] = 0;
}

/* An object the walk holds while user code may run (default): kept alive. */
static void keep(Enc *e, RtObj *o) {
    if (e->fr) rt_list_append(e->fr[FR_KEEP], o);
}

static int put_value(Enc *e, RtObj *o);

static int put_list(Enc *e, RtObj *o, RtObj *const *items0, uint32_t n0) {
    if (n0 == 0) {
        rt_sb_put(&e->out, "[]", 2);
        return 1;
    }
    if (e->indent && !sep_ok(e->item_sep, 1)) return 0;
    if (!enter(e, o)) return 0;
    rt_sb_putc(&e->out, '[');
    if (e->indent) e->level++, newline_indent(e);
    int list = RT_OBJ_TYPE(o) == RT_TYPE_LIST;
    /* a list may change under `default`: its length and items are read again each time */
    for (uint32_t i = 0;; i++) {
        uint32_t n = list ? ((RtList *)o)->len : n0;
        if (i >= n) break;
        if (i) {
            put_str(&e->out, e->item_sep);
            if (e->indent) newline_indent(e);
        }
        RtObj *x = list ? rt_list_items((RtList *)o)[i] : items0[i];
        if (!put_value(e, x)) return 0;
    }
    if (e->indent) e->level--, newline_indent(e);
    rt_sb_putc(&e->out, ']');
    leave(e);
    return 1;
}

/* A key as its JSON text (a str written as one), or 0 when skipped (skipkeys) */
__attribute__((noinline)) /* its buffers stay out of the recursion's frames */
static int put_key(Enc *e, RtObj *k, int first) {
    const char *kp = 0;
    uint32_t kn = 0;
    char tmp[32];
    RtSb num = {0, 0, 0};
    k = rt_unwrap(k, 0); /* an instance of a class deriving from str or int: that value, as CPython's */
    switch (RT_OBJ_TYPE(k)) {
    case RT_TYPE_STR: kp = ((RtStr *)k)->data, kn = ((RtStr *)k)->byte_len; break;
    case RT_TYPE_FLOAT: {
        int r = float_text(e, ((RtFloat *)k)->value, tmp);
        if (r < 0) return -1;
        kp = tmp, kn = (uint32_t)r;
        break;
    }
    case RT_TYPE_BOOL: kp = ((RtInt *)k)->value ? "true" : "false", kn = rt_cstrlen(kp); break;
    case RT_TYPE_NONE: kp = "null", kn = 4; break;
    case RT_TYPE_INT:
        if (!rt_int_put_text(&num, ((RtInt *)k)->value, 10)) return -1;
        kp = num.buf, kn = num.len;
        break;
    default:
        if (e->skipkeys) return 0;
        rt_raise_fmt(RT_EXC_TYPE, "keys must be str, int, float, bool or None, not %T", k);
        return -1;
    }
    if (!first) {
        put_str(&e->out, e->item_sep);
        if (e->indent) newline_indent(e);
    }
    put_string(e, kp, kn);
    if (!sep_ok(e->key_sep, 0)) return -1;
    put_str(&e->out, e->key_sep);
    return 1;
}

static int put_dict(Enc *e, RtObj *o, RtDict *d) {
    if (d->len == 0) {
        rt_sb_put(&e->out, "{}", 2);
        return 1;
    }
    if (e->indent && !sep_ok(e->item_sep, 1)) return 0;
    if (!enter(e, o)) return 0;
    rt_sb_putc(&e->out, '{');
    if (e->indent) e->level++, newline_indent(e);
    int first = 1;
    if (e->sort_keys) {
        /* sorted(dct.items()): the (key, value) pairs, compared as tuples */
        uint32_t n = d->len, k = 0;
        RtList *items = (RtList *)rt_list_new_len(n);
        RtDictEntry *en = rt_dict_entries(d);
        for (uint32_t i = 0; i < d->nentries && k < n; i++)
            if (en[i].key) rt_list_items(items)[k++] = rt_tuple_pack2(en[i].key, en[i].value);
        items->len = k;
        keep(e, (RtObj *)items);
        rt_list_sort((RtObj *)items, 0);
        if (RT_ERR) return 0;
        for (uint32_t i = 0; i < items->len; i++) {
            RtTuple *t = (RtTuple *)rt_list_items(items)[i];
            int r = put_key(e, t->items[0], first);
            if (r < 0) return 0;
            if (!r) continue;
            first = 0;
            if (!put_value(e, t->items[1])) return 0;
        }
    } else {
        /* the entries are read again after each value: `default` may change the dict */
        for (uint32_t i = 0; i < d->nentries; i++) {
            RtDictEntry *en = rt_dict_entries(d) + i;
            if (!en->key) continue;
            RtObj *v = en->value;
            int r = put_key(e, en->key, first);
            if (r < 0) return 0;
            if (!r) continue;
            first = 0;
            if (!put_value(e, v)) return 0;
        }
    }
    if (e->indent) e->level--, newline_indent(e);
    rt_sb_putc(&e->out, '}');
    leave(e);
    return 1;
}

/* default(o), the output buffer lent to a rooted bytearray meanwhile */
static RtObj *call_default(Enc *e, RtObj *o) {
    RtByteArray *ba = (RtByteArray *)e->fr[FR_BUF];
    ba->data = e->out.buf, ba->len = e->out.len, ba->cap = e->out.cap;
    RtObj *args = rt_tuple_new(1);
    rt_tuple_set(args, 0, o);
    RtObj *r = rt_call_object(e->dflt, args);
    ba = (RtByteArray *)e->fr[FR_BUF];
    e->out.buf = ba->data;
    return r;
}

static int put_value(Enc *e, RtObj *o) {
    o = rt_unwrap(o, 0); /* a class deriving from int, str, list, dict ...: as that value */
    switch (RT_OBJ_TYPE(o)) {
    case RT_TYPE_STR: put_string(e, ((RtStr *)o)->data, ((RtStr *)o)->byte_len); return 1;
    case RT_TYPE_NONE: rt_sb_put(&e->out, "null", 4); return 1;
    case RT_TYPE_BOOL:
        if (((RtInt *)o)->value) rt_sb_put(&e->out, "true", 4);
        else rt_sb_put(&e->out, "false", 5);
        return 1;
    case RT_TYPE_INT: return put_int(e, ((RtInt *)o)->value);
    case RT_TYPE_FLOAT: return put_float(e, ((RtFloat *)o)->value);
    case RT_TYPE_LIST: return put_list(e, o, 0, ((RtList *)o)->len);
    case RT_TYPE_TUPLE: return put_list(e, o, ((RtTuple *)o)->items, ((RtTuple *)o)->len);
    case RT_TYPE_DICT: return put_dict(e, o, (RtDict *)o);
    case RT_TYPE_INSTANCE: {
        RtObj *b = ((RtInstance *)o)->base;
        if (b && RT_OBJ_TYPE(b) == RT_TYPE_LIST) return put_list(e, b, 0, ((RtList *)b)->len);
        if (b && RT_OBJ_TYPE(b) == RT_TYPE_DICT) return put_dict(e, b, (RtDict *)b);
        break;
    }
    default: break;
    }
    if (!e->dflt) {
        rt_raise_fmt(RT_EXC_TYPE, "Object of type %T is not JSON serializable", o);
        return 0;
    }
    if (!enter(e, o)) return 0;
    RtObj *r = call_default(e, o);
    if (RT_ERR) return 0;
    keep(e, r);
    if (!put_value(e, r)) return 0;
    leave(e);
    return 1;
}

RtStr *rt_json_encode(RtObj *obj, RtObj *skipkeys, RtObj *ensure_ascii, RtObj *check_circular, RtObj *allow_nan,
                      RtObj *indent, RtObj *item_sep, RtObj *key_sep, RtObj *dflt, RtObj *sort_keys) {
    Enc e;
    __builtin_memset(&e, 0, sizeof e);
    e.skipkeys = rt_truthy(skipkeys);
    e.ensure_ascii = rt_truthy(ensure_ascii);
    e.check_circular = rt_truthy(check_circular);
    e.allow_nan = rt_truthy(allow_nan);
    e.sort_keys = rt_truthy(sort_keys);
    if (RT_ERR) return 0;
    /* json.ml passes indent as None or a str; the separators are the
     * caller's. A str is written before they are looked at (encode()'s
     * shortcut); else, without an indent, a separator that is not a str
     * is refused as c_make_encoder's argument parsing does (with one:
     * sep_ok). */
    if (RT_OBJ_TYPE(obj) != RT_TYPE_STR && indent == RT_NONE) {
        for (int i = 0; i < 2; i++) {
            RtObj *sep = i ? item_sep : key_sep;
            if (RT_OBJ_TYPE(sep) == RT_TYPE_STR) continue;
            rt_raise_fmt(RT_EXC_TYPE, "make_encoder() argument %d must be str, not %T", (int64_t)(5 + i), sep);
            return 0;
        }
    }
    if (indent != RT_NONE && RT_OBJ_TYPE(indent) != RT_TYPE_STR) { /* (json.ml never passes one: _json called directly) */
        rt_raise_fmt(RT_EXC_TYPE, "indent must be str or None, not %T", indent);
        return 0;
    }
    e.indent = indent == RT_NONE ? 0 : (RtStr *)indent;
    e.item_sep = (RtStr *)item_sep, e.key_sep = (RtStr *)key_sep;
    e.markers = (RtList *)rt_list_new(0);
    if (dflt != RT_NONE) {
        e.dflt = dflt;
        e.fr = rt_gc_frame_push(FR_SLOTS);
        if (!e.fr) return 0;
        e.fr[FR_ROOT] = obj;
        e.fr[FR_KEEP] = rt_list_new(0);
        e.fr[FR_BUF] = rt_bytes_make(RT_TYPE_BYTEARRAY, 0, 0);
        e.fr[FR_MARKERS] = (RtObj *)e.markers;
    }
    int ok = put_value(&e, obj);
    /* an error leaves the levels it was in entered */
    while (e.entered) rt_depth_leave(), e.entered--;
    if (e.fr) rt_gc_frame_pop(e.fr);
    if (!ok) return 0;
    RtStr *s = rt_str_alloc(e.out.len);
    rt_memcpy(s->data, e.out.buf, e.out.len);
    s->cp_len = e.ensure_ascii ? e.out.len : rt_utf8_count(e.out.buf, e.out.len);
    return s;
}
