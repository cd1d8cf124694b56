/* str.find, rfind, index, rindex and count with start and end (CPython's
 * slice-like bounds, in code points): the one-argument forms are
 * rt_obj_str.c's, which these fall back on in spirit, not in code (they
 * search the whole string's bytes). The bounds are bytes.find's
 * (rt_search_bounds), in code points. */
#include "rt_obj.h"

/* The code point index of sub in s[lo:hi] (first or last), -1 when absent,
 * -2 after an error. */
static int64_t search(RtStr *s, RtStr *sub, RtObj *start, RtObj *end, int last) {
    int64_t lo, hi;
    if (!rt_search_bounds(start, end, s->cp_len, &lo, &hi)) return -2;
    if (hi - lo < (int64_t)sub->cp_len) return -1;
    uint32_t blo = rt_str_cp_offset(s, (uint32_t)lo), bhi = rt_str_cp_offset(s, (uint32_t)hi), m = sub->byte_len;
    if (!last) {
        for (uint32_t i = blo; i + m <= bhi; i++)
            if (!__builtin_memcmp(s->data + i, sub->data, m)) return rt_str_cp_index(s, i);
    } else {
        for (uint32_t i = bhi - m + 1; i-- > blo;)
            if (!__builtin_memcmp(s->data + i, sub->data, m)) return rt_str_cp_index(s, i);
    }
    return -1;
}

int64_t rt_str_find_in(RtStr *s, RtStr *sub, RtObj *start, RtObj *end) {
    int64_t i = search(s, sub, start, end, 0);
    return i == -2 ? 0 : i;
}

int64_t rt_str_rfind_in(RtStr *s, RtStr *sub, RtObj *start, RtObj *end) {
    int64_t i = search(s, sub, start, end, 1);
    return i == -2 ? 0 : i;
}

static int64_t found(int64_t i) {
    if (i == -1) rt_raise_cstr(RT_EXC_VALUE, "substring not found");
    return i < 0 ? 0 : i;
}

int64_t rt_str_index_in(RtStr *s, RtStr *sub, RtObj *start, RtObj *end) { return found(search(s, sub, start, end, 0)); }
int64_t rt_str_rindex_in(RtStr *s, RtStr *sub, RtObj *start, RtObj *end) { return found(search(s, sub, start, end, 1)); }

int64_t rt_str_count_in(RtStr *s, RtStr *sub, RtObj *start, RtObj *end) {
    int64_t lo, hi;
    if (!rt_search_bounds(start, end, s->cp_len, &lo, &hi)) return 0;
    if (hi - lo < (int64_t)sub->cp_len) return 0;
    if (!sub->byte_len) return hi - lo + 1;
    uint32_t blo = rt_str_cp_offset(s, (uint32_t)lo), bhi = rt_str_cp_offset(s, (uint32_t)hi), m = sub->byte_len;
    int64_t c = 0;
    for (uint32_t i = blo; i + m <= bhi;) {
        if (!__builtin_memcmp(s->data + i, sub->data, m)) {
            c++;
            i += m;
        } else {
            i++;
        }
    }
    return c;
}

/* s.startswith(p, start[, end]) / s.endswith(...): p a str or a tuple of
 * str, compared with s[start:end] (CPython's tailmatch: a prefix longer
 * than the slice, or a start past its end, does not match, even "") */
static int tail_match(RtStr *s, RtStr *p, int64_t lo, int64_t hi, int at_end) {
    if (hi - (int64_t)p->cp_len < lo) return 0;
    int64_t from = at_end ? hi - (int64_t)p->cp_len : lo;
    uint32_t b0 = rt_str_cp_offset(s, (uint32_t)from), b1 = rt_str_cp_offset(s, (uint32_t)(from + p->cp_len));
    return b1 - b0 == p->byte_len && !__builtin_memcmp(s->data + b0, p->data, p->byte_len);
}

static int32_t affix_in(RtStr *s, RtObj *p, RtObj *start, RtObj *end, int at_end) {
    const char *name = at_end ? "endswith" : "startswith";
    int64_t lo, hi;
    if (!rt_search_bounds(start, end, s->cp_len, &lo, &hi)) return 0;
    uint32_t t = RT_OBJ_TYPE(p);
    if (t == RT_TYPE_STR) return tail_match(s, (RtStr *)p, lo, hi, at_end);
    if (t != RT_TYPE_TUPLE) {
        rt_raise_fmt(RT_EXC_TYPE, "%s first arg must be str or a tuple of str, not %T", name, p);
        return 0;
    }
    RtTuple *tp = (RtTuple *)p;
    for (uint32_t i = 0; i < tp->len; i++) {
        if (RT_OBJ_TYPE(tp->items[i]) != RT_TYPE_STR) {
            rt_raise_fmt(RT_EXC_TYPE, "tuple for %s must only contain str, not %T", name, tp->items[i]);
            return 0;
        }
        if (tail_match(s, (RtStr *)tp->items[i], lo, hi, at_end)) return 1;
    }
    return 0;
}

int32_t rt_str_startswith_in(RtStr *s, RtObj *p, RtObj *start, RtObj *end) { return affix_in(s, p, start, end, 0); }
int32_t rt_str_endswith_in(RtStr *s, RtObj *p, RtObj *start, RtObj *end) { return affix_in(s, p, start, end, 1); }
