/* bytes and bytearray: construction (bytes(), bytearray(); literals are
 * static objects the compiler writes), str.encode and bytes.decode with
 * CPython's messages, repr, and their part of the dynamic operations
 * (items, slices, iteration, comparison, +, *, in). Methods:
 * rt_bytes_methods.c.
 *
 * bytes has the layout of str (RtStr; cp_len = byte_len, its hash cached
 * in aux like a str's); a bytearray (RtByteArray) keeps its bytes in a
 * raw block of cap bytes that grows like a list's. */
#include "rt_encodings.h"
#include "rt_obj.h"

static const char empty[1] = {0};

const char *rt_bytes_view(RtObj *o, uint32_t *n) {
    uint32_t t = RT_OBJ_TYPE(o);
    if (t == RT_TYPE_BYTES) {
        *n = ((RtStr *)o)->byte_len;
        return ((RtStr *)o)->data;
    }
    if (t == RT_TYPE_BYTEARRAY) {
        RtByteArray *a = (RtByteArray *)o;
        *n = a->len;
        return a->data ? a->data : empty;
    }
    *n = 0;
    return 0;
}

void rt_bytearray_reserve(RtByteArray *a, uint32_t need) {
    if (need <= a->cap) return;
    if (need > 0x7fffff00u) rt_fatal_memory();
    uint32_t cap = a->cap < 8 ? 8 : a->cap;
    while (cap < need) cap = cap > 0x3fffff80u ? 0x7fffff00u : cap * 2;
    char *d = rt_alloc(cap);
    if (a->len) rt_memcpy(d, a->data, a->len);
    a->data = d;
    a->cap = cap;
}

RtObj *rt_bytes_make(uint32_t type, const char *p, uint32_t n) {
    if (n > 0x7fffff00u) rt_fatal_memory();
    if (type == RT_TYPE_BYTEARRAY) {
        RtByteArray *a = rt_alloc(sizeof *a);
        a->h.type_flags = RT_TYPE_BYTEARRAY;
        rt_bytearray_reserve(a, n);
        if (p && n) rt_memcpy(a->data, p, n);
        a->len = n;
        return (RtObj *)a;
    }
    RtStr *s = rt_alloc(RT_STR_HEADER_BYTES + n + 1); /* zeroed */
    s->h.type_flags = RT_TYPE_BYTES;
    s->byte_len = s->cp_len = n;
    if (p && n) rt_memcpy(s->data, p, n);
    return (RtObj *)s;
}

static RtObj *from_sb(uint32_t type, RtSb *b) { return rt_bytes_make(type, b->buf, b->len); }

/* ---- encodings ---- */

#define ENC_UTF8 RT_ENC_UTF8
#define ENC_ASCII RT_ENC_ASCII
#define ENC_LATIN1 RT_ENC_LATIN1
#define ERR_STRICT RT_ERRORS_STRICT
#define ERR_IGNORE RT_ERRORS_IGNORE
#define ERR_REPLACE RT_ERRORS_REPLACE
#define ERR_UNKNOWN RT_ERRORS_UNKNOWN

/* CPython's argument checks name None so, other values by their type */
static void raise_not_str(const char *fn, const char *arg, RtObj *x) {
    rt_raise_fmt(RT_EXC_TYPE, "%s() argument '%s' must be str, not %s", fn, arg, x == RT_NONE ? "None" : rt_type_cname(x));
}

/* the encoding an argument names (NULL: utf-8), 0 once raised; fn: how
 * the TypeError names the function */
static int encoding_of(RtObj *enc, const char *fn) {
    if (!enc) return ENC_UTF8;
    if (RT_OBJ_TYPE(enc) != RT_TYPE_STR) {
        raise_not_str(fn, "encoding", enc);
        return 0;
    }
    RtStr *s = (RtStr *)enc;
    int kind = rt_encoding_kind(s->data, s->byte_len);
    if (!kind) rt_raise_fmt(RT_EXC_LOOKUP, "unknown encoding: %s", s->data);
    return kind;
}

/* -1 once raised; an unknown name raises when an error needs the handler, as in CPython */
static int errors_of(RtObj *errors, const char *fn) {
    if (!errors) return ERR_STRICT;
    if (RT_OBJ_TYPE(errors) != RT_TYPE_STR) {
        raise_not_str(fn, "errors", errors);
        return -1;
    }
    return rt_errors_kind(((RtStr *)errors)->data);
}

static void raise_handler(RtObj *errors) {
    rt_raise_fmt(RT_EXC_LOOKUP, "unknown error handler name '%s'", ((RtStr *)errors)->data);
}

static void put_hex_digits(RtSb *b, uint32_t v, int digits) {
    static const char hex[] = "0123456789abcdef";
    for (int k = digits - 1; k >= 0; k--) rt_sb_putc(b, hex[(v >> (4 * k)) & 15]);
}

/* UnicodeEncodeError for the code points [start, end) of s (cps: the first's value) */
static void raise_encode(int enc, uint32_t cp, int64_t start, int64_t end, const char *reason) {
    RtSb b = {0, 0, 0};
    rt_sb_putc(&b, '\'');
    rt_sb_puts(&b, rt_encoding_name(enc));
    if (end == start + 1) {
        rt_sb_puts(&b, "' codec can't encode character '\\");
        int digits = cp <= 0xff ? 2 : cp <= 0xffff ? 4 : 8;
        rt_sb_putc(&b, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
        put_hex_digits(&b, cp, digits);
        rt_sb_puts(&b, "' in position ");
        rt_sb_put_i64(&b, start);
    } else {
        rt_sb_puts(&b, "' codec can't encode characters in position ");
        rt_sb_put_i64(&b, start);
        rt_sb_putc(&b, '-');
        rt_sb_put_i64(&b, end - 1);
    }
    rt_sb_puts(&b, ": ");
    rt_sb_puts(&b, reason);
    rt_raise_msg(RT_EXC_UNICODE_ENCODE, b.buf, b.len);
}

/* The code points of s (valid UTF-8, but chr() may have made surrogates)
 * encoded into out; 0 once raised. */
static int encode_into(RtSb *out, RtStr *s, int enc, int err, RtObj *errors) {
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t n = s->byte_len, limit = enc == ENC_ASCII ? 0x80 : enc == ENC_LATIN1 ? 0x100 : 0x110000;
    int64_t pos = 0; /* code point index */
    rt_sb_reserve(out, n);
    for (uint32_t i = 0; i < n;) {
        uint32_t cp, k = rt_utf8_decode(p, n, i, &cp);
        int bad = enc == ENC_UTF8 ? cp >= 0xd800 && cp <= 0xdfff : cp >= limit;
        if (!bad) {
            if (enc == ENC_UTF8) rt_sb_put(out, (const char *)p + i, k);
            else rt_sb_putc(out, (char)cp);
            i += k, pos++;
            continue;
        }
        /* the run of characters this codec cannot encode */
        uint32_t j = i + k, first = cp;
        int64_t end = pos + 1;
        while (j < n) {
            uint32_t c2, k2 = rt_utf8_decode(p, n, j, &c2);
            if (enc == ENC_UTF8 ? !(c2 >= 0xd800 && c2 <= 0xdfff) : c2 < limit) break;
            j += k2, end++;
        }
        if (err == ERR_STRICT || err == ERR_UNKNOWN) {
            if (err == ERR_UNKNOWN) raise_handler(errors);
            else raise_encode(enc, first, pos, end, enc == ENC_UTF8 ? "surrogates not allowed"
                                                   : enc == ENC_ASCII ? "ordinal not in range(128)"
                                                                      : "ordinal not in range(256)");
            return 0;
        }
        if (err == ERR_REPLACE)
            for (int64_t m = pos; m < end; m++) rt_sb_putc(out, '?');
        i = j, pos = end;
    }
    return 1;
}

RtObj *rt_str_encode(RtStr *s, RtObj *encoding, RtObj *errors) {
    int enc = encoding_of(encoding, "encode");
    if (!enc) return 0;
    int err = errors_of(errors, "encode");
    if (err < 0) return 0;
    RtSb b = {0, 0, 0};
    if (!encode_into(&b, s, enc, err, errors)) return 0;
    return from_sb(RT_TYPE_BYTES, &b);
}

/* UTF-8 at s[i]: the length of a valid sequence, else 0 with the error:
 * *bad bytes starting at i and CPython's reason (its decoder's cases). */
static uint32_t utf8_step(const unsigned char *s, uint32_t n, uint32_t i, uint32_t *bad, const char **why) {
    uint32_t c = s[i], left = n - i;
#define CONT(k) ((s[i + (k)] & 0xc0) == 0x80)
    if (c < 0x80) return 1;
    if (c < 0xc2 || c > 0xf4) {
        *bad = 1;
        *why = "invalid start byte";
        return 0;
    }
    if (c < 0xe0) {
        if (left < 2) goto end;
        if (!CONT(1)) goto inv1;
        return 2;
    }
    if (left >= 2) {
        uint32_t c2 = s[i + 1];
        if (!CONT(1)) goto inv1;
        if (c < 0xf0 ? (c == 0xe0 && c2 < 0xa0) || (c == 0xed && c2 >= 0xa0)
                     : (c == 0xf0 && c2 < 0x90) || (c == 0xf4 && c2 >= 0x90))
            goto inv1;
    }
    if (c < 0xf0) {
        if (left < 3) goto end;
        if (!CONT(2)) goto inv2;
        return 3;
    }
    if (left >= 3 && !CONT(2)) goto inv2;
    if (left < 4) goto end;
    if (!CONT(3)) {
        *bad = 3;
        goto inv;
    }
    return 4;
#undef CONT
end:
    *bad = left;
    *why = "unexpected end of data";
    return 0;
inv1:
    *bad = 1;
    goto inv;
inv2:
    *bad = 2;
inv:
    *why = "invalid continuation byte";
    return 0;
}

static void raise_decode(int enc, const unsigned char *p, uint32_t start, uint32_t bad, const char *why) {
    RtSb b = {0, 0, 0};
    rt_sb_putc(&b, '\'');
    rt_sb_puts(&b, rt_encoding_name(enc));
    if (bad == 1) {
        rt_sb_puts(&b, "' codec can't decode byte 0x");
        put_hex_digits(&b, p[start], 2);
        rt_sb_puts(&b, " in position ");
        rt_sb_put_i64(&b, start);
    } else {
        rt_sb_puts(&b, "' codec can't decode bytes in position ");
        rt_sb_put_i64(&b, start);
        rt_sb_putc(&b, '-');
        rt_sb_put_i64(&b, start + bad - 1);
    }
    rt_sb_puts(&b, ": ");
    rt_sb_puts(&b, why);
    rt_raise_msg(RT_EXC_UNICODE_DECODE, b.buf, b.len);
}

static RtStr *decode(RtObj *o, RtObj *encoding, RtObj *errors, const char *fn) {
    int enc = encoding_of(encoding, fn);
    if (!enc) return 0;
    int err = errors_of(errors, fn);
    if (err < 0) return 0;
    uint32_t n;
    const unsigned char *p = (const unsigned char *)rt_bytes_view(o, &n);
    RtSb b = {0, 0, 0};
    rt_sb_reserve(&b, n);
    for (uint32_t i = 0; i < n;) {
        /* a run of ASCII is itself in all three encodings: copied at once,
         * found eight bytes at a time */
        uint32_t j = i;
        for (; j + 8 <= n; j += 8) {
            uint64_t w;
            __builtin_memcpy(&w, p + j, 8);
            if (w & 0x8080808080808080ull) break;
        }
        while (j < n && p[j] < 0x80) j++;
        if (j > i) {
            rt_sb_put(&b, (const char *)p + i, j - i);
            i = j;
            continue;
        }
        uint32_t bad = 1, k = 1;
        const char *why = "ordinal not in range(128)";
        if (enc == ENC_UTF8) k = utf8_step(p, n, i, &bad, &why);
        else if (enc == ENC_ASCII && p[i] >= 0x80) k = 0;
        if (k) {
            if (enc == ENC_LATIN1 && p[i] >= 0x80) {
                char tmp[2];
                rt_sb_put(&b, tmp, rt_utf8_encode(p[i], tmp));
            } else {
                rt_sb_put(&b, (const char *)p + i, k);
            }
            i += k;
            continue;
        }
        if (err == ERR_STRICT || err == ERR_UNKNOWN) {
            if (err == ERR_UNKNOWN) raise_handler(errors);
            else raise_decode(enc, p, i, bad, why);
            return 0;
        }
        if (err == ERR_REPLACE) rt_sb_put(&b, "\xef\xbf\xbd", 3);
        i += bad;
    }
    return rt_sb_finish(&b);
}

RtStr *rt_bytes_decode(RtObj *o, RtObj *encoding, RtObj *errors) { return decode(o, encoding, errors, "decode"); }

RtStr *rt_builtin_str_decode(RtObj *x, RtObj *encoding, RtObj *errors) {
    if (RT_OBJ_TYPE(x) == RT_TYPE_STR) {
        rt_raise_cstr(RT_EXC_TYPE, "decoding str is not supported");
        return 0;
    }
    if (!rt_is_bytes_type(RT_OBJ_TYPE(x))) {
        rt_raise_fmt(RT_EXC_TYPE, "decoding to str: need a bytes-like object, %T found", x);
        return 0;
    }
    return decode(x, encoding, errors, "str");
}

/* ---- construction ---- */

static int iterable_type(RtObj *x) {
    switch (RT_OBJ_TYPE(x)) {
    case RT_TYPE_LIST: case RT_TYPE_TUPLE: case RT_TYPE_RANGE: case RT_TYPE_DICT: case RT_TYPE_DICT_VIEW:
    case RT_TYPE_SET: case RT_TYPE_FROZENSET: case RT_TYPE_ITER: case RT_TYPE_GENERATOR: return 1;
    case RT_TYPE_INSTANCE: return rt_has_special(x, "__iter__");
    default: return 0;
    }
}

/* one item of bytes(iterable) ...: an int in 0..255, else -1 once raised */
static int byte_of(RtObj *x, int bytearray_msg) {
    if (!rt_is_intlike(x)) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", x);
        return -1;
    }
    int64_t v = ((RtInt *)x)->value; /* tagged: a handle is out of range too */
    if (v < 0 || v > 255) {
        rt_raise_cstr(RT_EXC_VALUE, bytearray_msg ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)");
        return -1;
    }
    return (int)v;
}

int rt_bytes_collect(RtSb *out, RtObj *x, int bytearray_msg) {
    uint32_t n;
    const char *p = rt_bytes_view(x, &n);
    if (p) {
        rt_sb_put(out, p, n);
        return 1;
    }
    RtObj *it = rt_iter(x), *item;
    if (RT_ERR) return 0;
    while (rt_iter_next(it, &item)) {
        int v = byte_of(item, bytearray_msg);
        if (v < 0) return 0;
        rt_sb_putc(out, (char)v);
    }
    return !RT_ERR;
}

static RtObj *construct(uint32_t type, RtObj *x, RtObj *encoding, RtObj *errors) {
    const char *name = type == RT_TYPE_BYTES ? "bytes" : "bytearray";
    if (!x) {
        if (encoding || errors) {
            rt_raise_cstr(RT_EXC_TYPE, encoding ? "encoding without a string argument" : "errors without a string argument");
            return 0;
        }
        return rt_bytes_make(type, 0, 0);
    }
    if (encoding || errors) {
        if (RT_OBJ_TYPE(x) != RT_TYPE_STR) {
            rt_raise_cstr(RT_EXC_TYPE, encoding ? "encoding without a string argument" : "errors without a string argument");
            return 0;
        }
        if (!encoding) {
            rt_raise_cstr(RT_EXC_TYPE, "string argument without an encoding");
            return 0;
        }
        int enc = encoding_of(encoding, name);
        if (!enc) return 0;
        int err = errors_of(errors, name);
        if (err < 0) return 0;
        RtSb b = {0, 0, 0};
        if (!encode_into(&b, (RtStr *)x, enc, err, errors)) return 0;
        return from_sb(type, &b);
    }
    uint32_t t = RT_OBJ_TYPE(x);
    if (t == RT_TYPE_STR) {
        rt_raise_cstr(RT_EXC_TYPE, "string argument without an encoding");
        return 0;
    }
    if (t == RT_TYPE_INT || t == RT_TYPE_BOOL) {
        int64_t v = ((RtInt *)x)->value;
        if (RT_INT_IS_HANDLE(v)) {
            rt_raise_cstr(RT_EXC_OVERFLOW, "cannot fit 'int' into an index-sized integer");
            return 0;
        }
        if (v < 0) {
            rt_raise_cstr(RT_EXC_VALUE, "negative count");
            return 0;
        }
        if (v > 0x7fffff00) rt_fatal_memory();
        return rt_bytes_make(type, 0, (uint32_t)v);
    }
    if (!rt_is_bytes_type(t) && !iterable_type(x)) {
        rt_raise_fmt(RT_EXC_TYPE, "cannot convert '%T' object to %s", x, name);
        return 0;
    }
    RtSb b = {0, 0, 0};
    if (!rt_bytes_collect(&b, x, type == RT_TYPE_BYTEARRAY)) return 0;
    return from_sb(type, &b);
}

RtObj *rt_builtin_bytes(RtObj *x, RtObj *encoding, RtObj *errors) {
    return construct(RT_TYPE_BYTES, x, encoding, errors);
}

RtObj *rt_builtin_bytearray(RtObj *x, RtObj *encoding, RtObj *errors) {
    return construct(RT_TYPE_BYTEARRAY, x, encoding, errors);
}

static int hex_value(unsigned char c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static int ascii_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }

static RtObj *fromhex(uint32_t type, RtObj *arg) {
    if (RT_OBJ_TYPE(arg) != RT_TYPE_STR) {
        rt_raise_fmt(RT_EXC_TYPE, "fromhex() argument must be str, not %T", arg);
        return 0;
    }
    RtStr *s = (RtStr *)arg;
    const unsigned char *p = (const unsigned char *)s->data;
    uint32_t n = s->byte_len, i = 0;
    RtSb b = {0, 0, 0};
    while (i < n) {
        if (ascii_space(p[i])) {
            i++;
            continue;
        }
        int hi = hex_value(p[i]);
        int lo = hi < 0 || i + 1 >= n ? -1 : hex_value(p[i + 1]);
        if (lo < 0) {
            uint32_t at = hi < 0 ? i : i + 1; /* a byte offset: its code point index */
            rt_raise_fmt(RT_EXC_VALUE, "non-hexadecimal number found in fromhex() arg at position %d",
                         (int64_t)rt_utf8_count(s->data, at));
            return 0;
        }
        rt_sb_putc(&b, (char)(hi * 16 + lo));
        i += 2;
    }
    return from_sb(type, &b);
}

RtObj *rt_bytes_fromhex(RtObj *s) { return fromhex(RT_TYPE_BYTES, s); }
RtObj *rt_bytearray_fromhex(RtObj *s) { return fromhex(RT_TYPE_BYTEARRAY, s); }

/* ---- repr ---- */

/* b'...' as CPython writes it: the quote a str's repr would choose; a
 * bytearray's escapes every single quote (bytearray_repr's way). */
void rt_bytes_repr_into(RtSb *b, RtObj *o) {
    uint32_t n;
    const unsigned char *p = (const unsigned char *)rt_bytes_view(o, &n);
    int array = RT_OBJ_TYPE(o) == RT_TYPE_BYTEARRAY;
    int squote = 0, dquote = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (p[i] == '\'') squote = 1;
        else if (p[i] == '"') dquote = 1;
    }
    char q = squote && !dquote ? '"' : '\'';
    if (array) rt_sb_puts(b, "bytearray(");
    rt_sb_putc(b, 'b');
    rt_sb_putc(b, q);
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        if (c == '\\' || c == (unsigned char)q || (array && c == '\'')) {
            rt_sb_putc(b, '\\');
            rt_sb_putc(b, (char)c);
        } else if (c == '\t') {
            rt_sb_put(b, "\\t", 2);
        } else if (c == '\n') {
            rt_sb_put(b, "\\n", 2);
        } else if (c == '\r') {
            rt_sb_put(b, "\\r", 2);
        } else if (c < ' ' || c >= 0x7f) {
            rt_sb_put(b, "\\x", 2);
            put_hex_digits(b, c, 2);
        } else {
            rt_sb_putc(b, (char)c);
        }
    }
    rt_sb_putc(b, q);
    if (array) rt_sb_putc(b, ')');
}

/* ---- the dynamic operations' part ---- */

int rt_bytes_cmp(RtObj *a, RtObj *b) {
    uint32_t na, nb;
    const char *x = rt_bytes_view(a, &na), *y = rt_bytes_view(b, &nb);
    int c = __builtin_memcmp(x, y, na < nb ? na : nb);
    if (c) return c < 0 ? -1 : 1;
    return na < nb ? -1 : na > nb ? 1 : 0;
}

static const char *index_msg(RtObj *o) {
    return RT_OBJ_TYPE(o) == RT_TYPE_BYTES ? "index out of range" : "bytearray index out of range";
}

RtObj *rt_bytes_item(RtObj *o, int64_t i) {
    uint32_t n;
    const unsigned char *p = (const unsigned char *)rt_bytes_view(o, &n);
    uint32_t k = rt_seq_index(i, n, index_msg(o));
    return k == UINT32_MAX ? 0 : rt_box_int(p[k]);
}

static void raise_indices(RtObj *o, RtObj *key) {
    rt_raise_fmt(RT_EXC_TYPE, "%s indices must be integers or slices, not %T",
                 RT_OBJ_TYPE(o) == RT_TYPE_BYTES ? "byte" : "bytearray", key);
}

RtObj *rt_bytes_getitem(RtObj *o, RtObj *key) {
    if (rt_is_intlike(key)) return rt_bytes_item(o, ((RtInt *)key)->value);
    raise_indices(o, key);
    return 0;
}

RtObj *rt_bytes_slice(RtObj *o, int64_t start, int64_t stop, int64_t step, int32_t flags) {
    if (!(flags & RT_SLICE_STEP)) step = 1;
    uint32_t n;
    const char *p = rt_bytes_view(o, &n);
    int64_t len = rt_slice_adjust(n, &start, &stop, step, flags);
    if (RT_ERR) return 0;
    uint32_t type = RT_OBJ_TYPE(o);
    if (step == 1) return rt_bytes_make(type, p + (len ? start : 0), (uint32_t)len);
    RtObj *r = rt_bytes_make(type, 0, (uint32_t)len);
    uint32_t m;
    char *d = (char *)rt_bytes_view(r, &m);
    for (int64_t i = 0, k = start; i < len; i++, k += step) d[i] = p[k];
    return r;
}

RtObj *rt_bytes_concat(RtObj *a, RtObj *b) {
    uint32_t na, nb;
    const char *x = rt_bytes_view(a, &na), *y = rt_bytes_view(b, &nb);
    if (!y) {
        rt_raise_fmt(RT_EXC_TYPE, "can't concat %T to %T", b, a);
        return 0;
    }
    if (na > 0x7fffff00u - nb) rt_fatal_memory();
    RtObj *r = rt_bytes_make(RT_OBJ_TYPE(a), 0, na + nb);
    uint32_t m;
    char *d = (char *)rt_bytes_view(r, &m);
    if (na) rt_memcpy(d, x, na);
    if (nb) rt_memcpy(d + na, y, nb);
    return r;
}

RtObj *rt_bytes_repeat(RtObj *o, int64_t count) {
    uint32_t n;
    const char *p = rt_bytes_view(o, &n);
    if (count < 0) count = 0;
    if (n && (uint64_t)count > 0x7fffff00u / n) rt_fatal_memory();
    uint32_t total = n * (uint32_t)count, m;
    RtObj *r = rt_bytes_make(RT_OBJ_TYPE(o), 0, total);
    char *d = (char *)rt_bytes_view(r, &m);
    for (uint32_t at = 0; at < total; at += n) rt_memcpy(d + at, p, n);
    return r;
}

int32_t rt_bytes_contains(RtObj *o, RtObj *x) {
    uint32_t n, m;
    const char *p = rt_bytes_view(o, &n), *q = rt_bytes_view(x, &m);
    if (rt_is_intlike(x)) {
        int64_t v = ((RtInt *)x)->value;
        if (v < 0 || v > 255) {
            rt_raise_cstr(RT_EXC_VALUE, "byte must be in range(0, 256)");
            return 0;
        }
        for (uint32_t i = 0; i < n; i++)
            if ((unsigned char)p[i] == v) return 1;
        return 0;
    }
    if (!q) {
        rt_raise_fmt(RT_EXC_TYPE, "a bytes-like object is required, not '%T'", x);
        return 0;
    }
    if (m > n) return 0;
    for (uint32_t i = 0; i + m <= n; i++)
        if (__builtin_memcmp(p + i, q, m) == 0) return 1;
    return 0;
}

int32_t rt_bytes_iter_next(RtIter *it, RtObj **out) {
    uint32_t n;
    const unsigned char *p = (const unsigned char *)rt_bytes_view(it->obj, &n);
    if (it->pos >= n) return 0;
    *out = rt_box_int(p[it->pos++]);
    return 1;
}

/* float(b): CPython parses the bytes as they are (ASCII text) */
double rt_float_from_bytes(RtObj *o) {
    uint32_t n;
    const char *p = rt_bytes_view(o, &n);
    int ok = 1;
    for (uint32_t i = 0; i < n && ok; i++) ok = (unsigned char)p[i] < 0x80 && p[i];
    double v = 0;
    if (!ok || !rt_float_parse_text(rt_str_from_bytes(p, n), &v)) {
        rt_raise_repr(RT_EXC_VALUE, "could not convert string to float: ", o, "");
        return 0;
    }
    return v;
}

/* ---- bytearray in place ---- */

void rt_bytearray_setitem(RtObj *o, RtObj *key, RtObj *value) {
    RtByteArray *a = (RtByteArray *)o;
    if (!rt_is_intlike(key)) {
        raise_indices(o, key);
        return;
    }
    uint32_t k = rt_seq_index(((RtInt *)key)->value, a->len, "bytearray index out of range");
    if (k == UINT32_MAX) return;
    int v = byte_of(value, 1);
    if (v >= 0) a->data[k] = (char)v;
}

void rt_bytearray_delitem(RtObj *o, RtObj *key) {
    RtByteArray *a = (RtByteArray *)o;
    if (!rt_is_intlike(key)) {
        raise_indices(o, key);
        return;
    }
    uint32_t k = rt_seq_index(((RtInt *)key)->value, a->len, "bytearray index out of range");
    if (k == UINT32_MAX) return;
    __builtin_memmove(a->data + k, a->data + k + 1, a->len - k - 1);
    a->len--;
}

void rt_bytearray_setslice(RtObj *o, int64_t start, int64_t stop, int64_t step, int32_t flags, RtObj *value) {
    RtByteArray *a = (RtByteArray *)o;
    if (!(flags & RT_SLICE_STEP)) step = 1;
    uint32_t vt = RT_OBJ_TYPE(value);
    if (vt == RT_TYPE_STR || rt_is_intlike(value) || (!rt_is_bytes_type(vt) && !iterable_type(value))) {
        rt_raise_cstr(RT_EXC_TYPE, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return;
    }
    RtSb v = {0, 0, 0}; /* a copy: value may be a itself */
    if (!rt_bytes_collect(&v, value, 1)) return;
    int64_t len = rt_slice_adjust(a->len, &start, &stop, step, flags);
    if (RT_ERR) return;
    if (step == 1) {
        if (stop < start) stop = start;
        uint32_t old = (uint32_t)(stop - start), add = v.len, newlen = a->len - old + add;
        rt_bytearray_reserve(a, newlen);
        if (add != old) __builtin_memmove(a->data + start + add, a->data + stop, a->len - (uint32_t)stop);
        if (add) rt_memcpy(a->data + start, v.buf, add);
        a->len = newlen;
        return;
    }
    if ((int64_t)v.len != len) {
        rt_raise_fmt(RT_EXC_VALUE, "attempt to assign bytes of size %d to extended slice of size %d", (int64_t)v.len, len);
        return;
    }
    for (int64_t i = 0, k = start; i < len; i++, k += step) a->data[k] = v.buf[i];
}

void rt_bytearray_delslice(RtObj *o, int64_t start, int64_t stop, int64_t step, int32_t flags) {
    RtByteArray *a = (RtByteArray *)o;
    if (!(flags & RT_SLICE_STEP)) step = 1;
    int64_t len = rt_slice_adjust(a->len, &start, &stop, step, flags);
    if (!len || RT_ERR) return;
    if (step < 0) { /* the same bytes, ascending */
        start = start + (len - 1) * step;
        step = -step;
    }
    uint32_t w = (uint32_t)start;
    int64_t next = start, removed = 0;
    for (uint32_t r = (uint32_t)start; r < a->len; r++) {
        if (removed < len && r == next) {
            removed++;
            next += step;
            continue;
        }
        a->data[w++] = a->data[r];
    }
    a->len = w;
}

void rt_bytearray_iconcat(RtObj *o, RtObj *b) {
    RtByteArray *a = (RtByteArray *)o;
    uint32_t nb;
    const char *y = rt_bytes_view(b, &nb);
    if (!y) {
        rt_raise_fmt(RT_EXC_TYPE, "can't concat %T to %T", b, o);
        return;
    }
    if (a->len > 0x7fffff00u - nb) rt_fatal_memory();
    rt_bytearray_reserve(a, a->len + nb);
    if (nb) __builtin_memmove(a->data + a->len, y, nb); /* b may be a itself */
    a->len += nb;
}
