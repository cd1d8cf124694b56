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
} Frame;

/* The depth as it was at entry (kept in a local: one global write on the
 * way out, and exact after any unwinding). */
static void depth_down(Frame *fr) {
    ir_store(fr->f, IR_I32_STORE, 0);
    ir_i32(fr->f, (int32_t)fr->cells->depth);
    ir_get(fr->f, fr->depth);
    ir_close(fr->f);
}

/* The instructions of one pseudo instruction, built under a scratch root. */
static IrIns *expansion(Frame *fr, const IrIns *ins) {
    IrFunc *f = fr->f;
    IrOp op = ins->op;
    IrIns root = {0};
    root.op = IR_BLOCK;
    IrIns **saved_open = f->open;
    int saved_nopen = f->nopen, saved_cap = f->capopen;
    IrIns *stack[8] = {&root};
    f->open = stack;
    f->nopen = 1;
    f->capopen = 8;
    bool publish = op == IR_PUBLISH || (op == IR_POLL && fr->poll);
    if (op == IR_FRAME_PUSH && f->counted) {
        /* one more Python frame; beyond the limit, RecursionError (the
         * caller's check adds its own line to the traceback) */
        ir_if(f, VT_NONE);
        ir_open(f, IR_I32_GE_U);
        ir_tee(f, fr->depth);
        ir_load(f, IR_I32_LOAD, 0);
        ir_i32(f, (int32_t)fr->cells->depth);
        ir_close(f);
        ir_close(f);
        ir_i32(f, IR_RECURSION_LIMIT);
        ir_close(f);
        ir_open(f, IR_THEN);
        ir_call(f, "rt_raise_recursion");
        ir_close(f);
        ir_open(f, IR_RETURN);
        ir_zero_results(f);
        ir_close(f);
        ir_close(f);
        ir_close(f);
        ir_store(f, IR_I32_STORE, 0);
        ir_i32(f, (int32_t)fr->cells->depth);
        ir_open(f, IR_I32_ADD);
        ir_get(f, fr->depth);
        ir_i32(f, 1);
        ir_close(f);
        ir_close(f);
    }
    if (op == IR_FRAME_PUSH && f->frame >= 0) {
        /* no frame: RecursionError is pending, and nothing to pop yet */
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
    if (publish && f->frame >= 0) {
        int slot = 0;
        for (int k = IRL_PARAM; k <= IRL_TEMP; k++)
            for (int i = 0; i < f->nlocals; i++) {
                const IrLocal *l = &f->locals[i];
                if ((int)l->kind != k || !l->object) continue;
                ir_store(f, IR_I32_STORE, 4u * (uint32_t)slot++);
                ir_get(f, f->frame);
                ir_get(f, i);
                ir_close(f);
            }
    }
    if (op == IR_POLL && fr->poll) {
        for (int i = 0; i < fr->roots->nglobals; i++) {
            ir_store(f, IR_I32_STORE, 0);
            ir_i32(f, (int32_t)fr->roots->addrs[i]);
            ir_gget(f, fr->roots->globals[i]);
            ir_close(f);
        }
        ir_call(f, "rt_gc_poll");
        ir_close(f);
    }
    if (op == IR_EXC_CHECK) {
        ir_if(f, VT_NONE);
        ir_load(f, IR_I32_LOAD, 0);
        ir_i32(f, (int32_t)fr->cells->exc);
        ir_close(f);
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
        ir_call(f, "rt_gc_frame_pop");
        ir_get(f, f->frame);
        ir_close(f);
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

bool ir_frame(IrFunc *f, const IrRoots *roots, const IrCells *cells) {
    f->may_raise = NULL; /* the expansions' calls are checked where needed */
    int slots = 0;
    for (int i = 0; i < f->nlocals; i++)
        if (f->locals[i].object && f->locals[i].kind <= IRL_TEMP && !f->held) slots++;
    f->nslots = slots;
    if (slots && f->frame < 0) f->frame = ir_local(f, IRL_FRAME, "frame", VT_I32, false);
    Frame fr = {f, roots, !f->held && (f->polls || slots > 0), cells, -1};
    if (f->counted) fr.depth = ir_local(f, IRL_FRAME, "depth", VT_I32, false);
    expand(&fr, f->body);
    return fr.poll;
}
