/* Unreachable code: what follows an instruction that never completes.
 *
 * The lowering emits each statement whole even where an earlier part
 * cannot complete: a raise (or a NameError, or a call known to raise)
 * branches to the unwind block, and the rest of the expression and of the
 * statement list after it is still built. It is valid WebAssembly (the
 * stack is polymorphic after a branch) but dead: a file of 200,000 lines
 * that each raise NameError printed 12 instructions a line for nothing.
 *
 * A node "diverges" when control never leaves it to the next instruction:
 * br, return, unreachable; an operation one of whose operands diverges (its
 * later operands and the operation itself are never reached); a grouping
 * block (no label: printed as its contents) whose contents diverge. A
 * labeled block, a loop or an if is taken to complete (a branch may target
 * it), so only what is after a divergence in the same list is removed.
 *
 * Also a value computed only to be dropped: a constant or a variable
 * read (what print() gives as a statement).
 *
 * What remains stays valid: nothing is left after the divergent
 * instruction up to the end of the first enclosing labeled block, loop,
 * if arm or function body (the operations waiting for its value become
 * groupings of their operands: ungroup), and such an end accepts the
 * polymorphic stack. An if whose condition diverges keeps its arms, whose
 * values are those the code after it expects. Runs after the frame pass
 * (no pseudo instructions are left). */
#include "ir.h"

static bool prune_list(IrIns *parent);

static bool pure_leaf(const IrIns *ins) {
    return !ins->kids && (ins->op == IR_I32_CONST || ins->op == IR_I64_CONST || ins->op == IR_F64_CONST ||
                          ins->op == IR_LOCAL_GET || ins->op == IR_GLOBAL_GET);
}

/* Removes the value a grouping list ends with, when it is a constant or
 * a variable read (maybe inside grouping blocks that end it); returns
 * whether it did. */
static bool drop_pure_tail(IrIns *list) {
    IrIns *v = list->last;
    if (!v) return false;
    if (v->op == IR_BLOCK && !v->label.role) return drop_pure_tail(v);
    if (!pure_leaf(v)) return false;
    IrIns *prev = NULL;
    for (IrIns *k = list->kids; k != v; k = k->next) prev = k;
    if (prev) prev->next = NULL;
    else list->kids = NULL;
    list->last = prev;
    return true;
}

/* (drop V) where V ends with a constant or a variable read (print(...) as
 * a statement: the calls, then None): the code without that value, and no
 * drop. The node becomes a grouping block. */
static void drop_pure(IrIns *drop) {
    if (!drop->kids || drop->kids->next || !drop_pure_tail(drop)) return;
    drop->op = IR_BLOCK;
    drop->label.role = 0;
    drop->result = VT_NONE;
}

/* An operation one of whose operands diverges never runs: it becomes a
 * grouping block of its operands up to that one. Kept, it would push its
 * result, a value of a concrete type after the polymorphic stack, where an
 * operation that used to come after it (a conversion the lowering adds as
 * a sibling) was removed: `call $rt_getattr` (i32) before `local.set` of
 * an i64 failed validation. Returns true. */
static bool ungroup(IrIns *ins) {
    ins->op = IR_BLOCK;
    ins->label.role = 0;
    ins->result = VT_NONE;
    return true;
}

/* Prunes ins's subtree; returns whether ins diverges. */
static bool prune_node(IrIns *ins) {
    switch (ins->op) {
    case IR_BR:
    case IR_RETURN:
    case IR_UNREACHABLE:
        prune_list(ins); /* a br's kids: none; return's: its values */
        return true;
    case IR_IF:
        /* the condition precedes the arms among the kids: the arms are
         * pruned inside (THEN and ELSE are grouping lists); an if is taken
         * to complete */
        for (IrIns *k = ins->kids; k; k = k->next) {
            if (k->op == IR_THEN || k->op == IR_ELSE) prune_list(k);
            else prune_node(k);
        }
        return false;
    case IR_LOOP:
        prune_list(ins);
        return false;
    case IR_BLOCK: {
        bool diverges = prune_list(ins);
        return !ins->label.role && diverges;
    }
    case IR_DROP:
        if (prune_list(ins)) return ungroup(ins);
        drop_pure(ins);
        return false;
    default: /* an operation: diverges with an operand */
        return prune_list(ins) ? ungroup(ins) : false;
    }
}

/* Prunes each kid and drops the kids after the first that diverges;
 * returns whether one does. */
static bool prune_list(IrIns *parent) {
    for (IrIns *k = parent->kids; k; k = k->next) {
        if (prune_node(k)) {
            k->next = NULL;
            parent->last = k;
            return true;
        }
    }
    return false;
}

void ir_prune(IrFunc *f) { prune_list(f->body); }
