/* Code point positions in long non-ASCII strs, in constant time.
 *
 * A str is UTF-8 (rt_abi.h), so its k-th code point is found by scanning:
 * s[i], s[a:b], s.find(x, start) and the index find returns were linear
 * in the string's length, and a loop indexing a long non-ASCII string was
 * quadratic where CPython's (fixed-width code points) is linear.
 *
 * For a str of at least MIN_INDEXED code points, the byte offset of every
 * STRIDE-th code point is kept in an index, built by one scan the first
 * time the str is indexed; a position is then its block's offset plus a
 * scan of fewer than STRIDE code points. The last SLOTS strs indexed keep
 * theirs (a loop usually indexes one or two strs).
 *
 * A str's bytes never change once other code sees it, except an
 * accumulator's (rt_str_append), which only grow: an index covers the
 * bytes it has seen and is extended when the str has grown. A str's
 * address may be reused once the collector frees it, so rt_gc_collect
 * forgets every index (rt_str_index_forget) before it marks; the offset
 * arrays are then garbage like any other unreferenced block. */
#include "rt_obj.h"

enum {
    STRIDE_SHIFT = 5,
    STRIDE = 1 << STRIDE_SHIFT,
    MIN_INDEXED = 256, /* shorter strs: a scan costs less than a lookup */
    SLOTS = 4,
};

typedef struct {
    RtStr *s;          /* the str indexed; NULL when free */
    uint32_t byte_len; /* how many of its bytes the index covers */
    uint32_t cps;      /* how many code points those bytes hold */
    uint32_t n, cap;   /* entries of offs, and its room */
    uint32_t *offs;    /* offs[k]: the byte offset of code point k * STRIDE */
    uint32_t last_use;
} CpIndex;

static CpIndex slots[SLOTS];
static uint32_t use_clock;

void rt_str_index_forget(void) {
    for (int i = 0; i < SLOTS; i++) slots[i] = (CpIndex){0}; /* its offs too: garbage now */
}

static int is_start(const RtStr *s, uint32_t i) { return ((unsigned char)s->data[i] & 0xc0) != 0x80; }

/* Scans the bytes the index has not seen, recording each block start. */
static void extend(CpIndex *x, RtStr *s) {
    uint32_t need = (s->cp_len >> STRIDE_SHIFT) + 1;
    if (need > x->cap) {
        uint32_t cap = need + need / 2;
        uint32_t *offs = rt_alloc(cap * 4);
        if (x->n) rt_memcpy(offs, x->offs, x->n * 4);
        x->offs = offs;
        x->cap = cap;
    }
    uint32_t cp = x->cps;
    for (uint32_t i = x->byte_len; i < s->byte_len; i++) {
        if (!is_start(s, i)) continue;
        if (!(cp & (STRIDE - 1))) x->offs[x->n++] = i;
        cp++;
    }
    x->byte_len = s->byte_len;
    x->cps = cp;
}

static CpIndex *index_of(RtStr *s) {
    CpIndex *x = 0;
    for (int i = 0; i < SLOTS; i++)
        if (slots[i].s == s) x = &slots[i];
    if (!x) { /* the least recently used slot */
        x = &slots[0];
        for (int i = 1; i < SLOTS; i++)
            if (!slots[i].s || (x->s && slots[i].last_use < x->last_use)) x = &slots[i];
        x->s = s;
        x->byte_len = x->cps = x->n = 0; /* its offs array is reused */
    }
    if (x->byte_len != s->byte_len) extend(x, s);
    x->last_use = ++use_clock;
    return x;
}

/* The byte offset of the code point cp of s, starting from code point
 * `at`, which is at byte offset `from`. */
static uint32_t scan_to(const RtStr *s, uint32_t from, uint32_t at, uint32_t cp) {
    uint32_t i = from;
    while (at < cp && i < s->byte_len) {
        i++;
        while (i < s->byte_len && !is_start(s, i)) i++;
        at++;
    }
    return i;
}

uint32_t rt_str_cp_offset(RtStr *s, uint32_t cp) {
    if (s->byte_len == s->cp_len) return cp;
    if (cp >= s->cp_len) return s->byte_len;
    if (s->cp_len < MIN_INDEXED) return scan_to(s, 0, 0, cp);
    CpIndex *x = index_of(s);
    uint32_t k = cp >> STRIDE_SHIFT;
    return scan_to(s, x->offs[k], k << STRIDE_SHIFT, cp);
}

uint32_t rt_str_cp_index(RtStr *s, uint32_t byte_off) {
    if (s->byte_len == s->cp_len) return byte_off;
    if (s->cp_len < MIN_INDEXED || byte_off >= s->byte_len) return rt_utf8_count(s->data, byte_off);
    CpIndex *x = index_of(s);
    uint32_t lo = 0, hi = x->n; /* the last block starting at or before byte_off */
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (x->offs[mid] <= byte_off) lo = mid;
        else hi = mid;
    }
    return (lo << STRIDE_SHIFT) + rt_utf8_count(s->data + x->offs[lo], byte_off - x->offs[lo]);
}
