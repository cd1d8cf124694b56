/* Which locals each publish must store: those written since the last
 * publish on some path to it (ir_frame.c's publish stored every object
 * local at every call of user code: eleven stores before each call of a
 * loop of calls, where one or two locals had changed).
 *
 * A forward pass over the folded tree, in the order the code runs (an
 * instruction's operands, then itself), keeps the set D of locals that may
 * differ from their frame slot:
 *   local.set / local.tee x    D += x
 *   PUBLISH                    records D; then D -= the object locals and
 *                              the int locals it stores (ints live there)
 *   POLL                       records D (it publishes only when the
 *                              collector is due: D stays)
 *   FRAME_PUSH                 D stays: the new frame's slots are zero,
 *                              as every local but the parameters is at
 *                              entry (wasm zeroes them; an object local's
 *                              slot then holds NULL, an int local's no
 *                              big int): what differs from its slot is
 *                              a parameter or a local written before
 *   br, br_if, EXC_CHECK       D joins the state at the end of the target
 *                              block (after br and EXC_RAISED, D is empty:
 *                              what follows does not run from here)
 *   return, unreachable        D = empty
 *   if                         the join of its arms
 *   loop                       entered with D + every local written in its
 *                              body: a superset of what any back-edge
 *                              brings, so one pass suffices (no fixed
 *                              point: nested loops cost no more passes)
 * A publish then stores only its recorded set. Sets are recorded in tree
 * order, the order in which the frame pass expands the pseudo
 * instructions. */
#include <string.h>

#include "ir.h"

typedef struct Target {
    IrLabel label;
    bool loop;     /* a branch to it goes back: covered at the loop's entry */
    uint64_t *acc; /* a block's: the join of the branches to its end */
} Target;

typedef struct Pass {
    IrFunc *f;
    int words;
    Target *targets;
    int ntargets, captargets;
    IrDirty *out;
    int cap;
    bool failed; /* a branch to no enclosing label: store everything */
} Pass;

static uint64_t *set_new(Pass *p) {
    uint64_t *s = arena_alloc(p->f->arena, sizeof(uint64_t) * (size_t)p->words);
    memset(s, 0, sizeof(uint64_t) * (size_t)p->words);
    return s;
}
static void set_or(Pass *p, uint64_t *a, const uint64_t *b) {
    for (int w = 0; w < p->words; w++) a[w] |= b[w];
}
static void set_fill(Pass *p, uint64_t *a, uint64_t v) {
    for (int w = 0; w < p->words; w++) a[w] = v;
}
static void set_add(uint64_t *a, int i) { a[i >> 6] |= (uint64_t)1 << (i & 63); }
static void set_del(uint64_t *a, int i) { a[i >> 6] &= ~((uint64_t)1 << (i & 63)); }

/* every local a subtree writes */
static void writes(const IrIns *ins, uint64_t *w) {
    if (ins->op == IR_LOCAL_SET || ins->op == IR_LOCAL_TEE) set_add(w, ins->u.local);
    for (const IrIns *k = ins->kids; k; k = k->next) writes(k, w);
}

static Target *target_of(Pass *p, IrLabel label) {
    for (int i = p->ntargets; i-- > 0;)
        if (p->targets[i].label.role == label.role && p->targets[i].label.n == label.n) return &p->targets[i];
    p->failed = true;
    return NULL;
}

static void branch(Pass *p, IrLabel label, const uint64_t *d) {
    Target *t = target_of(p, label);
    if (t && !t->loop) set_or(p, t->acc, d);
}

static void push_target(Pass *p, IrLabel label, bool loop) {
    if (p->ntargets == p->captargets) {
        int cap = p->captargets ? p->captargets * 2 : 16;
        p->targets = arena_grow(p->f->arena, p->targets, sizeof *p->targets * (size_t)p->captargets,
                                sizeof *p->targets * (size_t)cap);
        p->captargets = cap;
    }
    p->targets[p->ntargets++] = (Target){label, loop, loop ? NULL : set_new(p)};
}

static void record(Pass *p, const uint64_t *d) {
    IrDirty *o = p->out;
    if (o->n == p->cap) {
        int cap = p->cap ? p->cap * 2 : 16;
        o->sets = arena_grow(p->f->arena, o->sets, sizeof *o->sets * (size_t)p->cap, sizeof *o->sets * (size_t)cap);
        p->cap = cap;
    }
    uint64_t *s = set_new(p);
    set_or(p, s, d);
    o->sets[o->n++] = s;
}

/* What a publish stores leaves the frame current (ir_publish_stores). */
static void published(Pass *p, const IrIns *ins, uint64_t *d) {
    for (int i = 0; i < p->f->nlocals; i++)
        if (ir_publish_stores(p->f, ins, i)) set_del(d, i);
}

static void walk(Pass *p, IrIns *ins, uint64_t *d);

static void walk_kids(Pass *p, IrIns *ins, uint64_t *d) {
    for (IrIns *k = ins->kids; k; k = k->next) walk(p, k, d);
}

static void walk(Pass *p, IrIns *ins, uint64_t *d) {
    switch (ins->op) {
    case IR_BLOCK:
        if (!ins->label.role) { /* a placeholder: its contents */
            walk_kids(p, ins, d);
            return;
        }
        push_target(p, ins->label, false);
        walk_kids(p, ins, d);
        set_or(p, d, p->targets[--p->ntargets].acc);
        return;
    case IR_LOOP: {
        writes(ins, d);
        push_target(p, ins->label, true);
        walk_kids(p, ins, d);
        p->ntargets--;
        return;
    }
    case IR_IF: {
        uint64_t *then_d = NULL, *else_d = NULL;
        for (IrIns *k = ins->kids; k; k = k->next) {
            if (k->op == IR_THEN || k->op == IR_ELSE) {
                uint64_t *arm = set_new(p);
                set_or(p, arm, d);
                walk_kids(p, k, arm);
                if (k->op == IR_THEN) then_d = arm;
                else else_d = arm;
            } else {
                walk(p, k, d); /* the condition */
            }
        }
        if (!else_d) else_d = d; /* no else: the condition's state falls through */
        if (then_d) {
            uint64_t *join = set_new(p);
            set_or(p, join, then_d);
            set_or(p, join, else_d);
            memcpy(d, join, sizeof(uint64_t) * (size_t)p->words);
        }
        return;
    }
    case IR_BR:
        walk_kids(p, ins, d);
        branch(p, ins->label, d);
        set_fill(p, d, 0);
        return;
    case IR_BR_IF:
        walk_kids(p, ins, d);
        branch(p, ins->label, d);
        return;
    case IR_RETURN:
    case IR_UNREACHABLE:
        walk_kids(p, ins, d);
        set_fill(p, d, 0);
        return;
    case IR_LOCAL_SET:
    case IR_LOCAL_TEE:
        walk_kids(p, ins, d);
        set_add(d, ins->u.local);
        return;
    case IR_FRAME_PUSH: return;
    case IR_PUBLISH:
        record(p, d);
        published(p, ins, d);
        return;
    case IR_POLL: record(p, d); return;
    case IR_EXC_CHECK: branch(p, ins->label, d); return;
    case IR_EXC_RAISED:
        branch(p, ins->label, d);
        set_fill(p, d, 0);
        return;
    default: walk_kids(p, ins, d); return;
    }
}

/* Most bytes the recorded sets may take: beyond, every publish stores
 * every local, as before this pass (a huge function of many locals). */
#define IR_DIRTY_BUDGET ((size_t)4 << 20)

bool ir_dirty_sets(IrFunc *f, IrDirty *out) {
    *out = (IrDirty){0};
    Pass p = {f, (f->nlocals + 63) / 64, NULL, 0, 0, out, 0, false};
    if (!p.words || (size_t)p.words * 8u * (size_t)(f->gc_points + 1) > IR_DIRTY_BUDGET) return false;
    /* the entry: the parameters hold values no slot has; the other
     * locals are zero, which is what a new frame's slots hold */
    uint64_t *d = set_new(&p);
    for (int i = 0; i < f->nlocals; i++)
        if (f->locals[i].kind == IRL_PARAM) set_add(d, i);
    walk_kids(&p, f->body, d);
    if (p.failed) *out = (IrDirty){0};
    return !p.failed;
}
