/* Comparison, identity, membership and hashing of dynamic values.
 * Numbers compare exactly across int and float (as CPython: 2**53 + 1 >
 * 2.0**53); sequences compare lexicographically; dicts and sets by
 * contents. Hashes follow CPython for int, bool, float and tuple (so sets
 * of numbers and tuples iterate in CPython's order) and equal values hash
 * equal (1 == 1.0 == True). */
#include "rt_bigint.h"
#include "rt_obj.h"

static const char *const op_names[] = {"<", "<=", "==", "!=", ">", ">="};

static int res(int c, int32_t op) { /* c: -1, 0, 1 */
    switch (op) {
    case RT_CMP_LT: return c < 0;
    case RT_CMP_LE: return c <= 0;
    case RT_CMP_EQ: return c == 0;
    case RT_CMP_NE: return c != 0;
    case RT_CMP_GT: return c > 0;
    default: return c >= 0;
    }
}

/* -1, 0, 1, or 2 when f is NaN (i tagged) */
static int cmp_int_float(int64_t i, double f) {
    if (!RT_INT_IS_SMALL(i)) return rt_int_cmp_float(i, f);
    if (f != f) return 2;
    if (f >= 9223372036854775808.0) return -1;
    if (f < -9223372036854775808.0) return 1;
    double fl = __builtin_floor(f);
    int64_t fi = (int64_t)fl;
    if (i != fi) return i < fi ? -1 : 1;
    return f > fl ? -1 : 0;
}

static int cmp_float(double a, double b) {
    if (a != a || b != b) return 2;
    return a < b ? -1 : a > b ? 1 : 0;
}

static int32_t not_supported(RtObj *a, RtObj *b, int32_t op) {
    rt_raise_fmt(RT_EXC_TYPE, "'%s' not supported between instances of '%T' and '%T'", op_names[op], a, b);
    return 0;
}

/* item equality inside containers: identity first, like CPython (the
 * caller tests RT_ERR) */
static int item_eq(RtObj *a, RtObj *b) { return a == b || rt_dyn_compare(a, b, RT_CMP_EQ); }

static int32_t seq_compare(RtObj *const *ia, uint32_t na, RtObj *const *ib, uint32_t nb, int32_t op) {
    if ((op == RT_CMP_EQ || op == RT_CMP_NE) && na != nb) return op == RT_CMP_NE;
    uint32_t n = na < nb ? na : nb, i = 0;
    for (; i < n; i++) {
        int eq = item_eq(ia[i], ib[i]);
        if (RT_ERR) return 0;
        if (!eq) break;
    }
    if (i == n) return res(na < nb ? -1 : na > nb ? 1 : 0, op);
    if (op == RT_CMP_EQ) return 0;
    if (op == RT_CMP_NE) return 1;
    return rt_dyn_compare(ia[i], ib[i], op);
}

static int32_t dict_equal(RtDict *a, RtDict *b) {
    if (a->len != b->len) return 0;
    for (uint32_t i = 0; i < a->nentries; i++) {
        RtDictEntry *e = &rt_dict_entries(a)[i];
        if (!e->key) continue;
        int32_t j = rt_dict_lookup(b, e->key, e->hash);
        if (j < 0) return 0; /* absent, or an exception (RT_ERR) */
        if (!item_eq(e->value, rt_dict_entries(b)[j].value)) return 0;
    }
    return 1;
}

/* every element of a is in b */
static int32_t set_sub(RtSet *a, RtSet *b) {
    if (a->used > b->used) return 0;
    RtObj *dummy = rt_set_dummy();
    for (uint32_t i = 0; a->table && i <= a->mask; i++) {
        RtSetEntry *e = &a->table[i];
        if (!e->key || e->key == dummy) continue;
        if (rt_set_has(b, e->key, e->hash) < 0) return 0; /* absent, or RT_ERR */
    }
    return 1;
}

static int is_set(uint32_t t) { return t == RT_TYPE_SET || t == RT_TYPE_FROZENSET; }

static int32_t compare(RtObj *a, RtObj *b, int32_t op);

/* Nested containers compare recursively: deeper than CPython's recursion
 * limit, its RecursionError rather than a stack overflow. */
int32_t rt_dyn_compare(RtObj *a, RtObj *b, int32_t op) {
    static const char *const names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static const char *const reflected[] = {"__gt__", "__ge__", "__eq__", "__ne__", "__lt__", "__le__"};
    /* two small ints, two floats or two strs (sorting, heaps, dict keys,
     * numeric code on untyped values): no unwrapping, no depth to count */
    uint32_t ta = RT_OBJ_TYPE(a), tb = RT_OBJ_TYPE(b);
    if (ta == RT_TYPE_INT && tb == RT_TYPE_INT) {
        int64_t x = ((RtInt *)a)->value, y = ((RtInt *)b)->value;
        if (RT_INT_IS_SMALL(x) && RT_INT_IS_SMALL(y)) return res(x < y ? -1 : x > y ? 1 : 0, op);
    } else if (ta == RT_TYPE_FLOAT && tb == RT_TYPE_FLOAT) {
        int c = cmp_float(((RtFloat *)a)->value, ((RtFloat *)b)->value);
        return c == 2 ? op == RT_CMP_NE : res(c, op);
    } else if (ta == RT_TYPE_STR && tb == RT_TYPE_STR) { /* dict keys, words: nothing nested either */
        if (op == RT_CMP_EQ || op == RT_CMP_NE) return rt_str_eq((RtStr *)a, (RtStr *)b) == (op == RT_CMP_EQ);
        return res(rt_str_cmp((RtStr *)a, (RtStr *)b), op);
    }
    /* an instance of a subclass of a builtin is its base where its class
     * does not define the method it is asked for: a's, or b's reflected
     * one (3 < n asks n for __gt__) */
    a = rt_unwrap(a, names[op]), b = rt_unwrap(b, reflected[op]);
    if (!rt_depth_enter()) {
        rt_raise_cstr(RT_EXC_RECURSION, "maximum recursion depth exceeded in comparison");
        return 0;
    }
    int32_t r = compare(a, b, op);
    rt_depth_leave();
    return r;
}

/* == and != of a complex with a number (an int exactly, as CPython);
 * ordering is TypeError; with anything else, not equal */
static int32_t complex_compare(RtObj *a, RtObj *b, int32_t op) {
    if (op != RT_CMP_EQ && op != RT_CMP_NE) return not_supported(a, b, op);
    if (RT_OBJ_TYPE(a) != RT_TYPE_COMPLEX) {
        RtObj *t = a;
        a = b, b = t;
    }
    RtComplex *x = (RtComplex *)a;
    uint32_t tb = RT_OBJ_TYPE(b);
    int eq;
    if (tb == RT_TYPE_COMPLEX) eq = x->re == ((RtComplex *)b)->re && x->im == ((RtComplex *)b)->im;
    else if (tb == RT_TYPE_FLOAT) eq = x->im == 0. && x->re == ((RtFloat *)b)->value;
    else if (tb == RT_TYPE_INT || tb == RT_TYPE_BOOL) eq = x->im == 0. && cmp_int_float(((RtInt *)b)->value, x->re) == 0;
    else eq = 0;
    return op == RT_CMP_EQ ? eq : !eq;
}

static int32_t compare(RtObj *a, RtObj *b, int32_t op) {
    uint32_t ta = RT_OBJ_TYPE(a), tb = RT_OBJ_TYPE(b);
    if (ta == RT_TYPE_INSTANCE || tb == RT_TYPE_INSTANCE) {
        int32_t r = rt_special_compare(a, b, op);
        return r >= 0 ? r : not_supported(a, b, op);
    }
    int ia = ta == RT_TYPE_INT || ta == RT_TYPE_BOOL, ib = tb == RT_TYPE_INT || tb == RT_TYPE_BOOL;
    if (ia && ib) {
        int64_t x = ((RtInt *)a)->value, y = ((RtInt *)b)->value;
        if (!RT_INT_IS_SMALL(x) || !RT_INT_IS_SMALL(y)) return res(rt_int_cmp(x, y), op);
        return res(x < y ? -1 : x > y ? 1 : 0, op);
    }
    if ((ia || ta == RT_TYPE_FLOAT) && (ib || tb == RT_TYPE_FLOAT)) {
        int c;
        if (ia) c = cmp_int_float(((RtInt *)a)->value, ((RtFloat *)b)->value);
        else if (ib) c = -cmp_int_float(((RtInt *)b)->value, ((RtFloat *)a)->value), c = c == -2 ? 2 : c;
        else c = cmp_float(((RtFloat *)a)->value, ((RtFloat *)b)->value);
        if (c == 2) return op == RT_CMP_NE;
        return res(c, op);
    }
    if (ta == RT_TYPE_COMPLEX || tb == RT_TYPE_COMPLEX) return complex_compare(a, b, op);
    if (rt_is_bytes_type(ta) && rt_is_bytes_type(tb)) return res(rt_bytes_cmp(a, b), op);
    if (ta == tb) {
        switch (ta) {
        case RT_TYPE_STR: return res(rt_str_cmp((RtStr *)a, (RtStr *)b), op);
        case RT_TYPE_LIST:
        case RT_TYPE_TUPLE: {
            uint32_t na, nb;
            RtObj *const *xa = rt_seq_items(a, &na);
            RtObj *const *xb = rt_seq_items(b, &nb);
            return seq_compare(xa, na, xb, nb, op);
        }
        case RT_TYPE_NONE: break;
        case RT_TYPE_DICT:
            if (op == RT_CMP_EQ || op == RT_CMP_NE) return dict_equal((RtDict *)a, (RtDict *)b) == (op == RT_CMP_EQ);
            break;
        case RT_TYPE_RANGE: {
            if (op != RT_CMP_EQ && op != RT_CMP_NE) break;
            return rt_range_eq((RtRange *)a, (RtRange *)b) == (op == RT_CMP_EQ);
        }
        case RT_TYPE_SLICE: /* as the tuples (start, stop, step) */
            return seq_compare(&((RtSlice *)a)->start, 3, &((RtSlice *)b)->start, 3, op);
        case RT_TYPE_TYPE_EXPR:
            if (op != RT_CMP_EQ && op != RT_CMP_NE) break;
            return rt_type_expr_eq(a, b) == (op == RT_CMP_EQ);
        default: break;
        }
    }
    int view_a = ta == RT_TYPE_DICT_VIEW && a->aux != RT_VIEW_VALUES, view_b = tb == RT_TYPE_DICT_VIEW && b->aux != RT_VIEW_VALUES;
    if ((view_a || view_b) && (view_a || is_set(ta)) && (view_b || is_set(tb))) {
        /* d.keys(), d.items(): compared as the sets of their items */
        RtObj **fr = rt_gc_frame_push(2);
        if (!fr) return 0;
        fr[0] = rt_set_new_from(a);
        if (!RT_ERR) fr[1] = rt_set_new_from(b);
        int32_t r = RT_ERR ? 0 : compare(fr[0], fr[1], op);
        rt_gc_frame_pop(fr);
        return r;
    }
    if (is_set(ta) && is_set(tb)) {
        RtSet *x = (RtSet *)a, *y = (RtSet *)b;
        switch (op) {
        case RT_CMP_EQ: return x->used == y->used && set_sub(x, y);
        case RT_CMP_NE: return !(x->used == y->used && set_sub(x, y));
        case RT_CMP_LE: return set_sub(x, y);
        case RT_CMP_LT: return x->used < y->used && set_sub(x, y);
        case RT_CMP_GE: return set_sub(y, x);
        default: return x->used > y->used && set_sub(y, x);
        }
    }
    if (op == RT_CMP_EQ) return a == b;
    if (op == RT_CMP_NE) return a != b;
    return not_supported(a, b, op);
}

int32_t rt_richcmp_bool(RtObj *a, RtObj *b, int32_t op) { return rt_dyn_compare(a, b, op); }

/* a op b as a value (`r = a < b`, `return a == b`), as CPython's
 * PyObject_RichCompare: what a user's __lt__ (__eq__ ...) returns, which
 * need not be a bool, also when a list or tuple order is decided by such
 * items; for every other operand, the bool of rt_dyn_compare. Conditions
 * take rt_dyn_compare's truth value directly, which is the same. */
RtObj *rt_dyn_richcompare(RtObj *a, RtObj *b, int32_t op) {
    static const char *const names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};
    static const char *const reflected[] = {"__gt__", "__ge__", "__eq__", "__ne__", "__lt__", "__le__"};
    /* an instance of a subclass of a builtin is its base where its class
     * does not define the method it is asked for: a's, or b's reflected
     * one (3 < n asks n for __gt__) */
    a = rt_unwrap(a, names[op]), b = rt_unwrap(b, reflected[op]);
    uint32_t ta = RT_OBJ_TYPE(a), tb = RT_OBJ_TYPE(b);
    int order = op != RT_CMP_EQ && op != RT_CMP_NE;
    int seq = order && ta == tb && (ta == RT_TYPE_LIST || ta == RT_TYPE_TUPLE);
    if (ta != RT_TYPE_INSTANCE && tb != RT_TYPE_INSTANCE && !seq) {
        int32_t r = rt_dyn_compare(a, b, op);
        return RT_ERR ? 0 : rt_box_bool(r);
    }
    if (!rt_depth_enter()) {
        rt_raise_cstr(RT_EXC_RECURSION, "maximum recursion depth exceeded in comparison");
        return 0;
    }
    RtObj *r = 0;
    if (!seq) {
        int found;
        r = rt_special_richcompare(a, b, op, &found);
        if (!found) not_supported(a, b, op);
    } else { /* the first items that differ decide, as seq_compare */
        uint32_t na, nb, i = 0;
        RtObj *const *ia = rt_seq_items(a, &na);
        RtObj *const *ib = rt_seq_items(b, &nb);
        uint32_t n = na < nb ? na : nb;
        for (; i < n; i++) {
            int eq = item_eq(ia[i], ib[i]);
            if (RT_ERR || !eq) break;
        }
        if (!RT_ERR) r = i == n ? rt_box_bool(res(na < nb ? -1 : na > nb ? 1 : 0, op)) : rt_dyn_richcompare(ia[i], ib[i], op);
    }
    rt_depth_leave();
    return RT_ERR ? 0 : r;
}

int32_t rt_dyn_eq(RtObj *a, RtObj *b) { return rt_dyn_compare(a, b, RT_CMP_EQ); }

int32_t rt_dyn_is(RtObj *a, RtObj *b) { return a == b; }

/* ---- hashing ---- */
#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

static int64_t hash_int(int64_t v) {
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int64_t h = (int64_t)(u % HASH_MODULUS);
    if (v < 0) h = -h;
    return h == -1 ? -2 : h;
}

/* CPython's _Py_HashDouble (NaN hashes to 0 here, not by identity) */
static int64_t hash_float(double v) {
    if (v != v) return 0;
    if (v == __builtin_inf()) return 314159;
    if (v == -__builtin_inf()) return -314159;
    int e;
    double m = __builtin_frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS) x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

/* str: FNV-1a (CPython randomizes str hashes, so no order is promised);
 * 31 bits, cached in the header of heap strings. */
/* FNV-1a, cached in aux; the compiler computes it for its static strings
 * (lower_util.c, g_str: the same function). */
int64_t rt_hash_str(RtStr *s) {
    if (s->h.aux) return s->h.aux;
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < s->byte_len; i++) h = (h ^ (unsigned char)s->data[i]) * 16777619u;
    h &= 0x7fffffffu;
    if (!h) h = 1;
    if (!(s->h.type_flags & RT_FLAG_STATIC)) s->h.aux = h;
    return h;
}

#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL
#define XXROTATE(x) ((x << 31) | (x >> 33))

static int64_t hash_tuple_items(RtObj *const *items, uint32_t n) {
    uint64_t acc = XXPRIME_5;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t lane = (uint64_t)rt_hash(items[i]);
        if (RT_ERR) return 0;
        acc += lane * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    acc += n ^ (XXPRIME_5 ^ 3527539UL);
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

static int64_t hash(RtObj *o);

/* CPython 3.11's frozenset_hash: the entries' hashes shuffled and xored
 * (order-free), mixed with the size (the NULL and dummy slots' terms
 * cancel out: only the used entries count) */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ 89869747u) ^ (h << 16)) * 3644798167u; }
static int64_t hash_frozenset(RtSet *s) {
    uint64_t h = 0;
    for (uint32_t i = 0; i <= s->mask; i++) {
        RtSetEntry *e = &s->table[i];
        if (e->key && e->key != rt_set_dummy()) h ^= shuffle_bits((uint64_t)e->hash);
    }
    h ^= ((uint64_t)s->used + 1) * 1927868237u;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069u + 907133923u;
    if (h == (uint64_t)-1) h = 590923713u;
    return (int64_t)h;
}

/* hash(o) for the program: a hash is any int64 (a tuple's), the program's
 * int is tagged (rt_abi.h) */
int64_t rt_builtin_hash(RtObj *o) {
    int64_t h = rt_hash(o);
    return RT_ERR ? 0 : rt_int_from_i64(h);
}

int64_t rt_hash(RtObj *o) {
    o = rt_unwrap(o, "__hash__"); /* a list or dict: unhashable */
    if (RT_OBJ_TYPE(o) == RT_TYPE_STR) return rt_hash_str((RtStr *)o); /* no nesting: the common key */
    if (!rt_depth_enter()) {
        rt_raise_cstr(RT_EXC_RECURSION, "maximum recursion depth exceeded while calling a Python object");
        return 0;
    }
    int64_t h = hash(o);
    rt_depth_leave();
    return h;
}

static int64_t hash(RtObj *o) {
    switch (RT_OBJ_TYPE(o)) {
    case RT_TYPE_INT:
    case RT_TYPE_BOOL: {
        int64_t v = ((RtInt *)o)->value;
        return RT_INT_IS_SMALL(v) ? hash_int(v) : rt_int_hash(v);
    }
    case RT_TYPE_FLOAT: return hash_float(((RtFloat *)o)->value);
    case RT_TYPE_COMPLEX: { /* CPython: hash(re) + 1000003 * hash(im), -1 taken as -2 */
        uint64_t h = (uint64_t)hash_float(((RtComplex *)o)->re) +
                     1000003u * (uint64_t)hash_float(((RtComplex *)o)->im);
        return (int64_t)h == -1 ? -2 : (int64_t)h;
    }
    case RT_TYPE_STR:
    case RT_TYPE_BYTES: return rt_hash_str((RtStr *)o); /* the same layout; b"a" hashes as "a", as in CPython */
    case RT_TYPE_TUPLE: return hash_tuple_items(((RtTuple *)o)->items, ((RtTuple *)o)->len);
    case RT_TYPE_NONE: return 0x5f4e3d2c;
    case RT_TYPE_FROZENSET: return hash_frozenset((RtSet *)o);
    case RT_TYPE_RANGE: {
        RtRange *r = (RtRange *)o;
        RtInt parts[3] = {{{RT_TYPE_INT, 0}, r->len}, {{RT_TYPE_INT, 0}, r->start}, {{RT_TYPE_INT, 0}, r->step}};
        RtObj *items[3] = {(RtObj *)&parts[0], (RtObj *)&parts[1], (RtObj *)&parts[2]};
        uint32_t n = r->len == 0 ? 1 : r->len == 1 ? 2 : 3;
        return hash_tuple_items(items, n);
    }
    case RT_TYPE_LIST:
    case RT_TYPE_DICT:
    case RT_TYPE_SET:
    case RT_TYPE_BYTEARRAY:
    case RT_TYPE_DICT_VIEW:
    case RT_TYPE_SLICE: /* unhashable in CPython 3.11 */
        rt_raise_fmt(RT_EXC_TYPE, "unhashable type: '%T'", o);
        return 0;
    case RT_TYPE_INSTANCE: return rt_special_hash(o);
    case RT_TYPE_TYPE_EXPR: return rt_type_expr_hash(o);
    default: { /* identity, like object.__hash__ */
        uintptr_t p = (uintptr_t)o;
        return (int64_t)((p >> 4) | (p << (sizeof(uintptr_t) * 8 - 4))) & 0x7fffffffffffffffLL;
    }
    }
}

/* ---- membership ---- */

/* x in c for an instance without __contains__: its items, from __iter__
 * (or __getitem__), compared as CPython's PySequence_Contains does. */
static int32_t contains_by_iteration(RtObj *c, RtObj *x) {
    RtObj **fr = rt_gc_frame_push(2);
    if (!fr) return 0;
    fr[0] = x;
    RtObj *it = fr[1] = rt_iter(c);
    int32_t found = 0;
    RtObj *item;
    while (it && !found && rt_iter_next(it, &item)) {
        found = item_eq(item, x);
        if (RT_ERR) {
            found = 0;
            break;
        }
    }
    rt_gc_frame_pop(fr);
    if (RT_ERR) {
        RtObj *e = rt_exc_take(); /* not iterable: CPython's message for `in` */
        if (!it && rt_class_derives(((RtExc *)e)->cls, rt_exc_class(RT_EXC_TYPE))) {
            rt_raise_fmt(RT_EXC_TYPE, "argument of type '%T' is not iterable", c);
            return 0;
        }
        rt_exc_restore(e);
        return 0;
    }
    return found;
}

int32_t rt_dyn_contains(RtObj *c, RtObj *x) {
    c = rt_unwrap(c, "__contains__");
    if (RT_OBJ_TYPE(c) == RT_TYPE_CLASS && rt_class_meta(c)) { /* its metaclass's __contains__ */
        int32_t r = rt_special_contains(c, x);
        if (r >= 0 || RT_ERR) return r;
    }
    switch (RT_OBJ_TYPE(c)) {
    case RT_TYPE_INSTANCE: {
        int32_t r = rt_special_contains(c, x);
        if (r >= 0 || RT_ERR) return r;
        return contains_by_iteration(c, x);
    }
    case RT_TYPE_STR:
        if (RT_OBJ_TYPE(x) != RT_TYPE_STR) {
            rt_raise_fmt(RT_EXC_TYPE, "'in <string>' requires string as left operand, not %T", x);
            return 0;
        }
        return rt_str_contains((RtStr *)c, (RtStr *)x);
    case RT_TYPE_LIST:
    case RT_TYPE_TUPLE: {
        uint32_t n;
        RtObj *const *items = rt_seq_items(c, &n);
        for (uint32_t i = 0; i < n; i++) {
            int eq = item_eq(items[i], x);
            if (RT_ERR) return 0;
            if (eq) return 1;
        }
        return 0;
    }
    case RT_TYPE_DICT: return rt_dict_contains(c, x);
    case RT_TYPE_BYTES:
    case RT_TYPE_BYTEARRAY: return rt_bytes_contains(c, x);
    case RT_TYPE_SET:
    case RT_TYPE_FROZENSET: return rt_set_contains(c, x);
    case RT_TYPE_RANGE: return rt_range_contains((RtRange *)c, x);
    case RT_TYPE_DICT_VIEW: {
        RtDictView *v = (RtDictView *)c;
        RtDict *d = (RtDict *)v->dict;
        if (v->h.aux == RT_VIEW_KEYS) return rt_dict_contains(v->dict, x);
        if (v->h.aux == RT_VIEW_ITEMS) {
            if (RT_OBJ_TYPE(x) != RT_TYPE_TUPLE || ((RtTuple *)x)->len != 2) return 0;
            RtTuple *t = (RtTuple *)x;
            int64_t h = rt_hash(t->items[0]);
            if (RT_ERR) return 0;
            int32_t j = rt_dict_lookup(d, t->items[0], h);
            return j >= 0 && item_eq(rt_dict_entries(d)[j].value, t->items[1]);
        }
        for (uint32_t i = 0; i < d->nentries; i++) {
            RtDictEntry *e = &rt_dict_entries(d)[i];
            if (!e->key) continue;
            int eq = item_eq(e->value, x);
            if (RT_ERR) return 0;
            if (eq) return 1;
        }
        return 0;
    }
    case RT_TYPE_ITER:
    case RT_TYPE_GENERATOR: {
        RtObj *y;
        while (rt_iter_next(c, &y)) {
            int eq = item_eq(y, x);
            if (RT_ERR) return 0;
            if (eq) return 1;
        }
        return 0;
    }
    default: rt_raise_fmt(RT_EXC_TYPE, "argument of type '%T' is not iterable", c); return 0;
    }
}
