/* Builtins used as values, beyond those of several arities of
 * rt_obj_builtins.c (min, max, sum ...): print, range, enumerate, map,
 * filter, isinstance, iter, next, reversed, getattr, setattr, hasattr and
 * format, called with their arguments' tuple and keyword arguments, with
 * CPython's messages for a wrong call. (A direct call of one of them is
 * compiled on its own; this is `f = print; f(...)`, `list(map(next, its))`.) */
#include "rt_obj.h"

static RtObj *arity(const char *name, uint32_t lo, uint32_t hi, uint32_t n) {
    if (lo == hi) rt_raise_fmt(RT_EXC_TYPE, "%s expected %d argument%s, got %d", name, (int64_t)lo, lo == 1 ? "" : "s", (int64_t)n);
    else if (n < lo) rt_raise_fmt(RT_EXC_TYPE, "%s expected at least %d argument%s, got %d", name, (int64_t)lo, lo == 1 ? "" : "s", (int64_t)n);
    else rt_raise_fmt(RT_EXC_TYPE, "%s expected at most %d argument%s, got %d", name, (int64_t)hi, hi == 1 ? "" : "s", (int64_t)n);
    return 0;
}

static int has_keywords(RtObj *kw) { return kw && ((RtDict *)kw)->len; }

static RtObj *no_keywords(const char *name) {
    rt_raise_fmt(RT_EXC_TYPE, "%s() takes no keyword arguments", name);
    return 0;
}

/* The keyword arguments a builtin takes (names, in order) into out[]
 * (NULL where absent); 0 after CPython's TypeError for another. */
static int take_keywords(RtObj *kw, const char *fname, const char *const *names, int count, RtObj **out) {
    for (int i = 0; i < count; i++) out[i] = 0;
    if (!kw) return 1;
    RtDict *d = (RtDict *)kw;
    RtDictEntry *e = rt_dict_entries(d);
    for (uint32_t i = 0; i < d->nentries; i++) {
        if (!e[i].key) continue;
        RtStr *k = (RtStr *)e[i].key;
        int found = 0;
        for (int j = 0; j < count && !found; j++)
            if (k->byte_len == rt_cstrlen(names[j]) && !__builtin_memcmp(k->data, names[j], k->byte_len)) out[j] = e[i].value, found = 1;
        if (!found) {
            rt_raise_fmt(RT_EXC_TYPE, "'%s' is an invalid keyword argument for %s()", k->data, fname);
            return 0;
        }
    }
    return 1;
}

/* print's sep or end: a str, or None for the default (dflt) */
static RtStr *print_text(RtObj *v, const char *what, const char *dflt) {
    if (!v || RT_OBJ_TYPE(v) == RT_TYPE_NONE) return rt_str_from_bytes(dflt, rt_cstrlen(dflt));
    if (RT_OBJ_TYPE(v) != RT_TYPE_STR) {
        rt_raise_fmt(RT_EXC_TYPE, "%s must be None or a string, not %T", what, v);
        return 0;
    }
    return (RtStr *)v;
}

RtStr *rt_print_sep_end(RtObj *v, int32_t end) { return end ? print_text(v, "end", "\n") : print_text(v, "sep", " "); }

/* print(*args, sep=' ', end='\n', file=None, flush=False) */
static RtObj *print_value(RtObj *args, RtObj *kw) {
    static const char *const names[] = {"sep", "end", "file", "flush"};
    RtObj *k[4];
    if (!take_keywords(kw, "print", names, 4, k)) return 0;
    RtObj **fr = rt_gc_frame_push(4); /* a __str__ may collect: what this holds is rooted */
    fr[0] = args;
    fr[1] = (RtObj *)print_text(k[0], "sep", " ");
    fr[2] = RT_ERR ? 0 : (RtObj *)print_text(k[1], "end", "\n");
    RtTuple *a = (RtTuple *)args;
    RtObj *file = k[2];
    if (RT_ERR) {
        /* reported */
    } else if (!file || RT_OBJ_TYPE(file) == RT_TYPE_NONE) {
        for (uint32_t i = 0; i < a->len && !RT_ERR; i++) {
            if (i) rt_print_str((RtStr *)fr[1]);
            rt_print_obj(a->items[i]);
        }
        if (!RT_ERR) rt_print_str((RtStr *)fr[2]);
    } else { /* file.write() of each piece, as CPython's print */
        fr[3] = rt_getattr(file, rt_str_from_bytes("write", 5));
        for (uint32_t i = 0; i <= a->len && !RT_ERR; i++) {
            if (i && i < a->len) rt_call_object(fr[3], rt_tuple_from_array(&fr[1], 1));
            RtObj *piece = i < a->len ? (RtObj *)rt_dyn_str(a->items[i]) : fr[2];
            if (!RT_ERR) rt_call_object(fr[3], rt_tuple_from_array(&piece, 1));
        }
    }
    if (!RT_ERR && k[3] && rt_truthy(k[3])) { /* flush=True: the file's flush(), or stdout's buffer */
        if (file && RT_OBJ_TYPE(file) != RT_TYPE_NONE) {
            RtObj *flush = rt_getattr(file, rt_str_from_bytes("flush", 5));
            if (!RT_ERR) rt_call_object(flush, rt_tuple_new(0));
        } else {
            rt_flush();
        }
    }
    rt_gc_frame_pop(fr);
    return RT_ERR ? 0 : RT_NONE;
}

/* range(stop) / range(start, stop[, step]) */
static RtObj *range_value(RtTuple *a) {
    uint32_t n = a->len;
    if (n < 1 || n > 3) return arity("range", 1, 3, n);
    int64_t v[3] = {0, 0, 1};
    for (uint32_t i = 0; i < n; i++) {
        v[n == 1 ? 1 : i] = rt_unbox_int(a->items[i]);
        if (RT_ERR) return 0;
    }
    return rt_range_new(v[0], v[1], v[2]);
}

/* enumerate(iterable, start=0) */
static RtObj *enumerate_value(RtTuple *a, RtObj *kw) {
    static const char *const names[] = {"iterable", "start"};
    RtObj *k[2];
    if (!take_keywords(kw, "enumerate", names, 2, k)) return 0;
    RtObj *it = a->len > 0 ? a->items[0] : k[0];
    RtObj *start = a->len > 1 ? a->items[1] : k[1];
    uint32_t given = a->len + (k[0] != 0) + (k[1] != 0);
    if (a->len > 2 || given > 2) {
        rt_raise_fmt(RT_EXC_TYPE, "enumerate() takes at most 2 arguments (%d given)", (int64_t)given);
        return 0;
    }
    if (!it) {
        rt_raise_cstr(RT_EXC_TYPE, "enumerate() missing required argument 'iterable' (pos 1)");
        return 0;
    }
    int64_t s = 0;
    if (start) {
        s = rt_unbox_int(start);
        if (RT_ERR) return 0;
    }
    return rt_builtin_enumerate(it, s);
}

/* sorted(iterable, /, *, key=None, reverse=False) */
static RtObj *sorted_value(RtTuple *a, RtObj *kw) {
    static const char *const names[] = {"key", "reverse"};
    RtObj *k[2];
    if (a->len != 1) return arity("sorted", 1, 1, a->len);
    if (!take_keywords(kw, "sorted", names, 2, k)) return 0;
    int32_t reverse = 0;
    if (k[1]) {
        uint32_t t = RT_OBJ_TYPE(k[1]);
        if (t != RT_TYPE_INT && t != RT_TYPE_BOOL) {
            rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", k[1]);
            return 0;
        }
        reverse = rt_truthy(k[1]);
    }
    return rt_sorted_by_key(a->items[0], k[0], reverse);
}

RtObj *rt_builtin_apply_more(int64_t which, RtObj *args, RtObj *kw) {
    RtTuple *a = (RtTuple *)args;
    uint32_t n = a->len;
    RtObj *x = n > 0 ? a->items[0] : 0, *y = n > 1 ? a->items[1] : 0, *z = n > 2 ? a->items[2] : 0;
    switch (which) {
    case RT_VALUE_PRINT: return print_value(args, kw);
    case RT_VALUE_ENUMERATE: return enumerate_value(a, kw);
    case RT_VALUE_SORTED: return sorted_value(a, kw);
    default: break;
    }
    static const char *const names[] = {"range", "enumerate", "map", "filter", "isinstance", "iter", "next",
                                        "reversed", "getattr", "setattr", "hasattr", "format"};
    const char *name = names[which - RT_VALUE_RANGE];
    if (has_keywords(kw)) return no_keywords(name);
    switch (which) {
    case RT_VALUE_RANGE: return range_value(a);
    case RT_VALUE_MAP:
        if (n < 2) {
            rt_raise_cstr(RT_EXC_TYPE, "map() must have at least two arguments.");
            return 0;
        }
        return rt_builtin_map_iter(args);
    case RT_VALUE_FILTER:
        if (n != 2) return arity("filter", 2, 2, n);
        return rt_builtin_filter_iter(x, y);
    case RT_VALUE_ISINSTANCE: {
        if (n != 2) return arity("isinstance", 2, 2, n);
        int32_t r = rt_isinstance(x, y);
        return RT_ERR ? 0 : rt_box_bool(r);
    }
    case RT_VALUE_ITER:
        if (n < 1 || n > 2) return arity("iter", 1, 2, n);
        return rt_builtin_iter(x, y);
    case RT_VALUE_NEXT:
        if (n < 1 || n > 2) return arity("next", 1, 2, n);
        return rt_builtin_next(x, y);
    case RT_VALUE_REVERSED:
        if (n != 1) return arity("reversed", 1, 1, n);
        return rt_builtin_reversed(x);
    case RT_VALUE_GETATTR:
        if (n < 2 || n > 3) return arity("getattr", 2, 3, n);
        return rt_builtin_getattr(x, y, z);
    case RT_VALUE_SETATTR:
        if (n != 3) return arity("setattr", 3, 3, n);
        rt_builtin_setattr(x, y, z);
        return RT_ERR ? 0 : RT_NONE;
    case RT_VALUE_HASATTR: {
        if (n != 2) return arity("hasattr", 2, 2, n);
        int32_t r = rt_builtin_hasattr(x, y);
        return RT_ERR ? 0 : rt_box_bool(r);
    }
    default: /* format(value, format_spec='') */
        if (n < 1 || n > 2) return arity("format", 1, 2, n);
        if (y && RT_OBJ_TYPE(y) != RT_TYPE_STR) {
            rt_raise_fmt(RT_EXC_TYPE, "format() argument 2 must be str, not %T", y);
            return 0;
        }
        return (RtObj *)rt_format(x, y ? (RtStr *)y : rt_str_from_bytes("", 0));
    }
}
