/* str methods over RtStr: indexing and slicing by code point, split/join,
 * strip, search and replace. (Case mapping: rt_obj_case.c.) */
#include "rt_obj.h"

uint32_t rt_utf8_decode(const unsigned char *s, uint32_t n, uint32_t i, uint32_t *cp) {
    unsigned char c = s[i];
    uint32_t len = c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
    if (c < 0x80 || (c & 0xc0) == 0x80 || i + len > n) {
        *cp = c;
        return 1;
    }
    uint32_t v = c & (0x3f >> (len - 1));
    for (uint32_t k = 1; k < len; k++) v = (v << 6) | (s[i + k] & 0x3f);
    *cp = v;
    return len;
}

uint32_t rt_utf8_encode(uint32_t c, char *o) {
    if (c < 0x80) {
        o[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        o[0] = (char)(0xc0 | (c >> 6));
        o[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        o[0] = (char)(0xe0 | (c >> 12));
        o[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        o[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    o[0] = (char)(0xf0 | (c >> 18));
    o[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    o[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    o[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

RtStr *rt_str_from_cp(uint32_t cp) {
    char tmp[4];
    uint32_t n = rt_utf8_encode(cp, tmp);
    RtStr *s = rt_str_alloc(n);
    rt_memcpy(s->data, tmp, n);
    s->cp_len = 1;
    return s;
}

RtStr *rt_str_getitem(RtStr *s, int64_t i) {
    uint32_t k = rt_seq_index(i, s->cp_len, "string index out of range");
    if (k == UINT32_MAX) return 0;
    uint32_t off = rt_str_cp_offset(s, k), cp;
    uint32_t n = rt_utf8_decode((const unsigned char *)s->data, s->byte_len, off, &cp);
    RtStr *r = rt_str_alloc(n);
    rt_memcpy(r->data, s->data + off, n);
    r->cp_len = 1;
    return r;
}

static RtStr *substr(RtStr *s, uint32_t from, uint32_t to) { /* byte offsets */
    if (from == 0 && to == s->byte_len) return s;
    return rt_str_from_bytes(s->data + from, to - from);
}

RtStr *rt_str_slice(RtStr *s, int64_t start, int64_t stop, int64_t step, int32_t flags) {
    if (!(flags & RT_SLICE_STEP)) step = 1;
    int64_t len = rt_slice_adjust(s->cp_len, &start, &stop, step, flags);
    if (len <= 0) return rt_str_alloc(0);
    if (step == 1) return substr(s, rt_str_cp_offset(s, (uint32_t)start), rt_str_cp_offset(s, (uint32_t)stop));
    RtSb b = {0, 0, 0};
    if (s->byte_len == s->cp_len) {
        rt_sb_reserve(&b, (uint32_t)len);
        for (int64_t i = 0, k = start; i < len; i++, k += step) b.buf[b.len++] = s->data[k];
    } else {
        uint32_t *offs = rt_alloc((s->cp_len + 1) * 4);
        for (uint32_t i = 0, c = 0; i <= s->byte_len; i++)
            if (i == s->byte_len || ((unsigned char)s->data[i] & 0xc0) != 0x80) offs[c++] = i;
        for (int64_t i = 0, k = start; i < len; i++, k += step) rt_sb_put(&b, s->data + offs[k], offs[k + 1] - offs[k]);
    }
    return rt_sb_finish(&b);
}

/* Py_UNICODE_ISSPACE */
static int is_space(uint32_t c) {
    if (c < 0x80) return c == ' ' || (c >= 9 && c <= 13) || (c >= 0x1c && c <= 0x1f);
    return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 || c == 0x2029 ||
           c == 0x202f || c == 0x205f || c == 0x3000;
}

static const unsigned char *U(RtStr *s) { return (const unsigned char *)s->data; }

/* byte offset of the code point before `i` */
static uint32_t prev_cp(RtStr *s, uint32_t i, uint32_t *cp) {
    uint32_t j = i - 1;
    while (j > 0 && (U(s)[j] & 0xc0) == 0x80) j--;
    rt_utf8_decode(U(s), s->byte_len, j, cp);
    return j;
}

/* The first i in [from, end) with p[i] == c, else end: eight bytes at a
 * time (a zero byte of w ^ cccccccc marks a match), as memchr does. */
uint32_t rt_scan_byte(const char *p, uint32_t from, uint32_t end, unsigned char c) {
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull, cs = ones * c;
    uint32_t i = from;
    for (; i + 8 <= end; i += 8) {
        uint64_t w;
        __builtin_memcpy(&w, p + i, 8);
        w ^= cs;
        if ((w - ones) & ~w & highs) break;
    }
    for (; i < end; i++)
        if ((unsigned char)p[i] == c) return i;
    return end;
}

int64_t rt_str_find_bytes(RtStr *s, RtStr *sub, uint32_t from) {
    uint32_t n = s->byte_len, m = sub->byte_len;
    if (m > n) return -1;
    if (m == 0) return from <= n ? (int64_t)from : -1;
    for (uint32_t i = from; i + m <= n; i++) {
        i = rt_scan_byte(s->data, i, n - m + 1, (unsigned char)sub->data[0]);
        if (i + m > n) break;
        if (__builtin_memcmp(s->data + i, sub->data, m) == 0) return i;
    }
    return -1;
}

int64_t rt_str_rfind_bytes(RtStr *s, RtStr *sub) {
    uint32_t n = s->byte_len, m = sub->byte_len;
    if (m > n) return -1;
    for (int64_t i = (int64_t)(n - m); i >= 0; i--)
        if (__builtin_memcmp(s->data + i, sub->data, m) == 0) return i;
    return -1;
}

RtObj *rt_str_split(RtStr *s, RtStr *sep, int64_t maxsplit) {
    RtObj *l = rt_list_new(0);
    if (maxsplit < 0) maxsplit = INT64_MAX;
    uint32_t n = s->byte_len, i = 0;
    if (!sep) {
        for (;;) {
            uint32_t cp, k;
            while (i < n && is_space((k = rt_utf8_decode(U(s), n, i, &cp), cp))) i += k;
            if (i >= n) break;
            if (maxsplit-- == 0) { /* the rest, as it is */
                rt_list_append(l, (RtObj *)substr(s, i, n));
                break;
            }
            uint32_t j = i;
            while (j < n && !is_space((k = rt_utf8_decode(U(s), n, j, &cp), cp))) j += k;
            rt_list_append(l, (RtObj *)substr(s, i, j));
            i = j;
        }
        return l;
    }
    if (!sep->byte_len) {
        rt_raise_cstr(RT_EXC_VALUE, "empty separator");
        return 0;
    }
    for (;;) {
        int64_t j = maxsplit-- > 0 ? rt_str_find_bytes(s, sep, i) : -1;
        if (j < 0) {
            rt_list_append(l, (RtObj *)substr(s, i, n));
            return l;
        }
        rt_list_append(l, (RtObj *)substr(s, i, (uint32_t)j));
        i = (uint32_t)j + sep->byte_len;
    }
}

RtObj *rt_str_rsplit(RtStr *s, RtStr *sep, int64_t maxsplit) {
    if (maxsplit < 0) return rt_str_split(s, sep, maxsplit);
    RtObj *l = rt_list_new(0);
    uint32_t j = s->byte_len, cp;
    if (!sep) {
        for (;;) {
            while (j > 0) {
                uint32_t p = prev_cp(s, j, &cp);
                if (!is_space(cp)) break;
                j = p;
            }
            if (j == 0) break;
            if (maxsplit-- == 0) {
                rt_list_append(l, (RtObj *)substr(s, 0, j));
                break;
            }
            uint32_t i = j;
            while (i > 0) {
                uint32_t p = prev_cp(s, i, &cp);
                if (is_space(cp)) break;
                i = p;
            }
            rt_list_append(l, (RtObj *)substr(s, i, j));
            j = i;
        }
    } else {
        if (!sep->byte_len) {
            rt_raise_cstr(RT_EXC_VALUE, "empty separator");
            return 0;
        }
        uint32_t m = sep->byte_len;
        for (;;) {
            int64_t at = -1;
            if (maxsplit-- > 0)
                for (int64_t i = (int64_t)j - m; i >= 0; i--)
                    if (__builtin_memcmp(s->data + i, sep->data, m) == 0) {
                        at = i;
                        break;
                    }
            if (at < 0) {
                rt_list_append(l, (RtObj *)substr(s, 0, j));
                break;
            }
            rt_list_append(l, (RtObj *)substr(s, (uint32_t)at + m, j));
            j = (uint32_t)at;
        }
    }
    rt_list_reverse(l);
    return l;
}

/* the lines of s, each with its line boundary when keep: \n \r \r\n \v
 * \f \x1c \x1d \x1e \x85 \u2028 \u2029 (CPython's) */
static RtObj *lines(RtStr *s, int keep) {
    RtObj *l = rt_list_new(0);
    uint32_t n = s->byte_len, i = 0, start = 0;
    while (i < n) {
        uint32_t cp, k = rt_utf8_decode(U(s), n, i, &cp);
        int brk = cp == '\n' || cp == '\r' || cp == 0x0b || cp == 0x0c || (cp >= 0x1c && cp <= 0x1e) || cp == 0x85 ||
                  cp == 0x2028 || cp == 0x2029;
        if (!brk) {
            i += k;
            continue;
        }
        uint32_t eol = i;
        i += k;
        if (cp == '\r' && i < n && s->data[i] == '\n') i++;
        rt_list_append(l, (RtObj *)substr(s, start, keep ? i : eol));
        start = i;
    }
    if (start < n) rt_list_append(l, (RtObj *)substr(s, start, n));
    return l;
}

RtObj *rt_str_splitlines(RtStr *s) { return lines(s, 0); }

/* s.splitlines(keepends): keepends an int or bool, as CPython 3.11's */
RtObj *rt_str_splitlines_keep(RtStr *s, RtObj *keepends) {
    if (!rt_is_intlike(keepends)) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", keepends);
        return 0;
    }
    return lines(s, ((RtInt *)keepends)->value != 0);
}

RtStr *rt_str_join(RtStr *sep, RtObj *iterable) {
    RtObj *items = iterable;
    if (RT_OBJ_TYPE(iterable) != RT_TYPE_LIST && RT_OBJ_TYPE(iterable) != RT_TYPE_TUPLE) {
        RtObj **fr = rt_gc_frame_push(1); /* sep, while a generator may collect */
        if (!fr) return 0;
        fr[0] = (RtObj *)sep;
        items = rt_builtin_list(iterable);
        rt_gc_frame_pop(fr);
    }
    if (RT_ERR) return 0;
    uint32_t n;
    RtObj *const *xs = rt_seq_items(items, &n);
    if (n == 1 && RT_OBJ_TYPE(xs[0]) == RT_TYPE_STR) return (RtStr *)xs[0];
    uint64_t total = 0, cps = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (RT_OBJ_TYPE(xs[i]) != RT_TYPE_STR)
        {
            rt_raise_fmt(RT_EXC_TYPE, "sequence item %d: expected str instance, %T found", (int64_t)i, xs[i]);
            return 0;
        }
        total += ((RtStr *)xs[i])->byte_len + (i ? sep->byte_len : 0);
        cps += ((RtStr *)xs[i])->cp_len + (i ? sep->cp_len : 0);
    }
    if (total > 0x7fffff00u) {
        rt_fatal_memory();
        return 0;
    }
    RtStr *r = rt_str_alloc((uint32_t)total);
    uint32_t o = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (i) {
            rt_memcpy(r->data + o, sep->data, sep->byte_len);
            o += sep->byte_len;
        }
        RtStr *x = (RtStr *)xs[i];
        rt_memcpy(r->data + o, x->data, x->byte_len);
        o += x->byte_len;
    }
    r->cp_len = (uint32_t)cps;
    return r;
}

static int in_chars(RtStr *chars, uint32_t cp) {
    if (!chars) return is_space(cp);
    for (uint32_t i = 0; i < chars->byte_len;) {
        uint32_t c;
        i += rt_utf8_decode(U(chars), chars->byte_len, i, &c);
        if (c == cp) return 1;
    }
    return 0;
}

static RtStr *strip(RtStr *s, RtStr *chars, int left, int right) {
    uint32_t i = 0, j = s->byte_len, cp;
    if (left)
        while (i < j) {
            uint32_t k = rt_utf8_decode(U(s), j, i, &cp);
            if (!in_chars(chars, cp)) break;
            i += k;
        }
    if (right)
        while (j > i) {
            uint32_t p = prev_cp(s, j, &cp);
            if (!in_chars(chars, cp)) break;
            j = p;
        }
    return substr(s, i, j);
}

RtStr *rt_str_strip(RtStr *s, RtStr *chars) { return strip(s, chars, 1, 1); }
RtStr *rt_str_lstrip(RtStr *s, RtStr *chars) { return strip(s, chars, 1, 0); }
RtStr *rt_str_rstrip(RtStr *s, RtStr *chars) { return strip(s, chars, 0, 1); }

int64_t rt_str_find(RtStr *s, RtStr *sub) {
    int64_t j = rt_str_find_bytes(s, sub, 0);
    return j < 0 ? -1 : (int64_t)rt_str_cp_index(s, (uint32_t)j);
}

int64_t rt_str_rfind(RtStr *s, RtStr *sub) {
    int64_t j = rt_str_rfind_bytes(s, sub);
    return j < 0 ? -1 : (int64_t)rt_str_cp_index(s, (uint32_t)j);
}

int64_t rt_str_index(RtStr *s, RtStr *sub) {
    int64_t j = rt_str_find(s, sub);
    if (j < 0) {
        rt_raise_cstr(RT_EXC_VALUE, "substring not found");
        return 0;
    }
    return j;
}

int64_t rt_str_count(RtStr *s, RtStr *sub) {
    if (!sub->byte_len) return (int64_t)s->cp_len + 1;
    int64_t c = 0, j;
    uint32_t i = 0;
    while ((j = rt_str_find_bytes(s, sub, i)) >= 0) {
        c++;
        i = (uint32_t)j + sub->byte_len;
    }
    return c;
}

int32_t rt_str_contains(RtStr *s, RtStr *sub) { return rt_str_find_bytes(s, sub, 0) >= 0; }

RtStr *rt_str_replace(RtStr *s, RtStr *old, RtStr *new_, int64_t count) {
    if (count < 0) count = INT64_MAX;
    RtSb b = {0, 0, 0};
    uint32_t i = 0, n = s->byte_len;
    if (!old->byte_len) {
        while (count > 0) {
            rt_sb_put(&b, new_->data, new_->byte_len);
            count--;
            if (i >= n) break;
            uint32_t cp, k = rt_utf8_decode(U(s), n, i, &cp);
            rt_sb_put(&b, s->data + i, k);
            i += k;
        }
        rt_sb_put(&b, s->data + i, n - i);
        return rt_sb_finish(&b);
    }
    int64_t j;
    while (count > 0 && (j = rt_str_find_bytes(s, old, i)) >= 0) {
        rt_sb_put(&b, s->data + i, (uint32_t)j - i);
        rt_sb_put(&b, new_->data, new_->byte_len);
        i = (uint32_t)j + old->byte_len;
        count--;
    }
    if (i == 0) return s;
    rt_sb_put(&b, s->data + i, n - i);
    return rt_sb_finish(&b);
}

int32_t rt_str_startswith(RtStr *s, RtStr *p) {
    return p->byte_len <= s->byte_len && __builtin_memcmp(s->data, p->data, p->byte_len) == 0;
}

int32_t rt_str_endswith(RtStr *s, RtStr *p) {
    return p->byte_len <= s->byte_len &&
           __builtin_memcmp(s->data + s->byte_len - p->byte_len, p->data, p->byte_len) == 0;
}

int32_t rt_str_isspace(RtStr *s) {
    if (!s->byte_len) return 0;
    for (uint32_t i = 0; i < s->byte_len;) {
        uint32_t cp;
        i += rt_utf8_decode(U(s), s->byte_len, i, &cp);
        if (!is_space(cp)) return 0;
    }
    return 1;
}

int64_t rt_builtin_ord(RtObj *c) {
    uint32_t t = RT_OBJ_TYPE(c);
    if (t != RT_TYPE_STR && !rt_is_bytes_type(t)) {
        rt_raise_fmt(RT_EXC_TYPE, "ord() expected string of length 1, but %T found", c);
        return 0;
    }
    uint32_t n;
    const char *b = rt_bytes_view(c, &n);
    RtStr *s = (RtStr *)c;
    if (!b) n = s->cp_len;
    if (n != 1) {
        rt_raise_fmt(RT_EXC_TYPE, "ord() expected a character, but string of length %d found", (int64_t)n);
        return 0;
    }
    if (b) return (unsigned char)b[0];
    uint32_t cp;
    rt_utf8_decode(U(s), s->byte_len, 0, &cp);
    return cp;
}

RtStr *rt_builtin_chr(int64_t cp) {
    if (cp < 0 || cp > 0x10ffff) {
        rt_raise_cstr(RT_EXC_VALUE, "chr() arg not in range(0x110000)");
        return 0;
    }
    return rt_str_from_cp((uint32_t)cp);
}

int rt_cp_isspace(uint32_t c) { return is_space(c); } /* for the re engine */
