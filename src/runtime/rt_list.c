/* list: a header with length and capacity, items in a separate raw block
 * (grown like CPython's list_resize, about 1.125x + 6, up to 64 items,
 * then 1.5x: see rt_list_reserve), and its methods (the sort itself:
 * rt_sort.c). */
#include "rt_obj.h"

/* o as a list, or NULL once the TypeError is raised. */
static RtList *as_list(RtObj *o, const char *what) {
    if (RT_OBJ_TYPE(o) != RT_TYPE_LIST) {
        rt_raise_fmt(RT_EXC_TYPE, "descriptor '%s' for 'list' objects doesn't apply to a '%T' object", what, o);
        return 0;
    }
    return (RtList *)o;
}

RtObj *rt_list_new(int32_t cap) {
    RtList *l = rt_alloc(sizeof(RtList));
    l->h.type_flags = RT_TYPE_LIST;
    if (cap > 0) {
        if (cap > 0x1fffffff) rt_fatal_memory();
        l->data = rt_alloc((uint32_t)cap * (uint32_t)sizeof(RtObj *));
        l->cap = (uint32_t)cap;
    }
    return (RtObj *)l;
}

RtObj *rt_list_new_len(uint32_t len) {
    if (len > 0x1fffffffu) rt_fatal_memory();
    RtList *l = (RtList *)rt_list_new((int32_t)len);
    l->len = len;
    return (RtObj *)l;
}

/* A list of bools of n items, all b (the runtime's `[False] * n`): one
 * byte an item, read and written in place by generated code. */
RtObj *rt_list_new_bools(uint32_t n, int b) {
    if (n > 0x1fffffffu) rt_fatal_memory(); /* as a list of objects, which it may become */
    RtList *l = rt_alloc(sizeof(RtList));
    l->h.type_flags = RT_TYPE_LIST | RT_FLAG_LIST_BOOLS;
    l->data = rt_alloc(n ? n : 1);
    if (b) __builtin_memset(l->data, 1, n);
    l->len = l->cap = n;
    return (RtObj *)l;
}

/* A list of n floats: 0.0, no box (a display's, which generated code
 * fills; or the repetition's, rt_dyn_num.c). */
RtObj *rt_list_new_floats(uint32_t n) {
    if (n > 0x1fffffffu) rt_fatal_memory(); /* as a list of objects, which it may become */
    RtList *l = rt_alloc(sizeof(RtList));
    l->h.type_flags = RT_TYPE_LIST | RT_FLAG_LIST_FLOATS;
    l->data = rt_alloc((n ? n : 1) * (uint32_t)sizeof(RtFloatItem));
    l->len = l->cap = n;
    return (RtObj *)l;
}

static RtObj *float_item_object(RtFloatItem *f) {
    if (!f->box) f->box = rt_box_float(f->value);
    return f->box;
}

RtObj **rt_list_unpack(RtList *l) {
    RtObj **items = l->cap ? rt_alloc(l->cap * (uint32_t)sizeof(RtObj *)) : 0;
    if (l->h.type_flags & RT_FLAG_LIST_FLOATS) {
        RtFloatItem *f = l->data;
        for (uint32_t i = 0; i < l->len; i++) items[i] = float_item_object(&f[i]);
    } else {
        const uint8_t *bytes = l->data;
        for (uint32_t i = 0; i < l->len; i++) items[i] = RT_BOOL(bytes[i]);
    }
    l->data = items;
    l->h.type_flags &= ~(uint32_t)RT_FLAGS_LIST_UNBOXED;
    return items;
}

/* Item i (< len) of a list of any kind, not turning it into objects. */
RtObj *rt_list_item_read(RtList *l, uint32_t i) {
    if (l->h.type_flags & RT_FLAG_LIST_BOOLS) return RT_BOOL(((uint8_t *)l->data)[i]);
    if (l->h.type_flags & RT_FLAG_LIST_FLOATS) return float_item_object(&((RtFloatItem *)l->data)[i]);
    return ((RtObj **)l->data)[i];
}

RtObj *rt_list_item_at(RtObj *l, uint32_t i) { return rt_list_item_read((RtList *)l, i); }

RtObj *rt_list_float_box(RtObj *o, uint32_t i, double v) {
    RtList *l = (RtList *)o;
    if (l->h.type_flags & RT_FLAG_LIST_FLOATS && i < l->len) {
        RtFloatItem *f = &((RtFloatItem *)l->data)[i];
        /* the same bits: -0.0 is not 0.0, a NaN only itself */
        if (!__builtin_memcmp(&f->value, &v, sizeof v)) return float_item_object(f);
    }
    return rt_box_float(v);
}

/* Item i (< len) = x: a bool stays a byte in a list of bools, a float
 * (exactly: not an instance of a subclass) an item of a list of floats. */
void rt_list_item_write(RtList *l, uint32_t i, RtObj *x) {
    if (l->h.type_flags & RT_FLAG_LIST_BOOLS && (x == RT_TRUE || x == RT_FALSE)) {
        ((uint8_t *)l->data)[i] = x == RT_TRUE;
    } else if (l->h.type_flags & RT_FLAG_LIST_FLOATS && RT_OBJ_TYPE(x) == RT_TYPE_FLOAT) {
        RtFloatItem *f = &((RtFloatItem *)l->data)[i];
        f->value = ((RtFloat *)x)->value;
        f->box = x;
    } else {
        rt_list_items(l)[i] = x;
    }
}

void rt_list_reserve(RtList *l, uint32_t need) {
    if (need <= l->cap) return;
    if (need > 0x1fffffffu) rt_fatal_memory();
    /* CPython's 1.125x assumes realloc, which often grows in place; here
     * every growth is a new block, zeroed, the items copied and the old
     * block garbage: 1.125x made appending 10^6 items allocate, zero and
     * copy about 9 times the final array. Beyond 64 items the runtime
     * grows by 1.5x (about 3 times), as small lists still grow as
     * CPython's. */
    uint64_t cap = need <= 64 ? (uint64_t)need + (need >> 3) + (need < 9 ? 3 : 6) : (uint64_t)need + (need >> 1);
    if (cap > 0x1fffffffu) cap = 0x1fffffffu;
    RtObj **old = rt_list_items(l); /* a list that grows holds objects */
    RtObj **items = rt_alloc((uint32_t)cap * (uint32_t)sizeof(RtObj *));
    if (l->len) rt_memcpy(items, old, l->len * (uint32_t)sizeof(RtObj *));
    l->data = items;
    l->cap = (uint32_t)cap;
}

/* Displays, comprehensions and map/filter/sorted build into lists of their
 * own: no type check, so no exception check after each element. */
void rt_list_push(RtObj *o, RtObj *x) {
    RtList *l = (RtList *)o;
    if (l->len == l->cap) rt_list_reserve(l, l->len + 1);
    rt_list_items(l)[l->len++] = x;
}

void rt_list_append(RtObj *o, RtObj *x) {
    if (!as_list(o, "append")) return;
    rt_list_push(o, x);
}

void rt_list_extend(RtObj *o, RtObj *iterable) {
    RtList *l = as_list(o, "extend");
    if (!l) return;
    uint32_t n;
    RtObj *const *src = rt_seq_items(iterable, &n);
    if (src) { /* list or tuple (possibly l itself) */
        rt_list_reserve(l, l->len + n);
        src = rt_seq_items(iterable, &n);
        for (uint32_t i = 0; i < n; i++) rt_list_items(l)[l->len + i] = src[i];
        l->len += n;
        return;
    }
    RtObj **fr = rt_gc_frame_push(2); /* the list and the iterator: a generator may collect */
    if (!fr) return;
    fr[0] = o, fr[1] = rt_iter(iterable);
    RtObj *x;
    while (!RT_ERR && rt_iter_next(fr[1], &x)) rt_list_append(fr[0], x);
    rt_gc_frame_pop(fr);
}

void rt_list_insert(RtObj *o, int64_t i, RtObj *x) {
    RtList *l = as_list(o, "insert");
    if (!l) return;
    int64_t n = l->len;
    if (i < 0) i = i + n < 0 ? 0 : i + n;
    if (i > n) i = n;
    if (l->len == l->cap) rt_list_reserve(l, l->len + 1);
    for (uint32_t k = l->len; k > (uint32_t)i; k--) rt_list_items(l)[k] = rt_list_items(l)[k - 1];
    rt_list_items(l)[i] = x;
    l->len++;
}

RtObj *rt_list_pop(RtObj *o) {
    RtList *l = as_list(o, "pop");
    if (!l) return 0;
    if (!l->len) {
        rt_raise_cstr(RT_EXC_INDEX, "pop from empty list");
        return 0;
    }
    RtObj *x = rt_list_items(l)[--l->len];
    rt_list_items(l)[l->len] = 0;
    return x;
}

RtObj *rt_list_pop_at(RtObj *o, int64_t i) {
    RtList *l = as_list(o, "pop");
    if (!l) return 0;
    if (!l->len) {
        rt_raise_cstr(RT_EXC_INDEX, "pop from empty list");
        return 0;
    }
    uint32_t k = rt_seq_index(i, l->len, "pop index out of range");
    if (k == UINT32_MAX) return 0;
    RtObj *x = rt_list_items(l)[k];
    for (; k + 1 < l->len; k++) rt_list_items(l)[k] = rt_list_items(l)[k + 1];
    rt_list_items(l)[--l->len] = 0;
    return x;
}

/* Whether a == b for items (identity first, like CPython); the caller
 * tests RT_ERR. */
static int item_eq(RtObj *a, RtObj *b) { return a == b || rt_dyn_compare(a, b, RT_CMP_EQ); }

/* The index of x in items, -1 when absent (or once an exception is raised). */
static int64_t find(RtObj *const *items, uint32_t n, RtObj *x) {
    for (uint32_t i = 0; i < n; i++) {
        int eq = item_eq(items[i], x);
        if (RT_ERR) return -1;
        if (eq) return i;
    }
    return -1;
}

static int64_t count(RtObj *const *items, uint32_t n, RtObj *x) {
    int64_t c = 0;
    for (uint32_t i = 0; i < n; i++) {
        int eq = item_eq(items[i], x);
        if (RT_ERR) return 0;
        c += eq;
    }
    return c;
}

void rt_list_remove(RtObj *o, RtObj *x) {
    RtList *l = as_list(o, "remove");
    if (!l) return;
    int64_t i = find(rt_list_items(l), l->len, x);
    if (RT_ERR) return;
    if (i < 0) {
        rt_raise_cstr(RT_EXC_VALUE, "list.remove(x): x not in list");
        return;
    }
    rt_list_pop_at(o, i);
}

int64_t rt_list_index(RtObj *o, RtObj *x) {
    RtList *l = as_list(o, "index");
    if (!l) return 0;
    int64_t i = find(rt_list_items(l), l->len, x);
    if (RT_ERR) return 0;
    if (i < 0) rt_raise_repr(RT_EXC_VALUE, "", x, " is not in list");
    return i;
}

/* l.index(x, start[, stop]): slice-like bounds, the index in the list */
int64_t rt_list_index_in(RtObj *o, RtObj *x, RtObj *start, RtObj *stop) {
    RtList *l = as_list(o, "index");
    int64_t lo, hi;
    if (!l || !rt_search_bounds(start, stop, l->len, &lo, &hi)) return 0;
    int64_t i = lo < hi ? find(rt_list_items(l) + lo, (uint32_t)(hi - lo), x) : -1;
    if (RT_ERR) return 0;
    if (i < 0) rt_raise_repr(RT_EXC_VALUE, "", x, " is not in list");
    return i < 0 ? 0 : i + lo;
}

int64_t rt_list_count(RtObj *o, RtObj *x) {
    RtList *l = as_list(o, "count");
    return l ? count(rt_list_items(l), l->len, x) : 0;
}

void rt_list_sort(RtObj *o, int32_t reverse) {
    RtList *l = as_list(o, "sort");
    if (l) rt_sort_objs(rt_list_items(l), 0, l->len, reverse);
}

void rt_list_sort_with_keys(RtObj *o, RtObj *keys, int32_t reverse) {
    RtList *l = as_list(o, "sort");
    if (!l) return;
    RtList *k = as_list(keys, "sort");
    if (!k) return;
    if (k->len != l->len) {
        rt_raise_cstr(RT_EXC_VALUE, "list modified during sort");
        return;
    }
    rt_sort_objs(rt_list_items(l), rt_list_items(k), l->len, reverse);
}

void rt_list_reverse(RtObj *o) {
    RtList *l = as_list(o, "reverse");
    if (!l || l->len < 2) return;
    for (uint32_t i = 0, j = l->len - 1; i < j; i++, j--) {
        RtObj *t = rt_list_items(l)[i];
        rt_list_items(l)[i] = rt_list_items(l)[j];
        rt_list_items(l)[j] = t;
    }
}

RtObj *rt_list_copy(RtObj *o) {
    RtList *l = as_list(o, "copy");
    if (!l) return 0;
    RtList *r = (RtList *)rt_list_new_len(l->len);
    for (uint32_t i = 0; i < l->len; i++) rt_list_items(r)[i] = rt_list_items(l)[i];
    return (RtObj *)r;
}

void rt_list_clear(RtObj *o) {
    RtList *l = as_list(o, "clear");
    if (!l) return;
    l->len = 0;
    l->cap = 0;
    l->data = 0;
    l->h.type_flags &= ~(uint32_t)RT_FLAGS_LIST_UNBOXED;
}

/* ---- tuple ---- */

/* (): one object, as CPython's (() is () holds) */
static RtTuple empty_tuple = {{RT_TYPE_TUPLE | RT_FLAG_STATIC, 0}, 0, 0};

RtObj *rt_tuple_new(int32_t n) {
    if (n == 0) return (RtObj *)&empty_tuple;
    if (n < 0 || n > 0x1fffffff) rt_fatal_memory();
    RtTuple *t = rt_alloc((uint32_t)sizeof(RtTuple) + (uint32_t)n * (uint32_t)sizeof(RtObj *));
    t->h.type_flags = RT_TYPE_TUPLE;
    t->len = (uint32_t)n;
    return (RtObj *)t;
}

void rt_tuple_set(RtObj *t, int32_t i, RtObj *x) { ((RtTuple *)t)->items[i] = x; }

RtObj *rt_tuple_pack2(RtObj *a, RtObj *b) {
    RtTuple *t = (RtTuple *)rt_tuple_new(2);
    t->items[0] = a;
    t->items[1] = b;
    return (RtObj *)t;
}

RtObj *rt_tuple_pack3(RtObj *a, RtObj *b, RtObj *c) {
    RtTuple *t = (RtTuple *)rt_tuple_new(3);
    t->items[0] = a;
    t->items[1] = b;
    t->items[2] = c;
    return (RtObj *)t;
}

RtObj *rt_tuple_from_array(RtObj *const *items, uint32_t n) {
    RtTuple *t = (RtTuple *)rt_tuple_new((int32_t)n);
    for (uint32_t i = 0; i < n; i++) t->items[i] = items[i];
    return (RtObj *)t;
}

int64_t rt_tuple_index(RtObj *o, RtObj *x) {
    RtTuple *t = (RtTuple *)o;
    int64_t i = find(t->items, t->len, x);
    if (RT_ERR) return 0;
    if (i < 0) rt_raise_cstr(RT_EXC_VALUE, "tuple.index(x): x not in tuple");
    return i;
}

int64_t rt_tuple_index_in(RtObj *o, RtObj *x, RtObj *start, RtObj *stop) {
    RtTuple *t = (RtTuple *)o;
    int64_t lo, hi;
    if (!rt_search_bounds(start, stop, t->len, &lo, &hi)) return 0;
    int64_t i = lo < hi ? find(t->items + lo, (uint32_t)(hi - lo), x) : -1;
    if (RT_ERR) return 0;
    if (i < 0) rt_raise_cstr(RT_EXC_VALUE, "tuple.index(x): x not in tuple");
    return i < 0 ? 0 : i + lo;
}

int64_t rt_tuple_count(RtObj *o, RtObj *x) {
    RtTuple *t = (RtTuple *)o;
    return count(t->items, t->len, x);
}

RtObj *rt_list_pick_by_keys(RtObj *items, RtObj *keys, int32_t is_max, RtObj *dflt) {
    RtList *l = (RtList *)items, *k = (RtList *)keys;
    if (!l->len && dflt) return dflt; /* default= */
    if (!l->len) {
        rt_raise_cstr(RT_EXC_VALUE, is_max ? "max() arg is an empty sequence" : "min() arg is an empty sequence");
        return 0;
    }
    uint32_t best = 0;
    for (uint32_t i = 1; i < l->len; i++) {
        /* a strictly better key replaces: ties keep the first, as CPython */
        int32_t better = rt_dyn_compare(rt_list_items(k)[i], rt_list_items(k)[best], is_max ? RT_CMP_GT : RT_CMP_LT);
        if (RT_ERR) return 0;
        if (better) best = i;
    }
    return rt_list_items(l)[best];
}
