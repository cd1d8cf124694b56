/* Lowering of statements. Loops use the block/loop/block shape
 *   (block $bN (block $dN (loop $lN (br_if $dN !cond) (block $cN body)
 *   (br $lN))) else-body)
 * so `break` is br $bN (skips the else clause), `continue` is br $cN. */
#include "wat_internal.h"

#include <string.h>

static void gstmt(Gen *g, Stmt *st);

void gstmts(Gen *g, PtrVec *body) {
    for (int i = 0; i < body->len; i++) gstmt(g, body->items[i]);
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
        buf_putc(g->out, '\n');
        return;
    }
    if (st->pairwise) {
        /* a, b = x, y: every value first, then the stores, no tuple. */
        PtrVec *vals = &value->u.seq.items;
        int *tmp = arena_alloc(g->a, sizeof(int) * (size_t)vals->len);
        for (int i = 0; i < vals->len; i++) {
            Expr *v = vals->items[i];
            tmp[i] = g_temp(g, held(v->type));
            buf_printf(g->out, "(local.set $t%d ", tmp[i]);
            gx(g, v, held(v->type));
            buf_puts(g->out, ")\n");
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
    buf_printf(g->out, "(local.set $t%d ", tmp);
    gx(g, value, ty);
    buf_puts(g->out, ")\n");
    for (int i = 0; i < targets->len; i++) gstore_temp(g, targets->items[i], tmp, ty);
    g_free_temp(g, tmp);
}

/* container[key] op= value: container and key are evaluated once. */
static void augassign_item(Gen *g, Stmt *st) {
    Expr *target = st->u.augassign.target;
    int tc = g_temp(g, T_OBJ), tk = g_temp(g, T_OBJ), tv = g_temp(g, T_OBJ);
    buf_printf(g->out, "(local.set $t%d ", tc);
    gx(g, target->u.subscript.value, T_OBJ);
    buf_printf(g->out, ")\n(local.set $t%d ", tk);
    gx(g, target->u.subscript.index, T_OBJ);
    const char *fn = g_dyn_op(st->u.augassign.op);
    g_rt(g, fn);
    g_rt(g, "rt_dyn_getitem");
    g_rt(g, "rt_dyn_setitem");
    /* the old value waits in a rooted temporary while the operand runs */
    buf_printf(g->out, ")\n(local.set $t%d (call $rt_dyn_getitem (local.get $t%d) (local.get $t%d)))\n", tv, tc, tk);
    buf_printf(g->out, "(local.set $t%d (call $%s (local.get $t%d) ", tv, fn, tv);
    gx(g, st->u.augassign.value, T_OBJ);
    buf_printf(g->out, "))\n(call $rt_dyn_setitem (local.get $t%d) (local.get $t%d) (local.get $t%d))\n", tc, tk, tv);
    g_free_temp(g, tc);
    g_free_temp(g, tk);
    g_free_temp(g, tv);
}

static void loop_push(Gen *g, int label) {
    g->loop_brk[g->nloops] = label;
    g->loop_cont[g->nloops] = label;
    g->nloops++;
}

static void gen_while(Gen *g, Stmt *st) {
    int k = g->labels++;
    if (g->nloops == 64) {
        diag_error(g->c, st->line, st->col, "loops nested too deeply");
        return;
    }
    buf_printf(g->out, "(block $b%d (block $d%d (loop $l%d (br_if $d%d (i32.eqz ", k, k, k, k);
    gcond(g, st->u.while_.test);
    buf_printf(g->out, "))\n(block $c%d\n", k);
    loop_push(g, k);
    gstmts(g, &st->u.while_.body);
    g->nloops--;
    buf_printf(g->out, ") " G_POLL "(br $l%d)))\n", k);
    gstmts(g, &st->u.while_.orelse);
    buf_puts(g->out, ")\n");
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

static void gen_for_range(Gen *g, Stmt *st) {
    Expr *call = st->u.for_.iter;
    PtrVec *args = &call->u.call.args;
    int k = g->labels++;
    if (g->nloops == 64) {
        diag_error(g->c, st->line, st->col, "loops nested too deeply");
        return;
    }
    Expr *start = args->len >= 2 ? args->items[0] : NULL;
    Expr *stop = args->len >= 2 ? args->items[1] : args->items[0];
    Expr *step = args->len == 3 ? args->items[2] : NULL;
    long long step_value = 1;
    bool step_const = !step || const_int(step, &step_value);
    int cur = g_temp(g, T_INT), end = g_temp(g, T_INT), inc = -1;
    buf_printf(g->out, "(local.set $t%d ", cur);
    if (start) gx(g, start, T_INT);
    else buf_puts(g->out, "(i64.const 0)");
    buf_printf(g->out, ")\n(local.set $t%d ", end);
    gx(g, stop, T_INT);
    buf_puts(g->out, ")\n");
    if (!step_const) {
        inc = g_temp(g, T_INT);
        buf_printf(g->out, "(local.set $t%d ", inc);
        gx(g, step, T_INT);
        buf_printf(g->out, ")\n(if (i64.eqz (local.get $t%d)) (then ", inc);
        g_raise(g, RT_EXC_VALUE, "range() arg 3 must not be zero");
        buf_puts(g->out, "))\n");
    } else if (step_value == 0) {
        g_raise(g, RT_EXC_VALUE, "range() arg 3 must not be zero");
        buf_putc(g->out, '\n');
    }
    buf_printf(g->out, "(block $b%d (block $d%d (loop $l%d\n(br_if $d%d ", k, k, k, k);
    if (step_const)
        buf_printf(g->out, "(i64.%s (local.get $t%d) (local.get $t%d))", step_value > 0 ? "ge_s" : "le_s", cur, end);
    else
        buf_printf(g->out,
                   "(if (result i32) (i64.gt_s (local.get $t%d) (i64.const 0)) "
                   "(then (i64.ge_s (local.get $t%d) (local.get $t%d))) "
                   "(else (i64.le_s (local.get $t%d) (local.get $t%d))))",
                   inc, cur, end, cur, end);
    buf_puts(g->out, ")\n");
    gstore_temp(g, st->u.for_.target, cur, T_INT);
    buf_printf(g->out, "(block $c%d\n", k);
    loop_push(g, k);
    gstmts(g, &st->u.for_.body);
    g->nloops--;
    /* The counter stops at the first value past the end; an i64 overflow of
     * the increment also means we are past the end. */
    int nxt = g_temp(g, T_INT);
    if (step_const)
        buf_printf(g->out, ")\n(local.set $t%d (i64.add (local.get $t%d) (i64.const %lld)))\n", nxt, cur, step_value);
    else
        buf_printf(g->out, ")\n(local.set $t%d (i64.add (local.get $t%d) (local.get $t%d)))\n", nxt, cur, inc);
    if (step_const)
        buf_printf(g->out, "(br_if $d%d (i64.%s (local.get $t%d) (local.get $t%d)))\n", k,
                   step_value > 0 ? "lt_s" : "gt_s", nxt, cur);
    else
        buf_printf(g->out,
                   "(br_if $d%d (i64.lt_s (i64.and (i64.xor (local.get $t%d) (local.get $t%d)) "
                   "(i64.xor (local.get $t%d) (local.get $t%d))) (i64.const 0)))\n",
                   k, cur, nxt, inc, nxt);
    buf_printf(g->out, "(local.set $t%d (local.get $t%d))\n" G_POLL "(br $l%d)))\n", cur, nxt, k);
    g_free_temp(g, nxt);
    gstmts(g, &st->u.for_.orelse);
    buf_puts(g->out, ")\n");
    g_free_temp(g, cur);
    g_free_temp(g, end);
    if (inc >= 0) g_free_temp(g, inc);
}

static void gstmt(Gen *g, Stmt *st) {
    switch (st->kind) {
    case S_EXPR: {
        Expr *v = st->u.expr.value;
        if (is_print_call(v) && v->type != T_NEVER) {
            gcall(g, v, T_NONE);
            /* gcall wraps print in a block yielding None */
            buf_puts(g->out, "\ndrop\n");
            return;
        }
        buf_puts(g->out, "(drop ");
        gx(g, v, v->type == T_NEVER ? T_INT : v->type);
        buf_puts(g->out, ")\n");
        return;
    }
    case S_ASSIGN: assign_targets(g, st); return;
    case S_ANNASSIGN:
        if (st->u.annassign.value) {
            gassign_sym(g, st->u.annassign.target->sym, st->u.annassign.value);
            buf_putc(g->out, '\n');
        }
        return;
    case S_AUGASSIGN:
        if (st->u.augassign.target->kind == E_SUBSCRIPT) {
            augassign_item(g, st);
            return;
        }
        gassign_sym(g, st->u.augassign.target->sym, st->aug_binop);
        buf_putc(g->out, '\n');
        return;
    case S_IF:
        buf_puts(g->out, "(if ");
        gcond(g, st->u.if_.test);
        buf_puts(g->out, " (then\n");
        gstmts(g, &st->u.if_.body);
        buf_puts(g->out, ")");
        if (st->u.if_.orelse.len) {
            buf_puts(g->out, " (else\n");
            gstmts(g, &st->u.if_.orelse);
            buf_puts(g->out, ")");
        }
        buf_puts(g->out, ")\n");
        return;
    case S_WHILE: gen_while(g, st); return;
    case S_FOR: {
        Expr *it = st->u.for_.iter;
        if (it->kind == E_CALL && it->call->kind == CALL_RANGE_LOOP) {
            gen_for_range(g, st);
        } else if (g->nloops == 64) {
            diag_error(g->c, st->line, st->col, "loops nested too deeply");
        } else {
            gfor_iter(g, st, g->labels++);
        }
        return;
    }
    case S_DEL:
        for (int i = 0; i < st->u.del.targets.len; i++) gdel(g, st->u.del.targets.items[i]);
        return;
    case S_MATCH: gmatch(g, st); return;
    case S_BREAK: buf_printf(g->out, "(br $b%d)\n", g->loop_brk[g->nloops - 1]); return;
    case S_CONTINUE: buf_printf(g->out, "(br $c%d)\n", g->loop_cont[g->nloops - 1]); return;
    case S_FUNCDEF: {
        Function *f = st->fn;
        if (f && f->is_lambda) {
            /* a nested def: the function value, bound to its name */
            Symbol *sym = f->binding;
            g_sym_set_open(g, sym);
            g_func_value(g, f);
            buf_puts(g->out, ")");
            g_set_bound(g, sym, 1);
            buf_putc(g->out, '\n');
            return;
        }
        if (f && f->late) buf_printf(g->out, "(global.set $defined_%s (i32.const 1))\n", f->wat_name);
        return;
    }
    case S_PASS:
    case S_GLOBAL:
    case S_NONLOCAL: return;
    case S_RETURN: {
        Expr *v = st->u.ret.value;
        /* The value first, then the frame goes, then the return. */
        if (g->fn->ret == T_NONE) {
            if (v) {
                buf_puts(g->out, "(drop ");
                gx(g, v, T_NONE);
                buf_puts(g->out, ") ");
            }
            buf_puts(g->out, G_POP "(return)\n");
        } else {
            int t = g_temp(g, g->fn->ret);
            buf_printf(g->out, "(local.set $t%d ", t);
            gx(g, v, g->fn->ret);
            buf_puts(g->out, ") ");
            uint32_t points_root = g->fn->is_main ? 0 : g->points_root[g->fn->index];
            if (points_root && type_is_object(g->fn->ret)) /* kept for <f>_write_points */
                buf_printf(g->out, "(i32.store (i32.const %u) (local.get $t%d)) ", points_root, t);
            buf_printf(g->out, G_POP "(return (local.get $t%d))\n", t);
            g_free_temp(g, t);
        }
        return;
    }
    case S_ASSERT:
        buf_puts(g->out, "(if (i32.eqz ");
        gcond(g, st->u.assert_.test);
        buf_puts(g->out, ") (then ");
        if (st->u.assert_.msg) {
            g_rt(g, "rt_raise");
            buf_printf(g->out, "(call $rt_raise (i32.const %d) ", RT_EXC_ASSERTION);
            gx(g, st->u.assert_.msg, T_STR);
            buf_puts(g->out, ") (unreachable)");
        } else {
            g_raise(g, RT_EXC_ASSERTION, NULL);
        }
        buf_puts(g->out, "))\n");
        return;
    default:
        diag_error(g->c, st->line, st->col, "internal error: statement not lowered");
        return;
    }
}
