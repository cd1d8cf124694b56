/* Builtins over objects: list() tuple() set() dict() sorted() sum() min()
 * max() any() all() enumerate() zip(). (reversed(): rt_dyn_iter.c; ord()
 * and chr(): rt_obj_str.c.) */
#include "rt_obj.h"

RtObj *rt_builtin_list(RtObj *iterable) {
    if (!iterable) return rt_list_new(0);
    uint32_t n;
    RtObj *const *items = rt_seq_items(iterable, &n);
    if (items || RT_OBJ_TYPE(iterable) == RT_TYPE_LIST || RT_OBJ_TYPE(iterable) == RT_TYPE_TUPLE) {
        RtList *l = (RtList *)rt_list_new_len(n);
        for (uint32_t i = 0; i < n; i++) rt_list_items(l)[i] = items[i];
        return (RtObj *)l;
    }
    RtObj *l = rt_list_new(0);
    rt_list_extend(l, iterable); /* which roots l and the iterator: a generator may collect (rt_gen.c) */
    return RT_ERR ? 0 : l;
}

RtObj *rt_builtin_tuple(RtObj *iterable) {
    if (!iterable) return rt_tuple_new(0);
    if (RT_OBJ_TYPE(iterable) == RT_TYPE_TUPLE) return iterable;
    RtList *l = (RtList *)rt_builtin_list(iterable);
    if (RT_ERR) return 0;
    return rt_tuple_from_array(rt_list_items(l), l->len);
}

RtObj *rt_builtin_set(RtObj *iterable) { return rt_set_new_from(iterable); }

RtObj *rt_builtin_dict(RtObj *iterable) {
    RtObj *d = rt_dict_new();
    if (iterable) rt_dict_update(d, iterable);
    return d;
}

RtObj *rt_builtin_sorted(RtObj *iterable, int32_t reverse) {
    RtObj *l = rt_builtin_list(iterable);
    if (RT_ERR) return 0;
    rt_list_sort(l, reverse);
    return l;
}

RtObj *rt_sorted_by_key(RtObj *iterable, RtObj *key, int32_t reverse) {
    if (!key || key == RT_NONE) return rt_builtin_sorted(iterable, reverse);
    RtObj **fr = rt_gc_frame_push(3); /* key, the list, its keys (a key may run code that collects) */
    if (!fr) return 0;
    fr[0] = key;
    RtList *l = (RtList *)(fr[1] = rt_builtin_list(iterable));
    if (!RT_ERR) {
        fr[2] = rt_list_new((int32_t)l->len);
        for (uint32_t i = 0; i < l->len && !RT_ERR; i++) {
            RtObj *args = rt_tuple_new(1);
            rt_tuple_set(args, 0, rt_list_items(l)[i]);
            RtObj *k = rt_call_object(fr[0], args);
            if (!RT_ERR) rt_list_append(fr[2], k);
        }
        if (!RT_ERR) rt_list_sort_with_keys((RtObj *)l, fr[2], reverse);
    }
    rt_gc_frame_pop(fr);
    return RT_ERR ? 0 : (RtObj *)l;
}

/* A list of floats' items, unboxed (RtFloatItem), or NULL for any other
 * object (a subclass of list too). */
static const RtFloatItem *float_items(RtObj *o) {
    uint32_t kind = o->type_flags & (RT_TYPE_MASK | RT_FLAG_LIST_FLOATS);
    return kind == (RT_TYPE_LIST | RT_FLAG_LIST_FLOATS) ? ((RtList *)o)->data : 0;
}

RtObj *rt_builtin_sum(RtObj *iterable, RtObj *start) {
    RtObj *acc = start ? start : rt_box_int(0);
    if (start && RT_OBJ_TYPE(start) == RT_TYPE_STR) {
        rt_raise_cstr(RT_EXC_TYPE, "sum() can't sum strings [use ''.join(seq) instead]");
        return 0;
    }
    const RtFloatItem *f = float_items(iterable);
    if (f && ((RtList *)iterable)->len && (!start || RT_OBJ_TYPE(start) == RT_TYPE_FLOAT)) {
        /* the additions rt_dyn_add would make, in order, unboxed: 0 + x is
         * x + 0.0 (so -0.0 sums to 0.0, as CPython's) */
        double v = start ? ((RtFloat *)start)->value : 0.0;
        for (uint32_t i = 0; i < ((RtList *)iterable)->len; i++) v += f[i].value;
        return rt_box_float(v);
    }
    RtObj **fr = rt_gc_frame_push(2); /* the iterator and the sum: a generator may collect */
    if (!fr) return 0;
    fr[0] = rt_iter(iterable), fr[1] = acc;
    RtObj *x;
    while (!RT_ERR && rt_iter_next(fr[0], &x)) fr[1] = rt_dyn_add(fr[1], x);
    acc = fr[1];
    rt_gc_frame_pop(fr);
    return RT_ERR ? 0 : acc;
}

static RtObj *min_max_or(RtObj *iterable, int32_t op, const char *name, RtObj *dflt);
static RtObj *min_max(RtObj *iterable, int32_t op, const char *name) { return min_max_or(iterable, op, name, 0); }

RtObj *rt_builtin_minmax_default(RtObj *iterable, RtObj *dflt, int32_t is_max) {
    return min_max_or(iterable, is_max ? RT_CMP_GT : RT_CMP_LT, is_max ? "max" : "min", dflt);
}

/* the least (greatest) item; dflt when there is none (NULL: ValueError) */
static RtObj *min_max_or(RtObj *iterable, int32_t op, const char *name, RtObj *dflt) {
    const RtFloatItem *f = float_items(iterable);
    uint32_t n = f ? ((RtList *)iterable)->len : 0;
    if (n) { /* the comparisons rt_dyn_compare makes, unboxed: the first of equals, a NaN never better */
        uint32_t best = 0;
        for (uint32_t i = 1; i < n; i++)
            if (op == RT_CMP_LT ? f[i].value < f[best].value : f[i].value > f[best].value) best = i;
        return rt_list_item_read((RtList *)iterable, best); /* the item itself */
    }
    RtObj **fr = rt_gc_frame_push(3); /* the iterator, the best so far, dflt: a generator may collect */
    if (!fr) return 0;
    fr[0] = rt_iter(iterable), fr[2] = dflt;
    RtObj *x;
    while (!RT_ERR && rt_iter_next(fr[0], &x)) {
        int better = !fr[1] || rt_dyn_compare(x, fr[1], op);
        if (!RT_ERR && better) fr[1] = x;
    }
    RtObj *best = fr[1];
    rt_gc_frame_pop(fr);
    if (RT_ERR) return 0;
    if (!best && dflt) return dflt;
    if (!best) {
        rt_raise_fmt(RT_EXC_VALUE, "%s() arg is an empty sequence", name);
        return 0;
    }
    return best;
}

/* min/max(iterable or items, key=f[, default=d]) called as a value: the
 * item whose key is least (greatest), the first of equals; each key and
 * the best so far are rooted while f and the comparisons run user code. */
static RtObj *min_max_key(RtObj *iterable, RtObj *key, RtObj *dflt, int32_t op, const char *name) {
    RtObj **fr = rt_gc_frame_push(6); /* key, dflt, iterator, best, its key, the current item */
    if (!fr) return 0;
    fr[0] = key, fr[1] = dflt;
    fr[2] = rt_iter(iterable);
    RtObj *x;
    while (!RT_ERR && fr[2] && rt_iter_next(fr[2], &x)) {
        fr[5] = x;
        RtObj *k = key && key != RT_NONE ? rt_call_object(key, rt_tuple_from_array(&fr[5], 1)) : x;
        if (RT_ERR) break;
        RtObj *cur = fr[5];
        fr[5] = k; /* rooted while it is compared */
        int better = !fr[3] || rt_dyn_compare(k, fr[4], op);
        if (RT_ERR) break;
        if (better) fr[3] = cur, fr[4] = k;
    }
    RtObj *best = fr[3];
    rt_gc_frame_pop(fr);
    if (RT_ERR) return 0;
    if (!best && dflt) return dflt;
    if (!best) rt_raise_fmt(RT_EXC_VALUE, "%s() arg is an empty sequence", name);
    return best;
}

RtObj *rt_builtin_min(RtObj *iterable) { return min_max(iterable, RT_CMP_LT, "min"); }
RtObj *rt_builtin_max(RtObj *iterable) { return min_max(iterable, RT_CMP_GT, "max"); }

/* any() (want 1) or all() (want 0): the first item whose truth is want
 * decides; the iterator rooted (a generator may collect) */
static int32_t any_all(RtObj *iterable, int want) {
    RtObj **fr = rt_gc_frame_push(1);
    if (!fr) return 0;
    fr[0] = rt_iter(iterable);
    RtObj *x;
    int found = 0;
    while (!found && !RT_ERR && rt_iter_next(fr[0], &x)) found = (rt_truthy(x) != 0) == want && !RT_ERR;
    rt_gc_frame_pop(fr);
    if (RT_ERR) return 0;
    return found ? want : !want;
}

int32_t rt_builtin_any(RtObj *iterable) { return any_all(iterable, 1); }
int32_t rt_builtin_all(RtObj *iterable) { return any_all(iterable, 0); }

/* map(f, a, b) consumed whole (src/back/lower/lower_values.c): its zip
 * as a list */
RtObj *rt_builtin_zip_list(RtObj *a, RtObj *b, RtObj *c, RtObj *d) {
    RtObj *z = rt_builtin_zip4(a, b, c, d);
    return RT_ERR ? 0 : rt_builtin_list(z);
}

/* x.bit_length() of a boxed value (an int, or an object whose type is
 * known at run time only) */
int64_t rt_int_obj_bit_length(RtObj *o) {
    if (!rt_is_intlike(o)) {
        rt_raise_fmt(RT_EXC_ATTRIBUTE, "'%T' object has no attribute 'bit_length'", o);
        return 0;
    }
    return rt_int_bit_length(((RtInt *)o)->value);
}

/* id(o): the object's address (an unboxed value was boxed for the call:
 * small ints and big ints keep their identity, as CPython's do) */
int64_t rt_builtin_id(RtObj *o) { return (int64_t)(uintptr_t)o; }

/* ---- builtins of several arities as values (rt_abi.h, RT_VALUE_*) ---- */

/* One value per builtin, made at its first use: `print is print`, as in
 * CPython (kept alive by a root range of its own). */
RtObj *rt_builtin_value(int32_t code, RtStr *name) {
    static RtObj *made[RT_VALUE_COUNT];
    static int rooted;
    if ((uint32_t)code < RT_VALUE_COUNT && made[code]) return made[code];
    RtFunc *f = (RtFunc *)rt_func_new(-1, -1, name, 0, rt_box_int(code));
    f->bound = RT_BUILTIN_APPLY;
    if ((uint32_t)code < RT_VALUE_COUNT) {
        if (!rooted) rt_gc_add_root_range(made, RT_VALUE_COUNT), rooted = 1;
        made[code] = (RtObj *)f;
    }
    return (RtObj *)f;
}

/* "ab".upper, xs.append ... as a value: a builtin method bound to its
 * receiver (env), called through the generated rt_ml_builtin with which,
 * RT_BUILTIN_METHOD + the program's number for the type's method. */
RtObj *rt_method_value(int32_t which, RtObj *self, RtStr *name) {
    RtFunc *f = (RtFunc *)rt_func_new(-1, -1, name, 0, self);
    f->bound = which;
    return (RtObj *)f;
}

RtObj *rt_getattr_method(int32_t which, RtObj *o, RtStr *name, int32_t types) {
    uint32_t t = RT_OBJ_TYPE(o);
    if (t < 32 && ((uint32_t)types >> t & 1u)) return rt_method_value(which, o, name);
    return rt_getattr(o, name);
}

/* The words of CPython's three kinds of builtin method: no argument
 * (METH_NOARGS), one (METH_O), and a range (Argument Clinic). */
RtObj *rt_method_arity_error(RtStr *type, RtStr *name, int32_t lo, int32_t hi, int32_t n) {
    if (hi == 0)
        rt_raise_fmt(RT_EXC_TYPE, "%s.%s() takes no arguments (%d given)", type->data, name->data, (int64_t)n);
    else if (lo == 1 && hi == 1)
        rt_raise_fmt(RT_EXC_TYPE, "%s.%s() takes exactly one argument (%d given)", type->data, name->data, (int64_t)n);
    else if (n < lo)
        rt_raise_fmt(RT_EXC_TYPE, "%s expected at least %d argument%s, got %d", name->data, (int64_t)lo, lo == 1 ? "" : "s", (int64_t)n);
    else
        rt_raise_fmt(RT_EXC_TYPE, "%s expected at most %d argument%s, got %d", name->data, (int64_t)hi, hi == 1 ? "" : "s", (int64_t)n);
    return 0;
}

/* CPython's words for a wrong count of arguments to these builtins */
static RtObj *count_error(const char *name, uint32_t lo, uint32_t hi, uint32_t n) {
    if (lo == hi) rt_raise_fmt(RT_EXC_TYPE, "%s expected %d arguments, got %d", name, (int64_t)lo, (int64_t)n);
    else if (n > hi) rt_raise_fmt(RT_EXC_TYPE, "%s() takes at most %d arguments (%d given)", name, (int64_t)hi, (int64_t)n);
    else rt_raise_fmt(RT_EXC_TYPE, "%s() takes at least %d positional argument (%d given)", name, (int64_t)lo, (int64_t)n);
    return 0;
}

/* "pow() missing required argument 'exp' (pos 2)" */
static RtObj *missing(const char *name, const char *arg, int64_t pos) {
    rt_raise_fmt(RT_EXC_TYPE, "%s() missing required argument '%s' (pos %d)", name, arg, pos);
    return 0;
}

/* args with the keyword arguments kw in their parameters' places (names:
 * the parameters', NULL for a positional-only one): a new tuple, or NULL
 * after CPython's TypeError, in the words of Argument Clinic's functions
 * (clinic: round, pow) or of the older ones (int, str, bytes). */
RtObj *rt_keywords_as_positions(const char *fname, const char *const *names, uint32_t count, RtObj *args, RtObj *kw,
                                int clinic) {
    RtTuple *a = (RtTuple *)args;
    RtObj *slot[4] = {0, 0, 0, 0};
    uint32_t top = a->len;
    if (top > count || count > 4) return args; /* the arity error comes next */
    if (top + ((RtDict *)kw)->len > count) {
        rt_raise_fmt(RT_EXC_TYPE, "%s() takes at most %d arguments (%d given)", fname, (int64_t)count,
                     (int64_t)(top + ((RtDict *)kw)->len));
        return 0;
    }
    for (uint32_t i = 0; i < top; i++) slot[i] = a->items[i];
    RtDictEntry *e = rt_dict_entries((RtDict *)kw);
    for (uint32_t k = 0; k < ((RtDict *)kw)->nentries; k++) {
        RtStr *key = (RtStr *)e[k].key;
        if (!key) continue;
        uint32_t at = count;
        for (uint32_t j = 0; j < count; j++)
            if (names[j] && rt_cstr_eq(key->data, names[j])) at = j;
        if (at == count) {
            if (clinic) rt_raise_fmt(RT_EXC_TYPE, "%s() got an unexpected keyword argument '%s'", fname, key->data);
            else rt_raise_fmt(RT_EXC_TYPE, "'%s' is an invalid keyword argument for %s()", key->data, fname);
            return 0;
        }
        if (slot[at]) {
            rt_raise_fmt(RT_EXC_TYPE, "argument for %s() given by name ('%s') and position (%d)", fname, key->data,
                         (int64_t)at + 1);
            return 0;
        }
        slot[at] = e[k].value;
        if (at + 1 > top) top = at + 1;
    }
    for (uint32_t j = 0; j < top; j++)
        if (!slot[j]) {
            if (clinic)
                rt_raise_fmt(RT_EXC_TYPE, "%s() missing required argument '%s' (pos %d)", fname,
                             names[j] ? names[j] : "iterable", (int64_t)j + 1);
            else /* str(encoding="ascii") and the like */
                rt_raise_fmt(RT_EXC_TYPE, "calling %s() with these keyword arguments is not supported yet", fname);
            return 0;
        }
    return rt_tuple_from_array(slot, top);
}

/* The call of such a value: code (boxed RT_VALUE_*), the arguments' tuple,
 * the keyword arguments (a dict; NULL or empty: none). The builtins of
 * rt_builtin_apply_more (rt_builtin_values.c) come after these. */
RtObj *rt_builtin_apply(RtObj *code, RtObj *args, RtObj *kw) {
    int64_t which = ((RtInt *)code)->value;
    if (which > RT_VALUE_ZIP) return rt_builtin_apply_more(which, args, kw);
    static const char *const names[] = {"min", "max", "sum", "round", "pow", "divmod", "zip"};
    if (kw && ((RtDict *)kw)->len && which <= RT_VALUE_MAX) { /* key=, default= */
        RtTuple *a = (RtTuple *)args;
        RtObj *key = 0, *dflt = 0;
        RtDictEntry *e = rt_dict_entries((RtDict *)kw);
        for (uint32_t i = 0; i < ((RtDict *)kw)->nentries; i++) {
            RtStr *k = (RtStr *)e[i].key;
            if (!k) continue;
            if (rt_cstr_eq(k->data, "key")) key = e[i].value;
            else if (rt_cstr_eq(k->data, "default")) dflt = e[i].value;
            else {
                rt_raise_fmt(RT_EXC_TYPE, "'%s' is an invalid keyword argument for %s()", k->data, names[which]);
                return 0;
            }
        }
        if (!a->len) {
            rt_raise_fmt(RT_EXC_TYPE, "%s expected at least 1 argument, got 0", names[which]);
            return 0;
        }
        if (dflt && a->len > 1) {
            rt_raise_fmt(RT_EXC_TYPE, "Cannot specify a default for %s() with multiple positional arguments", names[which]);
            return 0;
        }
        return min_max_key(a->len == 1 ? a->items[0] : args, key, dflt, which == RT_VALUE_MAX ? RT_CMP_GT : RT_CMP_LT,
                           names[which]);
    }
    if (kw && ((RtDict *)kw)->len && (which == RT_VALUE_ROUND || which == RT_VALUE_SUM || which == RT_VALUE_POW)) {
        /* round(number, ndigits), sum(iterable, /, start), pow(base, exp, mod): by keyword */
        static const char *const params[][3] = {{"number", "ndigits", 0}, {0, "start", 0}, {"base", "exp", "mod"}};
        const char *const *p = params[which == RT_VALUE_ROUND ? 0 : which == RT_VALUE_SUM ? 1 : 2];
        args = rt_keywords_as_positions(names[which], p, which == RT_VALUE_POW ? 3 : 2, args, kw, 1);
        if (!args) return 0;
        kw = 0;
    }
    if (kw && ((RtDict *)kw)->len && which == RT_VALUE_ZIP) { /* strict= */
        RtDictEntry *e = rt_dict_entries((RtDict *)kw);
        RtObj *strict = 0;
        for (uint32_t i = 0; i < ((RtDict *)kw)->nentries; i++) {
            RtStr *k = (RtStr *)e[i].key;
            if (!k) continue;
            if (!rt_cstr_eq(k->data, "strict")) {
                rt_raise_fmt(RT_EXC_TYPE, "zip() got an unexpected keyword argument '%s'", k->data);
                return 0;
            }
            strict = e[i].value;
        }
        int32_t on = rt_truthy(strict);
        if (RT_ERR) return 0;
        return on ? rt_builtin_zip_strict(args) : rt_builtin_zipn(args);
    }
    if (kw && ((RtDict *)kw)->len) {
        rt_raise_fmt(RT_EXC_TYPE, "%s() takes no keyword arguments", names[which]);
        return 0;
    }
    RtTuple *a = (RtTuple *)args;
    uint32_t n = a->len;
    RtObj *x = n > 0 ? a->items[0] : 0, *y = n > 1 ? a->items[1] : 0, *z = n > 2 ? a->items[2] : 0;
    switch (which) {
    case RT_VALUE_MIN:
    case RT_VALUE_MAX: {
        int is_max = which == RT_VALUE_MAX;
        if (!n) {
            rt_raise_fmt(RT_EXC_TYPE, "%s expected at least 1 argument, got 0", is_max ? "max" : "min");
            return 0;
        }
        RtObj *over = n == 1 ? x : args; /* min(iterable) or min(a, b, ...) */
        return is_max ? rt_builtin_max(over) : rt_builtin_min(over);
    }
    case RT_VALUE_SUM:
        if (n < 1 || n > 2) return count_error("sum", 1, 2, n);
        return rt_builtin_sum(x, y);
    case RT_VALUE_ROUND:
        if (n < 1) return missing("round", "number", 1);
        if (n > 2) return count_error("round", 1, 2, n);
        return rt_dyn_round(x, y);
    case RT_VALUE_POW:
        if (n < 2) return missing("pow", n ? "exp" : "base", n + 1);
        if (n > 3) return count_error("pow", 2, 3, n);
        return rt_builtin_pow(x, y, z);
    case RT_VALUE_ZIP: return rt_builtin_zipn(args);
    default:
        if (n != 2) return count_error("divmod", 2, 2, n);
        return rt_dyn_divmod(x, y);
    }
}
