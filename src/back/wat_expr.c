/* Lowering of expressions to folded WAT. */
#include "wat_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void emit_native(Gen *g, Expr *e);

static const char *wt(Type t) { return type_wasm(t); }

/* Coerce the value just emitted from `from` to `want`, by wrapping: the
 * caller passes the emitter so the wrapper can surround it. */
void gx(Gen *g, Expr *e, Type want) {
    Type from = e->type;
    if (type_is_object(from) || type_is_object(want)) g->uses_objects = true;
    if (from == T_NEVER) {
        buf_printf(g->out, "(block (result %s) ", wt(want));
        emit_native(g, e);
        buf_puts(g->out, ")");
        return;
    }
    if (from == want || (want == T_NONE && from == T_NONE)) {
        emit_native(g, e);
        return;
    }
    const char *wrap = NULL;
    if (want == T_OBJ) {
        /* Boxing: str and containers are already objects. */
        if (type_is_object(from)) {
            emit_native(g, e);
            return;
        }
        if (from == T_NONE) {
            g_rt(g, "rt_none");
            if (e->kind == E_NONE) {
                buf_puts(g->out, "(call $rt_none)");
            } else {
                buf_puts(g->out, "(block (result i32) (drop ");
                emit_native(g, e);
                buf_puts(g->out, ") (call $rt_none))");
            }
            return;
        }
        wrap = from == T_INT ? "call $rt_box_int" : from == T_FLOAT ? "call $rt_box_float" : "call $rt_box_bool";
        g_rt(g, wrap + 6);
    } else if (type_is_object(from) && type_is_object(want) && want != T_STR) {
        /* Objects whose static type is more precise than `object`. */
        emit_native(g, e);
        return;
    } else if (from == T_OBJ && want != T_NONE) {
        /* Unboxing where a concrete type is required: the runtime raises
         * CPython's TypeError when the value has another type. */
        wrap = want == T_INT ? "call $rt_unbox_int" : want == T_FLOAT ? "call $rt_unbox_float"
             : want == T_BOOL ? "call $rt_unbox_bool" : want == T_STR ? "call $rt_unbox_str" : NULL;
        if (wrap) g_rt(g, wrap + 6);
    } else if (from == T_INT && want == T_FLOAT) wrap = "f64.convert_i64_s";
    else if (from == T_BOOL && want == T_INT) wrap = "i64.extend_i32_u";
    else if (from == T_BOOL && want == T_FLOAT) wrap = "f64.convert_i32_u";
    else if (!strcmp(wt(from), wt(want)) && (want == T_NONE || from == T_NONE || want == T_BOOL)) {
        /* None is 0, and an i32 holding anything can stand for a dropped value. */
        emit_native(g, e);
        return;
    }
    if (!wrap) {
        diag_error(g->c, e->line, e->col, "internal error: cannot convert %s to %s", type_name(from),
                   type_name(want));
        emit_native(g, e);
        return;
    }
    buf_printf(g->out, "(%s ", wrap);
    emit_native(g, e);
    buf_puts(g->out, ")");
}

/* Evaluate e for its side effects only. */
static void gdrop(Gen *g, Expr *e) {
    buf_puts(g->out, "(drop ");
    gx(g, e, e->type == T_NEVER ? T_INT : e->type);
    buf_puts(g->out, ")");
}

static const char *tname(const Expr *e) { return type_name(e->type); }

static void binop_type_error(Gen *g, Expr *e) {
    Expr *l = e->u.binop.left, *r = e->u.binop.right;
    if (l->type == T_NEVER) {
        gx(g, l, T_INT);
        buf_puts(g->out, " (unreachable)");
        return;
    }
    gdrop(g, l);
    if (r->type == T_NEVER) {
        gx(g, r, T_INT);
        buf_puts(g->out, " (unreachable)");
        return;
    }
    gdrop(g, r);
    Op op = e->u.binop.op;
    bool ls = l->type == T_STR, rs = r->type == T_STR;
    if (op == OP_PLUS && ls)
        g_raisef(g, RT_EXC_TYPE, "can only concatenate str (not \"%s\") to str", tname(r));
    else if (op == OP_STAR && (ls || rs))
        g_raisef(g, RT_EXC_TYPE, "can't multiply sequence by non-int of type '%s'", ls ? tname(r) : tname(l));
    else if (op == OP_DSTAR)
        g_raisef(g, RT_EXC_TYPE, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", tname(l), tname(r));
    else
        g_raisef(g, RT_EXC_TYPE, "unsupported operand type(s) for %s: '%s' and '%s'", op_text(op), tname(l),
                 tname(r));
}

static void call2(Gen *g, const char *fn, Expr *a, Type ta, Expr *b, Type tb) {
    g_rt(g, fn);
    if (type_is_object(ta) && g_may_poll(g, b)) {
        /* a would wait on the operand stack, unseen by the collector */
        int t;
        buf_puts(g->out, "(block (result i32) ");
        g_spill(g, a, ta, &t);
        buf_printf(g->out, "(call $%s (local.get $t%d) ", fn, t);
        gx(g, b, tb);
        buf_puts(g->out, "))");
        g_free_temp(g, t);
        return;
    }
    buf_printf(g->out, "(call $%s ", fn);
    gx(g, a, ta);
    buf_putc(g->out, ' ');
    gx(g, b, tb);
    buf_puts(g->out, ")");
}

static void inline2(Gen *g, const char *instr, Expr *a, Type ta, Expr *b, Type tb) {
    buf_printf(g->out, "(%s ", instr);
    gx(g, a, ta);
    buf_putc(g->out, ' ');
    gx(g, b, tb);
    buf_puts(g->out, ")");
}

const char *g_dyn_op(Op op) {
    switch (op) {
    case OP_PLUS: return "rt_dyn_add";
    case OP_MINUS: return "rt_dyn_sub";
    case OP_STAR: return "rt_dyn_mul";
    case OP_SLASH: return "rt_dyn_truediv";
    case OP_DSLASH: return "rt_dyn_floordiv";
    case OP_PERCENT: return "rt_dyn_mod";
    case OP_DSTAR: return "rt_dyn_pow";
    case OP_LSHIFT: return "rt_dyn_lshift";
    case OP_RSHIFT: return "rt_dyn_rshift";
    case OP_AMP: return "rt_dyn_and";
    case OP_PIPE: return "rt_dyn_or";
    default: return "rt_dyn_xor";
    }
}

static bool small_const(const Expr *e, long long *v) {
    if (e->kind != E_INT || !e->u.int_lit.fits) return false;
    *v = e->u.int_lit.value;
    return *v >= 0 && *v < (1LL << 40);
}

/* int + and - inline, with the overflow test of two's complement addition
 * (no wrap ever reaches the program: it raises OverflowError until big
 * integers land). With a small constant right operand, the test is a
 * single comparison against the left operand. */
static void int_add_sub(Gen *g, bool add, Expr *l, Expr *r) {
    const char *ins = add ? "i64.add" : "i64.sub";
    long long c;
    g_rt(g, "rt_raise_big_int");
    int ta = g_temp(g, T_INT), tr = g_temp(g, T_INT);
    buf_printf(g->out, "(block (result i64) (local.set $t%d ", ta);
    gx(g, l, T_INT);
    buf_puts(g->out, ") ");
    if (small_const(r, &c)) {
        buf_printf(g->out, "(local.set $t%d (%s (local.get $t%d) (i64.const %lld))) ", tr, ins, ta, c);
        /* adding c >= 0 overflowed iff the result went down (sub: up) */
        buf_printf(g->out, "(if (i64.%s (local.get $t%d) (local.get $t%d)) (then (call $rt_raise_big_int)))", add ? "lt_s" : "gt_s", tr, ta);
    } else {
        int tb = g_temp(g, T_INT);
        buf_printf(g->out, "(local.set $t%d ", tb);
        gx(g, r, T_INT);
        buf_printf(g->out, ") (local.set $t%d (%s (local.get $t%d) (local.get $t%d))) ", tr, ins, ta, tb);
        /* add: signs of a and b agree and differ from r's;
         * sub: signs of a and b differ and r's differs from a's */
        if (add)
            buf_printf(g->out,
                       "(if (i64.lt_s (i64.and (i64.xor (local.get $t%d) (local.get $t%d)) "
                       "(i64.xor (local.get $t%d) (local.get $t%d))) (i64.const 0)) (then (call $rt_raise_big_int)))",
                       ta, tr, tb, tr);
        else
            buf_printf(g->out,
                       "(if (i64.lt_s (i64.and (i64.xor (local.get $t%d) (local.get $t%d)) "
                       "(i64.xor (local.get $t%d) (local.get $t%d))) (i64.const 0)) (then (call $rt_raise_big_int)))",
                       ta, tb, ta, tr);
        g_free_temp(g, tb);
    }
    buf_printf(g->out, " (local.get $t%d))", tr);
    g_free_temp(g, ta);
    g_free_temp(g, tr);
}

static void emit_binop(Gen *g, Expr *e) {
    if (e->type == T_NEVER) {
        binop_type_error(g, e);
        return;
    }
    Expr *l = e->u.binop.left, *r = e->u.binop.right;
    Op op = e->u.binop.op;
    switch (e->type) {
    case T_LIST:
    case T_TUPLE:
    case T_DICT:
    case T_SET:
    case T_OBJ:
        call2(g, g_dyn_op(op), l, T_OBJ, r, T_OBJ);
        return;
    case T_STR:
        if (op == OP_PLUS) call2(g, "rt_str_concat", l, T_STR, r, T_STR);
        else if (l->type == T_STR) call2(g, "rt_str_repeat", l, T_STR, r, T_INT);
        else {
            /* n * "s": Python evaluates n first, then the string. */
            int tn = g_temp(g, T_INT);
            g_rt(g, "rt_str_repeat");
            buf_printf(g->out, "(local.set $t%d ", tn);
            gx(g, l, T_INT);
            buf_printf(g->out, ") (call $rt_str_repeat ");
            gx(g, r, T_STR);
            buf_printf(g->out, " (local.get $t%d))", tn);
            g_free_temp(g, tn);
        }
        return;
    case T_BOOL: {
        const char *ins = op == OP_AMP ? "i32.and" : op == OP_PIPE ? "i32.or" : "i32.xor";
        inline2(g, ins, l, T_BOOL, r, T_BOOL);
        return;
    }
    case T_INT:
        switch (op) {
        case OP_PLUS:
        case OP_MINUS: int_add_sub(g, op == OP_PLUS, l, r); return;
        case OP_STAR: call2(g, "rt_int_mul", l, T_INT, r, T_INT); return;
        case OP_DSLASH: call2(g, "rt_int_floordiv", l, T_INT, r, T_INT); return;
        case OP_PERCENT: call2(g, "rt_int_mod", l, T_INT, r, T_INT); return;
        case OP_DSTAR: call2(g, "rt_int_pow", l, T_INT, r, T_INT); return;
        case OP_AMP: inline2(g, "i64.and", l, T_INT, r, T_INT); return;
        case OP_PIPE: inline2(g, "i64.or", l, T_INT, r, T_INT); return;
        case OP_CARET: inline2(g, "i64.xor", l, T_INT, r, T_INT); return;
        case OP_LSHIFT: call2(g, "rt_int_lshift", l, T_INT, r, T_INT); return;
        case OP_RSHIFT: call2(g, "rt_int_rshift", l, T_INT, r, T_INT); return;
        default: break;
        }
        break;
    case T_FLOAT:
        if (op == OP_SLASH && l->type != T_FLOAT && r->type != T_FLOAT) {
            call2(g, "rt_int_truediv", l, T_INT, r, T_INT);
            return;
        }
        switch (op) {
        case OP_PLUS: inline2(g, "f64.add", l, T_FLOAT, r, T_FLOAT); return;
        case OP_MINUS: inline2(g, "f64.sub", l, T_FLOAT, r, T_FLOAT); return;
        case OP_STAR: inline2(g, "f64.mul", l, T_FLOAT, r, T_FLOAT); return;
        case OP_SLASH: call2(g, "rt_float_div", l, T_FLOAT, r, T_FLOAT); return;
        case OP_DSLASH: call2(g, "rt_float_floordiv", l, T_FLOAT, r, T_FLOAT); return;
        case OP_PERCENT: call2(g, "rt_float_mod", l, T_FLOAT, r, T_FLOAT); return;
        case OP_DSTAR: call2(g, "rt_float_pow", l, T_FLOAT, r, T_FLOAT); return;
        default: break;
        }
        break;
    default: break;
    }
    diag_error(g->c, e->line, e->col, "internal error: binary operator %s on %s", op_text(op),
               type_name(e->type));
}

static void emit_unary(Gen *g, Expr *e) {
    Expr *x = e->u.unary.operand;
    Op op = e->u.unary.op;
    if (op == OP_NONE) {
        buf_puts(g->out, "(i32.eqz ");
        gcond(g, x);
        buf_puts(g->out, ")");
        return;
    }
    if (e->type == T_NEVER) {
        if (x->type == T_NEVER) {
            gx(g, x, T_INT);
            buf_puts(g->out, " (unreachable)");
            return;
        }
        gdrop(g, x);
        g_raisef(g, RT_EXC_TYPE, "bad operand type for unary %s: '%s'", op_text(op), tname(x));
        return;
    }
    if (e->type == T_OBJ) {
        const char *fn = op == OP_MINUS ? "rt_dyn_neg" : op == OP_PLUS ? "rt_dyn_pos" : "rt_dyn_invert";
        g_rt(g, fn);
        buf_printf(g->out, "(call $%s ", fn);
        gx(g, x, T_OBJ);
        buf_puts(g->out, ")");
    } else if (op == OP_PLUS) {
        gx(g, x, e->type);
    } else if (op == OP_TILDE) {
        buf_puts(g->out, "(i64.xor ");
        gx(g, x, T_INT);
        buf_puts(g->out, " (i64.const -1))");
    } else if (e->type == T_FLOAT) {
        buf_puts(g->out, "(f64.neg ");
        gx(g, x, T_FLOAT);
        buf_puts(g->out, ")");
    } else {
        g_rt(g, "rt_int_neg");
        buf_puts(g->out, "(call $rt_int_neg ");
        gx(g, x, T_INT);
        buf_puts(g->out, ")");
    }
}

/* Truth value of a value already in temp `t` of type `ty`. */
static void truthy_temp(Gen *g, int t, Type ty) {
    switch (ty) {
    case T_INT: buf_printf(g->out, "(i64.ne (local.get $t%d) (i64.const 0))", t); break;
    case T_FLOAT: buf_printf(g->out, "(f64.ne (local.get $t%d) (f64.const 0))", t); break;
    case T_STR: buf_printf(g->out, "(i32.ne (i32.load offset=8 (local.get $t%d)) (i32.const 0))", t); break;
    case T_NONE: buf_puts(g->out, "(i32.const 0)"); break;
    case T_OBJ:
    case T_LIST:
    case T_TUPLE:
    case T_DICT:
    case T_SET:
        g_rt(g, "rt_truthy");
        buf_printf(g->out, "(call $rt_truthy (local.get $t%d))", t);
        break;
    default: buf_printf(g->out, "(local.get $t%d)", t); break;
    }
}

void gcond(Gen *g, Expr *e) {
    if (e->kind == E_BOOLOP) {
        /* Short-circuit on truth values only. */
        int n = e->u.boolop.values.len;
        for (int i = 0; i < n - 1; i++) {
            buf_puts(g->out, "(if (result i32) ");
            gcond(g, e->u.boolop.values.items[i]);
            buf_puts(g->out, e->u.boolop.is_and ? " (then " : " (then (i32.const 1)) (else ");
        }
        gcond(g, e->u.boolop.values.items[n - 1]);
        for (int i = 0; i < n - 1; i++)
            buf_puts(g->out, e->u.boolop.is_and ? ") (else (i32.const 0)))" : "))");
        return;
    }
    if (e->kind == E_UNARY && e->u.unary.op == OP_NONE) {
        buf_puts(g->out, "(i32.eqz ");
        gcond(g, e->u.unary.operand);
        buf_puts(g->out, ")");
        return;
    }
    switch (e->type) {
    case T_BOOL: gx(g, e, T_BOOL); return;
    case T_NEVER: gx(g, e, T_BOOL); return;
    case T_INT:
        buf_puts(g->out, "(i64.ne ");
        gx(g, e, T_INT);
        buf_puts(g->out, " (i64.const 0))");
        return;
    case T_FLOAT:
        buf_puts(g->out, "(f64.ne ");
        gx(g, e, T_FLOAT);
        buf_puts(g->out, " (f64.const 0))");
        return;
    case T_STR:
        buf_puts(g->out, "(i32.ne (i32.load offset=8 ");
        gx(g, e, T_STR);
        buf_puts(g->out, ") (i32.const 0))");
        return;
    case T_NONE:
        gdrop(g, e);
        buf_puts(g->out, " (i32.const 0)");
        return;
    case T_OBJ:
    case T_LIST:
    case T_TUPLE:
    case T_DICT:
    case T_SET:
        g_rt(g, "rt_truthy");
        buf_puts(g->out, "(call $rt_truthy ");
        gx(g, e, T_OBJ);
        buf_puts(g->out, ")");
        return;
    default:
        diag_error(g->c, e->line, e->col, "internal error: truth value of %s", type_name(e->type));
    }
}

/* `a or b` / `a and b` as values (operands share one type): the first
 * operand that decides is the result, as in Python. */
static void boolop_from(Gen *g, Expr *e, int i) {
    Type ty = e->type;
    PtrVec *v = &e->u.boolop.values;
    if (i == v->len - 1) {
        gx(g, v->items[i], ty);
        return;
    }
    int t = g_temp(g, ty);
    buf_printf(g->out, "(block (result %s) (local.set $t%d ", wt(ty), t);
    gx(g, v->items[i], ty);
    buf_printf(g->out, ") (if (result %s) ", wt(ty));
    truthy_temp(g, t, ty);
    if (e->u.boolop.is_and) {
        buf_puts(g->out, " (then ");
        boolop_from(g, e, i + 1);
        buf_printf(g->out, ") (else (local.get $t%d))))", t);
    } else {
        buf_printf(g->out, " (then (local.get $t%d)) (else ", t);
        boolop_from(g, e, i + 1);
        buf_puts(g->out, ")))");
    }
    g_free_temp(g, t);
}

static void emit_boolop_value(Gen *g, Expr *e) { boolop_from(g, e, 0); }

/* The value of temp t (of type ty) as an object. */
void g_box_temp(Gen *g, int t, Type ty) {
    switch (ty) {
    case T_INT: g_rt(g, "rt_box_int"); buf_printf(g->out, "(call $rt_box_int (local.get $t%d))", t); break;
    case T_FLOAT: g_rt(g, "rt_box_float"); buf_printf(g->out, "(call $rt_box_float (local.get $t%d))", t); break;
    case T_BOOL: g_rt(g, "rt_box_bool"); buf_printf(g->out, "(call $rt_box_bool (local.get $t%d))", t); break;
    case T_NONE: g_rt(g, "rt_none"); buf_puts(g->out, "(call $rt_none)"); break;
    default: buf_printf(g->out, "(local.get $t%d)", t); break;
    }
}

/* Comparison of two values already typed; emits an i32. */
static void compare_pair(Gen *g, Expr *e, CmpOp op, Expr *a, Expr *b, int ta, int tb) {
    Type x = a->type, y = b->type;
    if (op == CMP_IN || op == CMP_NOT_IN) {
        /* item in container */
        if (op == CMP_NOT_IN) buf_puts(g->out, "(i32.eqz ");
        if (x == T_STR && y == T_STR) {
            g_rt(g, "rt_str_contains");
            buf_printf(g->out, "(call $rt_str_contains (local.get $t%d) (local.get $t%d))", tb, ta);
        } else {
            g_rt(g, "rt_dyn_contains");
            buf_puts(g->out, "(call $rt_dyn_contains ");
            g_box_temp(g, tb, y);
            buf_putc(g->out, ' ');
            g_box_temp(g, ta, x);
            buf_puts(g->out, ")");
        }
        if (op == CMP_NOT_IN) buf_puts(g->out, ")");
        return;
    }
    if ((type_is_object(x) && x != T_STR) || (type_is_object(y) && y != T_STR)) {
        /* An object or container on either side: the runtime compares. */
        if (op == CMP_IS || op == CMP_IS_NOT) {
            g_rt(g, "rt_dyn_is");
            if (op == CMP_IS_NOT) buf_puts(g->out, "(i32.eqz ");
            buf_puts(g->out, "(call $rt_dyn_is ");
        } else {
            g_rt(g, "rt_dyn_compare");
            buf_puts(g->out, "(call $rt_dyn_compare ");
        }
        g_box_temp(g, ta, x);
        buf_putc(g->out, ' ');
        g_box_temp(g, tb, y);
        if (op == CMP_IS || op == CMP_IS_NOT) {
            buf_puts(g->out, op == CMP_IS_NOT ? "))" : ")");
            return;
        }
        static const int rt_ops[] = {RT_CMP_EQ, RT_CMP_NE, RT_CMP_LT, RT_CMP_LE, RT_CMP_GT, RT_CMP_GE};
        buf_printf(g->out, " (i32.const %d))", rt_ops[op]);
        return;
    }
#define GET(t, ty) buf_printf(g->out, " (local.get $t%d)", t)
    bool num = type_is_number(x) && type_is_number(y);
    if (op == CMP_IS || op == CMP_IS_NOT) {
        bool same = x == y;
        if (!same || x == T_NONE) {
            buf_printf(g->out, "(i32.const %d)", (same == (op == CMP_IS)) ? 1 : 0);
            return;
        }
        /* Identity of unboxed values: equal values are the same object for
         * the small ints and interned strings users compare with `is`. */
        op = op == CMP_IS ? CMP_EQ : CMP_NE;
    }
    if (num && (x == T_FLOAT) != (y == T_FLOAT)) {
        /* int (or bool) against float: exact, as CPython compares */
        static const int rt_ops[] = {RT_CMP_EQ, RT_CMP_NE, RT_CMP_LT, RT_CMP_LE, RT_CMP_GT, RT_CMP_GE};
        static const int swapped[] = {RT_CMP_EQ, RT_CMP_NE, RT_CMP_GT, RT_CMP_GE, RT_CMP_LT, RT_CMP_LE};
        bool int_left = x != T_FLOAT;
        int ti = int_left ? ta : tb, tf = int_left ? tb : ta;
        Type it = int_left ? x : y;
        g_rt(g, "rt_cmp_int_float");
        buf_puts(g->out, "(call $rt_cmp_int_float ");
        if (it == T_BOOL) buf_printf(g->out, "(i64.extend_i32_u (local.get $t%d))", ti);
        else buf_printf(g->out, "(local.get $t%d)", ti);
        buf_printf(g->out, " (local.get $t%d) (i32.const %d))", tf, int_left ? rt_ops[op] : swapped[op]);
        return;
    }
    if (num) {
        bool fl = x == T_FLOAT || y == T_FLOAT;
        bool bo = x == T_BOOL && y == T_BOOL;
        const char *p = fl ? "f64" : bo ? "i32" : "i64";
        const char *ins;
        switch (op) {
        case CMP_EQ: ins = "eq"; break;
        case CMP_NE: ins = "ne"; break;
        case CMP_LT: ins = fl ? "lt" : "lt_s"; break;
        case CMP_LE: ins = fl ? "le" : "le_s"; break;
        case CMP_GT: ins = fl ? "gt" : "gt_s"; break;
        default: ins = fl ? "ge" : "ge_s"; break;
        }
        if (bo && (op != CMP_EQ && op != CMP_NE)) {
            ins = op == CMP_LT ? "lt_u" : op == CMP_LE ? "le_u" : op == CMP_GT ? "gt_u" : "ge_u";
        }
        Type want = fl ? T_FLOAT : bo ? T_BOOL : T_INT;
        buf_printf(g->out, "(%s.%s", p, ins);
        if (want == x) GET(ta, x);
        else if (x == T_INT) buf_printf(g->out, " (f64.convert_i64_s (local.get $t%d))", ta);
        else buf_printf(g->out, " (%s (local.get $t%d))", want == T_FLOAT ? "f64.convert_i32_u" : "i64.extend_i32_u", ta);
        if (want == y) GET(tb, y);
        else if (y == T_INT) buf_printf(g->out, " (f64.convert_i64_s (local.get $t%d))", tb);
        else buf_printf(g->out, " (%s (local.get $t%d))", want == T_FLOAT ? "f64.convert_i32_u" : "i64.extend_i32_u", tb);
        buf_puts(g->out, ")");
        return;
    }
    if (x == T_STR && y == T_STR) {
        if (op == CMP_EQ || op == CMP_NE) {
            g_rt(g, "rt_str_eq");
            if (op == CMP_NE) buf_puts(g->out, "(i32.eqz ");
            buf_printf(g->out, "(call $rt_str_eq (local.get $t%d) (local.get $t%d))", ta, tb);
            if (op == CMP_NE) buf_puts(g->out, ")");
            return;
        }
        g_rt(g, "rt_str_cmp");
        const char *ins = op == CMP_LT ? "lt_s" : op == CMP_LE ? "le_s" : op == CMP_GT ? "gt_s" : "ge_s";
        buf_printf(g->out, "(i32.%s (call $rt_str_cmp (local.get $t%d) (local.get $t%d)) (i32.const 0))", ins, ta,
                   tb);
        return;
    }
    if (x == T_NONE && y == T_NONE && (op == CMP_EQ || op == CMP_NE)) {
        buf_printf(g->out, "(i32.const %d)", op == CMP_EQ);
        return;
    }
    if (op == CMP_EQ || op == CMP_NE) {
        buf_printf(g->out, "(i32.const %d)", op == CMP_NE);
        return;
    }
    static const char *const names[] = {"==", "!=", "<", "<=", ">", ">="};
    buf_printf(g->out, "(block (result i32) ");
    g_raisef(g, RT_EXC_TYPE, "'%s' not supported between instances of '%s' and '%s'", names[op], tname(a),
             tname(b));
    buf_puts(g->out, ")");
    (void)e;
#undef GET
}

/* One numeric comparison: operands inline, no temporaries. */
static bool compare_inline(Gen *g, Expr *e) {
    if (e->u.compare.comparators.len != 1) return false;
    Expr *a = e->u.compare.left, *b = e->u.compare.comparators.items[0];
    CmpOp op = e->u.compare.ops[0];
    Type x = a->type, y = b->type;
    if (op > CMP_GE || !type_is_number(x) || !type_is_number(y) || (x == T_BOOL && y == T_BOOL)) return false;
    bool fl = x == T_FLOAT || y == T_FLOAT;
    if (fl && x != y) return false; /* int vs float: exact, through the temporaries path */
    static const char *const fops[] = {"eq", "ne", "lt", "le", "gt", "ge"};
    static const char *const iops[] = {"eq", "ne", "lt_s", "le_s", "gt_s", "ge_s"};
    Type want = fl ? T_FLOAT : T_INT;
    buf_printf(g->out, "(%s.%s ", fl ? "f64" : "i64", fl ? fops[op] : iops[op]);
    gx(g, a, want);
    buf_putc(g->out, ' ');
    gx(g, b, want);
    buf_puts(g->out, ")");
    return true;
}

static void emit_compare(Gen *g, Expr *e) {
    if (compare_inline(g, e)) return;
    int n = e->u.compare.comparators.len;
    Expr *left = e->u.compare.left;
    int tl = g_temp(g, left->type == T_NEVER ? T_INT : left->type);
    buf_printf(g->out, "(block (result i32) (local.set $t%d ", tl);
    gx(g, left, left->type == T_NEVER ? T_INT : left->type);
    buf_puts(g->out, ") ");
    int opened = 0;
    for (int i = 0; i < n; i++) {
        Expr *right = e->u.compare.comparators.items[i];
        Type rty = right->type == T_NEVER ? T_INT : right->type;
        int tr = g_temp(g, rty);
        buf_printf(g->out, "(local.set $t%d ", tr);
        gx(g, right, rty);
        buf_puts(g->out, ") ");
        if (i < n - 1) {
            buf_puts(g->out, "(if (result i32) ");
            compare_pair(g, e, e->u.compare.ops[i], left, right, tl, tr);
            buf_puts(g->out, " (then ");
            opened++;
        } else {
            compare_pair(g, e, e->u.compare.ops[i], left, right, tl, tr);
        }
        g_free_temp(g, tl);
        left = right;
        tl = tr;
    }
    g_free_temp(g, tl);
    for (int i = 0; i < opened; i++) buf_puts(g->out, ") (else (i32.const 0)))");
    buf_puts(g->out, ")");
}

/* v (finite) in hexadecimal exactly as glibc's "%a" prints it, on every
 * host: the C libraries differ for subnormals (glibc 0x0.xxxp-1022, musl
 * and so Emscripten normalise), and both builds must emit the same WAT. */
static void put_hex_double(Buf *out, double v) {
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint64_t mant = bits & 0xFFFFFFFFFFFFFull;
    int biased = (int)((bits >> 52) & 0x7FF);
    if (bits >> 63) buf_putc(out, '-');
    if (biased == 0 && mant == 0) {
        buf_puts(out, "0x0p+0");
        return;
    }
    buf_puts(out, biased ? "0x1" : "0x0");
    if (mant) {
        char digits[13];
        for (int i = 12; i >= 0; i--, mant >>= 4) digits[i] = "0123456789abcdef"[mant & 0xF];
        int n = 13;
        while (digits[n - 1] == '0') n--;
        buf_putc(out, '.');
        buf_putn(out, digits, (size_t)n);
    }
    int exp = biased ? biased - 1023 : -1022;
    buf_printf(out, "p%c%d", exp < 0 ? '-' : '+', exp < 0 ? -exp : exp);
}

static void emit_float_const(Gen *g, double v) {
    if (isnan(v)) buf_puts(g->out, "(f64.const nan)");
    else if (isinf(v)) buf_puts(g->out, v > 0 ? "(f64.const inf)" : "(f64.const -inf)");
    else {
        buf_puts(g->out, "(f64.const ");
        put_hex_double(g->out, v);
        buf_puts(g->out, ")");
    }
}

static void emit_name(Gen *g, Expr *e) {
    Symbol *sym = e->sym;
    if (!sym) {
        if (e->fn) g_func_value(g, e->fn); /* a def used as a value */
        else g_raisef(g, RT_EXC_NAME, "name '%s' is not defined", e->u.name.name);
        return;
    }
    const char *get = sym->kind == SYM_GLOBAL ? "global.get" : "local.get";
    if (g_sym_is_cell(sym)) {
        g_sym_get(g, sym);
        return;
    }
    if (e->maybe_unbound && sym->needs_flag) {
        /* a read that may come before any binding checks the flag */
        buf_printf(g->out, "(block (result %s) (if (i32.eqz (%s $b_%s)) (then ", wt(sym->type), get, sym->wat_name);
        if (sym->kind == SYM_GLOBAL)
            g_raisef(g, RT_EXC_NAME, "name '%s' is not defined", sym->name);
        else
            g_raisef(g, RT_EXC_UNBOUND_LOCAL, "cannot access local variable '%s' where it is not associated with a value",
                     sym->name);
        buf_printf(g->out, ")) (%s $%s))", get, sym->wat_name);
        return;
    }
    buf_printf(g->out, "(%s $%s)", get, sym->wat_name);
}

void gassign_sym(Gen *g, Symbol *sym, Expr *value) {
    g_sym_set_open(g, sym);
    gx(g, value, sym->type);
    buf_puts(g->out, ")");
    g_set_bound(g, sym, 1);
}

static void emit_ifexp(Gen *g, Expr *e) {
    buf_printf(g->out, "(if (result %s) ", wt(e->type));
    gcond(g, e->u.ifexp.test);
    buf_puts(g->out, " (then ");
    gx(g, e->u.ifexp.body, e->type);
    buf_puts(g->out, ") (else ");
    gx(g, e->u.ifexp.orelse, e->type);
    buf_puts(g->out, "))");
}

static void emit_walrus(Gen *g, Expr *e) {
    Symbol *sym = e->u.walrus.target->sym;
    if (sym->kind != SYM_GLOBAL && !sym->needs_flag && !g_sym_is_cell(sym)) {
        buf_printf(g->out, "(local.tee $%s ", sym->wat_name);
        gx(g, e->u.walrus.value, sym->type);
        buf_puts(g->out, ")");
    } else {
        buf_printf(g->out, "(block (result %s) ", wt(sym->type));
        gassign_sym(g, sym, e->u.walrus.value);
        buf_putc(g->out, ' ');
        g_sym_get(g, sym);
        buf_puts(g->out, ")");
    }
}

void gstr(Gen *g, Expr *e, bool repr) {
    switch (e->type) {
    case T_STR:
        if (repr) {
            g_rt(g, "rt_str_repr");
            buf_puts(g->out, "(call $rt_str_repr ");
            gx(g, e, T_STR);
            buf_puts(g->out, ")");
        } else {
            gx(g, e, T_STR);
        }
        return;
    case T_INT:
        g_rt(g, "rt_str_from_int");
        buf_puts(g->out, "(call $rt_str_from_int ");
        gx(g, e, T_INT);
        buf_puts(g->out, ")");
        return;
    case T_FLOAT:
        g_rt(g, "rt_str_from_float");
        buf_puts(g->out, "(call $rt_str_from_float ");
        gx(g, e, T_FLOAT);
        buf_puts(g->out, ")");
        return;
    case T_BOOL: {
        /* One at a time: the order of a call's arguments is unspecified
         * and decides the addresses (gcc and clang differ). */
        uint32_t s_false = g_str(g, "False", 5);
        uint32_t s_true = g_str(g, "True", 4);
        buf_printf(g->out, "(select (i32.const %u) (i32.const %u) ", s_true, s_false);
        gx(g, e, T_BOOL);
        buf_puts(g->out, ")");
        return;
    }
    case T_NONE:
        buf_puts(g->out, "(block (result i32) ");
        gdrop(g, e);
        buf_printf(g->out, " (i32.const %u))", g_str(g, "None", 4));
        return;
    case T_OBJ:
    case T_LIST:
    case T_TUPLE:
    case T_DICT:
    case T_SET: {
        const char *fn = repr ? "rt_dyn_repr" : "rt_dyn_str";
        g_rt(g, fn);
        buf_printf(g->out, "(call $%s ", fn);
        gx(g, e, T_OBJ);
        buf_puts(g->out, ")");
        return;
    }
    default: gx(g, e, T_STR); return;
    }
}

/* One {value!conversion:spec} field of an f-string, as a str. */
static void gformatted(Gen *g, Expr *part) {
    Expr *v = part->u.formatted.value, *spec = part->u.formatted.spec;
    char conv = part->u.formatted.conversion;
    if (!spec) {
        gstr(g, v, conv == 'r');
        return;
    }
    /* The value waits in a rooted temporary if the spec can run code. */
    int tv = -1;
    buf_puts(g->out, "(block (result i32) ");
    if (conv) {
        tv = g_temp(g, T_STR);
        buf_printf(g->out, "(local.set $t%d ", tv);
        gstr(g, v, conv == 'r');
        buf_puts(g->out, ") ");
        g_rt(g, "rt_format_str");
        buf_printf(g->out, "(call $rt_format_str (local.get $t%d) ", tv);
    } else {
        Type ty = v->type == T_NEVER ? T_OBJ : (Type)v->type;
        const char *fn = ty == T_INT ? "rt_format_i64" : ty == T_FLOAT ? "rt_format_f64" : ty == T_STR ? "rt_format_str"
                                                                                                       : "rt_format";
        Type want = ty == T_INT || ty == T_FLOAT || ty == T_STR ? ty : T_OBJ;
        tv = g_temp(g, want);
        buf_printf(g->out, "(local.set $t%d ", tv);
        gx(g, v, want);
        buf_puts(g->out, ") ");
        g_rt(g, fn);
        buf_printf(g->out, "(call $%s (local.get $t%d) ", fn, tv);
    }
    gx(g, spec, T_STR);
    buf_puts(g->out, "))");
    g_free_temp(g, tv);
}

static void emit_fstring(Gen *g, Expr *e) {
    int n = e->u.fstr.parts.len;
    bool spill = false;
    for (int i = 1; i < n; i++)
        if (g_may_poll(g, e->u.fstr.parts.items[i])) spill = true;
    if (spill) {
        /* every part into a rooted temporary first, then the joins */
        int *tmp = arena_alloc(g->a, sizeof(int) * (size_t)n);
        buf_puts(g->out, "(block (result i32) ");
        for (int i = 0; i < n; i++) {
            Expr *part = e->u.fstr.parts.items[i];
            tmp[i] = g_temp(g, T_STR);
            buf_printf(g->out, "(local.set $t%d ", tmp[i]);
            if (part->kind == E_FORMATTED) gformatted(g, part);
            else gstr(g, part, false);
            buf_puts(g->out, ") ");
        }
        g_rt(g, "rt_str_concat");
        for (int i = 1; i < n; i++) buf_puts(g->out, "(call $rt_str_concat ");
        for (int i = 0; i < n; i++) buf_printf(g->out, "(local.get $t%d)%s ", tmp[i], i > 0 ? ")" : "");
        buf_puts(g->out, ")");
        for (int i = 0; i < n; i++) g_free_temp(g, tmp[i]);
        return;
    }
    if (n == 0) {
        buf_printf(g->out, "(i32.const %u)", g_str(g, "", 0));
        return;
    }
    g_rt(g, "rt_str_concat");
    for (int i = 1; i < n; i++) buf_puts(g->out, "(call $rt_str_concat ");
    for (int i = 0; i < n; i++) {
        Expr *part = e->u.fstr.parts.items[i];
        if (part->kind == E_FORMATTED) gformatted(g, part);
        else gstr(g, part, false);
        if (i > 0) buf_puts(g->out, ")");
        buf_putc(g->out, ' ');
    }
}

static void emit_native(Gen *g, Expr *e) {
    switch (e->kind) {
    case E_INT: buf_printf(g->out, "(i64.const %lld)", e->u.int_lit.value); return;
    case E_FLOAT: emit_float_const(g, e->u.fval); return;
    case E_STR: buf_printf(g->out, "(i32.const %u)", g_str(g, e->u.str.data, e->u.str.len)); return;
    case E_BOOL: buf_printf(g->out, "(i32.const %d)", e->u.bval ? 1 : 0); return;
    case E_NONE: buf_puts(g->out, "(i32.const 0)"); return;
    case E_NAME: emit_name(g, e); return;
    case E_BINOP: emit_binop(g, e); return;
    case E_UNARY: emit_unary(g, e); return;
    case E_BOOLOP:
        if (e->type == T_BOOL) gcond(g, e);
        else emit_boolop_value(g, e);
        return;
    case E_COMPARE: emit_compare(g, e); return;
    case E_CALL: gcall(g, e, e->type); return;
    case E_IFEXP: emit_ifexp(g, e); return;
    case E_WALRUS: emit_walrus(g, e); return;
    case E_FSTRING: emit_fstring(g, e); return;
    case E_LIST:
    case E_TUPLE:
    case E_SET:
    case E_DICT: gdisplay(g, e); return;
    case E_SUBSCRIPT: gsubscript(g, e); return;
    case E_LAMBDA: g_func_value(g, e->fn); return;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP:
    case E_GENEXP: gcomprehension(g, e); return;
    case E_FORMATTED: gformatted(g, e); return;
    default:
        diag_error(g->c, e->line, e->col, "internal error: expression not lowered");
        return;
    }
}
