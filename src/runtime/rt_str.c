/* str: immutable UTF-8 with a cached code point count. */
#include "rt_internal.h"

uint32_t rt_utf8_count(const char *s, uint32_t n) {
    uint32_t c = 0;
    for (uint32_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xc0) != 0x80;
    return c;
}

RtStr *rt_str_alloc(uint32_t byte_len) {
    if (byte_len > 0x7fffff00u) {
        rt_fatal_memory();
        return 0;
    }
    RtStr *s = rt_alloc(RT_STR_HEADER_BYTES + byte_len + 1);
    s->h.type_flags = RT_TYPE_STR;
    s->byte_len = byte_len;
    s->data[byte_len] = 0;
    return s;
}

RtStr *rt_str_from_bytes(const char *p, uint32_t n) {
    RtStr *s = rt_str_alloc(n);
    rt_memcpy(s->data, p, n);
    s->cp_len = rt_utf8_count(p, n);
    return s;
}

RtStr *rt_str_concat(RtStr *a, RtStr *b) {
    if (b->byte_len == 0) return a;
    if (a->byte_len == 0) return b;
    if (a->byte_len > 0x7fffff00u - b->byte_len) {
        rt_fatal_memory();
        return 0;
    }
    RtStr *s = rt_str_alloc(a->byte_len + b->byte_len);
    rt_memcpy(s->data, a->data, a->byte_len);
    rt_memcpy(s->data + a->byte_len, b->data, b->byte_len);
    s->cp_len = a->cp_len + b->cp_len;
    return s;
}

RtStr *rt_str_repeat(RtStr *s, int64_t n) {
    if (n <= 0 || s->byte_len == 0) return rt_str_alloc(0);
    if (n == 1) return s;
    if ((uint64_t)n > 0x7fffff00u / s->byte_len) {
        /* CPython: OverflowError for absurd sizes, MemoryError otherwise */
        rt_fatal_memory();
    }
    uint32_t len = s->byte_len * (uint32_t)n;
    RtStr *r = rt_str_alloc(len);
    rt_memcpy(r->data, s->data, s->byte_len);
    uint32_t done = s->byte_len;
    while (done < len) { /* doubling copies */
        uint32_t chunk = done <= len - done ? done : len - done;
        rt_memcpy(r->data + done, r->data, chunk);
        done += chunk;
    }
    r->cp_len = s->cp_len * (uint32_t)n;
    return r;
}

int32_t rt_str_eq(RtStr *a, RtStr *b) {
    if (a == b) return 1;
    if (a->byte_len != b->byte_len) return 0;
    return __builtin_memcmp(a->data, b->data, a->byte_len) == 0;
}

/* UTF-8 byte order is code point order. */
int32_t rt_str_cmp(RtStr *a, RtStr *b) {
    uint32_t n = a->byte_len < b->byte_len ? a->byte_len : b->byte_len;
    for (uint32_t i = 0; i < n; i++) {
        unsigned char x = (unsigned char)a->data[i], y = (unsigned char)b->data[i];
        if (x != y) return x < y ? -1 : 1;
    }
    if (a->byte_len == b->byte_len) return 0;
    return a->byte_len < b->byte_len ? -1 : 1;
}

int64_t rt_str_len(RtStr *s) { return s->cp_len; }

/* ---- repr ---- */

static uint32_t decode(const unsigned char *s, uint32_t n, uint32_t i, uint32_t *cp) {
    unsigned char c = s[i];
    uint32_t len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if (c < 0x80 || (c & 0xc0) == 0x80 || i + len > n) { /* ASCII or malformed */
        *cp = c;
        return 1;
    }
    uint32_t v = c & (0x3f >> (len - 1));
    for (uint32_t k = 1; k < len; k++) v = (v << 6) | (s[i + k] & 0x3f);
    *cp = v;
    return len;
}

/* Py_UNICODE_ISPRINTABLE for code points >= 0x80: CPython 3.11's table
 * (rt_printable.c, generated from its str.isprintable()). */
static int32_t printable(uint32_t c) { return rt_unicode_printable(c); }

RtStr *rt_repr_bytes(const char *p, uint32_t n) {
    const unsigned char *s = (const unsigned char *)p;
    int32_t squote = 0, dquote = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (s[i] == '\'') squote = 1;
        else if (s[i] == '"') dquote = 1;
    }
    char q = squote && !dquote ? '"' : '\'';
    /* worst case: every byte becomes \xhh (4 bytes) or a code point \Uhhhhhhhh */
    uint32_t cap = n * 4 + 3;
    if (n > 0x1fffff00u) {
        rt_fatal_memory();
        return 0;
    }
    char *out = rt_alloc(cap);
    static const char hex[] = "0123456789abcdef";
    uint32_t o = 0;
    out[o++] = q;
    for (uint32_t i = 0; i < n;) {
        uint32_t c, len = decode(s, n, i, &c);
        if (c == (uint32_t)q || c == '\\') {
            out[o++] = '\\';
            out[o++] = (char)c;
        } else if (c == '\n') {
            out[o++] = '\\', out[o++] = 'n';
        } else if (c == '\r') {
            out[o++] = '\\', out[o++] = 'r';
        } else if (c == '\t') {
            out[o++] = '\\', out[o++] = 't';
        } else if (c < 0x20 || c == 0x7f || (len == 1 && c >= 0x80)) {
            out[o++] = '\\', out[o++] = 'x', out[o++] = hex[(c >> 4) & 15], out[o++] = hex[c & 15];
        } else if (c < 0x80 || printable(c)) {
            rt_memcpy(out + o, s + i, len);
            o += len;
        } else {
            int32_t digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
            out[o++] = '\\';
            out[o++] = digits == 2 ? 'x' : digits == 4 ? 'u' : 'U';
            for (int32_t k = digits - 1; k >= 0; k--) out[o++] = hex[(c >> (4 * k)) & 15];
        }
        i += len;
    }
    out[o++] = q;
    return rt_str_from_bytes(out, o);
}

RtStr *rt_str_repr(RtStr *s) { return rt_repr_bytes(s->data, s->byte_len); }
