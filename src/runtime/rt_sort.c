/* The stable merge sort of list.sort and sorted(): insertion sort for short
 * runs, halves merged through a buffer of half the length.
 *
 * One template, instantiated for any keys (rt_dyn_compare, which may raise
 * or run __lt__) and for keys all of one builtin type, compared inline.
 * Ints (and bools) and floats are first read out of their boxes, each with
 * its item's position: a million boxed ints lie all over the heap, and
 * comparing through two pointers each time cost twice the sort of the
 * values themselves. The positions then put the items in order, so every
 * item stays the object it was (`is` and id() see no difference). */
#include "rt_obj.h"

/* MERGE_SORT(NAME, T, LESS, ERR): sorts k (of T) and, when v is not NULL,
 * the items v alongside; ERR is how a failed comparison shows (0: none can
 * fail). tk and tv hold n / 2 + 1 entries. */
#define MERGE_SORT(NAME, T, LESS, ERR)                                                              \
    static void NAME(T *k, RtObj **v, T *tk, RtObj **tv, uint32_t n) {                              \
        if (n <= 12) {                                                                              \
            for (uint32_t i = 1; i < n; i++) {                                                      \
                T key = k[i];                                                                       \
                RtObj *val = v ? v[i] : 0;                                                          \
                uint32_t j = i;                                                                     \
                while (j > 0) {                                                                     \
                    int lt = LESS(key, k[j - 1]);                                                   \
                    if (ERR) return;                                                                \
                    if (!lt) break;                                                                 \
                    k[j] = k[j - 1];                                                                \
                    if (v) v[j] = v[j - 1];                                                         \
                    j--;                                                                            \
                }                                                                                   \
                k[j] = key;                                                                         \
                if (v) v[j] = val;                                                                  \
            }                                                                                       \
            return;                                                                                 \
        }                                                                                           \
        uint32_t h = n / 2;                                                                         \
        NAME(k, v, tk, tv, h);                                                                      \
        if (ERR) return;                                                                            \
        NAME(k + h, v ? v + h : 0, tk, tv, n - h);                                                  \
        if (ERR) return;                                                                            \
        int lt = LESS(k[h], k[h - 1]);                                                              \
        if (ERR || !lt) return; /* already in order */                                              \
        for (uint32_t i = 0; i < h; i++) {                                                          \
            tk[i] = k[i];                                                                           \
            if (v) tv[i] = v[i];                                                                    \
        }                                                                                           \
        uint32_t i = 0, j = h, o = 0;                                                               \
        while (i < h && j < n) {                                                                    \
            int jl = LESS(k[j], tk[i]);                                                             \
            if (ERR) { /* put back what was moved out: every item stays in the list */              \
                while (i < h) {                                                                     \
                    if (v) v[o] = tv[i];                                                            \
                    k[o++] = tk[i++];                                                               \
                }                                                                                   \
                return;                                                                             \
            }                                                                                       \
            if (jl) { /* strictly less: equal keys keep their order */                              \
                if (v) v[o] = v[j];                                                                 \
                k[o++] = k[j++];                                                                    \
            } else {                                                                                \
                if (v) v[o] = tv[i];                                                                \
                k[o++] = tk[i++];                                                                   \
            }                                                                                       \
        }                                                                                           \
        while (i < h) {                                                                             \
            if (v) v[o] = tv[i];                                                                    \
            k[o++] = tk[i++];                                                                       \
        }                                                                                           \
    }

/* A key read out of its box, and where its item was. */
typedef struct {
    int64_t value;
    uint32_t at;
} IntKey;
typedef struct {
    double value;
    uint32_t at;
} FloatKey;

#define LESS_ANY(a, b) rt_dyn_compare(a, b, RT_CMP_LT)
#define LESS_STR(a, b) (rt_str_cmp((RtStr *)(a), (RtStr *)(b)) < 0)
#define LESS_INT(a, b) (((RtInt *)(a))->value < ((RtInt *)(b))->value)
#define LESS_VALUE(a, b) ((a).value < (b).value)
MERGE_SORT(merge_sort, RtObj *, LESS_ANY, RT_ERR)
MERGE_SORT(merge_sort_strs, RtObj *, LESS_STR, 0)
MERGE_SORT(merge_sort_int_objs, RtObj *, LESS_INT, 0) /* a list too long for its keys' copy */
MERGE_SORT(merge_sort_ints, IntKey, LESS_VALUE, 0)
MERGE_SORT(merge_sort_floats, FloatKey, LESS_VALUE, 0)

/* The one builtin type of all keys (ints and bools count as one, big ints
 * not: two of them compare in the runtime), or 0. */
static uint32_t keys_type(RtObj **k, uint32_t n) {
    uint32_t t = RT_OBJ_TYPE(k[0]);
    if (t == RT_TYPE_BOOL) t = RT_TYPE_INT;
    if (t != RT_TYPE_INT && t != RT_TYPE_FLOAT && t != RT_TYPE_STR) return 0;
    for (uint32_t i = 0; i < n; i++) {
        uint32_t ti = RT_OBJ_TYPE(k[i]);
        if (t == RT_TYPE_INT) {
            if ((ti != RT_TYPE_INT && ti != RT_TYPE_BOOL) || RT_INT_IS_HANDLE(((RtInt *)k[i])->value)) return 0;
        } else if (ti != t) {
            return 0;
        }
    }
    return t;
}

/* The most keys copied out of their boxes: 16 bytes each, allocated in
 * one block of at most 2 GiB (rt_alloc). */
#define MAX_KEYED (1u << 26)

/* Puts k (and v) in the order of the sorted keys' positions. */
#define PLACE_BY_KEYS(keys, k, v, n)                                                                \
    do {                                                                                            \
        RtObj **was = rt_alloc((n) * (uint32_t)sizeof(RtObj *));                                    \
        for (uint32_t i = 0; i < (n); i++) was[i] = (k)[i];                                         \
        for (uint32_t i = 0; i < (n); i++) (k)[i] = was[(keys)[i].at];                              \
        if (v) {                                                                                    \
            for (uint32_t i = 0; i < (n); i++) was[i] = (v)[i];                                     \
            for (uint32_t i = 0; i < (n); i++) (v)[i] = was[(keys)[i].at];                          \
        }                                                                                           \
    } while (0)

static void sort_ints(RtObj **k, RtObj **v, uint32_t n) {
    IntKey *keys = rt_alloc(n * (uint32_t)sizeof(IntKey)), *tmp = rt_alloc((n / 2 + 1) * (uint32_t)sizeof(IntKey));
    for (uint32_t i = 0; i < n; i++) keys[i] = (IntKey){((RtInt *)k[i])->value, i}; /* a bool's too */
    merge_sort_ints(keys, 0, tmp, 0, n);
    PLACE_BY_KEYS(keys, k, v, n);
}

static void sort_floats(RtObj **k, RtObj **v, uint32_t n) {
    FloatKey *keys = rt_alloc(n * (uint32_t)sizeof(FloatKey)), *tmp = rt_alloc((n / 2 + 1) * (uint32_t)sizeof(FloatKey));
    for (uint32_t i = 0; i < n; i++) keys[i] = (FloatKey){((RtFloat *)k[i])->value, i};
    merge_sort_floats(keys, 0, tmp, 0, n);
    PLACE_BY_KEYS(keys, k, v, n);
}

/* Sorts keys (and items alongside, if keys != items) stably; reverse keeps
 * equal elements in their original order, like CPython (reverse, sort,
 * reverse). */
void rt_sort_objs(RtObj **items, RtObj **keys, uint32_t n, int32_t reverse) {
    if (n < 2) return;
    RtObj **k = keys ? keys : items, **v = keys ? items : 0;
    if (reverse) {
        for (uint32_t i = 0, j = n - 1; i < j; i++, j--) {
            RtObj *t = k[i];
            k[i] = k[j], k[j] = t;
            if (v) t = v[i], v[i] = v[j], v[j] = t;
        }
    }
    uint32_t type = keys_type(k, n);
    if (type == RT_TYPE_FLOAT && n > MAX_KEYED) type = 0; /* any keys: still correct */
    if (type == RT_TYPE_INT && n <= MAX_KEYED) {
        sort_ints(k, v, n);
    } else if (type == RT_TYPE_FLOAT) {
        sort_floats(k, v, n);
    } else {
        uint32_t h = n / 2 + 1;
        RtObj **tk = rt_alloc(h * (uint32_t)sizeof(RtObj *));
        RtObj **tv = v ? rt_alloc(h * (uint32_t)sizeof(RtObj *)) : 0;
        if (type == RT_TYPE_STR) merge_sort_strs(k, v, tk, tv, n);
        else if (type == RT_TYPE_INT) merge_sort_int_objs(k, v, tk, tv, n);
        else merge_sort(k, v, tk, tv, n);
    }
    if (reverse) {
        for (uint32_t i = 0, j = n - 1; i < j; i++, j--) {
            RtObj *t = k[i];
            k[i] = k[j], k[j] = t;
            if (v) t = v[i], v[i] = v[j], v[j] = t;
        }
    }
}
