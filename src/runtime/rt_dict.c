/* dict: insertion-ordered hash table like CPython's (compact entries in
 * insertion order + an open-addressing index of int32 entry numbers), and
 * its views. */
#include "rt_obj.h"

#define IX_EMPTY (-1)
#define IX_DUMMY (-2)
#define PERTURB_SHIFT 5

static int32_t *dict_index(RtDict *d) { return (int32_t *)d->table; }

static uint32_t usable(uint32_t size) { return (size << 1) / 3; }

static void make_table(RtDict *d, uint32_t size) {
    uint32_t cap = usable(size);
    uint64_t bytes = (uint64_t)size * 4 + (uint64_t)cap * sizeof(RtDictEntry);
    if (bytes > 0x7ffffff0u) rt_fatal_memory();
    d->table = rt_alloc((uint32_t)bytes);
    d->mask = size - 1;
    d->cap = cap;
    __builtin_memset(d->table, 0xff, (uintptr_t)size * 4); /* IX_EMPTY */
}

RtObj *rt_dict_new(void) {
    RtDict *d = rt_alloc(sizeof(RtDict));
    d->h.type_flags = RT_TYPE_DICT;
    make_table(d, 8);
    return (RtObj *)d;
}

/* o as a dict, or NULL once the TypeError is raised. */
static RtDict *as_dict(RtObj *o, const char *what) {
    if (RT_OBJ_TYPE(o) != RT_TYPE_DICT) {
        rt_raise_fmt(RT_EXC_TYPE, "descriptor '%s' for 'dict' objects doesn't apply to a '%T' object", what, o);
        return 0;
    }
    return (RtDict *)o;
}

int32_t rt_dict_lookup(RtDict *d, RtObj *key, int64_t hash) {
    int32_t *index = dict_index(d);
    RtDictEntry *e = rt_dict_entries(d);
    uint32_t mask = d->mask, i = (uint32_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    for (;;) {
        int32_t ix = index[i];
        if (ix == IX_EMPTY) return -1;
        if (ix >= 0) {
            RtObj *k = e[ix].key;
            if (k == key) return ix;
            if (e[ix].hash == hash) {
                int32_t eq = rt_dyn_compare(k, key, RT_CMP_EQ); /* two strs: compared at once there */
                if (RT_ERR) return -1;
                if (eq) return ix;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)(i * 5 + perturb + 1) & mask;
    }
}

static uint32_t free_slot(RtDict *d, int64_t hash) {
    int32_t *index = dict_index(d);
    uint32_t mask = d->mask, i = (uint32_t)hash & mask;
    uint64_t perturb = (uint64_t)hash;
    while (index[i] >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)(i * 5 + perturb + 1) & mask;
    }
    return i;
}

/* Rebuild with room for at least `need` live entries (deleted ones dropped). */
static void resize(RtDict *d, uint32_t need) {
    uint32_t size = 8;
    while (usable(size) < need) {
        if (size > 0x10000000u) rt_fatal_memory();
        size <<= 1;
    }
    RtDictEntry *old = rt_dict_entries(d);
    uint32_t n = d->nentries;
    make_table(d, size);
    RtDictEntry *e = rt_dict_entries(d);
    uint32_t j = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (!old[i].key) continue;
        e[j] = old[i];
        dict_index(d)[free_slot(d, e[j].hash)] = (int32_t)j;
        j++;
    }
    d->nentries = j;
}

static void insert_new(RtDict *d, RtObj *key, int64_t hash, RtObj *value) {
    if (d->nentries == d->cap) resize(d, d->len * 3 > 5 ? d->len * 3 : 5);
    uint32_t j = d->nentries++;
    RtDictEntry *e = &rt_dict_entries(d)[j];
    e->hash = hash;
    e->key = key;
    e->value = value;
    dict_index(d)[free_slot(d, hash)] = (int32_t)j;
    d->len++;
    d->version++;
}

static void set_hashed(RtDict *d, RtObj *key, int64_t hash, RtObj *value) {
    int32_t ix = rt_dict_lookup(d, key, hash);
    if (RT_ERR) return;
    if (ix >= 0) rt_dict_entries(d)[ix].value = value;
    else insert_new(d, key, hash, value);
}

/* The entry of key in o (a dict), -1 when absent; -2 once an exception
 * (o not a dict, key unhashable, a comparison) is raised. */
static int32_t find(RtObj *o, RtObj *key, const char *what, RtDict **dp) {
    RtDict *d = *dp = as_dict(o, what);
    if (!d) return -2;
    int64_t h = rt_hash(key);
    if (RT_ERR) return -2;
    int32_t ix = rt_dict_lookup(d, key, h);
    return RT_ERR ? -2 : ix;
}

void rt_dict_setitem(RtObj *o, RtObj *key, RtObj *value) {
    RtDict *d = as_dict(o, "__setitem__");
    if (!d) return;
    int64_t h = rt_hash(key);
    if (RT_ERR) return;
    set_hashed(d, key, h, value);
}

RtObj *rt_dict_getitem(RtObj *o, RtObj *key) {
    RtDict *d;
    int32_t ix = find(o, key, "__getitem__", &d);
    if (ix == -2) return 0;
    if (ix < 0) {
        rt_raise_obj_arg(RT_EXC_KEY, key);
        return 0;
    }
    return rt_dict_entries(d)[ix].value;
}

RtObj *rt_dict_get(RtObj *o, RtObj *key, RtObj *dflt) {
    RtDict *d;
    int32_t ix = find(o, key, "get", &d);
    if (ix == -2) return 0;
    if (ix < 0) return dflt ? dflt : RT_NONE;
    return rt_dict_entries(d)[ix].value;
}

int32_t rt_dict_contains(RtObj *o, RtObj *key) {
    RtDict *d;
    return find(o, key, "__contains__", &d) >= 0;
}

static void remove_entry(RtDict *d, int32_t ix) {
    RtDictEntry *e = &rt_dict_entries(d)[ix];
    int32_t *index = dict_index(d);
    uint32_t mask = d->mask, i = (uint32_t)e->hash & mask;
    uint64_t perturb = (uint64_t)e->hash;
    while (index[i] != ix) {
        perturb >>= PERTURB_SHIFT;
        i = (uint32_t)(i * 5 + perturb + 1) & mask;
    }
    index[i] = IX_DUMMY;
    e->key = 0;
    e->value = 0;
    d->len--;
    d->version++;
}

void rt_dict_delitem(RtObj *o, RtObj *key) {
    RtDict *d;
    int32_t ix = find(o, key, "__delitem__", &d);
    if (ix == -2) return;
    if (ix < 0) {
        rt_raise_obj_arg(RT_EXC_KEY, key);
        return;
    }
    remove_entry(d, ix);
}

RtObj *rt_dict_pop(RtObj *o, RtObj *key, RtObj *dflt) {
    RtDict *d;
    int32_t ix = find(o, key, "pop", &d);
    if (ix == -2) return 0;
    if (ix < 0) {
        if (dflt) return dflt;
        rt_raise_obj_arg(RT_EXC_KEY, key);
        return 0;
    }
    RtObj *v = rt_dict_entries(d)[ix].value;
    remove_entry(d, ix);
    return v;
}

RtObj *rt_dict_popitem(RtObj *o) {
    RtDict *d = as_dict(o, "popitem");
    if (!d) return 0;
    if (!d->len) {
        rt_raise_cstr(RT_EXC_KEY, "popitem(): dictionary is empty");
        return 0;
    }
    int32_t ix = (int32_t)d->nentries - 1;
    while (!rt_dict_entries(d)[ix].key) ix--;
    RtDictEntry *e = &rt_dict_entries(d)[ix];
    RtObj *t = rt_tuple_pack2(e->key, e->value);
    remove_entry(d, ix);
    d->nentries = (uint32_t)ix; /* LIFO: the tail is free again (its index slot is a dummy) */
    return t;
}

RtObj *rt_dict_setdefault(RtObj *o, RtObj *key, RtObj *dflt) {
    RtDict *d = as_dict(o, "setdefault");
    if (!d) return 0;
    if (!dflt) dflt = RT_NONE;
    int64_t h = rt_hash(key);
    if (RT_ERR) return 0;
    int32_t ix = rt_dict_lookup(d, key, h);
    if (RT_ERR) return 0;
    if (ix >= 0) return rt_dict_entries(d)[ix].value;
    insert_new(d, key, h, dflt);
    return dflt;
}

/* An object with a keys() method is a mapping to dict() and update(): each
 * key of other.keys() with other[key], as CPython's (a ChainMap, a class of
 * the program's). */
static void update_from_mapping(RtObj *o, RtObj *other) {
    RtObj **fr = rt_gc_frame_push(3); /* (keys() and [] run the program's code) */
    if (!fr) return;
    fr[0] = other;
    int found;
    fr[1] = rt_special_unary(other, "keys", &found);
    if (!RT_ERR) fr[2] = rt_iter(fr[1]);
    RtObj *k;
    while (!RT_ERR && rt_iter_next(fr[2], &k)) {
        RtObj *v = rt_dyn_getitem(other, k);
        if (RT_ERR) break;
        rt_dict_setitem(o, k, v);
    }
    rt_gc_frame_pop(fr);
}

void rt_dict_update(RtObj *o, RtObj *other) {
    RtDict *d = as_dict(o, "update");
    if (!d) return;
    other = rt_unwrap(other, 0); /* an instance that is a dict: its items */
    if (RT_OBJ_TYPE(other) == RT_TYPE_DICT) {
        RtDict *s = (RtDict *)other;
        for (uint32_t i = 0; i < s->nentries; i++) {
            RtDictEntry *e = &rt_dict_entries(s)[i];
            if (!e->key) continue;
            set_hashed(d, e->key, e->hash, e->value);
            if (RT_ERR) return;
        }
        return;
    }
    if (RT_OBJ_TYPE(other) == RT_TYPE_INSTANCE && rt_has_special(other, "keys")) {
        update_from_mapping(o, other);
        return;
    }
    RtObj **fr = rt_gc_frame_push(2); /* the dict and the iterator: a generator may collect */
    if (!fr) return;
    fr[0] = o, fr[1] = rt_iter(other);
    RtObj *item;
    for (int64_t n = 0; !RT_ERR && rt_iter_next(fr[1], &item); n++) {
        uint32_t t = RT_OBJ_TYPE(item);
        RtObj *k, *v;
        if (t == RT_TYPE_TUPLE || t == RT_TYPE_LIST) {
            uint32_t len;
            RtObj *const *xs = rt_seq_items(item, &len);
            if (len != 2) {
                rt_raise_fmt(RT_EXC_VALUE, "dictionary update sequence element #%d has length %d; 2 is required", n,
                             (int64_t)len);
                break;
            }
            k = xs[0];
            v = xs[1];
        } else if (t == RT_TYPE_STR || t == RT_TYPE_SET || t == RT_TYPE_DICT || t == RT_TYPE_RANGE) {
            RtObj *pair = rt_builtin_list(item);
            if (RT_ERR) break;
            if (((RtList *)pair)->len != 2) {
                rt_raise_fmt(RT_EXC_VALUE, "dictionary update sequence element #%d has length %d; 2 is required", n,
                             (int64_t)((RtList *)pair)->len);
                break;
            }
            k = rt_list_items((RtList *)pair)[0];
            v = rt_list_items((RtList *)pair)[1];
        } else {
            rt_raise_fmt(RT_EXC_TYPE, "cannot convert dictionary update sequence element #%d to a sequence", n);
            break;
        }
        rt_dict_setitem(fr[0], k, v);
    }
    rt_gc_frame_pop(fr);
}

RtObj *rt_dict_copy(RtObj *o) {
    RtDict *src = as_dict(o, "copy");
    if (!src) return 0;
    RtObj *d = rt_dict_new();
    rt_dict_update(d, (RtObj *)src);
    return RT_ERR ? 0 : d;
}

void rt_dict_clear(RtObj *o) {
    RtDict *d = as_dict(o, "clear");
    if (!d) return;
    make_table(d, 8);
    d->len = d->nentries = 0;
    d->version++;
}

static RtObj *view(RtObj *o, uint32_t kind) {
    if (!as_dict(o, kind == RT_VIEW_KEYS ? "keys" : kind == RT_VIEW_VALUES ? "values" : "items")) return 0;
    RtDictView *v = rt_alloc(sizeof(RtDictView));
    v->h.type_flags = RT_TYPE_DICT_VIEW;
    v->h.aux = kind;
    v->dict = o;
    return (RtObj *)v;
}

RtObj *rt_dict_keys(RtObj *d) { return view(d, RT_VIEW_KEYS); }
RtObj *rt_dict_values(RtObj *d) { return view(d, RT_VIEW_VALUES); }
RtObj *rt_dict_items(RtObj *d) { return view(d, RT_VIEW_ITEMS); }

/* dict.fromkeys(iterable[, value]) */
RtObj *rt_dict_fromkeys(RtObj *args) {
    RtTuple *a = (RtTuple *)args;
    if (a->len < 1 || a->len > 2) {
        if (a->len < 1) rt_raise_fmt(RT_EXC_TYPE, "fromkeys expected at least 1 argument, got %d", (int64_t)a->len);
        else rt_raise_fmt(RT_EXC_TYPE, "fromkeys expected at most 2 arguments, got %d", (int64_t)a->len);
        return 0;
    }
    RtObj *d = rt_dict_new(), *it = rt_iter(a->items[0]), *x;
    if (RT_ERR) return 0;
    RtObj *v = a->len == 2 ? a->items[1] : RT_NONE;
    while (rt_iter_next(it, &x)) {
        rt_dict_setitem(d, x, v);
        if (RT_ERR) return 0;
    }
    return RT_ERR ? 0 : d;
}
