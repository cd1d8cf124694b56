/* set: CPython 3.11's setobject.c table (linear probing of 9 slots, then
 * perturbation; resize at 60% fill to 4x used), with the same algorithms
 * for copy, update, union, intersection, difference and symmetric
 * difference, so that with CPython-equal hashes (ints, floats, tuples of
 * them) sets iterate and print in CPython's order. */
#include "rt_obj.h"

#define MINSIZE 8
#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static RtObj dummy_obj = {RT_TYPE_NONE | RT_FLAG_STATIC, 0};
#define DUMMY (&dummy_obj)
RtObj *rt_set_dummy(void) { return DUMMY; }

static int is_set(RtObj *o) {
    uint32_t t = RT_OBJ_TYPE(o);
    return t == RT_TYPE_SET || t == RT_TYPE_FROZENSET;
}

static RtSetEntry *new_table(uint32_t size) {
    uint64_t bytes = (uint64_t)size * sizeof(RtSetEntry);
    if (bytes > 0x7ffffff0u) {
        rt_fatal_memory();
        return 0;
    }
    return rt_alloc((uint32_t)bytes);
}

RtObj *rt_set_new(void) {
    RtSet *s = rt_alloc(sizeof(RtSet));
    s->h.type_flags = RT_TYPE_SET;
    s->table = new_table(MINSIZE);
    s->mask = MINSIZE - 1;
    return (RtObj *)s;
}

static RtSet *as_set(RtObj *o) {
    if (!is_set(o)) {
        rt_raise_fmt(RT_EXC_TYPE, "descriptor for 'set' objects doesn't apply to a '%T' object", o);
        return 0;
    }
    return (RtSet *)o;
}

/* the set a mutating method may change: a frozenset has no such method */
static RtSet *as_mutable(RtObj *o, const char *method) {
    if (RT_OBJ_TYPE(o) == RT_TYPE_FROZENSET) {
        rt_raise_fmt(RT_EXC_ATTRIBUTE, "'frozenset' object has no attribute '%s'", method);
        return 0;
    }
    return as_set(o);
}

/* A new set's type follows its left operand's (CPython: frozenset | set
 * is a frozenset, set | frozenset a set). */
static RtObj *like(RtObj *a, RtObj *r) {
    if (r && RT_OBJ_TYPE(a) == RT_TYPE_FROZENSET) r->type_flags = (r->type_flags & ~RT_TYPE_MASK) | RT_TYPE_FROZENSET;
    return r;
}

static int key_eq(RtObj *a, RtObj *b) { return a == b || rt_dyn_compare(a, b, RT_CMP_EQ); }

static void insert_clean(RtSetEntry *table, uint32_t mask, RtObj *key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash;
    uint32_t i = (uint32_t)hash & mask;
    for (;;) {
        RtSetEntry *e = &table[i];
        if (!e->key) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                e++;
                if (!e->key) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)(i * 5 + 1 + perturb) & mask;
        continue;
    found:
        e->key = key;
        e->hash = hash;
        return;
    }
}

static void table_resize(RtSet *s, uint64_t minused) {
    uint64_t size = MINSIZE;
    while (size <= minused) {
        size <<= 1;
        if (size > 0x8000000u) {
            rt_fatal_memory();
            return;
        }
    }
    RtSetEntry *old = s->table;
    uint32_t oldmask = s->mask;
    s->table = new_table((uint32_t)size);
    s->mask = (uint32_t)size - 1;
    if (s->fill == s->used) {
        for (uint32_t i = 0; i <= oldmask; i++)
            if (old[i].key) insert_clean(s->table, s->mask, old[i].key, old[i].hash);
    } else {
        s->fill = s->used;
        for (uint32_t i = 0; i <= oldmask; i++)
            if (old[i].key && old[i].key != DUMMY) insert_clean(s->table, s->mask, old[i].key, old[i].hash);
    }
}

static void add_entry(RtSet *s, RtObj *key, int64_t hash) {
    uint32_t mask = s->mask, i = (uint32_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    RtSetEntry *freeslot = 0, *e;
    for (;;) {
        e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) goto unused_or_dummy;
            if (e->hash == hash) {
                if (e->key == key || key_eq(e->key, key)) return; /* found active */
                if (RT_ERR) return;
            } else if (e->hash == -1 && e->key == DUMMY) {
                if (!freeslot) freeslot = e;
            }
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)(i * 5 + 1 + perturb) & mask;
    }
unused_or_dummy:
    s->version++;
    if (freeslot) {
        s->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return;
    }
    s->fill++;
    s->used++;
    e->key = key;
    e->hash = hash;
    if ((uint64_t)s->fill * 5 < (uint64_t)mask * 3) return;
    table_resize(s, s->used > 50000 ? (uint64_t)s->used * 2 : (uint64_t)s->used * 4);
}

/* the slot holding key, or -1 (also once a comparison raised: the caller
 * tests RT_ERR) */
int32_t rt_set_has(RtSet *s, RtObj *key, int64_t hash) {
    uint32_t mask = s->mask, i = (uint32_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        RtSetEntry *e = &s->table[i];
        int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
        do {
            if (e->hash == 0 && !e->key) return -1;
            if (e->hash == hash && e->key != DUMMY && (e->key == key || key_eq(e->key, key)))
                return (int32_t)(e - s->table);
            if (RT_ERR) return -1;
            e++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)(i * 5 + 1 + perturb) & mask;
    }
}

static int discard_entry(RtSet *s, RtObj *key, int64_t hash) {
    int32_t j = rt_set_has(s, key, hash);
    if (j < 0) return 0;
    s->table[j].key = DUMMY;
    s->table[j].hash = -1;
    s->used--;
    s->version++;
    return 1;
}

/* The hash of key, or -1 once it raised (an unhashable key). CPython's
 * hashes are never -1. */
static int64_t hash_of(RtObj *key) {
    int64_t h = rt_hash(key);
    return RT_ERR ? -1 : h;
}

void rt_set_add(RtObj *o, RtObj *key) {
    RtSet *s = as_mutable(o, "add");
    int64_t h = s ? hash_of(key) : -1;
    if (h != -1) add_entry(s, key, h);
}

void rt_set_discard(RtObj *o, RtObj *key) {
    RtSet *s = as_mutable(o, "discard");
    int64_t h = s ? hash_of(key) : -1;
    if (h != -1) discard_entry(s, key, h);
}

void rt_set_remove(RtObj *o, RtObj *key) {
    RtSet *s = as_mutable(o, "remove");
    int64_t h = s ? hash_of(key) : -1;
    if (h == -1) return;
    if (!discard_entry(s, key, h) && !RT_ERR) rt_raise_obj_arg(RT_EXC_KEY, key);
}

int32_t rt_set_contains(RtObj *o, RtObj *key) {
    RtSet *s = as_set(o);
    int64_t h = s ? hash_of(key) : -1;
    return h != -1 && rt_set_has(s, key, h) >= 0;
}

RtObj *rt_set_pop(RtObj *o) {
    RtSet *s = as_mutable(o, "pop");
    if (!s) return 0;
    if (!s->used) {
        rt_raise_cstr(RT_EXC_KEY, "pop from an empty set");
        return 0;
    }
    uint32_t i = s->finger & s->mask;
    while (!s->table[i].key || s->table[i].key == DUMMY) i = (i + 1) & s->mask;
    RtObj *key = s->table[i].key;
    s->table[i].key = DUMMY;
    s->table[i].hash = -1;
    s->used--;
    s->version++;
    s->finger = i + 1;
    return key;
}

static void merge(RtSet *s, RtSet *o) {
    if (s == o || !o->used) return;
    if ((uint64_t)(s->fill + o->used) * 5 >= (uint64_t)s->mask * 3) table_resize(s, (uint64_t)(s->used + o->used) * 2);
    s->version++;
    if (s->fill == 0 && s->mask == o->mask && o->fill == o->used) {
        for (uint32_t i = 0; i <= o->mask; i++)
            if (o->table[i].key) s->table[i] = o->table[i];
        s->fill = o->fill;
        s->used = o->used;
        return;
    }
    if (s->fill == 0) {
        s->fill = s->used = o->used;
        for (uint32_t i = 0; i <= o->mask; i++) {
            RtObj *k = o->table[i].key;
            if (k && k != DUMMY) insert_clean(s->table, s->mask, k, o->table[i].hash);
        }
        return;
    }
    for (uint32_t i = 0; i <= o->mask; i++) {
        RtObj *k = o->table[i].key;
        if (!k || k == DUMMY) continue;
        add_entry(s, k, o->table[i].hash);
        if (RT_ERR) return;
    }
}

static void update_internal(RtSet *s, RtObj *other) {
    if (is_set(other)) {
        merge(s, (RtSet *)other);
        return;
    }
    if (RT_OBJ_TYPE(other) == RT_TYPE_DICT) {
        RtDict *d = (RtDict *)other;
        if ((uint64_t)(s->fill + d->len) * 5 >= (uint64_t)s->mask * 3)
            table_resize(s, (uint64_t)(s->used + d->len) * 2);
        for (uint32_t i = 0; i < d->nentries; i++) {
            RtDictEntry *e = &rt_dict_entries(d)[i];
            if (!e->key) continue;
            add_entry(s, e->key, e->hash);
            if (RT_ERR) return;
        }
        return;
    }
    RtObj **fr = rt_gc_frame_push(2); /* the set and the iterator: a generator may collect */
    if (!fr) return;
    fr[0] = (RtObj *)s, fr[1] = rt_iter(other);
    RtObj *x;
    while (!RT_ERR && rt_iter_next(fr[1], &x)) {
        int64_t h = hash_of(x);
        if (h != -1) add_entry(s, x, h);
    }
    rt_gc_frame_pop(fr);
}

void rt_set_update(RtObj *o, RtObj *iterable) {
    RtSet *s = as_mutable(o, "update");
    if (s) update_internal(s, iterable);
}

RtObj *rt_set_new_from(RtObj *iterable) {
    RtObj *s = rt_set_new();
    if (iterable) update_internal((RtSet *)s, iterable);
    return RT_ERR ? 0 : s;
}

/* a plain set of the same items (the operations below build on it) */
static RtObj *set_copy(RtObj *s) {
    if (!as_set(s)) return 0;
    return rt_set_new_from(s);
}

RtObj *rt_set_copy(RtObj *s) { return like(s, set_copy(s)); }

/* frozenset(iterable) (NULL: frozenset()) */
RtObj *rt_builtin_frozenset(RtObj *iterable) {
    RtObj *s = rt_set_new_from(iterable);
    if (s) s->type_flags = (s->type_flags & ~RT_TYPE_MASK) | RT_TYPE_FROZENSET;
    return s;
}

static void clear_table(RtSet *s) {
    s->table = new_table(MINSIZE);
    s->mask = MINSIZE - 1;
    s->fill = s->used = 0;
    s->version++;
}

void rt_set_clear(RtObj *o) {
    RtSet *s = as_mutable(o, "clear");
    if (s) clear_table(s);
}

static RtObj *set_union(RtObj *a, RtObj *b) {
    RtObj *r = set_copy(a);
    if (!r) return 0;
    if (a != b) update_internal((RtSet *)r, b);
    return RT_ERR ? 0 : r;
}

static RtObj *set_intersection(RtObj *a, RtObj *b) {
    RtSet *so = as_set(a);
    if (!so) return 0;
    if (a == b) return set_copy(a);
    RtSet *r = (RtSet *)rt_set_new();
    if (is_set(b)) {
        RtSet *other = (RtSet *)b;
        if (other->used > so->used) {
            RtSet *t = so;
            so = other;
            other = t;
        }
        for (uint32_t i = 0; i <= other->mask; i++) {
            RtSetEntry *e = &other->table[i];
            if (!e->key || e->key == DUMMY) continue;
            int32_t j = rt_set_has(so, e->key, e->hash);
            if (RT_ERR) return 0;
            if (j >= 0) add_entry(r, e->key, e->hash);
            if (RT_ERR) return 0;
        }
        return (RtObj *)r;
    }
    RtObj *it = rt_iter(b), *x;
    if (RT_ERR) return 0;
    while (rt_iter_next(it, &x)) {
        int64_t h = hash_of(x);
        if (h == -1) return 0;
        int32_t j = rt_set_has(so, x, h);
        if (RT_ERR) return 0;
        if (j >= 0) add_entry(r, x, h);
        if (RT_ERR) return 0;
    }
    return RT_ERR ? 0 : (RtObj *)r;
}

static RtObj *set_difference(RtObj *a, RtObj *b) {
    RtSet *so = as_set(a);
    if (!so) return 0;
    uint32_t other_size;
    if (is_set(b)) other_size = ((RtSet *)b)->used;
    else if (RT_OBJ_TYPE(b) == RT_TYPE_DICT) other_size = ((RtDict *)b)->len;
    else other_size = 0xffffffffu;
    if (other_size == 0xffffffffu || (so->used >> 2) > other_size) { /* copy, then discard */
        RtSet *r = (RtSet *)set_copy(a);
        if (!r) return 0;
        if (a == b) {
            clear_table(r);
            return (RtObj *)r;
        }
        if (is_set(b)) {
            RtSet *o = (RtSet *)b;
            for (uint32_t i = 0; i <= o->mask; i++) {
                RtSetEntry *e = &o->table[i];
                if (!e->key || e->key == DUMMY) continue;
                discard_entry(r, e->key, e->hash);
                if (RT_ERR) return 0;
            }
        } else {
            RtObj *it = rt_iter(b), *x;
            if (RT_ERR) return 0;
            while (rt_iter_next(it, &x)) {
                int64_t h = hash_of(x);
                if (h == -1) return 0;
                discard_entry(r, x, h);
                if (RT_ERR) return 0;
            }
            if (RT_ERR) return 0;
        }
        return (RtObj *)r;
    }
    RtSet *r = (RtSet *)rt_set_new();
    for (uint32_t i = 0; i <= so->mask; i++) {
        RtSetEntry *e = &so->table[i];
        if (!e->key || e->key == DUMMY) continue;
        int in_other = is_set(b) ? rt_set_has((RtSet *)b, e->key, e->hash) >= 0
                                 : rt_dict_lookup((RtDict *)b, e->key, e->hash) >= 0;
        if (RT_ERR) return 0;
        if (!in_other) add_entry(r, e->key, e->hash);
        if (RT_ERR) return 0;
    }
    return (RtObj *)r;
}

static RtObj *set_symmetric_difference(RtObj *a, RtObj *b) {
    RtSet *so = as_set(a);
    if (!so) return 0;
    RtSet *r = (RtSet *)rt_set_new_from(b);
    if (!r) return 0;
    if (a == b) {
        clear_table(r);
        return (RtObj *)r;
    }
    for (uint32_t i = 0; i <= so->mask; i++) {
        RtSetEntry *e = &so->table[i];
        if (!e->key || e->key == DUMMY) continue;
        int had = discard_entry(r, e->key, e->hash);
        if (RT_ERR) return 0;
        if (!had) add_entry(r, e->key, e->hash);
        if (RT_ERR) return 0;
    }
    return (RtObj *)r;
}

/* s -= o (difference_update), as CPython's: o's keys discarded from s's
 * table (dummies left), which is rebuilt when a quarter of it is dummies;
 * the order of what stays is kept. */
static void difference_update_internal(RtSet *s, RtSet *o) {
    if (s == o) {
        clear_table(s);
        return;
    }
    for (uint32_t i = 0; i <= o->mask && s->used; i++) {
        RtObj *k = o->table[i].key;
        if (!k || k == DUMMY) continue;
        discard_entry(s, k, o->table[i].hash);
        if (RT_ERR) return;
    }
    if ((uint64_t)(s->fill - s->used) <= (uint64_t)s->mask / 4) return;
    table_resize(s, s->used > 50000 ? (uint64_t)s->used * 2 : (uint64_t)s->used * 4);
}

/* s ^= o (symmetric_difference_update), as CPython's: each key of o
 * discarded from s, or added when it was not there. */
static void symmetric_update_internal(RtSet *s, RtSet *o) {
    if (s == o) {
        clear_table(s);
        return;
    }
    for (uint32_t i = 0; i <= o->mask; i++) {
        RtObj *k = o->table[i].key;
        if (!k || k == DUMMY) continue;
        if (!discard_entry(s, k, o->table[i].hash) && !RT_ERR) add_entry(s, k, o->table[i].hash);
        if (RT_ERR) return;
    }
}

/* s.update(a, b, ...), s.difference_update(...), s.intersection_update(...)
 * and s.symmetric_difference_update(x): in place, one argument after the
 * other, as CPython's (NULL: no more arguments). Each argument becomes a
 * set first (a generator runs the program's code: everything is rooted);
 * s takes the intersection's table (CPython swaps the bodies), the others
 * change s's own. op: 'u', '-', '&' or '^' (the runtime has no function
 * pointers: its module has no table). */
static void update_each(RtObj *o, const char *method, char op, RtObj *a, RtObj *b, RtObj *c, RtObj *d) {
    RtSet *s = as_mutable(o, method);
    if (!s) return;
    RtObj *args[4] = {a, b, c, d};
    RtObj **fr = rt_gc_frame_push(2);
    if (!fr) return;
    for (int i = 0; i < 4 && args[i] && !RT_ERR; i++) {
        if (op == 'u') {
            update_internal(s, args[i]);
            continue;
        }
        fr[0] = args[i] == o || is_set(args[i]) ? args[i] : rt_set_new_from(args[i]);
        if (RT_ERR) break;
        if (op == '-' || op == '^') {
            if (op == '-') difference_update_internal(s, (RtSet *)fr[0]);
            else symmetric_update_internal(s, (RtSet *)fr[0]);
            continue;
        }
        fr[1] = set_intersection(o, fr[0]);
        if (RT_ERR || !fr[1]) break;
        RtSet *r = (RtSet *)fr[1];
        s->table = r->table;
        s->mask = r->mask;
        s->fill = r->fill;
        s->used = r->used;
        s->version++;
    }
    rt_gc_frame_pop(fr);
}

void rt_set_update_n(RtObj *s, RtObj *a, RtObj *b, RtObj *c, RtObj *d) { update_each(s, "update", 'u', a, b, c, d); }
void rt_set_difference_update(RtObj *s, RtObj *a, RtObj *b, RtObj *c, RtObj *d) {
    update_each(s, "difference_update", '-', a, b, c, d);
}
void rt_set_intersection_update(RtObj *s, RtObj *a, RtObj *b, RtObj *c, RtObj *d) {
    update_each(s, "intersection_update", '&', a, b, c, d);
}
void rt_set_symmetric_difference_update(RtObj *s, RtObj *x) { update_each(s, "symmetric_difference_update", '^', x, 0, 0, 0); }

/* s |= o, s -= o, s &= o, s ^= o on a set (o a set or frozenset): in place,
 * as CPython's set_ior ... (their tables as CPython's: the same order) */
void rt_set_inplace(RtObj *s, RtObj *o, int32_t op) {
    if (op == '|') update_each(s, "update", 'u', o, 0, 0, 0);
    else update_each(s, "", (char)op, o, 0, 0, 0);
}

RtObj *rt_set_union(RtObj *a, RtObj *b) { return like(a, set_union(a, b)); }
RtObj *rt_set_intersection(RtObj *a, RtObj *b) { return like(a, set_intersection(a, b)); }
RtObj *rt_set_difference(RtObj *a, RtObj *b) { return like(a, set_difference(a, b)); }
RtObj *rt_set_symmetric_difference(RtObj *a, RtObj *b) { return like(a, set_symmetric_difference(a, b)); }

int32_t rt_set_issubset(RtObj *a, RtObj *b) {
    RtSet *so = as_set(a);
    if (!so) return 0;
    RtSet *o = (RtSet *)(is_set(b) ? b : rt_set_new_from(b));
    if (!o) return 0;
    if (so->used > o->used) return 0;
    for (uint32_t i = 0; i <= so->mask; i++) {
        RtSetEntry *e = &so->table[i];
        if (!e->key || e->key == DUMMY) continue;
        if (rt_set_has(o, e->key, e->hash) < 0) return 0; /* absent, or RT_ERR */
    }
    return 1;
}

int32_t rt_set_issuperset(RtObj *a, RtObj *b) {
    if (!as_set(a)) return 0;
    if (is_set(b)) return rt_set_issubset(b, a);
    RtObj *it = rt_iter(b), *x;
    if (RT_ERR) return 0;
    while (rt_iter_next(it, &x))
        if (!rt_set_contains(a, x)) return 0; /* absent, or RT_ERR */
    return !RT_ERR;
}

int32_t rt_set_isdisjoint(RtObj *a, RtObj *b) {
    RtSet *so = as_set(a);
    if (!so) return 0;
    if (is_set(b)) {
        RtSet *o = (RtSet *)b;
        if (o->used > so->used) {
            RtSet *t = so;
            so = o;
            o = t;
        }
        for (uint32_t i = 0; i <= o->mask; i++) {
            RtSetEntry *e = &o->table[i];
            if (!e->key || e->key == DUMMY) continue;
            if (rt_set_has(so, e->key, e->hash) >= 0) return 0;
            if (RT_ERR) return 0;
        }
        return 1;
    }
    RtObj *it = rt_iter(b), *x;
    if (RT_ERR) return 0;
    while (rt_iter_next(it, &x)) {
        if (rt_set_contains(a, x)) return 0;
        if (RT_ERR) return 0;
    }
    return !RT_ERR;
}
