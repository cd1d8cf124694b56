/* What the host ABI of a module needs (DESIGN §5, the ABI manifest): a
 * scratch buffer the host writes arguments into, values built from that
 * memory (str, array<f64>), and numbers read back out of results (tuple
 * returns, point streams). The export wrappers of src/back/wat_exports.c
 * call these; a JS host never calls them directly except the buffer. */
#include "rt_bigint.h"
#include "rt_obj.h"

/* The scratch area: never collected (collector-internal chunks), reused by
 * every call, grown geometrically; the old one is simply left behind, so
 * at most half of the space it ever took is waste. */
static char *scratch;
static uint32_t scratch_size;

char *rt_host_buffer(int32_t size) {
    if (size < 0) {
        rt_fatal_memory();
        return 0;
    }
    uint32_t want = (uint32_t)size;
    if (!scratch || want > scratch_size) {
        uint32_t n = scratch_size ? scratch_size : 256u;
        while (n < want) {
            if (n > 0x40000000u) {
                rt_fatal_memory();
                return 0;
            }
            n *= 2;
        }
        scratch = rt_alloc_static(n);
        scratch_size = n;
    }
    return scratch;
}

RtObj *rt_host_str(const char *p, int32_t len) {
    return (RtObj *)rt_str_from_bytes(p, len > 0 ? (uint32_t)len : 0);
}

/* array<f64> argument: n doubles at p (any alignment) -> a list of floats,
 * or a tuple when the parameter is one. */
RtObj *rt_host_f64_seq(const char *p, int32_t n, int32_t as_tuple) {
    if (n < 0) n = 0;
    RtObj *seq = as_tuple ? rt_tuple_new(n) : rt_list_new(n);
    RtObj **slots = rt_gc_frame_push(1);
    slots[0] = seq;
    for (int32_t i = 0; i < n; i++) {
        double v;
        rt_memcpy(&v, p + 8 * i, 8);
        RtObj *x = rt_box_float(v);
        if (as_tuple) rt_tuple_set(seq, i, x);
        else rt_list_append(seq, x);
    }
    rt_gc_frame_pop(slots);
    return seq;
}

static int is_seq(RtObj *o) {
    return o && (RT_OBJ_TYPE(o) == RT_TYPE_LIST || RT_OBJ_TYPE(o) == RT_TYPE_TUPLE);
}

static int as_number(RtObj *o, double *out) {
    uint32_t t = o ? o->type_flags & RT_TYPE_MASK : 0;
    if (t == RT_TYPE_FLOAT) *out = ((RtFloat *)o)->value;
    else if (t == RT_TYPE_INT || t == RT_TYPE_BOOL) *out = rt_int_to_float(((RtInt *)o)->value);
    else return 0;
    return 1;
}

/* Item i of a returned tuple as f64 (multi-value returns). */
double rt_host_item_f64(RtObj *seq, int32_t i) {
    uint32_t n = 0;
    RtObj *const *items = is_seq(seq) ? rt_seq_items(seq, &n) : NULL;
    double v;
    if ((uint32_t)i >= n) {
        rt_raise_fmt(RT_EXC_TYPE, "a tuple of numbers was expected from the function, not '%T'", seq);
        return 0;
    }
    if (!as_number(items[i], &v)) {
        rt_raise_fmt(RT_EXC_TYPE, "tuple item %d must be a number to reach the host, not '%T'", (int64_t)i,
                     items[i]);
        return 0;
    }
    return v;
}

/* Out-param tuple return: an i32 count, then the items as f64, at out
 * (the layout of the manifest's out_params_memory_layout). */
int32_t rt_host_write_tuple(RtObj *seq, char *out) {
    uint32_t n = 0;
    if (is_seq(seq)) rt_seq_items(seq, &n);
    for (uint32_t i = 0; i < n; i++) {
        double v = rt_host_item_f64(seq, (int32_t)i);
        if (RT_ERR) return 0;
        rt_memcpy(out + 4 + 8 * i, &v, 8);
    }
    int32_t count = (int32_t)n;
    rt_memcpy(out, &count, 4);
    return count;
}

/* Point streams: the last result of a point_stream/polyline function must
 * be a list or tuple of (x, y) pairs of numbers (None: no points). */
static int point_of(RtObj *item, double *x, double *y) {
    uint32_t n = 0;
    RtObj *const *xy = is_seq(item) ? rt_seq_items(item, &n) : NULL;
    return n == 2 && as_number(xy[0], x) && as_number(xy[1], y);
}

/* The points (checked); *n = 0 for None or an empty list. */
static RtObj *const *points_of(RtObj *points, uint32_t *n) {
    *n = 0;
    if (!points || (points->type_flags & RT_TYPE_MASK) == RT_TYPE_NONE) return NULL;
    if (!is_seq(points)) {
        rt_raise_fmt(RT_EXC_TYPE, "a render function must return a list of (x, y) pairs, not '%T'", points);
        return NULL;
    }
    RtObj *const *items = rt_seq_items(points, n);
    for (uint32_t i = 0; i < *n; i++) {
        double x, y;
        if (!point_of(items[i], &x, &y)) {
            rt_raise_fmt(RT_EXC_TYPE, "point %d of a render function is not an (x, y) pair of numbers", (int64_t)i);
            *n = 0;
            return NULL;
        }
    }
    return items;
}

int32_t rt_host_point_count(RtObj *points) {
    uint32_t n;
    points_of(points, &n);
    return (int32_t)n;
}

/* Writes up to cap points (16 bytes each: x f64, y f64) at out; returns how
 * many were written. */
int32_t rt_host_write_points(RtObj *points, char *out, int32_t cap) {
    uint32_t n;
    RtObj *const *items = points_of(points, &n);
    if (cap < 0) cap = 0;
    if ((uint32_t)cap < n) n = (uint32_t)cap;
    for (uint32_t i = 0; i < n; i++) {
        double xy[2];
        point_of(items[i], &xy[0], &xy[1]);
        rt_memcpy(out + 16 * i, xy, 16);
    }
    return (int32_t)n;
}

/* After a Python exception ended an export call (proc_exit threw to the
 * host), no wasm frame is live: the shadow stack is emptied so that the
 * dead frames neither leak nor keep garbage. The C stack pointer is reset
 * by the caller, __ml_reset (wat_exports.c). */
void rt_host_reset(void) {
    rt_gc_reset_frames();
    rt_exc_state[0] = rt_exc_state[1] = rt_exc_state[2] = 0; /* an interrupted call's exceptions */
}

/* An exported function's int result for its host (a JS BigInt, a WASI
 * caller's i64): the value when it fits 64 bits and is not INT64_MIN, else
 * INT64_MIN, the manifest's sentinel (memory_layout.big_int_result), after
 * which the host asks rt_host_big_result for the int itself (NULL when the
 * result was INT64_MIN). Nothing collects between the two calls: the
 * collector runs only at polls of generated code. */
static RtObj *big_result;

int64_t rt_host_int_result(int64_t v) {
    int64_t raw;
    big_result = 0;
    if (RT_INT_IS_SMALL(v)) return v;
    if (rt_int_to_i64(v, &raw)) return raw; /* INT64_MIN itself: the sentinel, no int behind */
    big_result = rt_box_int(v);
    return INT64_MIN;
}

RtObj *rt_host_big_result(void) {
    RtObj *r = big_result;
    big_result = 0;
    return r;
}
