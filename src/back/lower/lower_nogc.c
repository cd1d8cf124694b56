/* Functions that never run the collector: numeric code (ints, floats,
 * bools only), no loops, calling only functions of the same kind. The
 * collector runs only at a poll, and such a function (and all it calls)
 * has none, so a call of it needs no publish before it: recursive numeric
 * functions (fib, ackermann, gcd) then keep their big ints' handles in
 * wasm locals at no cost, as they kept plain i64s before big ints.
 *
 * The test is conservative: anything it does not know (loops, which
 * poll; objects, which make the function poll at entry; calls of
 * anything but such a function) disqualifies. A fixpoint over the call
 * graph removes the functions calling disqualified ones. */
#include <string.h>

#include "lower_internal.h"

static bool numeric(Type t) { return t == T_INT || t == T_FLOAT || t == T_BOOL; }

typedef struct Scan {
    const bool *candidate; /* by Function.index */
} Scan;

static bool expr_ok(const Scan *s, const Expr *e);

static bool exprs_ok(const Scan *s, const PtrVec *v) {
    for (int i = 0; i < v->len; i++)
        if (!expr_ok(s, v->items[i])) return false;
    return true;
}

static bool expr_ok(const Scan *s, const Expr *e) {
    if (!e) return true;
    if (!numeric(e->type)) return false;
    switch (e->kind) {
    case E_INT:
    case E_FLOAT:
    case E_BOOL:
    case E_NAME: return true;
    case E_BINOP: return expr_ok(s, e->u.binop.left) && expr_ok(s, e->u.binop.right);
    case E_UNARY: return expr_ok(s, e->u.unary.operand);
    case E_BOOLOP: return exprs_ok(s, &e->u.boolop.values);
    case E_COMPARE: return expr_ok(s, e->u.compare.left) && exprs_ok(s, &e->u.compare.comparators);
    case E_IFEXP: return expr_ok(s, e->u.ifexp.test) && expr_ok(s, e->u.ifexp.body) && expr_ok(s, e->u.ifexp.orelse);
    case E_CALL: {
        const CallInfo *ci = e->call;
        /* math.sqrt(x): a runtime function of numbers, which never collects */
        if (ci && ci->kind == CALL_MODULE && !strpbrk(ci->sig->args, "OC")) return exprs_ok(s, &e->u.call.args);
        if (!ci || ci->kind != CALL_USER || ci->has_star || !ci->callee || e->u.call.keywords.len) return false;
        if (!s->candidate[ci->callee->index]) return false;
        return exprs_ok(s, &e->u.call.args);
    }
    default: return false;
    }
}

static bool stmts_ok(const Scan *s, const PtrVec *body);

static bool stmt_ok(const Scan *s, const Stmt *st) {
    switch (st->kind) {
    case S_PASS: return true;
    case S_EXPR: return expr_ok(s, st->u.expr.value);
    case S_RETURN: return expr_ok(s, st->u.ret.value);
    case S_ASSIGN:
        for (int i = 0; i < st->u.assign.targets.len; i++) {
            const Expr *t = st->u.assign.targets.items[i];
            if (t->kind != E_NAME || !numeric(t->type)) return false;
        }
        return expr_ok(s, st->u.assign.value);
    case S_AUGASSIGN:
        return st->u.augassign.target->kind == E_NAME && st->aug_binop && expr_ok(s, st->aug_binop);
    case S_IF: return expr_ok(s, st->u.if_.test) && stmts_ok(s, &st->u.if_.body) && stmts_ok(s, &st->u.if_.orelse);
    default: return false;
    }
}

static bool stmts_ok(const Scan *s, const PtrVec *body) {
    for (int i = 0; i < body->len; i++)
        if (!stmt_ok(s, body->items[i])) return false;
    return true;
}

/* What the function is, apart from its body. */
static bool shape_ok(const Function *f) {
    if (f->is_main || f->is_lambda || f->is_generator || f->method_of || f->parent || f->free_syms.len ||
        f->dynamic_calls || f->render_mode != RENDER_SCALAR_FIELD)
        return false;
    if (!numeric(f->ret) && f->ret != T_NONE) return false;
    for (int i = 0; i < f->locals.len; i++) {
        const Symbol *sym = f->locals.items[i];
        if (!numeric(sym->type) || sym->is_cell || sym->needs_flag) return false;
    }
    return true;
}

bool *g_collect_free(Gen *g) {
    PtrVec *fs = &g->p->functions;
    bool *cand = arena_alloc(g->a, sizeof(bool) * (size_t)(fs->len + 1));
    for (int i = 0; i < fs->len; i++) cand[i] = shape_ok(fs->items[i]);
    Scan s = {cand};
    for (bool changed = true; changed;) {
        changed = false;
        for (int i = 0; i < fs->len; i++) {
            const Function *f = fs->items[i];
            if (cand[i] && !stmts_ok(&s, &f->body)) cand[i] = false, changed = true;
        }
    }
    return cand;
}
