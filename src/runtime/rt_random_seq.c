/* The random module, part 2: the sequence functions of CPython 3.11's
 * Lib/random.py (choice, shuffle, sample, choices), drawing from the
 * generator of rt_random.c exactly as CPython does, with its argument
 * checks and messages. Sequences are reached through the runtime's generic
 * len / getitem / setitem, so lists, tuples, str, range, bytes, dicts (where
 * CPython accepts them) and instances behave as in CPython. */
#include <math.h>

#include "rt_math.h"
#include "rt_random.h"

/* ---- helpers ---- */

/* a count taken as a C ssize_t (itertools.repeat's): TypeError for a
 * non-int, OverflowError beyond; 1 and *out, or 0 after raising */
static int ssize_arg(RtObj *o, int64_t *out) {
    int64_t v = rt_unbox_int(o);
    if (RT_ERR) return 0;
    if (!rt_int_to_i64(v, out)) {
        rt_raise_cstr(RT_EXC_OVERFLOW, "Python int too large to convert to C ssize_t");
        return 0;
    }
    return 1;
}

/* list(itertools.accumulate(iterable)): running sums by Python's + */
static RtObj *accumulate(RtObj *iterable) {
    RtObj *it = rt_iter(iterable);
    if (RT_ERR) return 0;
    RtObj *out = rt_list_new(0), *acc = 0, *x;
    while (rt_iter_next(it, &x)) {
        acc = acc ? rt_dyn_add(acc, x) : x;
        if (RT_ERR) return 0;
        rt_list_push(out, acc);
    }
    return RT_ERR ? 0 : out;
}

/* x < y by Python's <: 1 or 0, -1 after raising (floats and ints without boxing) */
static int less(RtObj *x, RtObj *y) {
    uint32_t tx = RT_OBJ_TYPE(x), ty = RT_OBJ_TYPE(y);
    if (tx == RT_TYPE_FLOAT && ty == RT_TYPE_FLOAT) return ((RtFloat *)x)->value < ((RtFloat *)y)->value;
    if (tx == RT_TYPE_FLOAT && rt_is_intlike(y))
        return rt_cmp_int_float(((RtInt *)y)->value, ((RtFloat *)x)->value, RT_CMP_GT);
    if (rt_is_intlike(x) && rt_is_intlike(y)) return rt_int_cmp(((RtInt *)x)->value, ((RtInt *)y)->value) < 0;
    int32_t r = rt_dyn_compare(x, y, RT_CMP_LT);
    return RT_ERR ? -1 : r;
}

/* bisect.bisect_right(a, x, 0, hi), a any sequence; -1 after raising */
static int64_t bisect_right(RtObj *a, RtObj *x, int64_t hi) {
    int64_t lo = 0;
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        RtObj *item = RT_OBJ_TYPE(a) == RT_TYPE_LIST && mid < ((RtList *)a)->len ? rt_list_items((RtList *)a)[mid]
                                                                                   : rt_dyn_getitem_int(a, mid);
        if (RT_ERR) return -1;
        int lt = less(x, item);
        if (lt < 0) return -1;
        if (lt) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* isinstance(o, collections.abc.Sequence) for the runtime's types */
static int is_sequence(RtObj *o) {
    switch (RT_OBJ_TYPE(o)) {
    case RT_TYPE_LIST:
    case RT_TYPE_TUPLE:
    case RT_TYPE_STR:
    case RT_TYPE_RANGE:
    case RT_TYPE_BYTES:
    case RT_TYPE_BYTEARRAY: return 1;
    case RT_TYPE_INSTANCE: { /* a class deriving from list */
        RtObj *base = ((RtInstance *)o)->base;
        return base && RT_OBJ_TYPE(base) == RT_TYPE_LIST;
    }
    default: return 0;
    }
}

/* ---- choice, shuffle ---- */

/* random.choice(seq): seq[_randbelow(len(seq))]; IndexError when empty */
RtObj *rt_random_choice(RtObj *seq) {
    int64_t n = rt_dyn_len(seq);
    if (RT_ERR) return 0;
    if (!n) {
        rt_raise_cstr(RT_EXC_INDEX, "Cannot choose from an empty sequence");
        return 0;
    }
    return rt_dyn_getitem_int(seq, (int64_t)rt_random_below_u64((uint64_t)n));
}

/* random.shuffle(x): for i in reversed(range(1, len(x))): j =
 * _randbelow(i + 1); x[i], x[j] = x[j], x[i] */
void rt_random_shuffle(RtObj *x) {
    int64_t n = rt_dyn_len(x);
    if (RT_ERR) return;
    for (int64_t i = n - 1; i > 0; i--) {
        int64_t j = (int64_t)rt_random_below_u64((uint64_t)i + 1);
        if (RT_OBJ_TYPE(x) == RT_TYPE_LIST && i < ((RtList *)x)->len) {
            RtObj **items = rt_list_items((RtList *)x), *t = items[i];
            items[i] = items[j], items[j] = t;
            continue;
        }
        RtObj *a = rt_dyn_getitem_int(x, j);
        if (RT_ERR) return;
        RtObj *b = rt_dyn_getitem_int(x, i);
        if (RT_ERR) return;
        rt_dyn_setitem(x, rt_box_int(i), a);
        if (RT_ERR) return;
        rt_dyn_setitem(x, rt_box_int(j), b);
        if (RT_ERR) return;
    }
}

/* ---- sample ---- */

/* n zeroed 64-bit words; MemoryError (fatal, as the runtime's other
 * allocations) past what wasm32 can hold */
static uint64_t *scratch(uint64_t n) {
    if (n >= (uint64_t)1 << 28) rt_fatal_memory();
    return rt_alloc((uint32_t)n * 8 + 8);
}

/* The selections of sample(range(n), k) (Random.sample's body after its
 * population checks): k's checks (0 <= k <= n by Python's comparisons, then
 * [None] * k), then CPython's two algorithms chosen by its memory rule: a
 * pool of the n indices when n <= setsize, else redrawing the indices
 * already selected (a hash set). The k indices, *kout = k; NULL after raising. */
static uint64_t *sample_indices(uint64_t n, RtObj *k, uint32_t *kout) {
    int32_t ok = rt_dyn_compare(rt_box_int(0), k, RT_CMP_LE);
    if (RT_ERR) return 0;
    if (ok) ok = rt_dyn_compare(k, rt_box_int(rt_int_from_u64(n)), RT_CMP_LE);
    if (RT_ERR) return 0;
    if (!ok) {
        rt_raise_cstr(RT_EXC_VALUE, "Sample larger than population or is negative");
        return 0;
    }
    if (!rt_is_intlike(k)) {
        rt_raise_fmt(RT_EXC_TYPE, "can't multiply sequence by non-int of type '%T'", k);
        return 0;
    }
    int64_t kv = ((RtInt *)k)->value; /* 0 <= kv <= n */
    if (kv > 0x1fffffff) rt_fatal_memory(); /* [None] * k */
    uint32_t kk = (uint32_t)kv;
    uint64_t *result = scratch(kk);
    uint64_t setsize = 21; /* size of a small set minus size of an empty list */
    if (kk > 5) setsize += (uint64_t)1 << (2 * (int)ceil(rt_m_log(kk * 3.0) / rt_m_log(4.0))); /* table size for big sets */
    if (n <= setsize) {
        /* an n-length list is smaller than a k-length set: non-selected
         * indices at pool[0, n - i) */
        uint64_t *pool = scratch(n);
        for (uint64_t i = 0; i < n; i++) pool[i] = i;
        for (uint32_t i = 0; i < kk; i++) {
            uint64_t j = rt_random_below_u64(n - i);
            result[i] = pool[j];
            pool[j] = pool[n - i - 1]; /* move non-selected item into vacancy */
        }
    } else {
        /* the indices selected, open addressing (index + 1; 0: empty) */
        uint64_t cap = 16;
        while (cap < 2 * (uint64_t)kk) cap *= 2;
        uint64_t *set = scratch(cap);
        for (uint32_t i = 0; i < kk; i++) {
            for (;;) {
                uint64_t j = rt_random_below_u64(n);
                uint64_t h = ((j * 0x9e3779b97f4a7c15ull) >> 32) & (cap - 1);
                while (set[h] && set[h] != j + 1) h = (h + 1) & (cap - 1);
                if (set[h]) continue; /* already selected: draw again */
                set[h] = j + 1;
                result[i] = j;
                break;
            }
        }
    }
    *kout = kk;
    return result;
}

/* random.sample(population, k, *, counts=None): population must be a
 * sequence; with counts, sample(range(sum(counts)), k) mapped through
 * bisect over the running sums of counts */
RtObj *rt_random_sample(RtObj *population, RtObj *k, RtObj *counts) {
    if (!is_sequence(population)) {
        rt_raise_cstr(RT_EXC_TYPE, "Population must be a sequence.  For dicts or sets, use sorted(d).");
        return 0;
    }
    if (!k) {
        rt_raise_cstr(RT_EXC_TYPE, "Random.sample() missing 1 required positional argument: 'k'");
        return 0;
    }
    int64_t n = rt_dyn_len(population);
    if (RT_ERR) return 0;
    uint32_t kk;
    if (!counts || counts == RT_NONE) {
        uint64_t *idx = sample_indices((uint64_t)n, k, &kk);
        if (!idx) return 0;
        RtList *out = (RtList *)rt_list_new_len(kk);
        for (uint32_t i = 0; i < kk; i++) {
            rt_list_items(out)[i] = rt_dyn_getitem_int(population, (int64_t)idx[i]);
            if (RT_ERR) return 0;
        }
        return (RtObj *)out;
    }
    RtList *cum = (RtList *)accumulate(counts);
    if (!cum) return 0;
    if ((int64_t)cum->len != n) {
        rt_raise_cstr(RT_EXC_VALUE, "The number of counts does not match the population");
        return 0;
    }
    if (!cum->len) {
        rt_raise_cstr(RT_EXC_INDEX, "pop from empty list");
        return 0;
    }
    RtObj *total = rt_list_items(cum)[--cum->len];
    if (!rt_is_intlike(total)) {
        rt_raise_cstr(RT_EXC_TYPE, "Counts must be integers");
        return 0;
    }
    int64_t tv = ((RtInt *)total)->value, t;
    if (rt_int_cmp(tv, 0) <= 0) {
        rt_raise_cstr(RT_EXC_VALUE, "Total of counts must be greater than zero");
        return 0;
    }
    if (!rt_int_to_i64(tv, &t)) { /* len(range(total)) */
        rt_raise_cstr(RT_EXC_OVERFLOW, "Python int too large to convert to C ssize_t");
        return 0;
    }
    uint64_t *idx = sample_indices((uint64_t)t, k, &kk);
    if (!idx) return 0;
    RtList *out = (RtList *)rt_list_new_len(kk);
    for (uint32_t i = 0; i < kk; i++) {
        int64_t b = bisect_right((RtObj *)cum, rt_box_int((int64_t)idx[i]), cum->len);
        if (b < 0) return 0;
        rt_list_items(out)[i] = rt_dyn_getitem_int(population, b);
        if (RT_ERR) return 0;
    }
    return (RtObj *)out;
}

/* ---- choices ---- */

/* random.choices(population, weights=None, *, cum_weights=None, k=1):
 * without weights population[floor(random() * n)]; with them the running
 * sums, their checks, and bisect(cum_weights, random() * total, 0, n - 1) */
RtObj *rt_random_choices(RtObj *population, RtObj *weights, RtObj *cum_weights, RtObj *k) {
    int64_t n = rt_dyn_len(population), count = 1;
    if (RT_ERR) return 0;
    if (weights == RT_NONE) weights = 0;
    if (cum_weights == RT_NONE) cum_weights = 0;
    if (!cum_weights) {
        if (!weights) {
            double nf = (double)n;
            if (k && !ssize_arg(k, &count)) return 0;
            RtObj *out = rt_list_new(0);
            for (int64_t i = 0; i < count; i++) {
                RtObj *x = rt_dyn_getitem_int(population, (int64_t)floor(rt_random_random() * nf));
                if (RT_ERR) return 0;
                rt_list_push(out, x);
            }
            return out;
        }
        cum_weights = accumulate(weights);
        if (RT_ERR) {
            /* choices(population, 3): a TypeError while summing an int */
            if (rt_is_intlike(weights) && rt_exc_matches(rt_exc_state[0], rt_exc_class(RT_EXC_TYPE))) {
                rt_exc_take();
                RtSb b = {0, 0, 0};
                rt_sb_puts(&b, "The number of choices must be a keyword argument: k=");
                rt_repr_into(&b, weights);
                if (!RT_ERR) rt_raise_msg(RT_EXC_TYPE, b.buf, b.len);
            }
            return 0;
        }
    } else if (weights) {
        rt_raise_cstr(RT_EXC_TYPE, "Cannot specify both weights and cumulative weights");
        return 0;
    }
    int64_t m = rt_dyn_len(cum_weights);
    if (RT_ERR) return 0;
    if (m != n) {
        rt_raise_cstr(RT_EXC_VALUE, "The number of weights does not match the population");
        return 0;
    }
    RtObj *last = rt_dyn_getitem_int(cum_weights, -1);
    if (RT_ERR) return 0;
    RtObj *sum = rt_dyn_add(last, rt_box_float(0.0)); /* convert to float */
    if (RT_ERR) return 0;
    double total = rt_unbox_float(sum);
    if (RT_ERR) return 0;
    if (total <= 0.0) {
        rt_raise_cstr(RT_EXC_VALUE, "Total of weights must be greater than zero");
        return 0;
    }
    if (!isfinite(total)) {
        rt_raise_cstr(RT_EXC_VALUE, "Total of weights must be finite");
        return 0;
    }
    if (k && !ssize_arg(k, &count)) return 0;
    RtObj *out = rt_list_new(0);
    for (int64_t i = 0; i < count; i++) {
        int64_t j = bisect_right(cum_weights, rt_box_float(rt_random_random() * total), n - 1);
        if (j < 0) return 0;
        RtObj *x = rt_dyn_getitem_int(population, j);
        if (RT_ERR) return 0;
        rt_list_push(out, x);
    }
    return out;
}
