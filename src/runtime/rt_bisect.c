/* The bisect module: CPython 3.11's _bisectmodule.c. `a` is any sequence
 * (PySequence_Size / PySequence_GetItem: list, tuple, str, range, bytes,
 * an instance with __len__ / __getitem__); lo and hi are Py_ssize_t
 * arguments (hi None, or -1, meaning len(a)); the key function applies to
 * a's items, and insort applies it to x too. Only `<` compares, through
 * rt_dyn_compare. insort inserts into a list directly, and calls
 * a.insert(i, x) for anything else (a list subclass overriding insert
 * included), as CPython does.
 *
 * The key function is user code (rt_call_object may collect): what a call
 * holds across it lives in a frame of the shadow stack. */
#include "rt_bigint.h"

/* A Py_ssize_t argument (lo: clinic's converter, hi:
 * _Py_convert_optional_to_ssize_t, which words its errors differently);
 * 0 once raised. */
static int ssize_arg(RtObj *o, int64_t *out, int is_hi) {
    if (!rt_is_intlike(o)) {
        if (is_hi) rt_raise_fmt(RT_EXC_TYPE, "argument should be integer or None, not '%T'", o);
        else rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", o);
        return 0;
    }
    if (rt_int_to_i64(((RtInt *)o)->value, out)) return 1;
    rt_raise_cstr(RT_EXC_OVERFLOW,
                  is_hi ? "cannot fit 'int' into an index-sized integer" : "Python int too large to convert to C ssize_t");
    return 0;
}

static int not_sequence(RtObj *a) {
    uint32_t t = RT_OBJ_TYPE(a);
    if (t == RT_TYPE_DICT || (t == RT_TYPE_INSTANCE && RT_OBJ_TYPE(rt_unwrap(a, "__len__")) == RT_TYPE_DICT)) {
        rt_raise_fmt(RT_EXC_TYPE, "%T is not a sequence", a);
        return 1;
    }
    return 0;
}

/* PySequence_GetItem(a, i), i >= 0 */
static RtObj *seq_item(RtObj *a, int64_t i) {
    if (not_sequence(a)) return 0;
    switch (RT_OBJ_TYPE(rt_unwrap(a, "__getitem__"))) {
    case RT_TYPE_LIST:
    case RT_TYPE_TUPLE:
    case RT_TYPE_STR:
    case RT_TYPE_RANGE:
    case RT_TYPE_BYTES:
    case RT_TYPE_BYTEARRAY: return rt_dyn_getitem_int(a, rt_int_from_i64(i));
    case RT_TYPE_INSTANCE:
        if (rt_has_special(a, "__getitem__")) return rt_dyn_getitem(a, rt_box_int(rt_int_from_i64(i)));
        /* fall through */
    default: rt_raise_fmt(RT_EXC_TYPE, "'%T' object does not support indexing", a); return 0;
    }
}

/* Frame slots: the arguments, what x is compared as (insort: key(x)), the
 * item whose key is computed. */
enum { BS_A, BS_X, BS_KEY, BS_CMP, BS_ITEM, BS_SLOTS };

/* internal_bisect_left / _right: the index, or -1 once raised. */
static int64_t bisect(RtObj **fr, int64_t lo, int64_t hi, int right) {
    if (lo < 0) {
        rt_raise_cstr(RT_EXC_VALUE, "lo must be non-negative");
        return -1;
    }
    if (hi == -1) {
        if (not_sequence(fr[BS_A])) return -1;
        hi = rt_dyn_len(fr[BS_A]);
        if (RT_ERR) return -1;
    }
    RtObj *key = fr[BS_KEY] == RT_NONE ? 0 : fr[BS_KEY];
    while (lo < hi) {
        int64_t mid = (int64_t)(((uint64_t)lo + (uint64_t)hi) / 2);
        RtObj *item = fr[BS_ITEM] = seq_item(fr[BS_A], mid);
        if (RT_ERR) return -1;
        if (key) {
            RtObj *args = rt_tuple_new(1);
            rt_tuple_set(args, 0, item);
            item = rt_call_object(key, args);
            if (RT_ERR) return -1;
        }
        int32_t lt = right ? rt_dyn_compare(fr[BS_CMP], item, RT_CMP_LT) : rt_dyn_compare(item, fr[BS_CMP], RT_CMP_LT);
        if (RT_ERR) return -1;
        if ((lt != 0) == right) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* a.insert(index, x): a list's own insert, else the method a has. */
static void insert(RtObj *a, int64_t index, RtObj *x) {
    if (RT_OBJ_TYPE(a) == RT_TYPE_LIST) {
        rt_list_insert(a, index, x);
        return;
    }
    RtStr *name = rt_str_from_bytes("insert", 6);
    RtObj *m = rt_method_of(a, name); /* a method of its class: called with a first */
    if (RT_ERR) return;
    if (!m) {
        RtObj *base = rt_instance_base(a, "insert");
        if (base && RT_OBJ_TYPE(base) == RT_TYPE_LIST) {
            rt_list_insert(base, index, x);
            return;
        }
        m = rt_getattr(a, name);
        if (RT_ERR) return;
        rt_call_object(m, rt_tuple_pack2(rt_box_int(rt_int_from_i64(index)), x));
        return;
    }
    rt_call_object(m, rt_tuple_pack3(a, rt_box_int(rt_int_from_i64(index)), x));
}

/* bisect_*(a, x, lo, hi, key) and insort_*: the index (a tagged int), or
 * 0 once raised. */
static int64_t call(RtObj *a, RtObj *x, RtObj *lo, RtObj *hi, RtObj *key, int right, int insort) {
    int64_t l, h = -1;
    if (!ssize_arg(lo, &l, 0) || (hi != RT_NONE && !ssize_arg(hi, &h, 1))) return 0;
    RtObj **fr = rt_gc_frame_push(BS_SLOTS);
    if (!fr) return 0;
    fr[BS_A] = a, fr[BS_X] = fr[BS_CMP] = x, fr[BS_KEY] = key;
    if (insort && key != RT_NONE) { /* insort compares key(x) */
        RtObj *args = rt_tuple_new(1);
        rt_tuple_set(args, 0, x);
        fr[BS_CMP] = rt_call_object(key, args);
    }
    int64_t index = RT_ERR ? -1 : bisect(fr, l, h, right);
    if (index >= 0 && insort) insert(fr[BS_A], index, fr[BS_X]);
    rt_gc_frame_pop(fr);
    return RT_ERR ? 0 : rt_int_from_i64(index);
}

int64_t rt_bisect_left(RtObj *a, RtObj *x, RtObj *lo, RtObj *hi, RtObj *key) { return call(a, x, lo, hi, key, 0, 0); }
int64_t rt_bisect_right(RtObj *a, RtObj *x, RtObj *lo, RtObj *hi, RtObj *key) { return call(a, x, lo, hi, key, 1, 0); }
void rt_bisect_insort_left(RtObj *a, RtObj *x, RtObj *lo, RtObj *hi, RtObj *key) { call(a, x, lo, hi, key, 0, 1); }
void rt_bisect_insort_right(RtObj *a, RtObj *x, RtObj *lo, RtObj *hi, RtObj *key) { call(a, x, lo, hi, key, 1, 1); }
