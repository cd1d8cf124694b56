/* The heapq module: CPython 3.11's. heappush, heappop, heapify,
 * heapreplace and heappushpop are _heapqmodule.c's (the same sifts, so
 * that a heap's list order is CPython's, and the same comparisons in the
 * same order: only `<`, through rt_dyn_compare); nlargest, nsmallest and
 * merge are Lib/heapq.py's, step for step (decorated tuples and lists
 * compared as wholes, the n == 1 and n >= len shortcuts, ties by order).
 *
 * Key functions are user code called through rt_call_object, which may
 * collect: what these functions hold across such a call lives in a frame
 * of the shadow stack. Comparisons may run __lt__, but the collector
 * waits while a runtime operation runs a special method, so the sifts
 * hold plain pointers (re-read after every comparison, which may change
 * the list: CPython's "list changed size during iteration").
 *
 * merge() is a generator, as CPython's is: an RtGen of id
 * RT_GEN_HEAPQ_MERGE, which the compiler's generated dispatch
 * (rt_ml_gen_resume) steps with rt_heapq_merge_step; it starts (iter()
 * of every argument, their first items) at the first next(). */
#include "rt_bigint.h"

/* ---- the sifts (_heapqmodule.c) ---- */

/* a < b: 1 or 0, -1 once raised */
static int less(RtObj *a, RtObj *b) {
    uint32_t ta = RT_OBJ_TYPE(a), tb = RT_OBJ_TYPE(b);
    if (ta == RT_TYPE_INT && tb == RT_TYPE_INT) { /* the common heap of ints: no generic comparison */
        int64_t x = ((RtInt *)a)->value, y = ((RtInt *)b)->value;
        if (RT_INT_IS_SMALL(x) && RT_INT_IS_SMALL(y)) return x < y;
    }
    if (ta == RT_TYPE_FLOAT && tb == RT_TYPE_FLOAT) return ((RtFloat *)a)->value < ((RtFloat *)b)->value;
    int32_t c = rt_dyn_compare(a, b, RT_CMP_LT);
    return RT_ERR ? -1 : c != 0;
}

static int changed_size(void) {
    rt_raise_cstr(RT_EXC_RUNTIME, "list changed size during iteration");
    return -1;
}

static int out_of_range(void) {
    rt_raise_cstr(RT_EXC_INDEX, "index out of range");
    return -1;
}

/* Follow the path to the root from pos, moving parents down until the
 * item at pos fits (max: a max-heap). 0, or -1 once raised. */
static int siftdown(RtList *heap, uint32_t startpos, uint32_t pos, int max) {
    uint32_t size = heap->len;
    if (pos >= size) return out_of_range();
    RtObj *newitem = rt_list_items(heap)[pos];
    while (pos > startpos) {
        uint32_t parentpos = (pos - 1) >> 1;
        RtObj *parent = rt_list_items(heap)[parentpos];
        int cmp = max ? less(parent, newitem) : less(newitem, parent);
        if (cmp < 0) return -1;
        if (size != heap->len) return changed_size();
        if (cmp == 0) break;
        parent = rt_list_items(heap)[parentpos];
        newitem = rt_list_items(heap)[pos];
        rt_list_items(heap)[parentpos] = newitem;
        rt_list_items(heap)[pos] = parent;
        pos = parentpos;
    }
    return 0;
}

/* Bubble the smaller (max: larger) child up from pos until hitting a leaf,
 * then sift the item that was at pos down to its place. */
static int siftup(RtList *heap, uint32_t pos, int max) {
    uint32_t endpos = heap->len, startpos = pos;
    if (pos >= endpos) return out_of_range();
    uint32_t limit = endpos >> 1; /* the smallest pos that has no child */
    while (pos < limit) {
        uint32_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            int cmp = max ? less(rt_list_items(heap)[childpos + 1], rt_list_items(heap)[childpos])
                          : less(rt_list_items(heap)[childpos], rt_list_items(heap)[childpos + 1]);
            if (cmp < 0) return -1;
            childpos += (unsigned)cmp ^ 1; /* the right one unless the left is less */
            if (endpos != heap->len) return changed_size();
        }
        RtObj *tmp = rt_list_items(heap)[childpos];
        rt_list_items(heap)[childpos] = rt_list_items(heap)[pos];
        rt_list_items(heap)[pos] = tmp;
        pos = childpos;
    }
    return siftdown(heap, startpos, pos, max);
}

/* The list a heap argument is (a list, or an instance of a class deriving
 * from list), else TypeError as CPython's argument clinic words it. */
static RtList *heap_list(RtObj *heap, const char *fn, int several) {
    RtObj *o = heap;
    if (RT_OBJ_TYPE(o) == RT_TYPE_INSTANCE && ((RtInstance *)o)->base) o = ((RtInstance *)o)->base;
    if (RT_OBJ_TYPE(o) == RT_TYPE_LIST) return (RtList *)o;
    const char *which = several ? " 1" : "";
    if (heap == RT_NONE) rt_raise_fmt(RT_EXC_TYPE, "%s() argument%s must be list, not None", fn, which);
    else rt_raise_fmt(RT_EXC_TYPE, "%s() argument%s must be list, not %T", fn, which, heap);
    return 0;
}

static void push(RtList *heap, RtObj *item) {
    rt_list_append((RtObj *)heap, item);
    siftdown(heap, 0, heap->len - 1, 0);
}

static RtObj *pop(RtList *heap, int max) {
    uint32_t n = heap->len;
    if (n == 0) {
        out_of_range();
        return 0;
    }
    RtObj *last = rt_list_items(heap)[n - 1];
    rt_list_items(heap)[--heap->len] = 0;
    if (!heap->len) return last;
    RtObj *top = rt_list_items(heap)[0];
    rt_list_items(heap)[0] = last;
    return siftup(heap, 0, max) ? 0 : top;
}

static RtObj *replace(RtList *heap, RtObj *item, int max) {
    if (heap->len == 0) {
        out_of_range();
        return 0;
    }
    RtObj *top = rt_list_items(heap)[0];
    rt_list_items(heap)[0] = item;
    return siftup(heap, 0, max) ? 0 : top;
}

/* heapify_internal: bottom-up; beyond 2500 items in CPython's cache
 * friendly order, which does the same comparisons and builds the same
 * heap (the order matters only to a __lt__ that counts its calls). */
static void heapify(RtList *heap, int max) {
    uint32_t n = heap->len;
    if (n <= 2500) {
        for (uint32_t i = n >> 1; i-- > 0;)
            if (siftup(heap, i, max)) return;
        return;
    }
    uint32_t m = n >> 1, mhalf = m >> 1, top = m + 1, shift = 0;
    while (top > 1) top >>= 1, shift++;
    uint32_t leftmost = (top << shift) - 1; /* the leftmost node in the row of m */
    for (int pass = 0; pass < 2; pass++) {
        uint32_t from = pass ? m : leftmost, to = pass ? leftmost : mhalf;
        for (uint32_t i = from; i-- > to;) {
            for (uint32_t j = i;; j >>= 1) {
                if (siftup(heap, j, max)) return;
                if (!(j & 1)) break;
            }
        }
    }
}

void rt_heapq_heappush(RtObj *heap, RtObj *item) {
    RtList *l = heap_list(heap, "heappush", 1);
    if (l) push(l, item);
}

RtObj *rt_heapq_heappop(RtObj *heap) {
    RtList *l = heap_list(heap, "heappop", 0);
    return l ? pop(l, 0) : 0;
}

void rt_heapq_heapify(RtObj *heap) {
    RtList *l = heap_list(heap, "heapify", 0);
    if (l) heapify(l, 0);
}

RtObj *rt_heapq_heapreplace(RtObj *heap, RtObj *item) {
    RtList *l = heap_list(heap, "heapreplace", 1);
    return l ? replace(l, item, 0) : 0;
}

RtObj *rt_heapq_heappushpop(RtObj *heap, RtObj *item) {
    RtList *l = heap_list(heap, "heappushpop", 1);
    if (!l) return 0;
    if (l->len == 0) return item;
    int cmp = less(rt_list_items(l)[0], item);
    if (cmp < 0) return 0;
    if (cmp == 0) return item;
    return replace(l, item, 0); /* IndexError if __lt__ emptied it */
}

/* ---- nlargest, nsmallest (Lib/heapq.py) ---- */

static RtObj *call1(RtObj *f, RtObj *x) {
    RtObj *args = rt_tuple_new(1);
    rt_tuple_set(args, 0, x);
    return rt_call_object(f, args);
}

/* len(o), 1; or 0 when o has none (TypeError or AttributeError dropped, as
 * heapq.py's `except (TypeError, AttributeError)`), or once raised. */
static int try_len(RtObj *o, int64_t *size) {
    *size = rt_dyn_len(o);
    if (!RT_ERR) return 1;
    RtObj *e = rt_exc_take();
    RtObj *cls = ((RtExc *)e)->cls;
    if (!rt_class_derives(cls, rt_exc_class(RT_EXC_TYPE)) && !rt_class_derives(cls, rt_exc_class(RT_EXC_ATTRIBUTE)))
        rt_exc_restore(e);
    return 0;
}

/* The frame slots of nbest: its arguments and what it holds across calls
 * of the key function. */
enum { NB_N, NB_ITERABLE, NB_KEY, NB_IT, NB_RESULT, NB_ELEM, NB_K, NB_TOP, NB_BEST, NB_ORDER, NB_SLOTS };

/* min()/max() of the iterator with a key and a default of none: the item,
 * or NULL when there is none (or once raised) */
static RtObj *best_by_key(RtObj **fr, int largest) {
    RtObj *x;
    fr[NB_BEST] = fr[NB_TOP] = 0; /* the best item, its key */
    while (rt_iter_next(fr[NB_IT], &x)) {
        fr[NB_ELEM] = x;
        RtObj *k = fr[NB_K] = call1(fr[NB_KEY], x);
        if (RT_ERR) return 0;
        int better = !fr[NB_BEST] || rt_dyn_compare(k, fr[NB_TOP], largest ? RT_CMP_GT : RT_CMP_LT);
        if (RT_ERR) return 0;
        if (better) fr[NB_BEST] = fr[NB_ELEM], fr[NB_TOP] = k;
    }
    return RT_ERR ? 0 : fr[NB_BEST];
}

/* sorted(iterable, key=key, reverse=largest)[:n], n >= len(iterable) */
static RtObj *sorted_prefix(RtObj **fr, RtObj *key, int largest) {
    RtList *l = (RtList *)(fr[NB_RESULT] = rt_sorted_by_key(fr[NB_ITERABLE], key, largest));
    if (RT_ERR) return 0;
    RtObj *n = fr[NB_N];
    if (!rt_is_intlike(n)) {
        rt_raise_cstr(RT_EXC_TYPE, "slice indices must be integers or None or have an __index__ method");
        return 0;
    }
    int64_t stop = ((RtInt *)n)->value;
    if (RT_INT_IS_HANDLE(stop)) return stop < 0 ? rt_list_new(0) : (RtObj *)l;
    return rt_dyn_getslice((RtObj *)l, 0, stop, 1, RT_SLICE_STOP);
}

static RtObj *nbest(RtObj **fr, int largest) {
    RtObj *key = fr[NB_KEY] == RT_NONE ? 0 : fr[NB_KEY];
    /* n == 1: min() / max() */
    int one = rt_dyn_eq(fr[NB_N], rt_box_int(1));
    if (RT_ERR) return 0;
    if (one) {
        static RtObj none_found; /* min()'s default: never escapes */
        fr[NB_IT] = rt_iter(fr[NB_ITERABLE]);
        if (RT_ERR) return 0;
        RtObj *best = key ? best_by_key(fr, largest) : rt_builtin_minmax_default(fr[NB_IT], &none_found, largest);
        if (RT_ERR) return 0;
        RtObj *r = rt_list_new(1);
        if (best && best != &none_found) rt_list_append(r, best);
        return r;
    }
    /* n >= len(iterable): sorted() */
    int64_t size;
    if (try_len(fr[NB_ITERABLE], &size)) {
        int all = rt_dyn_compare(fr[NB_N], rt_box_int(rt_int_from_i64(size)), RT_CMP_GE);
        if (RT_ERR) return 0;
        if (all) return sorted_prefix(fr, key, largest);
    }
    if (RT_ERR) return 0;
    /* the first n items, decorated: (elem, order) or (key(elem), order,
     * elem), orders counting up (nsmallest) or down (nlargest) from 0 */
    fr[NB_IT] = rt_iter(fr[NB_ITERABLE]);
    if (RT_ERR) return 0;
    /* range(n) / range(0, -n, -1); n, or -n, is also the first order of
     * a replacing entry (rooted: it may be a big int) */
    RtObj *first = fr[NB_ORDER] = largest ? rt_dyn_neg(fr[NB_N]) : fr[NB_N];
    if (RT_ERR) return 0;
    if (!rt_is_intlike(first)) {
        rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", first);
        return 0;
    }
    /* tagged: compared with small ints as an i64 only (never read again:
     * a big one may be collected) */
    int64_t n = ((RtInt *)first)->value;
    if (largest) n = rt_int_neg(n);
    RtList *result = (RtList *)(fr[NB_RESULT] = rt_list_new(0));
    RtObj *x;
    for (int64_t i = 0; i < n; i++) {
        if (!rt_iter_next(fr[NB_IT], &x)) break;
        fr[NB_ELEM] = x;
        RtObj *k = key ? call1(fr[NB_KEY], x) : x;
        if (RT_ERR) return 0;
        RtObj *order = rt_box_int(largest ? -i : i); /* boxed after the call: it may collect */
        RtObj *entry = key ? rt_tuple_pack3(k, order, fr[NB_ELEM]) : rt_tuple_pack2(k, order);
        rt_list_append((RtObj *)result, entry);
    }
    if (RT_ERR) return 0;
    if (!result->len) return (RtObj *)result;
    /* a heap of the best n whose root is the worst of them */
    int max = !largest;
    heapify(result, max);
    if (RT_ERR) return 0;
    fr[NB_TOP] = ((RtTuple *)rt_list_items(result)[0])->items[0];
    while (rt_iter_next(fr[NB_IT], &x)) {
        fr[NB_ELEM] = x;
        RtObj *k = x;
        if (key) {
            k = fr[NB_K] = call1(fr[NB_KEY], x);
            if (RT_ERR) return 0;
        }
        int better = largest ? less(fr[NB_TOP], k) : less(k, fr[NB_TOP]);
        if (better < 0) return 0;
        if (!better) continue;
        RtObj *o = fr[NB_ORDER];
        replace(result, key ? rt_tuple_pack3(k, o, fr[NB_ELEM]) : rt_tuple_pack2(k, o), max);
        if (RT_ERR) return 0;
        fr[NB_TOP] = ((RtTuple *)rt_list_items(result)[0])->items[0];
        fr[NB_ORDER] = rt_box_int(rt_int_add(((RtInt *)o)->value, largest ? -1 : 1));
    }
    if (RT_ERR) return 0;
    rt_list_sort((RtObj *)result, largest);
    if (RT_ERR) return 0;
    RtList *out = (RtList *)rt_list_new_len(result->len);
    for (uint32_t i = 0; i < result->len; i++) {
        RtTuple *t = (RtTuple *)rt_list_items(result)[i];
        rt_list_items(out)[i] = t->items[key ? 2 : 0];
    }
    return (RtObj *)out;
}

static RtObj *nbest_rooted(RtObj *n, RtObj *iterable, RtObj *key, int largest) {
    RtObj **fr = rt_gc_frame_push(NB_SLOTS);
    if (!fr) return 0;
    fr[NB_N] = n, fr[NB_ITERABLE] = iterable, fr[NB_KEY] = key;
    RtObj *r = nbest(fr, largest);
    rt_gc_frame_pop(fr);
    return RT_ERR ? 0 : r;
}

RtObj *rt_heapq_nlargest(RtObj *n, RtObj *iterable, RtObj *key) { return nbest_rooted(n, iterable, key, 1); }
RtObj *rt_heapq_nsmallest(RtObj *n, RtObj *iterable, RtObj *key) { return nbest_rooted(n, iterable, key, 0); }

/* ---- merge (Lib/heapq.py): a generator ----
 * Its slots: the arguments, then the heap h of entries [value, order, it]
 * (with a key: [key(value), order, value, it]), lists compared as wholes
 * as heapq.py's are; the entry whose value was yielded last; the iterator
 * left when one remains. Its state: 0 not started, 1 after yielding h[0]'s
 * value, 2 after yielding the last entry's value, 3 yielding from its
 * iterator. */
enum { MG_ITERABLES, MG_KEY, MG_REVERSE, MG_HEAP, MG_ENTRY, MG_LAST, MG_SLOTS };

/* its name (static: the collector does not trace a generator's name) */
static struct {
    RtHeader h;
    uint32_t byte_len, cp_len;
    char data[6];
} merge_name = {{RT_TYPE_STR | RT_FLAG_STATIC, 0}, 5, 5, "merge"};

RtObj *rt_heapq_merge(RtObj *iterables, RtObj *key, RtObj *reverse) {
    RtGen *g = (RtGen *)rt_gen_new(RT_GEN_HEAPQ_MERGE, MG_SLOTS, 0, (RtStr *)&merge_name);
    g->slots[MG_ITERABLES] = iterables;
    g->slots[MG_KEY] = key;
    g->slots[MG_REVERSE] = reverse;
    return (RtObj *)g;
}

/* StopIteration pending (raised by a __next__, a key or a __lt__ inside
 * heapq.py's `try`): taken, 1; another exception stays pending, 0. */
static int stop_iteration(void) {
    RtObj *e = rt_exc_take();
    if (rt_class_derives(((RtExc *)e)->cls, rt_exc_class(RT_EXC_STOP_ITERATION))) return 1;
    rt_exc_restore(e);
    return 0;
}

/* The first next(): the heap of every iterable's first item. */
static void merge_start(RtGen *g) {
    RtObj *key = g->slots[MG_KEY];
    int reverse = rt_truthy(g->slots[MG_REVERSE]);
    if (RT_ERR) return;
    g->slots[MG_REVERSE] = RT_BOOL(reverse);
    RtObj *h = g->slots[MG_HEAP] = rt_list_new(0);
    RtTuple *its = (RtTuple *)g->slots[MG_ITERABLES];
    for (uint32_t i = 0; i < its->len; i++) {
        RtObj *it = rt_iter(its->items[i]), *value;
        if (RT_ERR) return;
        if (!rt_iter_next(it, &value)) {
            if (RT_ERR && !stop_iteration()) return;
            continue;
        }
        RtObj *k = value;
        if (key != RT_NONE) {
            k = call1(key, value);
            if (RT_ERR) {
                if (!stop_iteration()) return;
                continue;
            }
        }
        RtObj *entry = rt_list_new(4), *order = rt_box_int(reverse ? -(int64_t)i : (int64_t)i);
        rt_list_append(entry, k);
        rt_list_append(entry, order);
        if (key != RT_NONE) rt_list_append(entry, value);
        rt_list_append(entry, it);
        rt_list_append(h, entry);
    }
    heapify((RtList *)h, reverse);
}

/* The entry's value: [value, order, it] or [key, order, value, it]. */
static RtObj *entry_value(RtGen *g, RtObj *entry) { return rt_list_items((RtList *)entry)[g->slots[MG_KEY] != RT_NONE ? 2 : 0]; }
static RtObj *entry_iter(RtObj *entry) {
    RtList *e = (RtList *)entry;
    return rt_list_items(e)[e->len - 1];
}

/* After h[0]'s value was yielded: its iterator's next item replaces it
 * (heapreplace), or, exhausted, the entry leaves the heap (heappop). */
static void merge_advance(RtGen *g) {
    RtList *h = (RtList *)g->slots[MG_HEAP];
    RtList *s = (RtList *)g->slots[MG_ENTRY];
    int reverse = g->slots[MG_REVERSE] == RT_TRUE;
    RtObj *key = g->slots[MG_KEY], *value;
    if (rt_iter_next(entry_iter((RtObj *)s), &value)) {
        if (key != RT_NONE) {
            RtObj *k = call1(key, value);
            if (!RT_ERR) {
                rt_list_items(s)[0] = k;
                rt_list_items(s)[2] = value;
            }
        } else {
            rt_list_items(s)[0] = value;
        }
        if (!RT_ERR) replace(h, (RtObj *)s, reverse);
        if (!RT_ERR) return;
    }
    if (RT_ERR && !stop_iteration()) return;
    pop(h, reverse);
}

RtObj *rt_heapq_merge_step(RtObj *gen) {
    RtGen *g = (RtGen *)gen;
    if (g->state > 0) {
        rt_gen_sent(gen); /* raises what throw() passed (a send()'s value is dropped, as `yield` drops it) */
        if (RT_ERR) return 0;
    }
    if (g->state >= 2) { /* `yield from` the last iterator */
        RtObj *x;
        g->state = 3;
        return rt_iter_next(g->slots[MG_LAST], &x) ? x : 0;
    }
    if (g->state == 0) merge_start(g);
    else merge_advance(g);
    if (RT_ERR) return 0;
    RtList *h = (RtList *)g->slots[MG_HEAP];
    if (h->len > 1) {
        g->slots[MG_ENTRY] = rt_list_items(h)[0];
        g->state = 1;
        return entry_value(g, rt_list_items(h)[0]);
    }
    if (h->len == 1) {
        g->slots[MG_LAST] = entry_iter(rt_list_items(h)[0]);
        g->state = 2;
        return entry_value(g, rt_list_items(h)[0]);
    }
    return 0;
}
