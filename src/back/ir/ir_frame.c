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
 * and this pass replaces each by the instructions it stands for (or by
 * nothing, when the function has no frame or does not poll). Slots are
 * numbered in declaration order: parameters and variables, then
 * temporaries. */
#include "ir.h"

typedef struct Frame {
    IrFunc *f;
    const IrRoots *roots;
    bool poll;
} Frame;

/* The instructions of one pseudo instruction, built under a scratch root. */
static IrIns *expansion(Frame *fr, IrOp op) {
    IrFunc *f = fr->f;
    IrIns root = {0};
    root.op = IR_BLOCK;
    IrIns **saved_open = f->open;
    int saved_nopen = f->nopen, saved_cap = f->capopen;
    IrIns *stack[8] = {&root};
    f->open = stack;
    f->nopen = 1;
    f->capopen = 8;
    bool publish = op == IR_PUBLISH || (op == IR_POLL && fr->poll);
    if (op == IR_FRAME_PUSH && f->frame >= 0) {
        ir_set(f, f->frame);
        ir_call(f, "rt_gc_frame_push");
        ir_i32(f, f->nslots);
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
        IrIns *first = expansion(fr, ins->op), *last = first;
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

bool ir_frame(IrFunc *f, const IrRoots *roots) {
    int slots = 0;
    for (int i = 0; i < f->nlocals; i++)
        if (f->locals[i].object && f->locals[i].kind <= IRL_TEMP) slots++;
    f->nslots = slots;
    if (slots && f->frame < 0) f->frame = ir_local(f, IRL_FRAME, "frame", VT_I32, false);
    Frame fr = {f, roots, f->polls || slots > 0};
    expand(&fr, f->body);
    return fr.poll;
}
