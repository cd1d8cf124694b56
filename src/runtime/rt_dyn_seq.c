/* len(), subscripts and slices of dynamic values; slice objects. */
#include "rt_bigint.h"
#include "rt_obj.h"

/* ---- slice objects ---- */

RtObj *rt_builtin_slice(RtObj *start, RtObj *stop, RtObj *step) {
    RtSlice *s = rt_alloc(sizeof(RtSlice));
    s->h.type_flags = RT_TYPE_SLICE;
    s->start = start ? start : RT_NONE;
    s->stop = stop ? stop : RT_NONE;
    s->step = step ? step : RT_NONE;
    return (RtObj *)s;
}

RtObj *rt_builtin_slice_stop(RtObj *stop) { return rt_builtin_slice(0, stop, 0); }

/* One bound of a slice object as the int64 the slicing code takes (a big
 * int clamped: beyond any length either way, unless exact, for a range's
 * slicing on tagged ints), and its flag when given; 0 after TypeError for
 * anything but an int, an instance's __index__() or None. */
static int slice_bound(RtObj *x, int64_t *out, int32_t flag, int32_t *flags, int exact) {
    if (RT_OBJ_TYPE(x) == RT_TYPE_NONE) return 1;
    x = rt_index_value(x);
    if (!x) return 0;
    if (RT_OBJ_TYPE(x) != RT_TYPE_INT && RT_OBJ_TYPE(x) != RT_TYPE_BOOL) {
        rt_raise_cstr(RT_EXC_TYPE, "slice indices must be integers or None or have an __index__ method");
        return 0;
    }
    int64_t v = ((RtInt *)x)->value;
    if (!RT_INT_IS_SMALL(v) && !exact) v = rt_int_cmp(v, 0) < 0 ? RT_INT_SMALL_MIN : RT_INT_SMALL_MAX;
    *out = v;
    *flags |= flag;
    return 1;
}

/* The slice object s as (start, stop, step, flags); 0 after raising. */
static int unpack_slice_as(RtObj *s, int64_t *start, int64_t *stop, int64_t *step, int32_t *flags, int exact) {
    RtSlice *sl = (RtSlice *)s;
    *start = *stop = 0, *step = 1, *flags = 0;
    return slice_bound(sl->start, start, RT_SLICE_START, flags, exact) &&
           slice_bound(sl->stop, stop, RT_SLICE_STOP, flags, exact) && slice_bound(sl->step, step, RT_SLICE_STEP, flags, exact);
}

static int unpack_slice(RtObj *s, int64_t *start, int64_t *stop, int64_t *step, int32_t *flags) {
    return unpack_slice_as(s, start, stop, step, flags, 0);
}

/* s.indices(length): (start, stop, step) as range() takes them, the
 * bounds adjusted as a slicing adjusts them */
RtObj *rt_slice_indices(RtObj *s, RtObj *length) {
    RtObj *n = rt_index_value(length);
    if (!n) return 0;
    if (!rt_is_intlike(n)) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", length);
        return 0;
    }
    int64_t len = ((RtInt *)n)->value;
    if (RT_INT_IS_SMALL(len) ? len < 0 : rt_int_cmp(len, 0) < 0) {
        rt_raise_cstr(RT_EXC_VALUE, "length should not be negative");
        return 0;
    }
    if (!RT_INT_IS_SMALL(len)) len = RT_INT_SMALL_MAX;
    int64_t start, stop, step;
    int32_t flags;
    if (!unpack_slice(s, &start, &stop, &step, &flags)) return 0;
    rt_slice_adjust(len, &start, &stop, step, flags);
    if (RT_ERR) return 0;
    RtTuple *t = (RtTuple *)rt_tuple_new(3);
    t->items[0] = rt_box_int(start), t->items[1] = rt_box_int(stop), t->items[2] = rt_box_int(step);
    return (RtObj *)t;
}

/* The slice object of a slicing written a[i:j:k] (for __getitem__ & co.) */
static RtObj *slice_of(int64_t start, int64_t stop, int64_t step, int32_t flags) {
    return rt_builtin_slice(flags & RT_SLICE_START ? rt_box_int(start) : 0, flags & RT_SLICE_STOP ? rt_box_int(stop) : 0,
                            flags & RT_SLICE_STEP ? rt_box_int(step) : 0);
}

RtObj *const *rt_seq_items(RtObj *o, uint32_t *n) {
    uint32_t t = RT_OBJ_TYPE(o);
    if (t == RT_TYPE_LIST) {
        *n = ((RtList *)o)->len;
        return rt_list_items((RtList *)o);
    }
    if (t == RT_TYPE_TUPLE) {
        *n = ((RtTuple *)o)->len;
        return ((RtTuple *)o)->items;
    }
    *n = 0;
    return 0;
}

/* The index, or UINT32_MAX once the IndexError is raised. */
uint32_t rt_seq_index(int64_t i, uint32_t len, const char *msg) {
    if (RT_INT_IS_HANDLE(i)) { /* a big int: CPython makes it a Py_ssize_t first */
        int64_t v;
        rt_raise_cstr(RT_EXC_INDEX, rt_int_to_i64(i, &v) ? msg : "cannot fit 'int' into an index-sized integer");
        return UINT32_MAX;
    }
    if (i < 0) i += len;
    if (i < 0 || i >= (int64_t)len) {
        rt_raise_cstr(RT_EXC_INDEX, msg);
        return UINT32_MAX;
    }
    return (uint32_t)i;
}

int64_t rt_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step, int32_t flags) {
    if (step == 0) {
        rt_raise_cstr(RT_EXC_VALUE, "slice step cannot be zero");
        return 0;
    }
    int64_t a = *start, b = *stop;
    if (!(flags & RT_SLICE_START)) {
        a = step < 0 ? len - 1 : 0;
    } else if (a < 0) {
        a += len;
        if (a < 0) a = step < 0 ? -1 : 0;
    } else if (a >= len) {
        a = step < 0 ? len - 1 : len;
    }
    if (!(flags & RT_SLICE_STOP)) {
        b = step < 0 ? -1 : len;
    } else if (b < 0) {
        b += len;
        if (b < 0) b = step < 0 ? -1 : 0;
    } else if (b >= len) {
        b = step < 0 ? len - 1 : len;
    }
    *start = a;
    *stop = b;
    if (step < 0) return b < a ? (a - b - 1) / (-step) + 1 : 0;
    return a < b ? (b - a - 1) / step + 1 : 0;
}

/* len(o) as a C ssize_t (rt_dyn_len), or as a Python int (rt_builtin_len:
 * the length of a range may be beyond the small range, len(range(2**62))) */
static inline __attribute__((always_inline)) int64_t length(RtObj *o, int tagged) {
    o = rt_unwrap(o, "__len__");
    if (RT_OBJ_TYPE(o) == RT_TYPE_CLASS && rt_class_meta(o)) { /* its metaclass's __len__ */
        int64_t n = rt_special_len(o); /* small (rt_class.c) */
        if (n >= 0 || RT_ERR) return n;
    }
    switch (RT_OBJ_TYPE(o)) {
    case RT_TYPE_STR:
    case RT_TYPE_BYTES: return ((RtStr *)o)->cp_len;
    case RT_TYPE_BYTEARRAY: return ((RtByteArray *)o)->len;
    case RT_TYPE_LIST: return ((RtList *)o)->len;
    case RT_TYPE_TUPLE: return ((RtTuple *)o)->len;
    case RT_TYPE_DICT: return ((RtDict *)o)->len;
    case RT_TYPE_SET:
    case RT_TYPE_FROZENSET: return ((RtSet *)o)->used;
    case RT_TYPE_RANGE: return rt_range_len((RtRange *)o, tagged);
    case RT_TYPE_DICT_VIEW: return ((RtDict *)((RtDictView *)o)->dict)->len;
    case RT_TYPE_INSTANCE: {
        int64_t n = rt_special_len(o); /* small (rt_class.c) */
        if (n >= 0 || RT_ERR) return n;
    } /* fall through */
    default: rt_raise_fmt(RT_EXC_TYPE, "object of type '%T' has no len()", o); return 0;
    }
}

int64_t rt_dyn_len(RtObj *o) { return length(o, 0); }
int64_t rt_builtin_len(RtObj *o) { return length(o, 1); }

RtObj *rt_dyn_getitem_int(RtObj *o, int64_t i) {
    switch (RT_OBJ_TYPE(o)) {
    case RT_TYPE_LIST: {
        RtList *l = (RtList *)o;
        uint32_t k = rt_seq_index(i, l->len, "list index out of range");
        return k == UINT32_MAX ? 0 : rt_list_item_read(l, k);
    }
    case RT_TYPE_TUPLE: {
        RtTuple *t = (RtTuple *)o;
        uint32_t k = rt_seq_index(i, t->len, "tuple index out of range");
        return k == UINT32_MAX ? 0 : t->items[k];
    }
    case RT_TYPE_STR: return (RtObj *)rt_str_getitem((RtStr *)o, i);
    case RT_TYPE_RANGE: return rt_range_item((RtRange *)o, i);
    case RT_TYPE_BYTES:
    case RT_TYPE_BYTEARRAY: return rt_bytes_item(o, i);
    case RT_TYPE_DICT: return rt_dict_getitem(o, rt_box_int(i));
    case RT_TYPE_INSTANCE: return rt_dyn_getitem(o, rt_box_int(i));
    case RT_TYPE_CLASS: /* its metaclass's __getitem__, as any key */
        if (rt_class_meta(o)) return rt_dyn_getitem(o, rt_box_int(i));
        /* fall through */
    default: rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not subscriptable", o); return 0;
    }
}

static int is_intlike(RtObj *o) { return rt_is_intlike(o); }

/* d[key] of an instance that is a dict, its class defining __missing__:
 * that method's value for a key the dict lacks (NULL: not that case) */
static RtObj *missing_item(RtObj *o, RtObj *key, int *done) {
    RtObj *base = rt_instance_base(o, "__getitem__");
    *done = 0;
    if (!base || RT_OBJ_TYPE(base) != RT_TYPE_DICT || !rt_has_special(o, "__missing__")) return 0;
    static RtObj absent;
    RtObj *v = rt_dict_get(base, key, &absent);
    if (RT_ERR) return 0;
    *done = 1;
    if (v != &absent) return v;
    int found;
    return rt_special_binop(o, key, "__missing__", "", &found);
}

/* A sequence's index that is an instance: the int it is (a class deriving
 * from int) or its __index__(); anything else as it is (the caller's
 * TypeError names it). NULL after raising. */
RtObj *rt_index_value(RtObj *key) {
    if (RT_OBJ_TYPE(key) != RT_TYPE_INSTANCE) return key;
    /* an instance of a subclass of int is its int, whatever its __index__
     * (CPython's PyNumber_Index takes any int as it is) */
    RtObj *b = ((RtInstance *)key)->base;
    if (b && is_intlike(b)) return b;
    int found;
    RtObj *r = rt_special_unary(key, "__index__", &found);
    if (!found) return key;
    if (r && !is_intlike(r)) {
        rt_raise_fmt(RT_EXC_TYPE, "__index__ returned non-int (type %T)", r);
        return 0;
    }
    return r;
}

RtObj *rt_dyn_getitem(RtObj *o, RtObj *key) {
    int done;
    RtObj *m = missing_item(o, key, &done);
    if (done || RT_ERR) return m;
    o = rt_unwrap(o, "__getitem__");
    uint32_t t = RT_OBJ_TYPE(o);
    if (t == RT_TYPE_DICT) return rt_dict_getitem(o, key);
    if ((t == RT_TYPE_CLASS && rt_type_subscriptable(o)) || (t == RT_TYPE_TYPE_EXPR && o->aux == RT_TEXPR_FORM))
        return rt_type_alias(o, key); /* list[int], List[int] */
    if (t == RT_TYPE_INSTANCE || (t == RT_TYPE_CLASS && rt_class_meta(o))) {
        int found;
        RtObj *r = rt_special_getitem(o, key, &found);
        if (found) return r;
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not subscriptable", o);
        return 0;
    }
    key = rt_index_value(key);
    if (!key) return 0;
    if (is_intlike(key)) return rt_dyn_getitem_int(o, ((RtInt *)key)->value);
    if (RT_OBJ_TYPE(key) == RT_TYPE_SLICE) {
        int64_t a, b, c;
        int32_t flags;
        return unpack_slice_as(key, &a, &b, &c, &flags, t == RT_TYPE_RANGE) ? rt_dyn_getslice(o, a, b, c, flags) : 0;
    }
    switch (t) {
    case RT_TYPE_LIST:
    case RT_TYPE_TUPLE:
    case RT_TYPE_RANGE:
        rt_raise_fmt(RT_EXC_TYPE, "%s indices must be integers or slices, not %T", rt_type_cname(o), key);
        return 0;
    case RT_TYPE_STR: rt_raise_fmt(RT_EXC_TYPE, "string indices must be integers, not '%T'", key); return 0;
    case RT_TYPE_BYTES:
    case RT_TYPE_BYTEARRAY: return rt_bytes_getitem(o, key);
    default: rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not subscriptable", o); return 0;
    }
}

/* o[i] = value with i an int (the compiler's choice when the index is
 * typed int): a list's item is stored without boxing the index; anything
 * else goes through rt_dyn_setitem. */
void rt_dyn_setitem_int(RtObj *o, int64_t i, RtObj *value) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_LIST) {
        RtList *l = (RtList *)o;
        uint32_t k = rt_seq_index(i, l->len, "list assignment index out of range");
        if (k != UINT32_MAX) rt_list_item_write(l, k, value);
        return;
    }
    rt_dyn_setitem(o, rt_box_int(i), value);
}

void rt_dyn_setitem(RtObj *o, RtObj *key, RtObj *value) {
    o = rt_unwrap(o, "__setitem__");
    uint32_t t = RT_OBJ_TYPE(o);
    if (t == RT_TYPE_DICT) {
        rt_dict_setitem(o, key, value);
        return;
    }
    if ((t == RT_TYPE_LIST || t == RT_TYPE_BYTEARRAY) && RT_OBJ_TYPE(key) == RT_TYPE_SLICE) {
        int64_t a, b, c;
        int32_t flags;
        if (unpack_slice(key, &a, &b, &c, &flags)) rt_dyn_setslice(o, a, b, c, flags, value);
        return;
    }
    if (t == RT_TYPE_LIST) {
        key = rt_index_value(key);
        if (!key) return;
        if (!is_intlike(key)) {
            rt_raise_fmt(RT_EXC_TYPE, "list indices must be integers or slices, not %T", key);
            return;
        }
        RtList *l = (RtList *)o;
        uint32_t k = rt_seq_index(((RtInt *)key)->value, l->len, "list assignment index out of range");
        if (k != UINT32_MAX) rt_list_item_write(l, k, value);
        return;
    }
    if (t == RT_TYPE_BYTEARRAY) {
        rt_bytearray_setitem(o, key, value);
        return;
    }
    if (t == RT_TYPE_INSTANCE) {
        int found;
        rt_special_setitem(o, key, value, &found);
        if (found) return;
    }
    if (t == RT_TYPE_TUPLE || t == RT_TYPE_STR || t == RT_TYPE_RANGE || t == RT_TYPE_BYTES) {
        /* CPython converts an index to a C size before it finds that the
         * sequence takes no assignment (PyObject_SetItem) */
        RtObj *k = rt_index_value(key);
        if (!k) return;
        int64_t v;
        if (is_intlike(k) && !rt_int_to_i64(((RtInt *)k)->value, &v)) {
            rt_raise_cstr(RT_EXC_INDEX, "cannot fit 'int' into an index-sized integer");
            return;
        }
    }
    rt_raise_fmt(RT_EXC_TYPE, "'%T' object does not support item assignment", o);
}

void rt_dyn_delitem(RtObj *o, RtObj *key) {
    o = rt_unwrap(o, "__delitem__");
    uint32_t t = RT_OBJ_TYPE(o);
    if (t == RT_TYPE_INSTANCE && rt_has_special(o, "__delitem__")) { /* del o[k]: its class's __delitem__ */
        int found;
        rt_special_binop(o, key, "__delitem__", "", &found);
        return;
    }
    if (t == RT_TYPE_DICT) {
        rt_dict_delitem(o, key);
        return;
    }
    if ((t == RT_TYPE_LIST || t == RT_TYPE_BYTEARRAY) && RT_OBJ_TYPE(key) == RT_TYPE_SLICE) {
        int64_t a, b, c;
        int32_t flags;
        if (unpack_slice(key, &a, &b, &c, &flags)) rt_dyn_delslice(o, a, b, c, flags);
        return;
    }
    if (t == RT_TYPE_LIST) {
        key = rt_index_value(key);
        if (!key) return;
        if (!is_intlike(key)) {
            rt_raise_fmt(RT_EXC_TYPE, "list indices must be integers or slices, not %T", key);
            return;
        }
        RtList *l = (RtList *)o;
        uint32_t i = rt_seq_index(((RtInt *)key)->value, l->len, "list assignment index out of range");
        if (i != UINT32_MAX) rt_list_pop_at(o, i);
        return;
    }
    if (t == RT_TYPE_BYTEARRAY) {
        rt_bytearray_delitem(o, key);
        return;
    }
    if (t == RT_TYPE_TUPLE || t == RT_TYPE_STR || t == RT_TYPE_BYTES) rt_raise_fmt(RT_EXC_TYPE, "'%T' object doesn't support item deletion", o);
    else rt_raise_fmt(RT_EXC_TYPE, "'%T' object does not support item deletion", o);
}

RtObj *rt_dyn_getslice(RtObj *o, int64_t start, int64_t stop, int64_t step, int32_t flags) {
    o = rt_unwrap(o, "__getitem__");
    uint32_t t = RT_OBJ_TYPE(o);
    if (t == RT_TYPE_INSTANCE) { /* obj[i:j]: __getitem__(slice(i, j, None)) */
        int found;
        RtObj *r = rt_special_getitem(o, slice_of(start, stop, step, flags), &found);
        if (found) return r;
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not subscriptable", o);
        return 0;
    }
    if (!(flags & RT_SLICE_STEP)) step = 1;
    if (t == RT_TYPE_STR) return (RtObj *)rt_str_slice((RtStr *)o, start, stop, step, flags | RT_SLICE_STEP);
    if (rt_is_bytes_type(t)) return rt_bytes_slice(o, start, stop, step, flags | RT_SLICE_STEP);
    if (t == RT_TYPE_RANGE) return rt_range_slice((RtRange *)o, start, stop, step, flags);
    uint32_t n;
    RtObj *const *items = rt_seq_items(o, &n);
    if (!items && t != RT_TYPE_LIST && t != RT_TYPE_TUPLE) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object is not subscriptable", o);
        return 0;
    }
    int64_t len = rt_slice_adjust(n, &start, &stop, step, flags);
    if (RT_ERR) return 0;
    RtObj **dst;
    RtObj *r;
    if (t == RT_TYPE_TUPLE) {
        if (len == n && step == 1) return o; /* tuples are immutable: t[:] is t */
        r = rt_tuple_new((int32_t)len);
        dst = ((RtTuple *)r)->items;
    } else {
        r = rt_list_new_len((uint32_t)len);
        dst = rt_list_items((RtList *)r);
    }
    for (int64_t i = 0, k = start; i < len; i++, k += step) dst[i] = items[k];
    return r;
}

/* o as a list, or NULL once the TypeError is raised. */
static RtList *as_list_for_slice(RtObj *o, const char *what) {
    if (RT_OBJ_TYPE(o) != RT_TYPE_LIST) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object does not support %s", o, what);
        return 0;
    }
    return (RtList *)o;
}

void rt_dyn_setslice(RtObj *o, int64_t start, int64_t stop, int64_t step, int32_t flags, RtObj *value) {
    o = rt_unwrap(o, "__setitem__");
    if (RT_OBJ_TYPE(o) == RT_TYPE_BYTEARRAY) {
        rt_bytearray_setslice(o, start, stop, step, flags, value);
        return;
    }
    if (RT_OBJ_TYPE(o) == RT_TYPE_INSTANCE) { /* obj[i:j] = v: __setitem__(slice(i, j, None), v) */
        int found;
        rt_special_setitem(o, slice_of(start, stop, step, flags), value, &found);
        if (!found && !RT_ERR) rt_raise_fmt(RT_EXC_TYPE, "'%T' object does not support item assignment", o);
        return;
    }
    RtList *l = as_list_for_slice(o, "item assignment");
    if (!l) return;
    if (!(flags & RT_SLICE_STEP)) step = 1;
    uint32_t vt = RT_OBJ_TYPE(value);
    if (vt == RT_TYPE_INT || vt == RT_TYPE_FLOAT || vt == RT_TYPE_BOOL || vt == RT_TYPE_NONE) {
        rt_raise_cstr(RT_EXC_TYPE, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
        return;
    }
    RtList *v = (RtList *)rt_builtin_list(value); /* a copy: value may be l itself */
    if (RT_ERR) return;
    int64_t len = rt_slice_adjust(l->len, &start, &stop, step, flags);
    if (RT_ERR) return;
    if (step == 1) {
        if (stop < start) stop = start;
        uint32_t old = (uint32_t)(stop - start), add = v->len;
        uint32_t newlen = l->len - old + add;
        rt_list_reserve(l, newlen);
        RtObj **it = rt_list_items(l);
        if (add != old) __builtin_memmove(it + start + add, it + stop, (l->len - (uint32_t)stop) * sizeof(RtObj *));
        for (uint32_t i = 0; i < add; i++) it[start + i] = rt_list_items(v)[i];
        for (uint32_t i = newlen; i < l->len; i++) it[i] = 0;
        l->len = newlen;
        return;
    }
    if (v->len != len) {
        rt_raise_fmt(RT_EXC_VALUE, "attempt to assign sequence of size %d to extended slice of size %d",
                     (int64_t)v->len, len);
        return;
    }
    for (int64_t i = 0, k = start; i < len; i++, k += step) rt_list_items(l)[k] = rt_list_items(v)[i];
}

void rt_dyn_delslice(RtObj *o, int64_t start, int64_t stop, int64_t step, int32_t flags) {
    o = rt_unwrap(o, "__delitem__");
    if (RT_OBJ_TYPE(o) == RT_TYPE_BYTEARRAY) {
        rt_bytearray_delslice(o, start, stop, step, flags);
        return;
    }
    RtList *l = as_list_for_slice(o, "item deletion");
    if (!l) return;
    if (!(flags & RT_SLICE_STEP)) step = 1;
    int64_t len = rt_slice_adjust(l->len, &start, &stop, step, flags);
    if (!len || RT_ERR) return;
    if (step < 0) { /* same elements, ascending */
        start = start + (len - 1) * step;
        step = -step;
    }
    uint32_t w = (uint32_t)start;
    int64_t next = start, removed = 0;
    for (uint32_t r = (uint32_t)start; r < l->len; r++) {
        if (removed < len && r == next) {
            removed++;
            next += step;
            continue;
        }
        rt_list_items(l)[w++] = rt_list_items(l)[r];
    }
    for (uint32_t i = w; i < l->len; i++) rt_list_items(l)[i] = 0;
    l->len = w;
}
