/* Unpacking assignment (a, b = seq): the length check with CPython's
 * messages. */
#include "rt_internal.h"
#include "rt_obj.h"

static RtStr *lit(const char *s) { return rt_str_from_bytes(s, rt_cstrlen(s)); }

/* seq itself when it can be indexed, else a list of its first `limit`
 * items (all when limit < 0). */
static RtObj *items_of(RtObj *seq, int64_t limit) {
    uint32_t t = seq->type_flags & RT_TYPE_MASK;
    if (t == RT_TYPE_STR || t == RT_TYPE_LIST || t == RT_TYPE_TUPLE) return seq;
    if (limit < 0) return rt_builtin_list(seq);
    RtObj *it = rt_iter(seq), *x;
    if (RT_ERR) return 0;
    RtObj *l = rt_list_new(0);
    while (((RtList *)l)->len < limit && rt_iter_next(it, &x)) rt_list_append(l, x);
    return RT_ERR ? 0 : l;
}

RtObj *rt_unpack_check(RtObj *seq, int32_t n) {
    seq = items_of(seq, (int64_t)n + 1);
    if (!seq) return 0;
    int64_t len = rt_dyn_len(seq);
    if (len == n) return seq;
    RtStr *msg;
    if (len > n) {
        msg = rt_str_concat(rt_str_concat(lit("too many values to unpack (expected "), rt_str_from_int(n)),
                            lit(")"));
    } else {
        msg = rt_str_concat(rt_str_concat(lit("not enough values to unpack (expected "), rt_str_from_int(n)),
                            rt_str_concat(rt_str_concat(lit(", got "), rt_str_from_int(len)),
                                          lit(")")));
    }
    rt_raise(RT_EXC_VALUE, msg);
    return 0;
}

/* a, *rest, z = seq needs at least `fixed` items. */
RtObj *rt_unpack_check_star(RtObj *seq, int32_t fixed) {
    seq = items_of(seq, -1);
    if (!seq) return 0;
    int64_t len = rt_dyn_len(seq);
    if (len >= fixed) return seq;
    RtStr *msg = rt_str_concat(rt_str_concat(lit("not enough values to unpack (expected at least "), rt_str_from_int(fixed)),
                               rt_str_concat(rt_str_concat(lit(", got "), rt_str_from_int(len)), lit(")")));
    rt_raise(RT_EXC_VALUE, msg);
    return 0;
}

/* ---- match statements ---- */

static uint32_t type_of(RtObj *o) { return o->type_flags & RT_TYPE_MASK; }

/* case [a, b] / (a, b): lists, tuples and ranges (not str), and the
 * instances of classes deriving from list or tuple (a namedtuple) */
int32_t rt_match_sequence(RtObj *o) {
    uint32_t t = type_of(rt_unwrap(o, 0));
    return t == RT_TYPE_LIST || t == RT_TYPE_TUPLE || t == RT_TYPE_RANGE;
}

/* case {"k": v}: a dict, or an instance of a class deriving from dict */
int32_t rt_match_mapping(RtObj *o) { return type_of(rt_unwrap(o, 0)) == RT_TYPE_DICT; }

/* case int() / str() ...: code 0 int, 1 float, 2 str, 3 bool, 4 list,
 * 5 tuple, 6 dict, 7 set, 8 bytes, 9 bytearray. bool is an int, as
 * isinstance says. */
int32_t rt_match_class(RtObj *o, int32_t code) {
    static const uint32_t types[] = {RT_TYPE_INT, RT_TYPE_FLOAT, RT_TYPE_STR, RT_TYPE_BOOL, RT_TYPE_LIST,
                                     RT_TYPE_TUPLE, RT_TYPE_DICT, RT_TYPE_SET, RT_TYPE_BYTES, RT_TYPE_BYTEARRAY};
    uint32_t t = type_of(rt_unwrap(o, 0)); /* case tuple(): a namedtuple too */
    if (code == 0 && t == RT_TYPE_BOOL) return 1;
    return code >= 0 && code < 10 && t == types[code];
}

/* ---- exact int/float comparison ----
 * CPython compares an int and a float exactly (2**53 + 1 != 2.0**53);
 * converting the int to a double would round. op: RT_CMP_*. */
int32_t rt_cmp_int_float(int64_t i, double d, int32_t op) {
    int c; /* sign of i - d */
    if (d != d) return op == RT_CMP_NE;
    if (!RT_INT_IS_SMALL(i)) c = rt_int_cmp_float(i, d); /* a big int (tagged) */
    else if (d >= 9223372036854775808.0) c = -1;
    else if (d < -9223372036854775808.0) c = 1;
    else {
        double t = __builtin_trunc(d);
        int64_t ti = (int64_t)t;
        if (i != ti) c = i < ti ? -1 : 1;
        else c = d > t ? -1 : d < t ? 1 : 0; /* equal integer parts: the fraction decides */
    }
    switch (op) {
    case RT_CMP_LT: return c < 0;
    case RT_CMP_LE: return c <= 0;
    case RT_CMP_EQ: return c == 0;
    case RT_CMP_NE: return c != 0;
    case RT_CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* ---- function values ----
 * A function used as a value (a lambda, or a def passed around) is an
 * object holding its slot in the module's function table; calls go through
 * call_indirect with objects in and out. */

/* functools.wraps(wrapped)(wrapper) of two functions: a copy of wrapper
 * named as wrapped (__name__, __qualname__; the name is the function
 * object's, not an attribute), whose attributes are wrapper's updated with
 * wrapped's, and __wrapped__, as update_wrapper's; another wrapper is
 * returned as it is. */
RtObj *rt_func_renamed(RtObj *wrapper, RtObj *wrapped) {
    if (RT_OBJ_TYPE(wrapper) != RT_TYPE_FUNCTION || RT_OBJ_TYPE(wrapped) != RT_TYPE_FUNCTION) return wrapper;
    RtObj **fr = rt_gc_frame_push(2);
    RtFunc *f = rt_alloc(sizeof *f);
    fr[0] = (RtObj *)f;
    *f = *(RtFunc *)wrapper;
    f->h.type_flags = RT_TYPE_FUNCTION; /* not the static flag of a def's one object */
    f->name = ((RtFunc *)wrapped)->name;
    f->short_name = ((RtFunc *)wrapped)->short_name;
    f->dict = fr[1] = rt_dict_new();
    if (((RtFunc *)wrapper)->dict) rt_dict_update(f->dict, ((RtFunc *)wrapper)->dict);
    if (((RtFunc *)wrapped)->dict) rt_dict_update(f->dict, ((RtFunc *)wrapped)->dict);
    rt_dict_setitem(f->dict, (RtObj *)rt_str_from_bytes("__wrapped__", 11), wrapped);
    rt_gc_frame_pop(fr);
    return (RtObj *)f;
}

RtObj *rt_func_new(int32_t index, int32_t nparams, RtStr *name, RtObj *names, RtObj *env) {
    RtFunc *f = rt_alloc(sizeof *f);
    f->h.type_flags = RT_TYPE_FUNCTION;
    f->index = index;
    f->nparams = nparams;
    f->name = name;
    f->env = env;
    f->defaults = 0;
    f->names = names;
    f->bound = -1;
    return (RtObj *)f;
}

/* A variable shared between a function and the functions it defines: its
 * value lives in a cell (value at +8; NULL while unbound). */

RtObj *rt_cell_new(RtObj *value) {
    RtCell *c = rt_alloc(sizeof *c);
    c->h.type_flags = RT_TYPE_CELL;
    c->value = value;
    return (RtObj *)c;
}

#if __SIZEOF_POINTER__ == 4 /* wasm32: the layout generated code relies on */
_Static_assert(__builtin_offsetof(RtFunc, env) == 20, "generated code reads env at +20");
_Static_assert(__builtin_offsetof(RtCell, value) == 8, "generated code reads a cell's value at +8");
#endif
