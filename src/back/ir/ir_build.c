/* Building lowered functions: locals and the instruction tree. */
#include <stdlib.h>
#include <string.h>

#include "ir.h"

IrFunc *ir_func_new(Arena *a, const char *name, ValType result) {
    IrFunc *f = arena_alloc(a, sizeof *f);
    f->arena = a;
    f->name = name;
    f->result = result;
    f->frame = -1;
    f->depth = -1;
    f->body = arena_alloc(a, sizeof *f->body);
    f->body->op = IR_BLOCK;
    f->capopen = 16;
    f->open = arena_alloc(a, sizeof *f->open * (size_t)f->capopen);
    f->open[f->nopen++] = f->body;
    f->catch_to = (IrLabel){IR_UNWIND_ROLE, 0};
    ir_block(f, VT_NONE, IR_UNWIND_ROLE, 0);
    return f;
}

int ir_local(IrFunc *f, IrLocalKind kind, const char *name, ValType type, bool object) {
    if (f->nlocals == f->caplocals) {
        int cap = f->caplocals ? f->caplocals * 2 : 16;
        f->locals = arena_grow(f->arena, f->locals, sizeof *f->locals * (size_t)f->caplocals, sizeof *f->locals * (size_t)cap);
        f->caplocals = cap;
    }
    IrLocal *l = &f->locals[f->nlocals];
    l->name = name;
    l->type = type;
    l->kind = kind;
    l->object = object;
    l->busy = kind == IRL_TEMP;
    return f->nlocals++;
}

int ir_temp(IrFunc *f, ValType type, bool object) {
    for (int i = 0; i < f->nlocals; i++) {
        IrLocal *l = &f->locals[i];
        if (l->kind == IRL_TEMP && !l->busy && l->object == object && l->type == type) {
            l->busy = true;
            l->defined = false;
            return i;
        }
    }
    const char *name = arena_printf(f->arena, "t%d", f->ntemps++);
    return ir_local(f, IRL_TEMP, name, type, object);
}

void ir_release(IrFunc *f, int local) {
    if (local >= 0 && local < f->nlocals) f->locals[local].busy = false;
}

int ir_local_count(const IrFunc *f) { return f->nlocals; }

static IrIns *add(IrFunc *f, IrOp op) {
    IrIns *ins = arena_alloc(f->arena, sizeof *ins);
    ins->op = op;
    IrIns *parent = f->open[f->nopen - 1];
    if (parent->last) parent->last->next = ins;
    else parent->kids = ins;
    parent->last = ins;
    return ins;
}

IrIns *ir_open(IrFunc *f, IrOp op) {
    IrIns *ins = add(f, op);
    if (f->nopen == f->capopen) {
        int cap = f->capopen * 2;
        f->open = arena_grow(f->arena, f->open, sizeof *f->open * (size_t)f->capopen, sizeof *f->open * (size_t)cap);
        f->capopen = cap;
    }
    f->open[f->nopen++] = ins;
    return ins;
}

static void add_check(IrFunc *f, IrRaises raises) {
    IrIns *check = add(f, raises == IR_RAISES_ALWAYS ? IR_EXC_RAISED : IR_EXC_CHECK);
    check->label = f->catch_to;
    uint32_t site = f->site_key && f->site_of ? f->site_of(f->site_key, f->may_raise_user) : 0;
    check->u.i32 = (int32_t)site;
    f->unwinds |= f->catch_to.role == IR_UNWIND_ROLE;
    f->traces |= site != 0;
}

void ir_close(IrFunc *f) {
    /* the root stays open: closing it is a bug of the lowering */
    if (f->nopen <= 1) abort();
    IrIns *ins = f->open[--f->nopen];
    if (ins->op == IR_LOCAL_SET || ins->op == IR_LOCAL_TEE) f->locals[ins->u.local].defined = true;
    if (!f->may_raise) return;
    IrRaises raises = ins->op == IR_CALL ? f->may_raise(ins->u.name, f->may_raise_user)
                      : ins->op == IR_CALL_INDIRECT ? IR_RAISES_MAYBE
                                                    : IR_RAISES_NEVER;
    if (raises == IR_RAISES_NEVER) return;
    /* the check follows the call among its parent's operands: an if
     * without result, so the parent still receives the call's value; but
     * the text format allows one folded condition before an if's
     * (then ...): there, a block holds both */
    IrIns *parent = f->open[f->nopen - 1];
    if (parent->op != IR_IF) {
        add_check(f, raises);
        return;
    }
    IrIns *block = arena_alloc(f->arena, sizeof *block);
    block->op = IR_BLOCK;
    block->result = VT_I32;
    IrIns **link = &parent->kids;
    while (*link != ins) link = &(*link)->next;
    *link = block;
    if (parent->last == ins) parent->last = block;
    block->next = ins->next;
    ins->next = NULL;
    block->kids = block->last = ins;
    f->open[f->nopen++] = block; /* room: ins was just closed */
    add_check(f, raises);
    f->nopen--;
}

IrIns *ir_placeholder(IrFunc *f) {
    IrIns *b = add(f, IR_BLOCK);
    b->result = VT_NONE;
    return b;
}

void ir_fill_begin(IrFunc *f, IrIns *node, IrFill *save) {
    save->open = f->open;
    save->nopen = f->nopen;
    save->capopen = f->capopen;
    save->stack[0] = node;
    f->open = save->stack;
    f->nopen = 1;
    f->capopen = 16;
}

void ir_fill_end(IrFunc *f, IrFill *save) {
    if (f->nopen != 1) abort(); /* what was opened inside is closed */
    f->open = save->open;
    f->nopen = save->nopen;
    f->capopen = save->capopen;
}

void ir_finish(IrFunc *f) {
    if (f->nopen != 2) abort(); /* the unwind block, inside the root */
    f->may_raise = NULL;          /* the unwind path has no checks */
    IrIns *block = f->body->kids;
    if (!f->unwinds) {
        /* no check leaves through $u0: its body becomes the function's */
        f->body->kids = block->kids;
        f->body->last = block->last;
        f->nopen = 1;
        return;
    }
    /* the normal end returns (what the body left on the stack, if
     * anything); only branches reach what follows the block */
    ir_leaf(f, IR_RETURN);
    f->nopen = 1;
    /* unwinding: the frame goes, a zero result (the caller's check sees
     * the pending exception and ignores it) */
    ir_leaf(f, IR_POP);
    if (f->unwind_call) {
        ir_call(f, f->unwind_call);
        ir_close(f);
    }
    ir_zero_results(f);
}

void ir_zero_results(IrFunc *f) {
    int n = f->nresults > 1 ? f->nresults : f->result != VT_NONE;
    for (int i = 0; i < n; i++) {
        switch (f->nresults > 1 ? VT_F64 : f->result) {
        case VT_I64: ir_i64(f, 0); break;
        case VT_F64: ir_f64(f, 0); break;
        default: ir_i32(f, 0); break;
        }
    }
}

IrIns *ir_leaf(IrFunc *f, IrOp op) { return add(f, op); }

int ir_depth(const IrFunc *f) { return f->nopen - 1; }

void ir_i32(IrFunc *f, int32_t v) { ir_leaf(f, IR_I32_CONST)->u.i32 = v; }
void ir_i64(IrFunc *f, int64_t v) { ir_leaf(f, IR_I64_CONST)->u.i64 = v; }
void ir_f64(IrFunc *f, double v) { ir_leaf(f, IR_F64_CONST)->u.f64 = v; }
void ir_get(IrFunc *f, int local) { ir_leaf(f, IR_LOCAL_GET)->u.local = local; }
void ir_set(IrFunc *f, int local) { ir_open(f, IR_LOCAL_SET)->u.local = local; }
void ir_tee(IrFunc *f, int local) { ir_open(f, IR_LOCAL_TEE)->u.local = local; }
void ir_gget(IrFunc *f, const char *global) { ir_leaf(f, IR_GLOBAL_GET)->u.name = global; }
void ir_gset(IrFunc *f, const char *global) { ir_open(f, IR_GLOBAL_SET)->u.name = global; }
void ir_call(IrFunc *f, const char *fn) { ir_open(f, IR_CALL)->u.name = fn; }
void ir_load(IrFunc *f, IrOp op, uint32_t offset) { ir_open(f, op)->u.offset = offset; }
void ir_store(IrFunc *f, IrOp op, uint32_t offset) { ir_open(f, op)->u.offset = offset; }

void ir_block(IrFunc *f, ValType result, char role, int n) {
    IrIns *b = ir_open(f, IR_BLOCK);
    b->result = result;
    b->label = (IrLabel){role, n};
}

void ir_loop(IrFunc *f, char role, int n) {
    IrIns *b = ir_open(f, IR_LOOP);
    b->label = (IrLabel){role, n};
}

void ir_if(IrFunc *f, ValType result) { ir_open(f, IR_IF)->result = result; }

void ir_br(IrFunc *f, char role, int n) { ir_leaf(f, IR_BR)->label = (IrLabel){role, n}; }

void ir_br_if(IrFunc *f, char role, int n) { ir_open(f, IR_BR_IF)->label = (IrLabel){role, n}; }

static const char *const op_names[] = {
#define IR_OP(id, text, shape) text,
#include "ir_ops.def"
#undef IR_OP
};
static const IrShape op_shapes[] = {
#define IR_OP(id, text, shape) IRS_##shape,
#include "ir_ops.def"
#undef IR_OP
};

const char *ir_op_name(IrOp op) { return op_names[op]; }
IrShape ir_op_shape(IrOp op) { return op_shapes[op]; }

const char *ir_valtype_name(ValType t) {
    switch (t) {
    case VT_I32: return "i32";
    case VT_I64: return "i64";
    case VT_F64: return "f64";
    default: return "";
    }
}

static bool any_call(const IrIns *ins, bool (*pred)(const IrIns *, void *), void *user) {
    for (; ins; ins = ins->next) {
        if ((ins->op == IR_CALL || ins->op == IR_CALL_INDIRECT) && pred(ins, user)) return true;
        if (ins->kids && any_call(ins->kids, pred, user)) return true;
    }
    return false;
}

bool ir_any_call(const IrFunc *f, bool (*pred)(const IrIns *call, void *user), void *user) {
    return any_call(f->body, pred, user);
}

int ir_depth_local(IrFunc *f) {
    if (f->depth < 0) f->depth = ir_local(f, IRL_FRAME, "depth", VT_I32, false);
    return f->depth;
}

void ir_load_i32_at(IrFunc *f, uint32_t addr) {
    ir_load(f, IR_I32_LOAD, 0);
    ir_i32(f, (int32_t)addr);
    ir_close(f);
}
