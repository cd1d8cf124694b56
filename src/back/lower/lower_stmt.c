/* Lowering of statements. Loops use the block/loop/block shape
 *   (block $bN (block $dN (loop $lN (br_if $dN !cond) (block $cN body)
 *   (br $lN))) else-body)
 * so `break` is br $bN (skips the else clause), `continue` is br $cN. */
#include <string.h>

#include "lower_internal.h"

#define F (g->f)

static void gstmt(Gen *g, Stmt *st);

/* `raise X [from Y]` as a span, for the carets CPython draws under it when
 * it is not the whole line (`if n == 0: raise ValueError(...)`) */
static const Expr *raise_span(Gen *g, const Stmt *st) {
    const Expr *last = st->u.raise.cause ? st->u.raise.cause : st->u.raise.exc;
    if (!last) return NULL;
    Expr *span = expr_new(g->a, E_NONE, st->line, st->col);
    span->end_line = last->end_line;
    span->end_col = last->end_col;
    return span;
}

void g_stmt(Gen *g, Stmt *st) {
    /* what this statement calls raises at its line (code after a nested
     * body, such as a loop's next step, at the outer one's) */
    SiteRef here = {st->line, st->kind == S_RAISE ? raise_span(g, st) : NULL};
    const void *outer = g_site_enter(g, &here);
    gstmt(g, st);
    F->site_key = outer;
}

void gstmts(Gen *g, PtrVec *body) {
    if (g->gen) { /* a generator: resuming skips what comes before the yield */
        g_gen_stmts(g, body);
        return;
    }
    for (int i = 0; i < body->len; i++) g_stmt(g, body->items[i]);
}

static bool is_print_call(const Expr *e) {
    return e->kind == E_CALL && e->call->kind == CALL_BUILTIN && e->call->builtin == BI_PRINT;
}

static Type held(Type t) { return t == T_NEVER ? T_OBJ : t; }

static void assign_targets(Gen *g, Stmt *st) {
    PtrVec *targets = &st->u.assign.targets;
    Expr *value = st->u.assign.value;
    Expr *t0 = targets->items[0];
    if (targets->len == 1 && t0->kind == E_NAME) {
        gassign_sym(g, t0->sym, value);
        return;
    }
    if (st->pairwise) {
        /* a, b = x, y: every value first, then the stores, no tuple. */
        PtrVec *vals = &value->u.seq.items;
        int *tmp = arena_alloc(g->a, sizeof(int) * (size_t)vals->len);
        for (int i = 0; i < vals->len; i++) {
            Expr *v = vals->items[i];
            tmp[i] = g_temp(g, held(v->type));
            ir_set(F, tmp[i]);
            gx(g, v, held(v->type));
            ir_close(F);
        }
        for (int i = 0; i < vals->len; i++) {
            gstore_temp(g, t0->u.seq.items.items[i], tmp[i], held(((Expr *)vals->items[i])->type));
            g_free_temp(g, tmp[i]);
        }
        return;
    }
    /* a = b = value, unpacking, items: evaluate once, store left to right. */
    Type ty = held(value->type);
    int tmp = g_temp(g, ty);
    ir_set(F, tmp);
    gx(g, value, ty);
    ir_close(F);
    for (int i = 0; i < targets->len; i++) gstore_temp(g, targets->items[i], tmp, ty);
    g_free_temp(g, tmp);
}

/* The object in temp tv op= value (fn: the runtime's in-place operator),
 * computed unboxed while both are floats when value is arithmetic. */
static void gaug_op(Gen *g, Op op, const char *fn, int tv, Expr *value) {
    if (g_num_spec_iop_applies(op, value)) {
        g_num_spec_iop(g, op, tv, value);
        return;
    }
    ir_call(F, fn);
    ir_get(F, tv);
    gx(g, value, T_OBJ);
    ir_close(F);
}

/* container[key] op= value: container and key are evaluated once. An
 * int index is not boxed (the runtime does where it must). */
static void augassign_item(Gen *g, Stmt *st) {
    Expr *target = st->u.augassign.target;
    Expr *index = target->u.subscript.index;
    int by_int = index->type == T_INT || index->type == T_BOOL;
    Type kt = by_int ? T_INT : T_OBJ;
    const char *get = by_int ? "rt_dyn_getitem_int" : "rt_dyn_getitem";
    const char *set = by_int ? "rt_dyn_setitem_int" : "rt_dyn_setitem";
    int tc = g_temp(g, T_OBJ), tk = g_temp(g, kt), tv = g_temp(g, T_OBJ);
    ir_set(F, tc);
    gx(g, target->u.subscript.value, T_OBJ);
    ir_close(F);
    ir_set(F, tk);
    gx(g, index, kt);
    ir_close(F);
    const char *fn = g_dyn_iop(st->u.augassign.op);
    g_rt(g, fn);
    g_rt(g, get);
    g_rt(g, set);
    /* the old value waits in a rooted temporary while the operand runs */
    ListKnown known = g_list_known(g, target->u.subscript.value);
    if (by_int && known != LK_OBJECTS && g_num_spec_iop_applies(st->u.augassign.op, st->u.augassign.value)) {
        /* a list of floats' item computed and stored unboxed */
        g_num_spec_item_iop(g, st->u.augassign.op, tc, tk, known, target, st->u.augassign.value);
        g_free_temp(g, tc);
        g_free_temp(g, tk);
        g_free_temp(g, tv);
        return;
    }
    /* reading and writing the item fail at the subscript (CPython's
     * carets under it: `xs[i] += 1` with i out of range shows ~~^^^),
     * the operation at the statement */
    SiteRef here;
    const void *outer = g_expr_site_enter(g, target, &here);
    ir_set(F, tv);
    if (by_int) {
        g_item_get_int(g, tc, tk, known); /* a list's item inline */
    } else {
        ir_call(F, get);
        ir_get(F, tc);
        ir_get(F, tk);
        ir_close(F);
    }
    ir_close(F);
    F->site_key = outer;
    ir_set(F, tv);
    gaug_op(g, st->u.augassign.op, fn, tv, st->u.augassign.value);
    ir_close(F);
    outer = g_expr_site_enter(g, target, &here);
    if (by_int) {
        g_item_set_int(g, tc, tk, tv, known, NULL);
    } else {
        ir_call(F, set);
        ir_get(F, tc);
        ir_get(F, tk);
        ir_get(F, tv);
        ir_close(F);
    }
    F->site_key = outer;
    g_free_temp(g, tc);
    g_free_temp(g, tk);
    g_free_temp(g, tv);
}

/* o.name op= v: o evaluated once, the attribute read, the operation, the
 * attribute set. */
static void augassign_attr(Gen *g, Stmt *st) {
    Expr *target = st->u.augassign.target;
    int tc = g_temp(g, T_OBJ), tv = g_temp(g, T_OBJ);
    ir_set(F, tc);
    gx(g, target->u.attr.value, T_OBJ);
    ir_close(F);
    const char *fn = g_dyn_iop(st->u.augassign.op);
    g_rt(g, fn);
    g_rt(g, "rt_getattr");
    g_rt(g, "rt_setattr");
    uint32_t name = g_str(g, target->u.attr.name, strlen(target->u.attr.name));
    SiteRef here;
    const void *outer = g_expr_site_enter(g, target, &here);
    ir_set(F, tv);
    ir_call(F, "rt_getattr");
    ir_get(F, tc);
    ir_i32(F, (int32_t)name);
    ir_close(F);
    ir_close(F);
    F->site_key = outer;
    ir_set(F, tv);
    gaug_op(g, st->u.augassign.op, fn, tv, st->u.augassign.value);
    ir_close(F);
    outer = g_expr_site_enter(g, target, &here);
    ir_call(F, "rt_setattr");
    ir_get(F, tc);
    ir_i32(F, (int32_t)name);
    ir_get(F, tv);
    ir_close(F);
    F->site_key = outer;
    g_free_temp(g, tc);
    g_free_temp(g, tv);
}

static void gen_while(Gen *g, Stmt *st) {
    int k = g_new_label(g);
    bool rewinds = g_rewinds(g, st);
    ir_block(F, VT_NONE, 'b', k);
    ir_block(F, VT_NONE, 'd', k);
    ir_loop(F, 'l', k);
    ir_br_if(F, 'd', k);
    if (rewinds) { /* resuming inside the body: no test */
        ir_if(F, VT_I32);
        g_fresh(g);
        ir_open(F, IR_THEN);
    }
    ir_open(F, IR_I32_EQZ);
    gcond(g, st->u.while_.test);
    ir_close(F);
    if (rewinds) {
        ir_close(F);
        ir_open(F, IR_ELSE);
        ir_i32(F, 0);
        ir_close(F);
        ir_close(F);
    }
    ir_close(F);
    ir_block(F, VT_NONE, 'c', k);
    g_loop_push(g, k, k);
    gstmts(g, &st->u.while_.body);
    g_loop_pop(g);
    ir_close(F); /* $c */
    g_poll(g);
    ir_br(F, 'l', k);
    ir_close(F); /* loop */
    ir_close(F); /* $d */
    gstmts(g, &st->u.while_.orelse);
    ir_close(F); /* $b */
}

static bool const_int(Expr *e, long long *v) {
    if (e->kind == E_INT && e->u.int_lit.fits) {
        *v = e->u.int_lit.value;
        return true;
    }
    if (e->kind == E_UNARY && e->u.unary.op == OP_MINUS && e->u.unary.operand->kind == E_INT &&
        e->u.unary.operand->u.int_lit.fits) {
        *v = -e->u.unary.operand->u.int_lit.value;
        return true;
    }
    return false;
}

/* (if (i64.eqz step) (then raise ValueError)) */
void g_check_step(Gen *g, int inc) {
    ir_if(F, VT_NONE);
    ir_open(F, IR_I64_EQZ);
    ir_get(F, inc);
    ir_close(F);
    ir_open(F, IR_THEN);
    g_raise(g, RT_EXC_VALUE, "range() arg 3 must not be zero");
    ir_close(F);
    ir_close(F);
}

/* (if (result i32) (i64.gt_s inc 0) (then (i64.ge_s cur end)) (else (i64.le_s cur end))) */
void g_range_done(Gen *g, int inc, int cur, int end) {
    ir_if(F, VT_I32);
    ir_open(F, IR_I64_GT_S);
    ir_get(F, inc);
    ir_i64(F, 0);
    ir_close(F);
    ir_open(F, IR_THEN);
    ir_open(F, IR_I64_GE_S);
    ir_get(F, cur);
    ir_get(F, end);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_open(F, IR_I64_LE_S);
    ir_get(F, cur);
    ir_get(F, end);
    ir_close(F);
    ir_close(F);
    ir_close(F);
}

/* The back-edge of a counting loop: nxt = cur + step (inc, or the constant
 * step_value when inc < 0), cur = nxt, poll, loop. The increment cannot
 * overflow i64: g_int_range_bounds left the counter, the stop and a step
 * in a local within the small range (|x| <= 2^61), and the counter is
 * before the stop when it steps, so |cur + step| < 2^62. Only a constant
 * step beyond that range (which no bound check saw) can wrap: then a
 * counter that went the wrong way is past the end. */
void g_range_next(Gen *g, int k, int cur, int nxt, int inc, long long step_value) {
    ir_set(F, nxt);
    ir_open(F, IR_I64_ADD);
    ir_get(F, cur);
    if (inc < 0) ir_i64(F, step_value);
    else ir_get(F, inc);
    ir_close(F);
    ir_close(F);
    if (inc < 0 && (step_value < RT_INT_SMALL_MIN || step_value > RT_INT_SMALL_MAX)) {
        ir_br_if(F, 'd', k);
        ir_open(F, step_value > 0 ? IR_I64_LT_S : IR_I64_GT_S);
        ir_get(F, nxt);
        ir_get(F, cur);
        ir_close(F);
        ir_close(F);
    }
    ir_set(F, cur);
    ir_get(F, nxt);
    ir_close(F);
    g_poll(g);
    ir_br(F, 'l', k);
}

static void gen_for_range(Gen *g, Stmt *st) {
    Expr *call = st->u.for_.iter;
    PtrVec *args = &call->u.call.args;
    int k = g_new_label(g);
    Expr *start = args->len >= 2 ? args->items[0] : NULL;
    Expr *stop = args->len >= 2 ? args->items[1] : args->items[0];
    Expr *step = args->len == 3 ? args->items[2] : NULL;
    long long step_value = 1;
    bool step_const = !step || const_int(step, &step_value);
    bool rewinds = g_rewinds(g, st); /* the counters are restored */
    int cur = g_temp(g, T_INT), end = g_temp(g, T_INT), inc = -1;
    if (rewinds) g_fresh_open(g);
    ir_set(F, cur);
    if (start) gx(g, start, T_INT);
    else ir_i64(F, 0);
    ir_close(F);
    ir_set(F, end);
    gx(g, stop, T_INT);
    ir_close(F);
    if (!step_const) {
        inc = g_temp(g, T_INT);
        ir_set(F, inc);
        gx(g, step, T_INT);
        ir_close(F);
        g_check_step(g, inc);
    } else if (step_value == 0) {
        g_raise(g, RT_EXC_VALUE, "range() arg 3 must not be zero");
    }
    g_int_range_bounds(g, cur, end, inc, step_value);
    if (rewinds) g_fresh_close(g);
    ir_block(F, VT_NONE, 'b', k);
    ir_block(F, VT_NONE, 'd', k);
    ir_loop(F, 'l', k);
    if (rewinds) g_fresh_open(g); /* resuming inside the body: no step */
    ir_br_if(F, 'd', k);
    if (step_const) {
        ir_open(F, step_value > 0 ? IR_I64_GE_S : IR_I64_LE_S);
        ir_get(F, cur);
        ir_get(F, end);
        ir_close(F);
    } else {
        g_range_done(g, inc, cur, end);
    }
    ir_close(F);
    gstore_temp(g, st->u.for_.target, cur, T_INT);
    if (rewinds) g_fresh_close(g);
    ir_block(F, VT_NONE, 'c', k);
    g_loop_push(g, k, k);
    gstmts(g, &st->u.for_.body);
    g_loop_pop(g);
    ir_close(F); /* $c */
    /* The counter stops at the first value past the end; an i64 overflow of
     * the increment also means we are past the end. */
    int nxt = g_temp(g, T_INT);
    g_range_next(g, k, cur, nxt, step_const ? -1 : inc, step_value);
    ir_close(F); /* loop */
    ir_close(F); /* $d */
    g_int_range_past(g, stop, end, step_const ? -1 : inc, step_value);
    g_free_temp(g, nxt);
    gstmts(g, &st->u.for_.orelse);
    ir_close(F); /* $b */
    g_free_temp(g, cur);
    g_free_temp(g, end);
    if (inc >= 0) g_free_temp(g, inc);
}

static void gen_return(Gen *g, Stmt *st) {
    Expr *v = st->u.ret.value;
    if (g->fn->is_generator) {
        g_gen_return(g, v);
        return;
    }
    /* The value first, then the frame goes, then the return. */
    if (g->fn->ret == T_NONE) {
        if (v) {
            ir_open(F, IR_DROP);
            gx(g, v, T_NONE);
            ir_close(F);
        }
        g_return(g, -1);
        return;
    }
    int t = g_temp(g, g->fn->ret);
    ir_set(F, t);
    if (v) {
        gx(g, v, g->fn->ret);
    } else {
        /* a bare return where others return values: None (sema made the
         * result an object) */
        g_rt(g, "rt_none");
        ir_call(F, "rt_none");
        ir_close(F);
    }
    ir_close(F);
    uint32_t points_root = g->fn->is_main ? 0 : g->points_root[g->fn->index];
    if (points_root && type_is_object(g->fn->ret)) { /* kept for <f>_write_points */
        ir_store(F, IR_I32_STORE, 0);
        ir_i32(F, (int32_t)points_root);
        ir_get(F, t);
        ir_close(F);
    }
    g_return(g, t);
    g_free_temp(g, t);
}

void g_module_global_bound(Gen *g, const Symbol *sym, int kind, const char *partial, const char *plain) {
    if (!sym->needs_flag) return;
    ir_if(F, VT_NONE);
    ir_open(F, IR_I32_EQZ);
    g_get_bound(g, sym);
    ir_close(F);
    ir_open(F, IR_THEN);
    ir_if(F, VT_NONE);
    ir_open(F, IR_I32_EQ);
    ir_gget(F, arena_printf(g->a, "loaded_%d", sym->unit->index));
    ir_i32(F, 1);
    ir_close(F);
    ir_open(F, IR_THEN);
    g_raisef(g, kind, "%s", partial);
    ir_close(F);
    ir_open(F, IR_ELSE);
    g_raisef(g, kind, "%s", plain);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    ir_close(F);
}

/* import: the standard library's modules are resolved at compile time
 * and have no top-level code; a module of the program runs its top-level
 * code at the first import that reaches it (a flag set before it runs, so
 * that a circular import sees the module as it is so far, as in CPython);
 * `from m import x` then copies m's global x into x. */
static void gimport(Gen *g, Stmt *st) {
    for (int i = 0; i < st->u.import->loads.len; i++) {
        const Unit *u = st->u.import->loads.items[i];
        const char *flag = arena_printf(g->a, "loaded_%d", u->index);
        ir_if(F, VT_NONE);
        ir_open(F, IR_I32_EQZ);
        ir_gget(F, flag);
        ir_close(F);
        ir_open(F, IR_THEN);
        ir_gset(F, flag);
        ir_i32(F, 1);
        ir_close(F);
        g_publish(g);
        ir_call(F, u->body->wat_name);
        ir_close(F);
        /* failed: not imported (the next import runs it again), and the
         * exception goes on from here; else done (2: not partial any more) */
        g_rt(g, "rt_exc_pending");
        g_rt(g, "rt_raise_pending");
        ir_if(F, VT_NONE);
        ir_call(F, "rt_exc_pending");
        ir_close(F);
        ir_open(F, IR_THEN);
        ir_gset(F, flag);
        ir_i32(F, 0);
        ir_close(F);
        ir_call(F, "rt_raise_pending");
        ir_close(F);
        ir_close(F);
        ir_close(F);
        ir_gset(F, flag);
        ir_i32(F, 2);
        ir_close(F);
        ir_close(F);
        ir_close(F);
    }
    PtrVec *copies = &st->u.import->copies;
    for (int i = 0; i + 1 < copies->len; i += 2) {
        Symbol *from = copies->items[i], *to = copies->items[i + 1];
        const Unit *u = from->unit;
        g_module_global_bound(
            g, from, RT_EXC_IMPORT,
            arena_printf(g->a,
                         "cannot import name '%s' from partially initialized module '%s' (most likely due to a "
                         "circular import) (%s)",
                         from->name, u->name, u->c->filename),
            arena_printf(g->a, "cannot import name '%s' from '%s' (%s)", from->name, u->name, u->c->filename));
        int t = g_temp(g, from->type);
        ir_set(F, t);
        g_sym_get(g, from);
        ir_close(F);
        g_store_sym(g, to, t, from->type);
        g_free_temp(g, t);
    }
}

static void gstmt(Gen *g, Stmt *st) {
    if (st->meaning) { /* what sema says it stands for (with, awaits) */
        gstmts(g, st->meaning);
        return;
    }
    switch (st->kind) {
    case S_EXPR: {
        Expr *v = st->u.expr.value;
        if (g_is_yield(v)) {
            g_yield_stmt(g, st);
            return;
        }
        if (is_print_call(v) && v->type != T_NEVER) {
            /* gcall wraps print in a block yielding None */
            ir_open(F, IR_DROP);
            gcall(g, v, T_NONE);
            ir_close(F);
            return;
        }
        ir_open(F, IR_DROP);
        gx(g, v, v->type == T_NEVER ? T_INT : v->type);
        ir_close(F);
        return;
    }
    case S_ASSIGN:
        if (g_is_yield(st->u.assign.value)) g_yield_stmt(g, st);
        else assign_targets(g, st);
        return;
    case S_ANNASSIGN: {
        if (!st->u.annassign.value) return;
        if (st->u.annassign.target->kind == E_NAME) {
            gassign_sym(g, st->u.annassign.target->sym, st->u.annassign.value);
            return;
        }
        /* self.x: int = v, d[k]: T = v: an assignment (the annotation of
         * such a target is never stored) */
        Stmt as = *st;
        as.kind = S_ASSIGN;
        as.pairwise = false;
        memset(&as.u, 0, sizeof as.u);
        ptrvec_push(g->a, &as.u.assign.targets, st->u.annassign.target);
        as.u.assign.value = st->u.annassign.value;
        assign_targets(g, &as);
        return;
    }
    case S_AUGASSIGN:
        if (st->u.augassign.target->kind == E_SUBSCRIPT) augassign_item(g, st);
        else if (st->u.augassign.target->kind == E_ATTR) augassign_attr(g, st);
        else gassign_sym(g, st->u.augassign.target->sym, st->aug_binop);
        return;
    case S_IF: {
        void *range = NULL;
        bool rewinds = g_rewinds(g, st);
        if (rewinds) {
            range = g_if_open(g, st); /* resuming: the branch holding the yield */
        } else {
            ir_if(F, VT_NONE);
            gcond(g, st->u.if_.test);
        }
        ir_open(F, IR_THEN);
        gstmts(g, &st->u.if_.body);
        ir_close(F);
        if (rewinds) g_if_patch(g, range);
        if (st->u.if_.orelse.len) {
            ir_open(F, IR_ELSE);
            gstmts(g, &st->u.if_.orelse);
            ir_close(F);
        }
        ir_close(F);
        return;
    }
    case S_WHILE: gen_while(g, st); return;
    case S_FOR: {
        Expr *it = st->u.for_.iter;
        if (it->kind == E_CALL && it->call->kind == CALL_RANGE_LOOP) gen_for_range(g, st);
        else gfor_iter(g, st, g_new_label(g));
        return;
    }
    case S_DEL:
        for (int i = 0; i < st->u.del.targets.len; i++) gdel(g, st->u.del.targets.items[i]);
        return;
    case S_MATCH: gmatch(g, st); return;
    case S_BREAK: g_break(g, false); return;
    case S_CONTINUE: g_break(g, true); return;
    case S_CLASSDEF: g_class_stmt(g, st); return;
    case S_WITH: return; /* its meaning, above */
    case S_FUNCDEF: {
        Function *f = st->fn;
        if (f && f->is_lambda && st->u.funcdef.decorators.len) {
            /* name = d1(d2(...(the function))) */
            int tv = g_temp(g, T_OBJ);
            g_decorated(g, &st->u.funcdef.decorators, f, tv);
            g_store_sym(g, f->binding, tv, T_OBJ);
            g_free_temp(g, tv);
            return;
        }
        if (f && f->is_lambda) {
            /* a nested def: the function value, bound to its name */
            Symbol *sym = f->binding;
            g_sym_set_open(g, sym);
            g_func_value(g, f);
            g_sym_set_close(g, sym);
            g_set_bound(g, sym, 1);
            return;
        }
        if (f && f->late) {
            ir_gset(F, arena_printf(g->a, "defined_%s", f->wat_name));
            ir_i32(F, 1);
            ir_close(F);
        }
        return;
    }
    case S_PASS:
    case S_GLOBAL:
    case S_NONLOCAL: return;
    case S_IMPORT:
    case S_IMPORT_FROM: gimport(g, st); return;
    case S_RETURN: gen_return(g, st); return;
    case S_TRY: gtry(g, st); return;
    case S_RAISE: graise(g, st); return;
    case S_ASSERT:
        ir_if(F, VT_NONE);
        ir_open(F, IR_I32_EQZ);
        gcond(g, st->u.assert_.test);
        ir_close(F);
        ir_open(F, IR_THEN);
        if (st->u.assert_.msg) {
            g_rt(g, "rt_raise");
            ir_call(F, "rt_raise");
            ir_i32(F, RT_EXC_ASSERTION);
            gx(g, st->u.assert_.msg, T_STR);
            ir_close(F);
            ir_leaf(F, IR_UNREACHABLE);
        } else {
            g_raise(g, RT_EXC_ASSERTION, NULL);
        }
        ir_close(F);
        ir_close(F);
        return;
    default: diag_error(g->c, st->line, st->col, "internal error: statement not lowered"); return;
    }
}
