/* The frame pass: GC cooperation, decided once the whole function is
 * lowered and its frame is known.
 *
 * The collector only runs at rt_gc_poll and never sees wasm locals, so a
 * function that handles objects keeps every object local and temporary in
 * a slot of a shadow-stack frame at the points where the collector may
 * run. The lowering marks those points with pseudo instructions:
 *   FRAME_PUSH  at entry: a frame with one slot per object local
 *   PUBLISH     store every object local into its slot (before a call of
 *               user code, which may collect)
 *   POLL        publish, mirror the object globals into their static root
 *               slots (wasm globals are invisible to the collector), and
 *               give the collector its chance (entry, loop back-edges)
 *   POP         release the frame (before every return)
 * and, after every call that may raise,
 *   EXC_CHECK   if an exception is pending: add the traceback site, then
 *               branch to the handler or to the unwind path
 *   EXC_RAISED  the same without the test, after a call that always raises
 * and this pass replaces each by the instructions it stands for (or by
 * nothing, when the function has no frame or does not poll). Slots are
 * numbered in declaration order: parameters and variables, then
 * temporaries. */
#include "ir.h"

typedef struct Frame {
    IrFunc *f;
    const IrRoots *roots;
    bool poll;
    const IrCells *cells;
    int depth; /* counted functions: local of the depth at entry */
    int saved; /* a depth parameter published: local of the cell's value before */
    bool lazy; /* int slots only: the frame is pushed when a big int shows up */
    int counter; /* loop polls of a function that polls for its big ints only:
                    local of the iteration count (IrCells.polls), or -1 */
    IrDirty dirty; /* what each publish stores (ir_dirty.c), in tree order */
    int point;     /* the next publish or poll's set */
    int *slot;     /* each local's frame slot, or -1: none (see slots) */
} Frame;

/* Every i64 local of the lowering holds an int (rt_abi.h: tagged), which
 * may be the handle of a big int: it gets a slot too, after the object
 * slots, filled only when it holds a handle. A function with int slots
 * and no object slot (fib) pushes its frame only on meeting a handle, so
 * that small-int code pays one test per int local at each publish. */
static bool object_slot(const IrFunc *f, const IrLocal *l) { return l->object && l->kind <= IRL_TEMP && !f->held; }
static bool int_slot(const IrFunc *f, const IrLocal *l) {
    return l->type == VT_I64 && !l->object && l->kind <= IRL_TEMP && !f->held;
}

/* i32: the int in local (or global, when named) is a handle, i.e. not
 * small (rt_abi.h): (v + 2^61) >=u 2^62 */
static void is_handle(IrFunc *f, int local, const char *global) {
    ir_open(f, IR_I64_GE_U);
    ir_open(f, IR_I64_ADD);
    if (global) ir_gget(f, global);
    else ir_get(f, local);
    ir_i64(f, (int64_t)1 << 61);
    ir_close(f);
    ir_i64(f, (int64_t)1 << 62);
    ir_close(f);
}

/* (call $rt_gc_int_slot frame slot local): the big int an int local
 * holds, or nothing, into its slot (only on the paths that found a big
 * int, or before a collection: a call keeps them short) */
static void store_int_slot(IrFunc *f, int local, int slot) {
    ir_call(f, "rt_gc_int_slot");
    ir_get(f, f->frame);
    ir_i32(f, slot);
    ir_get(f, local);
    ir_close(f);
}

/* The depth as it was at entry (kept in a local: one global write on the
 * way out, and exact after any unwinding); for a depth parameter, the
 * cell's value before its publish, if it published. */
static void depth_down(Frame *fr) {
    if (fr->f->depth_param && !fr->f->depth_published) return;
    ir_store(fr->f, IR_I32_STORE, 0);
    ir_i32(fr->f, (int32_t)fr->cells->depth);
    ir_get(fr->f, fr->f->depth_param ? fr->saved : fr->depth);
    ir_close(fr->f);
}

/* One more Python frame; beyond the limit, RecursionError (the caller's
 * check adds its own line to the traceback). The depth comes from the
 * cell (which then counts this frame, until depth_down) or, a depth
 * parameter, from the caller, the cell published only when the function
 * calls code that reads it: generated code entered through the runtime or
 * a table, which takes its depth from there. */
static void depth_up(Frame *fr) {
    IrFunc *f = fr->f;
    ir_if(f, VT_NONE);
    ir_open(f, IR_I32_GE_S);
    if (f->depth_param) {
        ir_get(f, fr->depth);
    } else {
        ir_tee(f, fr->depth);
        ir_load_i32_at(f, fr->cells->depth);
        ir_close(f);
    }
    ir_load_i32_at(f, fr->cells->limit);
    ir_close(f);
    ir_open(f, IR_THEN);
    ir_call(f, "rt_raise_recursion");
    ir_close(f);
    ir_open(f, IR_RETURN);
    ir_zero_results(f);
    ir_close(f);
    ir_close(f);
    ir_close(f);
    if (f->depth_param && !f->depth_published) return;
    if (f->depth_param) {
        ir_set(f, fr->saved);
        ir_load_i32_at(f, fr->cells->depth);
        ir_close(f);
    }
    ir_store(f, IR_I32_STORE, 0);
    ir_i32(f, (int32_t)fr->cells->depth);
    ir_open(f, IR_I32_ADD);
    ir_get(f, fr->depth);
    ir_i32(f, 1);
    ir_close(f);
    ir_close(f);
}

/* Whether int local i may hold a live value at this publish: a parameter
 * or variable, or a temporary the lowering held when it placed the publish
 * (ins->u.live lists those, -1 ended; a released temporary is dead). */
static bool int_live(const IrFunc *f, const IrIns *ins, int i) {
    if (f->locals[i].kind != IRL_TEMP) return true;
    for (const int *p = ins->u.live; p && *p >= 0; p++)
        if (*p == i) return true;
    return false;
}

/* Store every object local into its slot, and every int local that holds a
 * big int's handle: one test of them all first,
 * (if (i64.shr_u (i64.or (i64.add a 2^61) (i64.add b 2^61) ...) 62) ...):
 * only a handle is outside the small range. */
bool ir_publish_stores(const IrFunc *f, const IrIns *publish, int i) {
    return object_slot(f, &f->locals[i]) || (int_slot(f, &f->locals[i]) && int_live(f, publish, i));
}

static bool changed(const uint64_t *dirty, int i) { return !dirty || (dirty[i >> 6] >> (i & 63)) & 1; }

static void publish_slots(Frame *fr, const IrIns *ins, const uint64_t *dirty) {
    IrFunc *f = fr->f;
    for (int k = IRL_PARAM; k <= IRL_TEMP; k++)
        for (int i = 0; i < f->nlocals; i++) {
            const IrLocal *l = &f->locals[i];
            /* unchanged: its slot holds it already */
            if ((int)l->kind != k || !object_slot(f, l) || !changed(dirty, i)) continue;
            ir_store(f, IR_I32_STORE, 4u * (uint32_t)fr->slot[i]);
            ir_get(f, f->frame);
            ir_get(f, i);
            ir_close(f);
        }
    int nlive = 0;
    for (int i = 0; i < f->nlocals; i++)
        if (int_slot(f, &f->locals[i]) && int_live(f, ins, i) && changed(dirty, i)) nlive++;
    if (!nlive) return;
    ir_if(f, VT_NONE);
    ir_open(f, IR_I32_WRAP_I64);
    ir_open(f, IR_I64_SHR_U);
    for (int n = 0; n < nlive - 1; n++) ir_open(f, IR_I64_OR);
    int seen = 0;
    for (int i = 0; i < f->nlocals; i++) {
        if (!int_slot(f, &f->locals[i]) || !int_live(f, ins, i) || !changed(dirty, i)) continue;
        ir_open(f, IR_I64_ADD);
        ir_get(f, i);
        ir_i64(f, (int64_t)1 << 61);
        ir_close(f);
        if (seen++ > 0) ir_close(f); /* or */
    }
    ir_i64(f, 62);
    ir_close(f);
    ir_close(f);
    ir_open(f, IR_THEN);
    if (fr->lazy) {
        /* (if (i32.eqz frame) (then (local.set frame (call push n))))
         * (if frame (then <stores>)): a failed push left RecursionError
         * pending, and the call after the publish unwinds */
        ir_if(f, VT_NONE);
        ir_open(f, IR_I32_EQZ);
        ir_get(f, f->frame);
        ir_close(f);
        ir_open(f, IR_THEN);
        ir_set(f, f->frame);
        ir_call(f, "rt_gc_frame_push");
        ir_i32(f, f->nslots);
        ir_close(f);
        ir_close(f);
        ir_close(f);
        ir_close(f);
        ir_if(f, VT_NONE);
        ir_get(f, f->frame);
        ir_open(f, IR_THEN);
    }
    for (int k = IRL_PARAM; k <= IRL_TEMP; k++)
        for (int i = 0; i < f->nlocals; i++) {
            const IrLocal *l = &f->locals[i];
            if ((int)l->kind == k && int_slot(f, l) && int_live(f, ins, i) && changed(dirty, i))
                store_int_slot(f, i, fr->slot[i]);
        }
    if (fr->lazy) {
        ir_close(f);
        ir_close(f);
    }
    ir_close(f);
    ir_close(f);
}

/* (if (i32.eqz (local.tee frame (call $rt_gc_frame_push n))) (then (return 0))):
 * no frame, RecursionError is pending, and nothing to pop yet */
static void push_call(IrFunc *f) {
    ir_if(f, VT_NONE);
    ir_open(f, IR_I32_EQZ);
    ir_tee(f, f->frame);
    ir_call(f, "rt_gc_frame_push");
    ir_i32(f, f->nslots);
    ir_close(f);
    ir_close(f);
    ir_close(f);
    ir_open(f, IR_THEN);
    ir_open(f, IR_RETURN);
    ir_zero_results(f);
    ir_close(f);
    ir_close(f);
    ir_close(f);
}

/* A frame pushed inline (rt_gc_frame_push's common case, without its call):
 *   (local.set frame (i32.load sp))
 *   (if (i32.lt_u (i32.sub (i32.load hi) frame) 4n)   ;; no room, or no stack yet
 *     (then (if (i32.eqz (local.tee frame (call rt_gc_frame_push n)))
 *             (then (return 0))))                      ;; RecursionError pending
 *     (else (i32.store sp (i32.add frame 4n)) (i32.store offset=4k frame 0) ...))
 * with sp and hi the runtime's rt_gc_shadow[0] and [1]. */
static void push_inline(Frame *fr) {
    IrFunc *f = fr->f;
    uint32_t sp = fr->cells->shadow, hi = sp + 4, bytes = 4u * (uint32_t)f->nslots;
    ir_set(f, f->frame);
    ir_load(f, IR_I32_LOAD, 0);
    ir_i32(f, (int32_t)sp);
    ir_close(f);
    ir_close(f);
    ir_if(f, VT_NONE);
    ir_open(f, IR_I32_LT_U);
    ir_open(f, IR_I32_SUB);
    ir_load(f, IR_I32_LOAD, 0);
    ir_i32(f, (int32_t)hi);
    ir_close(f);
    ir_get(f, f->frame);
    ir_close(f);
    ir_i32(f, (int32_t)bytes);
    ir_close(f);
    ir_open(f, IR_THEN);
    push_call(f);
    ir_close(f); /* then */
    ir_open(f, IR_ELSE);
    ir_store(f, IR_I32_STORE, 0);
    ir_i32(f, (int32_t)sp);
    ir_open(f, IR_I32_ADD);
    ir_get(f, f->frame);
    ir_i32(f, (int32_t)bytes);
    ir_close(f);
    ir_close(f);
    /* two slots a store (a frame is 4-byte aligned: an unaligned i64
     * store is as fast where it lands in one cache line, and half the
     * instructions of every call's entry) */
    for (int k = 0; k < f->nslots; k += 2) {
        bool pair = k + 1 < f->nslots;
        ir_store(f, pair ? IR_I64_STORE : IR_I32_STORE, 4u * (uint32_t)k);
        ir_get(f, f->frame);
        if (pair) ir_i64(f, 0);
        else ir_i32(f, 0);
        ir_close(f);
    }
    ir_close(f); /* else */
    ir_close(f); /* if */
}

/* rt_gc_frame_pop inline: the stack goes back to the frame when the frame
 * is on it (0 < frame <= sp), as the runtime's test:
 *   (if (i32.lt_u (i32.sub frame 1) (i32.load sp)) (then (i32.store sp frame))) */
static void pop_inline(Frame *fr) {
    IrFunc *f = fr->f;
    uint32_t sp = fr->cells->shadow;
    ir_if(f, VT_NONE);
    ir_open(f, IR_I32_LT_U);
    ir_open(f, IR_I32_SUB);
    ir_get(f, f->frame);
    ir_i32(f, 1);
    ir_close(f);
    ir_load(f, IR_I32_LOAD, 0);
    ir_i32(f, (int32_t)sp);
    ir_close(f);
    ir_close(f);
    ir_open(f, IR_THEN);
    ir_store(f, IR_I32_STORE, 0);
    ir_i32(f, (int32_t)sp);
    ir_get(f, f->frame);
    ir_close(f);
    ir_close(f);
    ir_close(f);
}

/* The instructions of one pseudo instruction, built under a scratch root.
 * Not inlined into expand(), which recurses as deep as the tree: its
 * locals would enlarge every level's frame (the JS build's long chains ran
 * out of stack when they were). */
__attribute__((noinline)) static IrIns *expansion(Frame *fr, const IrIns *ins) {
    IrFunc *f = fr->f;
    IrOp op = ins->op;
    const uint64_t *dirty = (op == IR_PUBLISH || op == IR_POLL) && fr->dirty.sets ? fr->dirty.sets[fr->point++] : NULL;
    IrIns root = {0};
    root.op = IR_BLOCK;
    IrIns **saved_open = f->open;
    int saved_nopen = f->nopen, saved_cap = f->capopen;
    IrIns *stack[16] = {&root};
    f->open = stack;
    f->nopen = 1;
    f->capopen = 16;
    /* a loop's poll in a function that polls only for the big ints it
     * may make: every 1024th iteration, counted in a cell all functions
     * share (a loop of fewer iterations, called often, polls too),
     * (i32.store cell (local.tee $n (i32.add (i32.load cell) 1)))
     * (if (i32.eqz (i32.and $n 1023)) (then ...)) */
    bool counted_poll = op == IR_POLL && !fr->poll && fr->counter >= 0 && ins->label.n == 0;
    if (counted_poll) {
        ir_store(f, IR_I32_STORE, 0);
        ir_i32(f, (int32_t)fr->cells->polls);
        ir_tee(f, fr->counter);
        ir_open(f, IR_I32_ADD);
        ir_load_i32_at(f, fr->cells->polls);
        ir_i32(f, 1);
        ir_close(f);
        ir_close(f);
        ir_close(f);
        ir_if(f, VT_NONE);
        ir_open(f, IR_I32_EQZ);
        ir_open(f, IR_I32_AND);
        ir_get(f, fr->counter);
        ir_i32(f, 1023);
        ir_close(f);
        ir_close(f);
        ir_open(f, IR_THEN);
    }
    bool polls_here = op == IR_POLL && (fr->poll || counted_poll);
    bool publish = op == IR_PUBLISH || polls_here;
    if (op == IR_FRAME_PUSH && f->counted) depth_up(fr);
    if (op == IR_FRAME_PUSH && f->frame >= 0 && !fr->lazy && fr->cells->shadow && f->nslots <= IR_INLINE_FRAME_SLOTS) {
        push_inline(fr);
    } else if (op == IR_FRAME_PUSH && f->frame >= 0 && !fr->lazy) {
        push_call(f);
    }
    if (polls_here) {
        /* the roots are published only when the collector will run:
         * (if (i64.lt_s (i64.load rt_gc_budget) 0) (then <publish> <mirror> (call $rt_gc_collect))) */
        ir_if(f, VT_NONE);
        if (fr->cells->budget) {
            ir_open(f, IR_I64_LT_S);
            ir_load(f, IR_I64_LOAD, 0);
            ir_i32(f, (int32_t)fr->cells->budget);
            ir_close(f);
            ir_i64(f, 0);
        } else {
            ir_call(f, fr->cells->due);
        }
        ir_close(f);
        ir_open(f, IR_THEN);
    }
    if (publish && f->frame >= 0) publish_slots(fr, ins, dirty);
    if (polls_here) {
        if (fr->roots->nglobals) {
            ir_call(f, IR_MIRROR_ROOTS); /* the globals into their root slots */
            ir_close(f);
        }
        ir_call(f, "rt_gc_collect");
        ir_close(f);
        ir_close(f); /* then */
        ir_close(f); /* if */
    }
    if (counted_poll) {
        ir_close(f);
        ir_close(f);
    }
    if (op == IR_EXC_CHECK) {
        ir_if(f, VT_NONE);
        ir_load_i32_at(f, fr->cells->exc);
        ir_open(f, IR_THEN);
    }
    if (op == IR_EXC_CHECK || op == IR_EXC_RAISED) {
        if (ins->u.i32) {
            ir_call(f, "rt_tb_add");
            ir_i32(f, ins->u.i32);
            ir_close(f);
        }
        ir_br(f, ins->label.role, ins->label.n);
    }
    if (op == IR_EXC_CHECK) {
        ir_close(f);
        ir_close(f);
    }
    if (op == IR_POP && f->counted) depth_down(fr);
    if (op == IR_POP && f->frame >= 0) {
        if (fr->lazy) {
            ir_if(f, VT_NONE);
            ir_get(f, f->frame);
            ir_open(f, IR_THEN);
        }
        if (fr->cells->shadow) {
            pop_inline(fr);
        } else {
            ir_call(f, "rt_gc_frame_pop");
            ir_get(f, f->frame);
            ir_close(f);
        }
        if (fr->lazy) {
            ir_close(f);
            ir_close(f);
        }
    }
    f->open = saved_open;
    f->nopen = saved_nopen;
    f->capopen = saved_cap;
    return root.kids;
}

static void expand(Frame *fr, IrIns *parent) {
    IrIns *prev = NULL;
    for (IrIns *ins = parent->kids; ins;) {
        IrIns *next = ins->next;
        if (ir_op_shape(ins->op) != IRS_PSEUDO) {
            expand(fr, ins);
            prev = ins;
            ins = next;
            continue;
        }
        /* splice the expansion (possibly empty) in place of ins */
        IrIns *first = expansion(fr, ins), *last = first;
        while (last && last->next) last = last->next;
        if (first) {
            if (prev) prev->next = first;
            else parent->kids = first;
            last->next = next;
            prev = last;
        } else {
            if (prev) prev->next = next;
            else parent->kids = next;
        }
        if (parent->last == ins) parent->last = prev;
        ins = next;
    }
}

/* The function IR_MIRROR_ROOTS: every object global into its static
 * root slot, every int global's big int (or 0) into its slot, through
 * IR_ROOT_INT (3 instructions a global, not 11: a module of many int
 * globals spent most of its text here). */
void ir_mirror_roots(IrFunc *f, const IrRoots *roots, int from, int to) {
    for (int i = from; i < to; i++) {
        const char *gname = roots->globals[i];
        if (roots->ints && roots->ints[i]) {
            ir_call(f, IR_ROOT_INT);
            ir_i32(f, (int32_t)roots->addrs[i]);
            ir_gget(f, gname);
        } else {
            ir_store(f, IR_I32_STORE, 0);
            ir_i32(f, (int32_t)roots->addrs[i]);
            ir_gget(f, gname);
        }
        ir_close(f);
    }
}

bool ir_mirror_has_ints(const IrRoots *roots) {
    for (int i = 0; roots->ints && i < roots->nglobals; i++)
        if (roots->ints[i]) return true;
    return false;
}

/* (func IR_ROOT_INT (param $slot i32) (param $value i64)): the big int an
 * int global holds, or 0, into its root slot:
 * (i32.store (slot) (select (i32.wrap_i64 value) 0 (is_handle value))) */
void ir_root_int(IrFunc *f) {
    int slot = ir_local(f, IRL_PARAM, "slot", VT_I32, false);
    int value = ir_local(f, IRL_PARAM, "value", VT_I64, false);
    ir_store(f, IR_I32_STORE, 0);
    ir_get(f, slot);
    ir_open(f, IR_SELECT);
    ir_open(f, IR_I32_WRAP_I64);
    ir_get(f, value);
    ir_close(f);
    ir_i32(f, 0);
    is_handle(f, value, NULL);
    ir_close(f);
    ir_close(f);
}

/* Whether some publish or poll in the subtree stores local i (with the
 * sets of ir_dirty.c, taken in tree order from *point). */
static void mark_stored(Frame *fr, const IrIns *parent, int *point, bool *stored) {
    const IrFunc *f = fr->f;
    for (const IrIns *ins = parent->kids; ins; ins = ins->next) {
        if (ins->op != IR_PUBLISH && ins->op != IR_POLL) {
            mark_stored(fr, ins, point, stored);
            continue;
        }
        const uint64_t *dirty = fr->dirty.sets ? fr->dirty.sets[(*point)++] : NULL;
        for (int i = 0; i < f->nlocals; i++)
            if (ir_publish_stores(f, ins, i) && changed(dirty, i)) stored[i] = true;
    }
}

/* The frame's slots: one for each object local, then one for each int
 * local, that some publish stores. A local no publish stores holds zero
 * or what its slot holds at every point the collector may run (the
 * frame's zero, as the local is at entry): it needs no slot (a lambda's
 * temporaries, a loop's counters before any call). Returns the count. */
static int slots(Frame *fr) {
    IrFunc *f = fr->f;
    bool *stored = arena_alloc(f->arena, sizeof *stored * (size_t)(f->nlocals + 1)); /* zeroed: false */
    int point = 0;
    mark_stored(fr, f->body, &point, stored);
    fr->slot = arena_alloc(f->arena, sizeof *fr->slot * (size_t)(f->nlocals + 1));
    int n = 0;
    for (int pass = 0; pass < 2; pass++) /* objects, then ints */
        for (int k = IRL_PARAM; k <= IRL_TEMP; k++)
            for (int i = 0; i < f->nlocals; i++) {
                const IrLocal *l = &f->locals[i];
                if ((int)l->kind != k || !(pass ? int_slot(f, l) : object_slot(f, l))) continue;
                fr->slot[i] = stored[i] ? n++ : -1;
            }
    return n;
}

bool ir_frame(IrFunc *f, const IrRoots *roots, const IrCells *cells) {
    f->may_raise = NULL; /* the expansions' calls are checked where needed */
    int objects = 0, ints = 0;
    for (int i = 0; i < f->nlocals; i++) {
        if (object_slot(f, &f->locals[i])) objects++;
        if (int_slot(f, &f->locals[i])) ints++;
    }
    /* int slots serve the publishes and polls only: a function with none
     * (numeric code calling code that never collects) needs no frame */
    if (!f->gc_points && !f->polls && !objects) ints = 0;
    Frame fr = {.f = f, .roots = roots, .poll = !f->held && (f->polls || objects > 0), .cells = cells, .depth = -1,
                .saved = -1, .lazy = objects == 0 && ints > 0, .counter = -1};
    /* a lazy frame is pushed at a publish, which must then store all */
    if (objects + ints && !fr.lazy) ir_dirty_sets(f, &fr.dirty);
    f->nslots = objects + ints ? slots(&fr) : 0;
    if (f->nslots && f->frame < 0) f->frame = ir_local(f, IRL_FRAME, "frame", VT_I32, false);
    if (!fr.poll && f->loop_polls && f->loop_poll_points && !f->held)
        fr.counter = ir_local(f, IRL_FRAME, "polls", VT_I32, false);
    if (f->counted) fr.depth = ir_depth_local(f);
    fr.saved = f->counted && f->depth_param && f->depth_published ? ir_local(f, IRL_FRAME, "depth_saved", VT_I32, false) : -1;
    expand(&fr, f->body);
    return fr.poll || fr.counter >= 0;
}
