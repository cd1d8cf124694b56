/* Range objects: range(start, stop, step), its length, items, slices,
 * membership, index/count, equality and iteration.
 *
 * The four fields of an RtRange are tagged ints (rt_abi.h). A range whose
 * fields are all small (RT_RANGE_BIG clear in aux, nearly every range)
 * takes the int64 paths: its items lie between start and stop, so they are
 * small too and plain i64 arithmetic on the fields is exact. Any other
 * range (range(10**20), range(-2**61, 2**61 - 1) whose length is 2**62)
 * computes with the rt_int_* functions, as CPython's range does with
 * Python ints; the collector marks its big fields (rt_gc.c). The entry
 * points the rest of the runtime calls in loops (length, membership, the
 * iterator's next) are inlined into their callers (always_inline, which
 * the link-time optimizer honours across files) and keep their big paths
 * out of line, so that a small range costs what it did when its code sat
 * in rt_dyn_*.c. */
#include "rt_bigint.h"

static int is_big(const RtRange *r) { return (r->h.aux & RT_RANGE_BIG) != 0; }

#define HOT __attribute__((always_inline)) inline
#define COLD __attribute__((noinline))

/* ---- counting loops: `for i in range(...)` lowered to an i64 counter ---- */

/* A counting loop's stop (rt_abi.h): a small one as it is; a big one the
 * first value past the small range on its side, which a counter starting
 * and stepping within that range reaches only by counting past what a
 * small int holds. A big start or step is refused. */
int64_t rt_range_loop_stop(int64_t start, int64_t stop, int64_t step) {
    if (!RT_INT_IS_SMALL(start) || !RT_INT_IS_SMALL(step)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "range() with a start or step beyond 2**61 is not supported yet");
        return 0;
    }
    if (RT_INT_IS_SMALL(stop)) return stop;
    return rt_int_cmp(stop, 0) < 0 ? RT_RANGE_PAST_LO : RT_RANGE_PAST_HI;
}

/* ---- construction ---- */

/* CPython's compute_range_length on tagged ints:
 * (hi - lo - 1) // |step| + 1 when lo < hi, else 0. */
static int64_t big_length(int64_t start, int64_t stop, int64_t step) {
    int up = rt_int_cmp(step, 0) > 0;
    int64_t lo = up ? start : stop, hi = up ? stop : start;
    if (rt_int_cmp(lo, hi) >= 0) return 0;
    int64_t span = rt_int_sub(rt_int_sub(hi, lo), 1);
    return rt_int_add(rt_int_floordiv(span, up ? step : rt_int_neg(step)), 1);
}

static RtObj *make(int64_t start, int64_t stop, int64_t step, int64_t len) {
    RtRange *r = rt_alloc(sizeof(RtRange));
    r->h.type_flags = RT_TYPE_RANGE;
    int big = !RT_INT_IS_SMALL(start) || !RT_INT_IS_SMALL(stop) || !RT_INT_IS_SMALL(step) || !RT_INT_IS_SMALL(len);
    r->h.aux = big ? RT_RANGE_BIG : 0;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->len = len;
    return (RtObj *)r;
}

RtObj *rt_range_new(int64_t start, int64_t stop, int64_t step) {
    if (step == 0) {
        rt_raise_cstr(RT_EXC_VALUE, "range() arg 3 must not be zero");
        return 0;
    }
    if (RT_INT_IS_SMALL(start) && RT_INT_IS_SMALL(stop) && RT_INT_IS_SMALL(step)) {
        uint64_t len = 0; /* unsigned arithmetic: no overflow, no __int128 division helpers */
        if (step > 0 && stop > start) len = ((uint64_t)stop - (uint64_t)start - 1) / (uint64_t)step + 1;
        else if (step < 0 && stop < start) len = ((uint64_t)start - (uint64_t)stop - 1) / (0 - (uint64_t)step) + 1;
        return make(start, stop, step, rt_int_from_u64(len)); /* up to 2**62: not always small */
    }
    return make(start, stop, step, big_length(start, stop, step));
}

/* ---- length, items, slices ---- */

COLD static int64_t big_len(const RtRange *r, int tagged) {
    int64_t n;
    if (rt_int_to_i64(r->len, &n)) return tagged ? r->len : n;
    rt_raise_big_int(); /* CPython: len() beyond sys.maxsize */
    return 0;
}

HOT int64_t rt_range_len(const RtRange *r, int tagged) { return RT_INT_IS_SMALL(r->len) ? r->len : big_len(r, tagged); }

/* start + i * step, i a tagged index known within the range */
static int64_t value_at(const RtRange *r, int64_t i) {
    if (!is_big(r)) return r->start + i * r->step;
    return rt_int_add(r->start, rt_int_mul(i, r->step));
}

RtObj *rt_range_item(const RtRange *r, int64_t i) {
    if (!is_big(r) && RT_INT_IS_SMALL(i)) {
        if (i < 0) i += r->len;
        if (i >= 0 && i < r->len) return rt_box_int(r->start + i * r->step);
    } else {
        if (rt_int_cmp(i, 0) < 0) i = rt_int_add(i, r->len);
        if (rt_int_cmp(i, 0) >= 0 && rt_int_cmp(i, r->len) < 0) return rt_box_int(value_at(r, i));
    }
    rt_raise_cstr(RT_EXC_INDEX, "range object index out of range");
    return 0;
}

/* One bound of a slice of a sequence of length len (CPython's
 * _PySlice_GetLongIndices on tagged ints): a negative one counts from the
 * end; then clamped to [lower, upper]. */
static int64_t slice_bound(int64_t v, int64_t len, int64_t lower, int64_t upper) {
    if (rt_int_cmp(v, 0) < 0) {
        v = rt_int_add(v, len);
        return rt_int_cmp(v, lower) < 0 ? lower : v;
    }
    return rt_int_cmp(v, upper) > 0 ? upper : v;
}

/* r[start:stop:step]: a range, as CPython's compute_slice (the bounds,
 * tagged, and their RT_SLICE_* flags as rt_dyn_getslice takes them). */
RtObj *rt_range_slice(const RtRange *r, int64_t start, int64_t stop, int64_t step, int32_t flags) {
    if (!(flags & RT_SLICE_STEP)) step = 1;
    if (step == 0) {
        rt_raise_cstr(RT_EXC_VALUE, "slice step cannot be zero");
        return 0;
    }
    int down = rt_int_cmp(step, 0) < 0;
    int64_t lower = down ? -1 : 0, upper = down ? rt_int_sub(r->len, 1) : r->len;
    start = flags & RT_SLICE_START ? slice_bound(start, r->len, lower, upper) : down ? upper : lower;
    stop = flags & RT_SLICE_STOP ? slice_bound(stop, r->len, lower, upper) : down ? lower : upper;
    int64_t from = rt_int_add(r->start, rt_int_mul(start, r->step));
    int64_t to = rt_int_add(r->start, rt_int_mul(stop, r->step));
    return rt_range_new(from, to, rt_int_mul(r->step, step));
}

/* ---- membership, index, count ---- */

/* x as a tagged int when it is an int, a bool, or a float equal to one
 * (the items it equals), else 0 (equal to no item: CPython compares it
 * with each item, which finds none for the builtin types). */
static int int_value(RtObj *x, int64_t *v) {
    uint32_t t = RT_OBJ_TYPE(x);
    if (t == RT_TYPE_INT || t == RT_TYPE_BOOL) {
        *v = ((RtInt *)x)->value;
        return 1;
    }
    if (t == RT_TYPE_FLOAT) {
        double f = ((RtFloat *)x)->value;
        if (f != __builtin_floor(f) || f - f != 0) return 0; /* a fraction, an infinity or a NaN */
        *v = rt_int_from_double(f);
        return 1;
    }
    return 0;
}

/* The index of v in r, both small, or -1 when r does not hold it. */
static HOT int64_t small_index_of(const RtRange *r, int64_t v) {
    if (r->step > 0 ? (v < r->start || v >= r->stop) : (v > r->start || v <= r->stop)) return -1;
    uint64_t d = r->step > 0 ? (uint64_t)v - (uint64_t)r->start : (uint64_t)r->start - (uint64_t)v;
    uint64_t st = r->step > 0 ? (uint64_t)r->step : 0 - (uint64_t)r->step;
    return d % st == 0 ? (int64_t)(d / st) : -1;
}

/* The index of the tagged int v in r, or -1 when r does not hold it. */
static int64_t index_of(const RtRange *r, int64_t v) {
    if (r->len == 0) return -1;
    if (!is_big(r) && RT_INT_IS_SMALL(v)) return small_index_of(r, v);
    int up = rt_int_cmp(r->step, 0) > 0;
    if (up ? rt_int_cmp(v, r->start) < 0 || rt_int_cmp(v, r->stop) >= 0
           : rt_int_cmp(v, r->start) > 0 || rt_int_cmp(v, r->stop) <= 0)
        return -1;
    int64_t q, m;
    rt_int_divmod(rt_int_sub(v, r->start), r->step, &q, &m);
    return m == 0 ? q : -1;
}

COLD static int32_t contains(const RtRange *r, RtObj *x) {
    int64_t v;
    return int_value(x, &v) && index_of(r, v) != -1;
}

HOT int32_t rt_range_contains(const RtRange *r, RtObj *x) {
    if (is_big(r) || RT_OBJ_TYPE(x) != RT_TYPE_INT || !RT_INT_IS_SMALL(((RtInt *)x)->value)) return contains(r, x);
    return small_index_of(r, ((RtInt *)x)->value) != -1; /* (an empty range holds no v: start, stop bound it) */
}

int64_t rt_range_count(RtObj *o, RtObj *x) { return rt_range_contains((RtRange *)o, x); }

int64_t rt_range_index(RtObj *o, RtObj *x) {
    int64_t v, i = int_value(x, &v) ? index_of((RtRange *)o, v) : -1;
    if (i != -1) return i;
    uint32_t t = RT_OBJ_TYPE(x);
    if (t == RT_TYPE_INT || t == RT_TYPE_BOOL) rt_raise_repr(RT_EXC_VALUE, "", x, " is not in range");
    else rt_raise_cstr(RT_EXC_VALUE, "sequence.index(x): x not in sequence");
    return 0;
}

/* CPython's range_equals: the same items, so the same length and, when
 * there is an item, the same start, and with two or more the same step. */
int32_t rt_range_eq(const RtRange *x, const RtRange *y) {
    if (!rt_int_eq(x->len, y->len)) return 0;
    if (x->len == 0) return 1;
    if (!rt_int_eq(x->start, y->start)) return 0;
    return x->len == 1 || rt_int_eq(x->step, y->step);
}

/* ---- iteration ---- */

/* CPython's range_iter: a range_iterator when the bounds and the length
 * fit a C long and start + len * step does not overflow one, else a
 * longrange_iterator (only the type's name tells). */
static int fits_long(const RtRange *r) {
    int64_t start, stop, step, len;
    if (!rt_int_to_i64(r->start, &start) || !rt_int_to_i64(r->stop, &stop) || !rt_int_to_i64(r->step, &step) ||
        !rt_int_to_i64(r->len, &len))
        return 0;
    if (!len) return 1;
    return step > 0 ? stop <= INT64_MAX - (step - 1) : stop >= INT64_MIN + (-1 - step);
}

static RtIter *new_iter(const RtRange *r, int64_t left) {
    RtIter *it = rt_alloc(sizeof(RtIter));
    it->h.type_flags = RT_TYPE_ITER;
    it->h.aux = RT_ITER_RANGE;
    it->obj = (RtObj *)r;
    it->left = left;
    return it;
}

/* A big range's iterator counts its items by index (pos, from 0) and
 * computes each; one of more than 2**63 - 1 items stops there, which no
 * program reaches. */
static RtObj *big_iter(const RtRange *r) {
    int64_t left;
    if (!rt_int_to_i64(r->len, &left)) left = INT64_MAX;
    RtIter *it = new_iter(r, left);
    it->version = RT_RANGE_ITER_INDEXED | (fits_long(r) ? 0 : RT_RANGE_ITER_LONG);
    return (RtObj *)it;
}

RtObj *rt_range_iter(const RtRange *r) {
    if (is_big(r)) return big_iter(r);
    RtIter *it = new_iter(r, r->len);
    it->pos = r->start;
    it->step = r->step;
    return (RtObj *)it;
}

RtObj *rt_range_reversed(const RtRange *r) {
    if (is_big(r)) { /* the same items backwards: range(last, start - step, -step) */
        int64_t last = r->len == 0 ? r->start : value_at(r, rt_int_sub(r->len, 1));
        RtRange *back = (RtRange *)make(last, rt_int_sub(r->start, r->step), rt_int_neg(r->step), r->len);
        return big_iter(back);
    }
    RtIter *it = new_iter(r, r->len);
    it->pos = r->len ? r->start + (r->len - 1) * r->step : r->start;
    it->step = -r->step;
    return (RtObj *)it;
}

COLD static RtObj *indexed_next(RtIter *it) {
    return rt_box_int(value_at((const RtRange *)it->obj, rt_int_from_i64(it->pos++)));
}

HOT int32_t rt_range_iter_next(RtIter *it, RtObj **out) {
    if (it->left <= 0) return 0;
    it->left--;
    if (it->version & RT_RANGE_ITER_INDEXED) {
        *out = indexed_next(it);
        return 1;
    }
    *out = rt_box_int(it->pos);
    if (it->left) it->pos += it->step;
    return 1;
}
