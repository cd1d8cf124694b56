/* The heap: a precise, non-moving mark-sweep collector over size-class
 * chunks, and rt_alloc, the one allocator of the runtime.
 *
 * Layout. The heap is a sequence of 64 KiB chunks, from the first chunk
 * boundary after the static data up to heap_top, growing the linear memory
 * on demand. Every chunk (or run of chunks) starts with a Chunk header:
 *   CK_SMALL     one chunk cut into equal blocks of one size class, with a
 *                mark bitmap in the header (mark bits live on the side, so
 *                static objects and raw blocks need no header bits);
 *   CK_LARGE     a run holding one block bigger than the largest class;
 *   CK_FREE      a run of free chunks (adjacent ones coalesce at sweep);
 *   CK_INTERNAL  collector data (mark stack, shadow stack, rt_alloc_static).
 * A block's chunk is its address rounded down to 64 KiB, so the collector
 * finds size and mark bit of any block pointer without a per-object word.
 *
 * Collection (only in rt_gc_collect, called by rt_gc_poll when the
 * allocation budget is spent): mark from the shadow stack and the root
 * ranges with an explicit mark stack (no recursion: deep structures are
 * fine), tracing each object by its type; then sweep every chunk in
 * address order, rebuilding the per-class free lists (in address order),
 * releasing empty chunks and dead large runs, and coalescing free runs. */
#include "rt_obj.h"

#define CHUNK_SHIFT 16u
#define CHUNK ((uintptr_t)1 << CHUNK_SHIFT)
#define MARK_WORDS 128u /* 4096 blocks of 16 bytes at most */

enum { CK_FREE = 1, CK_SMALL, CK_LARGE, CK_INTERNAL };

typedef struct Chunk {
    uint32_t kind;
    uint32_t nchunks; /* span of the run (1 for small chunks) */
    uint32_t cls;     /* small: size class */
    uint32_t bsize;   /* small: block size */
    uint32_t nblocks; /* small: blocks in the chunk */
    uint32_t large_mark;
    struct Chunk *next_free; /* CK_FREE: next run in the free-run list */
    uint32_t marks[MARK_WORDS];
} Chunk;

/* Functions that zero small blocks with stores, which clang would turn
 * back into a memset (memory.fill: a call out of wasm in V8). */
#ifdef __clang__
#define NO_BUILTIN_MEMSET __attribute__((no_builtin("memset")))
#else
#define NO_BUILTIN_MEMSET /* gcc (native test builds) has no such attribute */
#endif

#define HDR ((sizeof(Chunk) + 15u) & ~(uintptr_t)15u)
#define PAYLOAD (CHUNK - HDR)
#define C8(x) ((uint32_t)(x) & ~7u)

static const uint32_t class_size[] = {
    16, 24, 32, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024,
    1280, 1536, 1792, 2048, 2560, 3072, 3584, 4096, 5120, 6144, 7168, 8192, 10240, 12288,
    C8(PAYLOAD / 4), C8(PAYLOAD / 3), C8(PAYLOAD / 2),
};
#define NCLASSES (sizeof class_size / sizeof class_size[0])
#define MAX_SMALL C8(PAYLOAD / 2)

/* ---- the linear memory ---- */
#ifdef ML_RT_NATIVE
uintptr_t rt_native_heap_base(void);           /* first free byte of the test's arena */
int rt_native_heap_grow(uintptr_t new_end);    /* 0 when the arena is exhausted */
#define HEAP_BASE() rt_native_heap_base()
#else
#define HEAP_BASE() ((uintptr_t)rt_link_heap_base())
#endif

static uintptr_t mem_end; /* memory available up to here */
static uintptr_t heap_lo, heap_top;
static uintptr_t static_cur, static_end; /* rt_alloc_static bump region */
static Chunk *free_runs;
static void *free_head[NCLASSES];
static uint64_t bytes_in_use, gc_threshold, gc_count;
static int32_t gc_held; /* rt_gc_hold */

/* What the program may still allocate before a poll collects: the
 * threshold less the bytes allocated since the last collection, and
 * HOLD_LIFT more while the collector is held, so that a poll collects
 * exactly when it is negative (rt_gc_due). Generated polls load it inline
 * (a call of rt_gc_due cost a sieve's loop 8%): the runtime link exports
 * its address (runtime.mk). Allocating is one subtraction, as counting the
 * bytes was. */
int64_t rt_gc_budget;
#define HOLD_LIFT ((int64_t)1 << 62)

#define MIN_THRESHOLD ((uint64_t)1 << 20)

static int grow_to(uintptr_t want) {
    if (want <= mem_end) return 1;
#ifdef ML_RT_NATIVE
    if (!rt_native_heap_grow(want)) return 0;
    mem_end = want;
    return 1;
#else
    if (want > 0xfffffff0u) return 0;
    uint32_t pages = (uint32_t)((want - mem_end + 65535u) / 65536u);
    uint32_t have = (uint32_t)(mem_end / 65536u);
    uint32_t more = pages < have / 4 ? have / 4 : pages; /* grow geometrically */
    if (__builtin_wasm_memory_grow(0, more) == (__SIZE_TYPE__)-1) {
        more = pages;
        if (__builtin_wasm_memory_grow(0, more) == (__SIZE_TYPE__)-1) return 0;
    }
    mem_end = (uintptr_t)__builtin_wasm_memory_size(0) * 65536u;
    return 1;
#endif
}

static void heap_init(void) {
    uintptr_t base = (HEAP_BASE() + 15u) & ~(uintptr_t)15u;
#ifdef ML_RT_NATIVE
    mem_end = base;
#else
    mem_end = (uintptr_t)__builtin_wasm_memory_size(0) * 65536u;
#endif
    heap_lo = heap_top = (base + CHUNK - 1) & ~(CHUNK - 1);
    static_cur = base;
    static_end = heap_lo;
    gc_threshold = MIN_THRESHOLD;
    rt_gc_budget += (int64_t)MIN_THRESHOLD;
}

static RT_NORETURN void out_of_memory(void) { rt_fatal_memory(); }

/* A run of n chunks: first fit among the free runs, else the top. */
static Chunk *take_run(uint32_t n, uint32_t kind) {
    if (!heap_lo) heap_init();
    Chunk **pp = &free_runs, *c;
    while ((c = *pp) != 0 && c->nchunks < n) pp = &c->next_free;
    if (c) {
        if (c->nchunks > n) {
            Chunk *rest = (Chunk *)((uintptr_t)c + (uintptr_t)n * CHUNK);
            rest->kind = CK_FREE;
            rest->nchunks = c->nchunks - n;
            rest->next_free = c->next_free;
            *pp = rest;
        } else {
            *pp = c->next_free;
        }
    } else {
        uintptr_t want = heap_top + (uintptr_t)n * CHUNK;
        if (want < heap_top || !grow_to(want)) out_of_memory();
        c = (Chunk *)heap_top;
        heap_top = want;
    }
    __builtin_memset(c, 0, HDR);
    c->kind = kind;
    c->nchunks = n;
    return c;
}

static void release_run(Chunk *c) { /* back to the free runs (merged at the next sweep) */
    c->kind = CK_FREE;
    c->next_free = free_runs;
    free_runs = c;
}

/* The class of each size up to 1024, by (size + 7) / 8: one load on the
 * allocation path instead of a search of class_size. */
static const uint8_t class_of_8ths[129] = {
    0,  0,  0,  1,  2,  3,  3,  4,  4,  5,  5,  6,  6,  7,  7,  8,  8,  9,  9,  9,  9,  10, 10, 10, 10, 11, 11, 11, 11,
    12, 12, 12, 12, 13, 13, 13, 13, 13, 13, 13, 13, 14, 14, 14, 14, 14, 14, 14, 14, 15, 15, 15, 15, 15, 15, 15, 15, 16,
    16, 16, 16, 16, 16, 16, 16, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 17, 18, 18, 18, 18, 18, 18,
    18, 18, 18, 18, 18, 18, 18, 18, 18, 18, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 19, 20, 20, 20,
    20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20,
};

static uint32_t size_class(uint32_t size) {
    if (size <= 1024) return class_of_8ths[(size + 7) >> 3];
    uint32_t c = 21;
    while (class_size[c] < size) c++;
    return c;
}

static void refill(uint32_t cls) {
    Chunk *c = take_run(1, CK_SMALL);
    uint32_t bs = class_size[cls];
    c->cls = cls;
    c->bsize = bs;
    c->large_mark = 0; /* (STRESS_DEAD) */
    c->nblocks = (uint32_t)(PAYLOAD / bs);
    char *p = (char *)c + HDR;
    void **link = &free_head[cls];
    for (uint32_t i = 0; i < c->nblocks; i++, p += bs) {
        *link = p;
        link = (void **)p;
    }
    *link = 0;
}

/* A small block, zeroed by word stores: a memset (memory.fill) of a
 * variable size is a call out of wasm in V8, which costs more than the
 * two to sixteen stores of the blocks most objects take. no_builtin keeps
 * clang from turning the loop back into that memset. */
NO_BUILTIN_MEMSET static void *take_small(uint32_t cls) {
    if (!free_head[cls]) refill(cls);
    uint64_t *p = free_head[cls];
    free_head[cls] = *(void **)p;
    uint32_t bs = class_size[cls];
    bytes_in_use += bs;
    rt_gc_budget -= (int64_t)bs;
    if (bs <= 128) {
        for (uint32_t i = 0; i < bs / 8; i++) p[i] = 0;
    } else {
        __builtin_memset(p, 0, bs);
    }
    return p;
}

void *rt_alloc(uint32_t size) {
    if (size <= MAX_SMALL) return take_small(size_class(size));
    if (size > 0x7ffffff0u) out_of_memory();
    uint32_t n = (uint32_t)((size + HDR + CHUNK - 1) >> CHUNK_SHIFT);
    Chunk *c = take_run(n, CK_LARGE);
    void *p = (char *)c + HDR;
    __builtin_memset(p, 0, size);
    uint64_t bytes = (uint64_t)n * CHUNK;
    bytes_in_use += bytes;
    rt_gc_budget -= (int64_t)bytes;
    return p;
}

void *rt_alloc_static(uint32_t size) {
    if (!heap_lo) heap_init();
    size = (size + 15u) & ~15u;
    if (static_end - static_cur < size) {
        uint32_t n = (uint32_t)((size + HDR + CHUNK - 1) >> CHUNK_SHIFT);
        Chunk *c = take_run(n, CK_INTERNAL);
        static_cur = (uintptr_t)c + HDR;
        static_end = (uintptr_t)c + (uintptr_t)n * CHUNK;
    }
    if (!grow_to(static_cur + size)) out_of_memory();
    void *p = (void *)static_cur;
    static_cur += size;
    __builtin_memset(p, 0, size);
    return p;
}

/* ---- roots ---- */
#define SHADOW_CHUNKS 16u
static RtObj **shadow_lo;
/* The shadow stack's top and end: generated code pushes and pops its frames
 * inline (ir_frame.c) through their address, which the runtime link
 * exports (runtime.mk); rt_gc_frame_push makes the stack, and is called when
 * a frame does not fit. */
RtObj **rt_gc_shadow[2];
#define shadow_sp (rt_gc_shadow[0])
#define shadow_hi (rt_gc_shadow[1])

typedef struct RootRange {
    RtObj **slots;
    int32_t n;
} RootRange;
#define MAX_ROOT_RANGES 256
static RootRange root_ranges[MAX_ROOT_RANGES];
static int32_t nroot_ranges;

/* Zeroed by stores, as take_small's blocks: a frame has a few slots, and
 * memory.fill would be a call out of wasm on every call of a function. */
NO_BUILTIN_MEMSET RtObj **rt_gc_frame_push(int32_t nslots) {
    if (!shadow_lo) {
        Chunk *c = take_run(SHADOW_CHUNKS, CK_INTERNAL);
        shadow_lo = shadow_sp = (RtObj **)((char *)c + HDR);
        shadow_hi = (RtObj **)((char *)c + SHADOW_CHUNKS * CHUNK);
    }
    RtObj **base = shadow_sp;
    if (nslots < 0 || (uintptr_t)nslots > (uintptr_t)(shadow_hi - base)) {
        /* the frame's function returns at once through its unwind path,
         * popping this NULL frame (a no-op) */
        rt_raise_cstr(RT_EXC_RECURSION, "maximum recursion depth exceeded");
        return 0;
    }
    for (int32_t i = 0; i < nslots; i++) base[i] = 0;
    shadow_sp = base + nslots;
    return base;
}

/* An int local published: its big int (rt_abi.h: a handle), else NULL. */
void rt_gc_int_slot(RtObj **base, int32_t slot, int64_t v) { base[slot] = RT_INT_IS_HANDLE(v) ? (RtObj *)RT_INT_BIG(v) : 0; }

void rt_gc_frame_pop(RtObj **base) {
    if (base >= shadow_lo && base <= shadow_sp) shadow_sp = base;
}

void rt_gc_reset_frames(void) { shadow_sp = shadow_lo; }

void rt_gc_add_root_range(RtObj **slots, int32_t nslots) {
    if (nroot_ranges == MAX_ROOT_RANGES) out_of_memory();
    root_ranges[nroot_ranges].slots = slots;
    root_ranges[nroot_ranges].n = nslots;
    nroot_ranges++;
}

/* ---- mark ---- */
static RtObj **mstack;
static uint32_t msp, mcap;

static int in_heap(const void *p) { return (uintptr_t)p >= heap_lo && (uintptr_t)p < heap_top; }

/* Sets the mark bit of a heap block; returns 1 if it was already set. */
static int test_and_mark(const void *p) {
    Chunk *c = (Chunk *)((uintptr_t)p & ~(CHUNK - 1));
    if (c->kind == CK_SMALL) {
        uint32_t i = (uint32_t)(((uintptr_t)p - (uintptr_t)c - HDR) / c->bsize);
        uint32_t bit = 1u << (i & 31);
        if (c->marks[i >> 5] & bit) return 1;
        c->marks[i >> 5] |= bit;
        return 0;
    }
    if (c->large_mark) return 1;
    c->large_mark = 1;
    return 0;
}

static void mark_raw(const void *p) {
    if (in_heap(p)) test_and_mark(p);
}

static int gc_stress; /* rt_gc_due_stress */
#define POISON 0xdbdbdbdbu

/* A reference to memory the collector freed: under gc_stress, a trap. */
static void dangling(const RtObj *o) {
    if (gc_stress && in_heap(o) && *(const uint32_t *)o == POISON) __builtin_trap();
}

static void mark_obj(RtObj *o) {
    dangling(o);
    if (!in_heap(o) || test_and_mark(o)) return;
    if (msp == mcap) {
        uint32_t bytes = mcap ? mcap * 2 * (uint32_t)sizeof(RtObj *) : (uint32_t)PAYLOAD;
        uint32_t n = (uint32_t)((bytes + HDR + CHUNK - 1) >> CHUNK_SHIFT);
        Chunk *c = take_run(n, CK_INTERNAL);
        RtObj **s = (RtObj **)((char *)c + HDR);
        if (msp) {
            __builtin_memcpy(s, mstack, msp * sizeof(RtObj *));
            release_run((Chunk *)((uintptr_t)mstack & ~(CHUNK - 1)));
        }
        mstack = s;
        mcap = (uint32_t)(((uintptr_t)n * CHUNK - HDR) / sizeof(RtObj *));
    }
    mstack[msp++] = o;
}

static void trace(RtObj *o) {
    switch (RT_OBJ_TYPE(o)) {
    case RT_TYPE_LIST: {
        RtList *l = (RtList *)o;
        mark_raw(l->data); /* read as it is: marking must not turn a list into objects */
        if (l->h.type_flags & RT_FLAG_LIST_FLOATS)
            for (uint32_t i = 0; i < l->len; i++) mark_obj(((RtFloatItem *)l->data)[i].box);
        else if (!(l->h.type_flags & RT_FLAG_LIST_BOOLS))
            for (uint32_t i = 0; i < l->len; i++) mark_obj(((RtObj **)l->data)[i]);
        break;
    }
    case RT_TYPE_TUPLE: {
        RtTuple *t = (RtTuple *)o;
        for (uint32_t i = 0; i < t->len; i++) mark_obj(t->items[i]);
        break;
    }
    case RT_TYPE_DICT: {
        RtDict *d = (RtDict *)o;
        mark_raw(d->table);
        RtDictEntry *e = rt_dict_entries(d);
        for (uint32_t i = 0; i < d->nentries; i++) {
            mark_obj(e[i].key);
            mark_obj(e[i].value);
        }
        break;
    }
    case RT_TYPE_SET:
    case RT_TYPE_FROZENSET: {
        RtSet *s = (RtSet *)o;
        mark_raw(s->table);
        if (s->table)
            for (uint32_t i = 0; i <= s->mask; i++) mark_obj(s->table[i].key);
        break;
    }
    case RT_TYPE_ITER: mark_obj(((RtIter *)o)->obj); break;
    case RT_TYPE_BYTEARRAY: mark_raw(((RtByteArray *)o)->data); break;
    case RT_TYPE_GENERATOR: {
        RtGen *g = (RtGen *)o;
        mark_obj(g->sent);
        mark_obj(g->thrown);
        mark_obj(g->retval);
        for (uint32_t i = 0; i < g->nobj; i++) mark_obj(g->slots[i]);
        /* the int slots (tagged: rt_abi.h) that hold big ints */
        const int64_t *raw = (const int64_t *)((char *)g + (((uint32_t)__builtin_offsetof(RtGen, slots) + 4u * g->nobj + 7u) & ~7u));
        for (uint32_t i = 0; i < g->nraw >> 16; i++)
            if (RT_INT_IS_HANDLE(raw[i])) mark_obj((RtObj *)RT_INT_BIG(raw[i]));
        break;
    }
    case RT_TYPE_DICT_VIEW: mark_obj(((RtDictView *)o)->dict); break;
    case RT_TYPE_TYPE_EXPR:
        mark_obj(((RtTypeExpr *)o)->origin);
        mark_obj(((RtTypeExpr *)o)->args);
        break;
    case RT_TYPE_SLICE:
        mark_obj(((RtSlice *)o)->start);
        mark_obj(((RtSlice *)o)->stop);
        mark_obj(((RtSlice *)o)->step);
        break;
    case RT_TYPE_CELL: mark_obj(((RtCell *)o)->value); break;
    case RT_TYPE_FUNCTION:
        mark_obj((RtObj *)((RtFunc *)o)->name); /* static, but a bound method's or a renamed one's may not be */
        mark_obj(((RtFunc *)o)->env);
        mark_obj(((RtFunc *)o)->defaults);
        mark_obj(((RtFunc *)o)->names);
        mark_obj(((RtFunc *)o)->dict);
        mark_obj((RtObj *)((RtFunc *)o)->short_name);
        mark_obj(((RtFunc *)o)->doc);
        break;
    case RT_TYPE_CLASS: {
        RtClass *c = (RtClass *)o;
        if (o->type_flags & RT_FLAG_STATIC) break;
        mark_obj(c->base);
        mark_obj(c->dict);
        mark_obj(c->mro);
        mark_obj(c->bases);
        mark_obj(c->meta);
        mark_obj(c->slots);
        break;
    }
    case RT_TYPE_INSTANCE:
        mark_obj(((RtInstance *)o)->cls);
        mark_obj(((RtInstance *)o)->dict);
        mark_obj(((RtInstance *)o)->base);
        break;
    case RT_TYPE_SUPER:
        mark_obj(((RtSuper *)o)->cls);
        mark_obj(((RtSuper *)o)->self);
        break;
    case RT_TYPE_PROPERTY:
        mark_obj(((RtProperty *)o)->fget);
        mark_obj(((RtProperty *)o)->fset);
        mark_obj(((RtProperty *)o)->fdel);
        break;
    case RT_TYPE_EXCEPTION: {
        RtExc *e = (RtExc *)o;
        mark_obj(e->dict);
        mark_obj(e->cls);
        mark_obj(e->args);
        mark_obj(e->traceback);
        mark_obj(e->cause);
        mark_obj(e->context);
        mark_obj(e->value);
        break;
    }
    case RT_TYPE_RANGE: { /* its big bounds (tagged ints) */
        const int64_t *f = &((RtRange *)o)->start;
        for (int i = 0; i < 4; i++)
            if (RT_INT_IS_HANDLE(f[i])) mark_obj((RtObj *)RT_INT_BIG(f[i]));
        break;
    }
    default: break; /* str, int, float, bool, None: no references */
    }
}

static void mark_all(void) {
    if (shadow_lo)
        for (RtObj **p = shadow_lo; p < shadow_sp; p++) mark_obj(*p);
    for (int32_t r = 0; r < nroot_ranges; r++)
        for (int32_t i = 0; i < root_ranges[r].n; i++) mark_obj(root_ranges[r].slots[i]);
    mark_obj(rt_exc_state[0]); /* pending and handled exceptions */
    mark_obj(rt_exc_state[1]);
    mark_obj(rt_exc_state[2]);
    while (msp) trace(mstack[--msp]);
}

/* ---- sweep ---- */

/* Under gc_stress a small chunk none of whose blocks is live any more is
 * poisoned once and marked so (in large_mark, unused by small chunks):
 * later sweeps skip it instead of reading each of its blocks again. */
#define STRESS_DEAD 0x5dead

/* Under gc_stress the sweep frees nothing for reuse, but the blocks of the
 * free lists were never handed out: marked before the sweep (which would
 * poison them) and kept after it, they are used up before a new chunk is
 * taken. Without that every collection, i.e. every poll, started a new
 * 64 KiB chunk of each size class, and sweeps grew quadratic. */
static void mark_free_lists(void) {
    for (uint32_t k = 0; k < NCLASSES; k++)
        for (void *p = free_head[k]; p; p = *(void **)p) test_and_mark(p);
}

static void sweep(void) {
    void **tail[NCLASSES];
    for (uint32_t k = 0; k < NCLASSES; k++) {
        free_head[k] = 0;
        tail[k] = &free_head[k];
    }
    free_runs = 0;
    Chunk **runs_tail = &free_runs, *last_free = 0;
    uint64_t live = 0;
    for (uintptr_t a = heap_lo; a < heap_top;) {
        Chunk *c = (Chunk *)a;
        uint32_t span = c->nchunks;
        int now_free = 0;
        if (c->kind == CK_FREE) {
            now_free = 1;
        } else if (c->kind == CK_LARGE) {
            if (c->large_mark) {
                c->large_mark = 0;
                live += (uint64_t)span * CHUNK;
            } else {
                now_free = 1;
            }
        } else if (c->kind == CK_SMALL) {
            uint32_t any = 0;
            for (uint32_t w = 0; w < MARK_WORDS; w++) any |= c->marks[w];
            if (!any && !gc_stress) {
                now_free = 1;
            } else if (!any && c->large_mark == STRESS_DEAD) {
                /* poisoned whole by an earlier sweep: nothing to do */
            } else {
                if (!any) c->large_mark = STRESS_DEAD; /* (gc_stress) poisoned below, skipped from now on */
                uint32_t bs = c->bsize, n = 0;
                char *p = (char *)c + HDR;
                void **t = tail[c->cls];
                for (uint32_t i = 0; i < c->nblocks; i++, p += bs) {
                    if (c->marks[i >> 5] & (1u << (i & 31))) {
                        n++;
                    } else {
                        if (gc_stress) { /* poisoned (once), never reused */
                            if (*(uint32_t *)p != POISON) __builtin_memset(p, 0xdb, bs);
                            continue;
                        }
#ifdef ML_RT_GC_DEBUG
                        __builtin_memset(p, 0xdb, bs); /* make use-after-free visible */
#endif
                        *t = p;
                        t = (void **)p;
                    }
                }
                *t = 0;
                tail[c->cls] = t;
                __builtin_memset(c->marks, 0, sizeof c->marks);
                live += (uint64_t)n * bs;
            }
        }
        if (now_free) {
#ifdef ML_RT_GC_DEBUG
            if (c->kind != CK_FREE) __builtin_memset((char *)c + HDR, 0xdb, (uintptr_t)span * CHUNK - HDR);
#endif
            if (last_free) {
                last_free->nchunks += span;
            } else {
                c->kind = CK_FREE;
                c->nchunks = span;
                c->next_free = 0;
                *runs_tail = c;
                runs_tail = &c->next_free;
                last_free = c;
            }
        } else {
            last_free = 0;
        }
        a += (uintptr_t)span * CHUNK;
    }
    bytes_in_use = live;
}

void rt_gc_collect(void) {
    if (!heap_lo) return;
    rt_str_index_forget(); /* its strs and offset arrays may be freed */
    mark_all();
    if (gc_stress) {
        void *kept[NCLASSES];
        mark_free_lists();
        for (uint32_t k = 0; k < NCLASSES; k++) kept[k] = free_head[k];
        sweep();
        for (uint32_t k = 0; k < NCLASSES; k++) free_head[k] = kept[k];
    } else {
        sweep();
    }
    /* the mark stack was in a chunk that the sweep kept (CK_INTERNAL) */
    gc_count++;
    gc_threshold = bytes_in_use > MIN_THRESHOLD ? bytes_in_use : MIN_THRESHOLD;
    rt_gc_budget = (int64_t)gc_threshold + (gc_held > 0 ? HOLD_LIFT : 0);
}

void rt_gc_hold(int32_t delta) {
    int was = gc_held > 0;
    gc_held += delta;
    if (gc_held > 0 && !was) rt_gc_budget += HOLD_LIFT;
    if (gc_held <= 0 && was) rt_gc_budget -= HOLD_LIFT;
}

void rt_gc_poll(void) {
    if (rt_gc_due()) rt_gc_collect();
}

int32_t rt_gc_due(void) { return rt_gc_budget < 0; }

/* The polls of a module built for the collector's tests (MlOptions.gc_stress)
 * call this instead: every poll collects (unless held), and the sweep
 * poisons what it frees and never hands it out again, so that a frame slot
 * or a field still pointing there traps at the next collection
 * (dangling()) instead of corrupting an object some later run allocates. */
int32_t rt_gc_due_stress(void) {
    gc_stress = 1;
    return !gc_held;
}

int64_t rt_gc_live_bytes(void) { return (int64_t)bytes_in_use; }
int64_t rt_gc_heap_bytes(void) { return (int64_t)(heap_top - heap_lo); }
int64_t rt_gc_collections(void) { return (int64_t)gc_count; }
