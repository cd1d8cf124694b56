/* str methods that lay text out or split it once: center/ljust/rjust
 * (widths in code points, a one-character fill), zfill, partition and
 * rpartition, startswith/endswith with a str or a tuple of them; and
 * bin()/oct()/hex() of ints. */
#include "rt_bigint.h"
#include "rt_obj.h"

/* The fill character (one code point) as bytes, or NULL after TypeError. */
static RtStr *fill_char(RtStr *fill) {
    if (!fill) return rt_str_from_bytes(" ", 1);
    if (fill->cp_len != 1) {
        rt_raise_cstr(RT_EXC_TYPE, "The fill character must be exactly one character long");
        return 0;
    }
    return fill;
}

/* s with `left` and `right` fill characters around it. */
static RtStr *pad(RtStr *s, RtStr *f, int64_t left, int64_t right) {
    RtSb b = {0};
    for (int64_t i = 0; i < left; i++) rt_sb_put(&b, f->data, f->byte_len);
    rt_sb_put(&b, s->data, s->byte_len);
    for (int64_t i = 0; i < right; i++) rt_sb_put(&b, f->data, f->byte_len);
    return rt_sb_finish(&b);
}

RtStr *rt_str_center(RtStr *s, int64_t width, RtStr *fill) {
    RtStr *f = fill_char(fill);
    if (!f) return 0;
    int64_t n = (int64_t)s->cp_len;
    if (width <= n) return s;
    int64_t marg = width - n;
    /* CPython: the odd character goes left when the width is odd */
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(s, f, left, marg - left);
}

RtStr *rt_str_ljust(RtStr *s, int64_t width, RtStr *fill) {
    RtStr *f = fill_char(fill);
    if (!f) return 0;
    int64_t n = (int64_t)s->cp_len;
    return width <= n ? s : pad(s, f, 0, width - n);
}

RtStr *rt_str_rjust(RtStr *s, int64_t width, RtStr *fill) {
    RtStr *f = fill_char(fill);
    if (!f) return 0;
    int64_t n = (int64_t)s->cp_len;
    return width <= n ? s : pad(s, f, width - n, 0);
}

/* zeros after the sign, up to width */
RtStr *rt_str_zfill(RtStr *s, int64_t width) {
    int64_t n = (int64_t)s->cp_len;
    if (width <= n) return s;
    RtSb b = {0};
    uint32_t i = 0;
    if (s->byte_len && (s->data[0] == '+' || s->data[0] == '-')) rt_sb_putc(&b, s->data[i++]);
    for (int64_t k = 0; k < width - n; k++) rt_sb_putc(&b, '0');
    rt_sb_put(&b, s->data + i, s->byte_len - i);
    return rt_sb_finish(&b);
}

static RtObj *partition(RtStr *s, RtStr *sep, int last) {
    if (!sep->byte_len) {
        rt_raise_cstr(RT_EXC_VALUE, "empty separator");
        return 0;
    }
    int64_t at = last ? rt_str_rfind_bytes(s, sep) : rt_str_find_bytes(s, sep, 0);
    RtObj *empty = (RtObj *)rt_str_from_bytes("", 0);
    if (at < 0) return last ? rt_tuple_pack3(empty, empty, (RtObj *)s) : rt_tuple_pack3((RtObj *)s, empty, empty);
    uint32_t a = (uint32_t)at;
    return rt_tuple_pack3((RtObj *)rt_str_from_bytes(s->data, a), (RtObj *)sep,
                          (RtObj *)rt_str_from_bytes(s->data + a + sep->byte_len, s->byte_len - a - sep->byte_len));
}

RtObj *rt_str_partition(RtStr *s, RtStr *sep) { return partition(s, sep, 0); }
RtObj *rt_str_rpartition(RtStr *s, RtStr *sep) { return partition(s, sep, 1); }

/* s.startswith(p) / s.endswith(p): p a str or a tuple of str */
static int32_t affix(RtStr *s, RtObj *p, int end, const char *name) {
    uint32_t t = RT_OBJ_TYPE(p);
    if (t == RT_TYPE_STR) return end ? rt_str_endswith(s, (RtStr *)p) : rt_str_startswith(s, (RtStr *)p);
    if (t == RT_TYPE_TUPLE) {
        RtTuple *tp = (RtTuple *)p;
        for (uint32_t i = 0; i < tp->len; i++) {
            if (RT_OBJ_TYPE(tp->items[i]) != RT_TYPE_STR) {
                rt_raise_fmt(RT_EXC_TYPE, "tuple for %s must only contain str, not %T", name, tp->items[i]);
                return 0;
            }
            if (end ? rt_str_endswith(s, (RtStr *)tp->items[i]) : rt_str_startswith(s, (RtStr *)tp->items[i])) return 1;
        }
        return 0;
    }
    rt_raise_fmt(RT_EXC_TYPE, "%s first arg must be str or a tuple of str, not %T", name, p);
    return 0;
}

int32_t rt_str_startswith_any(RtStr *s, RtObj *p) { return affix(s, p, 0, "startswith"); }
int32_t rt_str_endswith_any(RtStr *s, RtObj *p) { return affix(s, p, 1, "endswith"); }

/* bin(), oct(), hex(): "-0b101" ... */
static RtStr *radix(int64_t v, uint32_t shift, const char *prefix) {
    if (!RT_INT_IS_SMALL(v)) { /* a big int: sign, prefix, the bigint code's digits */
        RtSb t = {0}, b = {0};
        rt_int_put_text(&t, v, 1 << shift);
        int neg = t.buf[0] == '-';
        if (neg) rt_sb_putc(&b, '-');
        rt_sb_puts(&b, prefix);
        rt_sb_put(&b, t.buf + neg, t.len - (uint32_t)neg);
        return rt_sb_finish(&b);
    }
    char buf[80];
    uint32_t n = 0;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        buf[n++] = "0123456789abcdef"[u & ((1u << shift) - 1)];
        u >>= shift;
    } while (u);
    RtSb b = {0};
    if (v < 0) rt_sb_putc(&b, '-');
    rt_sb_puts(&b, prefix);
    while (n) rt_sb_putc(&b, buf[--n]);
    return rt_sb_finish(&b);
}

RtStr *rt_builtin_bin(int64_t v) { return radix(v, 1, "0b"); }
RtStr *rt_builtin_oct(int64_t v) { return radix(v, 3, "0o"); }
RtStr *rt_builtin_hex(int64_t v) { return radix(v, 4, "0x"); }
