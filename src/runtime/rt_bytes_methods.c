/* The methods of bytes and bytearray (both receivers; results of the
 * receiver's type where CPython's are) and bytearray's in-place ones.
 * Case and character classes are ASCII's, as in CPython. */
#include "rt_obj.h"

#define VIEW(o, n) rt_bytes_view((o), &(n))

static RtObj *same_kind(RtObj *o, const char *p, uint32_t n) { return rt_bytes_make(RT_OBJ_TYPE(o), p, n); }

static int is_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static int is_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static int is_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/* the bytes of x, or NULL once the TypeError is raised */
static const char *need_bytes(RtObj *x, uint32_t *n) {
    const char *p = rt_bytes_view(x, n);
    if (!p) rt_raise_fmt(RT_EXC_TYPE, "a bytes-like object is required, not '%T'", x);
    return p;
}

/* count/find/index's argument: bytes-like, or an int 0..255 (one byte in *one) */
static const char *sub_of(RtObj *x, char *one, uint32_t *m) {
    if (rt_is_intlike(x)) {
        int64_t v = ((RtInt *)x)->value;
        if (v < 0 || v > 255) {
            rt_raise_cstr(RT_EXC_VALUE, "byte must be in range(0, 256)");
            return 0;
        }
        *one = (char)v;
        *m = 1;
        return one;
    }
    const char *p = rt_bytes_view(x, m);
    if (!p) rt_raise_fmt(RT_EXC_TYPE, "argument should be integer or bytes-like object, not '%T'", x);
    return p;
}

static int64_t find_mem(const char *p, uint32_t n, const char *q, uint32_t m, uint32_t from) {
    if (m > n) return -1;
    for (uint32_t i = from; i + m <= n; i++)
        if (__builtin_memcmp(p + i, q, m) == 0) return i;
    return -1;
}

static int64_t rfind_mem(const char *p, uint32_t n, const char *q, uint32_t m) {
    if (m > n) return -1;
    for (int64_t i = (int64_t)(n - m); i >= 0; i--)
        if (__builtin_memcmp(p + i, q, m) == 0) return i;
    return -1;
}

/* [*lo, *hi) of n bytes for the arguments start and end (NULL or None:
 * from the start, to the end), as CPython's ADJUST_INDICES (*lo may be
 * beyond n); 0 once raised */
int rt_search_bounds(RtObj *start, RtObj *end, uint32_t n, int64_t *lo, int64_t *hi) {
    RtObj *arg[2] = {start, end};
    int64_t v[2] = {0, n};
    for (int i = 0; i < 2; i++) {
        if (!arg[i] || arg[i] == RT_NONE) continue;
        if (!rt_is_intlike(arg[i])) {
            rt_raise_cstr(RT_EXC_TYPE, "slice indices must be integers or None or have an __index__ method");
            return 0;
        }
        int64_t x = ((RtInt *)arg[i])->value; /* tagged: a handle is beyond either end */
        if (x < 0) {
            x += n;
            if (x < 0) x = 0;
        } else if (i == 1 && x > (int64_t)n) {
            x = n;
        }
        v[i] = x;
    }
    *lo = v[0];
    *hi = v[1];
    return 1;
}

/* sub in b[start:end]: its first (or last) index, -1 when absent, -2 once raised */
static int64_t search(RtObj *b, RtObj *x, RtObj *start, RtObj *end, int last) {
    uint32_t n, m;
    char one;
    const char *p = VIEW(b, n), *q = sub_of(x, &one, &m);
    int64_t lo, hi;
    if (!q || !rt_search_bounds(start, end, n, &lo, &hi)) return -2;
    if (hi - lo < (int64_t)m) return -1;
    int64_t at = last ? rfind_mem(p + lo, (uint32_t)(hi - lo), q, m) : find_mem(p + lo, (uint32_t)(hi - lo), q, m, 0);
    return at < 0 ? -1 : at + lo;
}

int64_t rt_bytes_count(RtObj *b, RtObj *x, RtObj *start, RtObj *end) {
    uint32_t n, m;
    char one;
    const char *p = VIEW(b, n), *q = sub_of(x, &one, &m);
    int64_t lo, hi;
    if (!q || !rt_search_bounds(start, end, n, &lo, &hi)) return 0;
    if (hi - lo < (int64_t)m) return 0;
    if (!m) return hi - lo + 1;
    int64_t c = 0;
    const char *w = p + lo;
    uint32_t wn = (uint32_t)(hi - lo);
    for (int64_t at = find_mem(w, wn, q, m, 0); at >= 0; at = find_mem(w, wn, q, m, (uint32_t)at + m)) c++;
    return c;
}

int64_t rt_bytes_find(RtObj *b, RtObj *x, RtObj *start, RtObj *end) {
    int64_t i = search(b, x, start, end, 0);
    return i == -2 ? 0 : i;
}

int64_t rt_bytes_rfind(RtObj *b, RtObj *x, RtObj *start, RtObj *end) {
    int64_t i = search(b, x, start, end, 1);
    return i == -2 ? 0 : i;
}

static int64_t found(int64_t i) {
    if (i == -1) rt_raise_cstr(RT_EXC_VALUE, "subsection not found");
    return i < 0 ? 0 : i;
}

int64_t rt_bytes_index(RtObj *b, RtObj *x, RtObj *start, RtObj *end) { return found(search(b, x, start, end, 0)); }
int64_t rt_bytes_rindex(RtObj *b, RtObj *x, RtObj *start, RtObj *end) { return found(search(b, x, start, end, 1)); }

/* CPython's tailmatch: q (m bytes) at the start (or end) of p[lo:hi] */
static int tail_match(const char *p, uint32_t n, int64_t lo, int64_t hi, const char *q, uint32_t m, int end) {
    if (!end) {
        if (lo > (int64_t)n - (int64_t)m) return 0;
    } else {
        if (hi - lo < (int64_t)m || lo > (int64_t)n) return 0;
        if (hi - (int64_t)m > lo) lo = hi - m;
    }
    if (hi - lo < (int64_t)m) return 0;
    return __builtin_memcmp(p + lo, q, m) == 0;
}

static int32_t fix(RtObj *b, RtObj *x, RtObj *start, RtObj *end, int at_end, const char *name) {
    uint32_t n;
    const char *p = VIEW(b, n);
    int64_t lo, hi;
    if (RT_OBJ_TYPE(x) == RT_TYPE_TUPLE) {
        if (!rt_search_bounds(start, end, n, &lo, &hi)) return 0;
        RtTuple *t = (RtTuple *)x;
        for (uint32_t i = 0; i < t->len; i++) {
            uint32_t m;
            const char *q = need_bytes(t->items[i], &m);
            if (!q) return 0;
            if (tail_match(p, n, lo, hi, q, m, at_end)) return 1;
        }
        return 0;
    }
    uint32_t m;
    const char *q = rt_bytes_view(x, &m);
    if (!q) {
        rt_raise_fmt(RT_EXC_TYPE, "%s first arg must be bytes or a tuple of bytes, not %T", name, x);
        return 0;
    }
    if (!rt_search_bounds(start, end, n, &lo, &hi)) return 0;
    return tail_match(p, n, lo, hi, q, m, at_end);
}

int32_t rt_bytes_startswith(RtObj *b, RtObj *x, RtObj *start, RtObj *end) { return fix(b, x, start, end, 0, "startswith"); }
int32_t rt_bytes_endswith(RtObj *b, RtObj *x, RtObj *start, RtObj *end) { return fix(b, x, start, end, 1, "endswith"); }

/* sep: NULL or None for runs of whitespace; the parts in a list */
static RtObj *split(RtObj *b, RtObj *sepo, int64_t maxsplit, int right) {
    uint32_t n, m = 0;
    const char *p = VIEW(b, n), *sep = 0;
    if (sepo && sepo != RT_NONE) {
        sep = need_bytes(sepo, &m);
        if (!sep) return 0;
        if (!m) {
            rt_raise_cstr(RT_EXC_VALUE, "empty separator");
            return 0;
        }
    }
    if (maxsplit < 0) maxsplit = INT64_MAX;
    RtObj *l = rt_list_new(0);
    if (!sep) {
        if (!right) {
            uint32_t i = 0;
            for (;;) {
                while (i < n && is_space((unsigned char)p[i])) i++;
                if (i == n) break;
                if (!maxsplit--) { /* the rest, its trailing whitespace kept */
                    rt_list_push(l, same_kind(b, p + i, n - i));
                    break;
                }
                uint32_t j = i;
                while (j < n && !is_space((unsigned char)p[j])) j++;
                rt_list_push(l, same_kind(b, p + i, j - i));
                i = j;
            }
        } else {
            uint32_t i = n;
            for (;;) {
                while (i > 0 && is_space((unsigned char)p[i - 1])) i--;
                if (i == 0) break;
                if (!maxsplit--) { /* the rest, its leading whitespace kept */
                    rt_list_push(l, same_kind(b, p, i));
                    break;
                }
                uint32_t j = i;
                while (j > 0 && !is_space((unsigned char)p[j - 1])) j--;
                rt_list_push(l, same_kind(b, p + j, i - j));
                i = j;
            }
            rt_list_reverse(l);
        }
        return l;
    }
    if (!right) {
        uint32_t i = 0;
        int64_t at;
        while (maxsplit-- > 0 && (at = find_mem(p, n, sep, m, i)) >= 0) {
            rt_list_push(l, same_kind(b, p + i, (uint32_t)at - i));
            i = (uint32_t)at + m;
        }
        rt_list_push(l, same_kind(b, p + i, n - i));
        return l;
    }
    uint32_t end = n;
    while (maxsplit-- > 0) {
        int64_t at = rfind_mem(p, end, sep, m);
        if (at < 0) break;
        rt_list_push(l, same_kind(b, p + at + m, end - (uint32_t)at - m));
        end = (uint32_t)at;
    }
    rt_list_push(l, same_kind(b, p, end));
    rt_list_reverse(l);
    return l;
}

RtObj *rt_bytes_split(RtObj *b, RtObj *sep, int64_t maxsplit) { return split(b, sep, maxsplit, 0); }
RtObj *rt_bytes_rsplit(RtObj *b, RtObj *sep, int64_t maxsplit) { return split(b, sep, maxsplit, 1); }

RtObj *rt_bytes_join(RtObj *sep, RtObj *iterable) {
    uint32_t ns;
    const char *s = VIEW(sep, ns);
    uint32_t t = RT_OBJ_TYPE(iterable);
    if (t == RT_TYPE_INT || t == RT_TYPE_FLOAT || t == RT_TYPE_BOOL || t == RT_TYPE_NONE) {
        rt_raise_cstr(RT_EXC_TYPE, "can only join an iterable");
        return 0;
    }
    RtList *items = (RtList *)rt_builtin_list(iterable);
    if (RT_ERR) return 0;
    RtSb out = {0, 0, 0};
    for (uint32_t i = 0; i < items->len; i++) {
        uint32_t m;
        const char *q = rt_bytes_view(rt_list_items(items)[i], &m);
        if (!q) {
            rt_raise_fmt(RT_EXC_TYPE, "sequence item %d: expected a bytes-like object, %T found", (int64_t)i,
                         rt_list_items(items)[i]);
            return 0;
        }
        if (i) rt_sb_put(&out, s, ns);
        rt_sb_put(&out, q, m);
    }
    return same_kind(sep, out.buf, out.len);
}

static int in_set(const char *set, uint32_t m, char c) {
    for (uint32_t i = 0; i < m; i++)
        if (set[i] == c) return 1;
    return 0;
}

/* which: 1 left, 2 right, 3 both */
static RtObj *strip(RtObj *b, RtObj *chars, int which) {
    uint32_t n, m = 0;
    const char *p = VIEW(b, n), *set = 0;
    if (chars && chars != RT_NONE) {
        set = need_bytes(chars, &m);
        if (!set) return 0;
    }
#define STRIPPED(c) (set ? in_set(set, m, (c)) : is_space((unsigned char)(c)))
    uint32_t i = 0, e = n;
    if (which & 1)
        while (i < e && STRIPPED(p[i])) i++;
    if (which & 2)
        while (e > i && STRIPPED(p[e - 1])) e--;
#undef STRIPPED
    return same_kind(b, p + i, e - i);
}

RtObj *rt_bytes_strip(RtObj *b, RtObj *chars) { return strip(b, chars, 3); }
RtObj *rt_bytes_lstrip(RtObj *b, RtObj *chars) { return strip(b, chars, 1); }
RtObj *rt_bytes_rstrip(RtObj *b, RtObj *chars) { return strip(b, chars, 2); }

static RtObj *recase(RtObj *b, int upper) {
    uint32_t n, m;
    const char *p = VIEW(b, n);
    RtObj *r = same_kind(b, p, n);
    char *d = (char *)VIEW(r, m);
    for (uint32_t i = 0; i < m; i++) {
        unsigned char c = (unsigned char)d[i];
        if (upper && is_lower(c)) d[i] = (char)(c - 32);
        if (!upper && is_upper(c)) d[i] = (char)(c + 32);
    }
    return r;
}

RtObj *rt_bytes_upper(RtObj *b) { return recase(b, 1); }
RtObj *rt_bytes_lower(RtObj *b) { return recase(b, 0); }

RtObj *rt_bytes_replace(RtObj *b, RtObj *oldo, RtObj *newo, int64_t count) {
    uint32_t n, m, k;
    const char *p = VIEW(b, n), *old = need_bytes(oldo, &m);
    if (!old) return 0;
    const char *new_ = need_bytes(newo, &k);
    if (!new_) return 0;
    if (count < 0) count = INT64_MAX;
    RtSb out = {0, 0, 0};
    uint32_t i = 0;
    if (!m) { /* before every byte and at the end */
        for (; i <= n && count > 0; count--) {
            rt_sb_put(&out, new_, k);
            if (i < n) rt_sb_putc(&out, p[i]);
            i++;
        }
        if (i < n) rt_sb_put(&out, p + i, n - i);
        return same_kind(b, out.buf, out.len);
    }
    int64_t at;
    while (count-- > 0 && (at = find_mem(p, n, old, m, i)) >= 0) {
        rt_sb_put(&out, p + i, (uint32_t)at - i);
        rt_sb_put(&out, new_, k);
        i = (uint32_t)at + m;
    }
    rt_sb_put(&out, p + i, n - i);
    return same_kind(b, out.buf, out.len);
}

/* b.hex(), b.hex(sep), b.hex(sep, per): sep one ASCII character (a str
 * or bytes) between groups of per bytes, counted from the right (per > 0)
 * or the left (per < 0) */
RtStr *rt_bytes_hex(RtObj *b, RtObj *sepo, int64_t per) {
    static const char hex[] = "0123456789abcdef";
    uint32_t n, m = 0;
    const unsigned char *p = (const unsigned char *)VIEW(b, n);
    const char *sep = 0;
    if (sepo) {
        uint32_t t = RT_OBJ_TYPE(sepo);
        if (t == RT_TYPE_STR) sep = ((RtStr *)sepo)->data, m = ((RtStr *)sepo)->byte_len;
        else if (rt_is_bytes_type(t)) sep = VIEW(sepo, m);
        else {
            rt_raise_cstr(RT_EXC_TYPE, "sep must be str or bytes.");
            return 0;
        }
        if ((t == RT_TYPE_STR ? ((RtStr *)sepo)->cp_len : m) != 1) {
            rt_raise_cstr(RT_EXC_VALUE, "sep must be length 1.");
            return 0;
        }
        if ((unsigned char)sep[0] >= 0x80) {
            rt_raise_cstr(RT_EXC_VALUE, "sep must be ASCII.");
            return 0;
        }
    }
    if (n > 0x2fffff00u) rt_fatal_memory();
    RtSb out = {0, 0, 0};
    uint64_t group = per < 0 ? 0 - (uint64_t)per : (uint64_t)per;
    if (!sep || !group) group = (uint64_t)n + 1; /* no separators */
    for (uint32_t i = 0; i < n; i++) {
        /* a separator before byte i when a group ends there */
        uint64_t from = per < 0 ? i : (uint64_t)n - i;
        if (i && from % group == 0) rt_sb_putc(&out, sep[0]);
        rt_sb_putc(&out, hex[p[i] >> 4]);
        rt_sb_putc(&out, hex[p[i] & 15]);
    }
    return rt_sb_finish(&out);
}

/* every byte in the class (and at least one) */
static int32_t all_of(RtObj *b, int cls) {
    uint32_t n;
    const unsigned char *p = (const unsigned char *)VIEW(b, n);
    if (!n) return 0;
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = p[i];
        int ok = cls == 0 ? is_digit(c) : cls == 1 ? is_lower(c) || is_upper(c)
               : cls == 2 ? is_lower(c) || is_upper(c) || is_digit(c) : is_space(c);
        if (!ok) return 0;
    }
    return 1;
}

int32_t rt_bytes_isdigit(RtObj *b) { return all_of(b, 0); }
int32_t rt_bytes_isalpha(RtObj *b) { return all_of(b, 1); }
int32_t rt_bytes_isalnum(RtObj *b) { return all_of(b, 2); }
int32_t rt_bytes_isspace(RtObj *b) { return all_of(b, 3); }

/* a cased byte of this case and none of the other */
static int32_t cased(RtObj *b, int upper) {
    uint32_t n;
    const unsigned char *p = (const unsigned char *)VIEW(b, n);
    int seen = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (upper ? is_lower(p[i]) : is_upper(p[i])) return 0;
        if (upper ? is_upper(p[i]) : is_lower(p[i])) seen = 1;
    }
    return seen;
}

int32_t rt_bytes_isupper(RtObj *b) { return cased(b, 1); }
int32_t rt_bytes_islower(RtObj *b) { return cased(b, 0); }

/* ---- bytearray ---- */

#define BA(o) ((RtByteArray *)(o))

static int byte_arg(RtObj *x) {
    if (!rt_is_intlike(x)) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", x);
        return -1;
    }
    int64_t v = ((RtInt *)x)->value;
    if (v < 0 || v > 255) {
        rt_raise_cstr(RT_EXC_VALUE, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)v;
}

void rt_bytearray_append(RtObj *o, RtObj *x) {
    int v = byte_arg(x);
    if (v < 0) return;
    RtByteArray *a = BA(o);
    rt_bytearray_reserve(a, a->len + 1);
    a->data[a->len++] = (char)v;
}

void rt_bytearray_extend(RtObj *o, RtObj *x) {
    uint32_t t = RT_OBJ_TYPE(x);
    if (t == RT_TYPE_INT || t == RT_TYPE_FLOAT || t == RT_TYPE_BOOL || t == RT_TYPE_NONE) {
        rt_raise_fmt(RT_EXC_TYPE, "can't extend bytearray with %T", x);
        return;
    }
    RtSb v = {0, 0, 0}; /* collected first: x may be o itself */
    if (!rt_bytes_collect(&v, x, 1)) return;
    RtByteArray *a = BA(o);
    if (a->len > 0x7fffff00u - v.len) rt_fatal_memory();
    rt_bytearray_reserve(a, a->len + v.len);
    if (v.len) rt_memcpy(a->data + a->len, v.buf, v.len);
    a->len += v.len;
}

RtObj *rt_bytearray_pop(RtObj *o) {
    RtByteArray *a = BA(o);
    if (!a->len) {
        rt_raise_cstr(RT_EXC_INDEX, "pop from empty bytearray");
        return 0;
    }
    return rt_box_int((unsigned char)a->data[--a->len]);
}

RtObj *rt_bytearray_pop_at(RtObj *o, int64_t i) {
    RtByteArray *a = BA(o);
    if (!a->len) {
        rt_raise_cstr(RT_EXC_INDEX, "pop from empty bytearray");
        return 0;
    }
    uint32_t k = rt_seq_index(i, a->len, "pop index out of range");
    if (k == UINT32_MAX) return 0;
    unsigned char c = (unsigned char)a->data[k];
    __builtin_memmove(a->data + k, a->data + k + 1, a->len - k - 1);
    a->len--;
    return rt_box_int(c);
}

void rt_bytearray_insert(RtObj *o, int64_t i, RtObj *x) {
    int v = byte_arg(x);
    if (v < 0) return;
    RtByteArray *a = BA(o);
    if (i < 0) i += a->len;
    if (i < 0) i = 0;
    if (i > a->len) i = a->len;
    rt_bytearray_reserve(a, a->len + 1);
    __builtin_memmove(a->data + i + 1, a->data + i, a->len - (uint32_t)i);
    a->data[i] = (char)v;
    a->len++;
}

void rt_bytearray_remove(RtObj *o, RtObj *x) {
    int v = byte_arg(x);
    if (v < 0) return;
    RtByteArray *a = BA(o);
    for (uint32_t k = 0; k < a->len; k++)
        if ((unsigned char)a->data[k] == v) {
            __builtin_memmove(a->data + k, a->data + k + 1, a->len - k - 1);
            a->len--;
            return;
        }
    rt_raise_cstr(RT_EXC_VALUE, "value not found in bytearray");
}

void rt_bytearray_clear(RtObj *o) { BA(o)->len = 0; }

void rt_bytearray_reverse(RtObj *o) {
    RtByteArray *a = BA(o);
    for (uint32_t i = 0, j = a->len; i + 1 < j; i++, j--) {
        char c = a->data[i];
        a->data[i] = a->data[j - 1];
        a->data[j - 1] = c;
    }
}

RtObj *rt_bytearray_copy(RtObj *o) {
    uint32_t n;
    const char *p = VIEW(o, n);
    return rt_bytes_make(RT_TYPE_BYTEARRAY, p, n);
}
