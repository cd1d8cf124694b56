/* Lowering of expressions: operators, comparisons, conditions, f-strings,
 * conversions between the unboxed and boxed representations. */
#include <string.h>

#include "lower_internal.h"

#define F (g->f)

static void emit_native(Gen *g, Expr *e);

/* ---- coercions ---------------------------------------------------------- */

Coercion g_coerce_open(Gen *g, Type from, Type want, const Expr *e) {
    Coercion c = {0};
    if (type_is_object(from) || type_is_object(want)) F->polls = true;
    if (from == T_NEVER) {
        /* the expression raises: a block of the wanted type around it */
        ir_block(F, vt(want), 0, 0);
        c.opened = 1;
        c.never = true;
        return c;
    }
    if (from == want || (want == T_NONE && from == T_NONE)) return c;
    const char *wrap = NULL;
    IrOp conv = IR_OP_COUNT;
    if (want == T_OBJ) {
        /* Boxing: str and containers are already objects. */
        if (type_is_object(from)) return c;
        if (from == T_NONE) {
            g_rt(g, "rt_none");
            ir_block(F, VT_I32, 0, 0);
            ir_open(F, IR_DROP);
            c.opened = 2;
            c.none_value = true;
            return c;
        }
        if (from == T_INT && g_box_int_inline(g)) {
            /* (block (result i32) (local.set $t <int>) <g_box_int_local $t>) */
            int t = g_temp(g, T_INT);
            ir_block(F, VT_I32, 0, 0);
            ir_set(F, t);
            c.int_box = t + 1;
            return c;
        }
        g_box_open(g, from == T_INT || from == T_FLOAT ? from : T_BOOL);
        c.opened = 1;
        return c;
    } else if (type_is_object(from) && type_is_object(want) && want != T_STR) {
        return c; /* an object whose static type is more precise than `object` */
    } else if (from == T_OBJ && want != T_NONE) {
        /* Unboxing where a concrete type is required: the runtime raises
         * CPython's TypeError when the value has another type. */
        wrap = want == T_INT ? "rt_unbox_int" : want == T_FLOAT ? "rt_unbox_float"
             : want == T_BOOL ? "rt_unbox_bool" : want == T_STR ? "rt_unbox_str" : NULL;
    } else if (from == T_INT && want == T_FLOAT) {
        /* (block (result f64) (local.set $t <int>) <g_int_to_float $t>) */
        int t = g_temp(g, T_INT);
        ir_block(F, VT_F64, 0, 0);
        ir_set(F, t);
        c.int_float = t + 1;
        return c;
    } else if (from == T_BOOL && want == T_INT) {
        conv = IR_I64_EXTEND_I32_U;
    } else if (from == T_BOOL && want == T_FLOAT) {
        conv = IR_F64_CONVERT_I32_U;
    } else if (vt(from) == vt(want) && (want == T_NONE || from == T_NONE || want == T_BOOL)) {
        return c; /* None is 0, and an i32 holding anything can stand for a dropped value */
    }
    if (wrap) {
        g_rt(g, wrap);
        ir_call(F, wrap);
    } else if (conv != IR_OP_COUNT) {
        ir_open(F, conv);
    } else {
        diag_error(g->c, e ? e->line : 0, e ? e->col : 0, "internal error: cannot convert %s to %s", type_name(from),
                   type_name(want));
        return c;
    }
    c.opened = 1;
    return c;
}

void g_coerce_close(Gen *g, Coercion c) {
    if (c.int_float) {
        ir_close(F); /* local.set */
        g_int_to_float(g, c.int_float - 1);
        ir_close(F); /* block */
        g_free_temp(g, c.int_float - 1);
        return;
    }
    if (c.int_box) {
        ir_close(F); /* local.set */
        g_box_int_local(g, c.int_box - 1);
        ir_close(F); /* block */
        g_free_temp(g, c.int_box - 1);
        return;
    }
    if (c.none_value) {
        ir_close(F); /* drop */
        ir_call(F, "rt_none");
        ir_close(F);
        ir_close(F); /* block */
        return;
    }
    /* whatever the expression left (it never completes) is not the wanted
     * type: the block's end is unreachable */
    if (c.never) ir_leaf(F, IR_UNREACHABLE);
    for (int i = 0; i < c.opened; i++) ir_close(F);
}

void gx(Gen *g, Expr *e, Type want) {
    if (e->type == T_NONE && want == T_OBJ && e->kind == E_NONE) {
        F->polls = true;
        g_rt(g, "rt_none");
        ir_call(F, "rt_none");
        ir_close(F);
        return;
    }
    long long v;
    uint32_t addr;
    if (want == T_OBJ && e->type == T_INT && g_int_small_literal(e, &v) && g_small_int_address(g, v, &addr)) {
        F->polls = true; /* as any coercion to an object */
        ir_i32(F, (int32_t)addr); /* the runtime's static object, as rt_box_int's */
        return;
    }
    SiteRef here;
    const void *outer = g_expr_site_enter(g, e, &here);
    Coercion c = g_coerce_open(g, e->type, want, e);
    emit_native(g, e);
    g_coerce_close(g, c);
    F->site_key = outer;
}

/* Evaluate e for its side effects only. */
static void gdrop(Gen *g, Expr *e) {
    ir_open(F, IR_DROP);
    gx(g, e, e->type == T_NEVER ? T_INT : e->type);
    ir_close(F);
}

static const char *tname(const Expr *e) { return type_name(e->type); }

/* A call of a runtime function on operands already lowered by the caller:
 * ir_call then the operands then ir_close. */
static void rt_open(Gen *g, const char *fn) {
    g_rt(g, fn);
    ir_call(F, fn);
}

/* ---- arithmetic --------------------------------------------------------- */

static void binop_type_error(Gen *g, Expr *e) {
    Expr *l = e->u.binop.left, *r = e->u.binop.right;
    if (l->type == T_NEVER) {
        gx(g, l, T_INT);
        ir_leaf(F, IR_UNREACHABLE);
        return;
    }
    gdrop(g, l);
    if (r->type == T_NEVER) {
        gx(g, r, T_INT);
        ir_leaf(F, IR_UNREACHABLE);
        return;
    }
    gdrop(g, r);
    Op op = e->u.binop.op;
    bool ls = l->type == T_STR, rs = r->type == T_STR;
    if (op == OP_PLUS && ls)
        g_raisef(g, RT_EXC_TYPE, "can only concatenate str (not \"%s\") to str", tname(r));
    else if (op == OP_STAR && (ls || rs))
        g_raisef(g, RT_EXC_TYPE, "can't multiply sequence by non-int of type '%s'", ls ? tname(r) : tname(l));
    else if (e->u.binop.inplace) /* x op= y names its own operator */
        g_raisef(g, RT_EXC_TYPE, "unsupported operand type(s) for %s=: '%s' and '%s'", op_text(op), tname(l), tname(r));
    else if (op == OP_DSTAR)
        g_raisef(g, RT_EXC_TYPE, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", tname(l), tname(r));
    else
        g_raisef(g, RT_EXC_TYPE, "unsupported operand type(s) for %s: '%s' and '%s'", op_text(op), tname(l), tname(r));
}

/* fn(a, b) in the runtime, of result type rv. A left operand holding a
 * reference (an object, or an int that may be a big one's handle) waits in
 * a rooted temporary when the right one may collect (values on the wasm
 * operand stack are invisible to the collector). */
/* A literal number: evaluating it cannot raise. */
static bool number_literal(const Expr *e) {
    long long c;
    if (e->kind == E_UNARY && e->u.unary.op == OP_MINUS) e = e->u.unary.operand;
    return e->kind == E_FLOAT || g_int_small_literal(e, &c);
}

/* Whether a, lowered as ta, converts an int that may be too big for a
 * float (OverflowError) while b may raise: CPython converts at the
 * operator, after b ran, so `10 ** 400 + 1 / 0.0` raises
 * ZeroDivisionError. Then both wait in temps (late_operands). */
static bool converts_late(const Expr *a, Type ta, const Expr *b) {
    return ta == T_FLOAT && a->type == T_INT && !number_literal(a) && !number_literal(b);
}

/* The operands of op(a, b) as converts_late needs them: (block (result rv)
 * (local.set ia <a as an int>) (local.set fb <b>) (op <ia as a float> fb)),
 * op already opened by the caller inside the block. */
static void late_operands(Gen *g, ValType rv, IrOp op, const char *fn, Expr *a, Expr *b, Type tb) {
    int ia = g_temp(g, T_INT), fb = g_temp(g, tb);
    ir_block(F, rv, 0, 0);
    ir_set(F, ia);
    gx(g, a, T_INT);
    ir_close(F);
    ir_set(F, fb);
    gx(g, b, tb);
    ir_close(F);
    if (fn) ir_call(F, fn);
    else ir_open(F, op);
    gop(g, (Operand){NULL, ia, T_INT}, T_FLOAT);
    ir_get(F, fb);
    ir_close(F);
    ir_close(F);
    g_free_temp(g, ia);
    g_free_temp(g, fb);
}

static void call2r(Gen *g, const char *fn, ValType rv, Expr *a, Type ta, Expr *b, Type tb) {
    g_rt(g, fn);
    if (converts_late(a, ta, b)) {
        late_operands(g, rv, IR_UNREACHABLE, fn, a, b, tb); /* the op unused */
        return;
    }
    if (rv == VT_I64) F->loop_polls = true; /* int arithmetic: it may make big ints */
    if ((type_is_object(ta) || ta == T_INT) && g_may_poll(g, b)) {
        ir_block(F, rv, 0, 0);
        Operand sa = g_spill(g, a, ta);
        ir_call(F, fn);
        gop(g, sa, ta);
        gx(g, b, tb);
        ir_close(F);
        ir_close(F);
        g_free_temp(g, sa.temp);
        return;
    }
    ir_call(F, fn);
    gx(g, a, ta);
    gx(g, b, tb);
    ir_close(F);
}

static void call2(Gen *g, const char *fn, Expr *a, Type ta, Expr *b, Type tb) { call2r(g, fn, VT_I32, a, ta, b, tb); }

static void inline2(Gen *g, IrOp op, Expr *a, Type ta, Expr *b, Type tb) {
    if (converts_late(a, ta, b)) {
        late_operands(g, op >= IR_F64_EQ && op <= IR_F64_GE ? VT_I32 : VT_F64, op, NULL, a, b, tb);
        return;
    }
    ir_open(F, op);
    gx(g, a, ta);
    gx(g, b, tb);
    ir_close(F);
}

/* a / b on floats: f64.div inline, the runtime's rt_float_div only for a
 * zero divisor (it raises ZeroDivisionError there, as CPython's):
 *   (block (result f64) (local.set ta a) (local.set tb b)
 *     (if (result f64) (f64.eq tb 0) (then (call $rt_float_div ta tb)) (else (f64.div ta tb))))
 * An int operand converted late (converts_late) keeps the call. */
static void float_div(Gen *g, Expr *a, Expr *b) {
    if (converts_late(a, T_FLOAT, b)) {
        call2(g, "rt_float_div", a, T_FLOAT, b, T_FLOAT);
        return;
    }
    g_rt(g, "rt_float_div");
    int ta = g_temp(g, T_FLOAT), tb = g_temp(g, T_FLOAT);
    ir_block(F, VT_F64, 0, 0);
    ir_set(F, ta);
    gx(g, a, T_FLOAT);
    ir_close(F);
    ir_set(F, tb);
    gx(g, b, T_FLOAT);
    ir_close(F);
    ir_if(F, VT_F64);
    ir_open(F, IR_F64_EQ);
    ir_get(F, tb);
    ir_f64(F, 0.0);
    ir_close(F);
    ir_open(F, IR_THEN);
    ir_call(F, "rt_float_div");
    ir_get(F, ta);
    ir_get(F, tb);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_open(F, IR_F64_DIV);
    ir_get(F, ta);
    ir_get(F, tb);
    ir_close(F);
    ir_close(F);
    ir_close(F); /* if */
    ir_close(F); /* block */
    g_free_temp(g, ta);
    g_free_temp(g, tb);
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
    case OP_AT: return "rt_dyn_matmul";
    default: return "rt_dyn_xor";
    }
}

/* x op= y on objects: in place where the type says so (rt_dyn_iadd ...). */
const char *g_dyn_iop(Op op) {
    switch (op) {
    case OP_PLUS: return "rt_dyn_iadd";
    case OP_MINUS: return "rt_dyn_isub";
    case OP_STAR: return "rt_dyn_imul";
    case OP_SLASH: return "rt_dyn_itruediv";
    case OP_DSLASH: return "rt_dyn_ifloordiv";
    case OP_PERCENT: return "rt_dyn_imod";
    case OP_DSTAR: return "rt_dyn_ipow";
    case OP_LSHIFT: return "rt_dyn_ilshift";
    case OP_RSHIFT: return "rt_dyn_irshift";
    case OP_AMP: return "rt_dyn_iand";
    case OP_PIPE: return "rt_dyn_ior";
    case OP_AT: return "rt_dyn_imatmul";
    default: return "rt_dyn_ixor";
    }
}

/* A literal divisor other than 0 and -1: `//` and `%` by it cannot raise
 * (no ZeroDivisionError, no overflow), so no check follows the call. */
static bool safe_divisor(const Expr *r) {
    long long c;
    return g_int_small_literal(r, &c) && c != 0 && c != -1;
}

/* A divisor written as a nonzero number (2, -3, 0.5): float division by
 * it never raises, so it is a plain f64.div. */
static bool nonzero_literal(const Expr *r) {
    long long c;
    if (r->kind == E_UNARY && r->u.unary.op == OP_MINUS) r = r->u.unary.operand;
    if (r->kind == E_FLOAT) return r->u.fval != 0.0;
    return g_int_small_literal(r, &c) && c != 0;
}

/* t += s, t = t + a + b ... on a str accumulator: the right operands
 * summed first (str + is associative, and nothing is appended if one of
 * them raises), then appended to t in place (rt_str_append.c). */
static bool emit_append(Gen *g, Expr *e) {
    int n = 0;
    Expr *t = e;
    for (; t->kind == E_BINOP && t->u.binop.op == OP_PLUS; t = t->u.binop.left) {
        if (t->type != T_STR || t->u.binop.right->type != T_STR) return false;
        n++;
    }
    if (t->kind != E_NAME || t->class_scope || t->type != T_STR || !g_str_accumulator(t->sym)) return false;
    Expr **rights = arena_alloc(g->a, sizeof(Expr *) * (size_t)n);
    int i = n;
    for (Expr *x = e; x != t; x = x->u.binop.left) rights[--i] = x->u.binop.right;
    Expr *rest = rights[0];
    for (i = 1; i < n; i++) {
        Expr *sum = expr_new(g->a, E_BINOP, rights[i]->line, rights[i]->col);
        sum->type = T_STR;
        sum->u.binop.op = OP_PLUS;
        sum->u.binop.left = rest;
        sum->u.binop.right = rights[i];
        rest = sum;
    }
    g->raw_name = t;
    call2(g, "rt_str_append", t, T_STR, rest, T_STR);
    g->raw_name = NULL;
    return true;
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
        if (g_num_spec_applies(e)) {
            g_num_spec(g, e);
            return;
        }
        call2(g, e->u.binop.inplace ? g_dyn_iop(op) : g_dyn_op(op), l, T_OBJ, r, T_OBJ);
        return;
    case T_STR:
        if (op == OP_PLUS && e->u.binop.append && emit_append(g, e)) return;
        if (op == OP_PLUS) call2(g, "rt_str_concat", l, T_STR, r, T_STR);
        else if (op == OP_PERCENT) call2(g, "rt_str_mod", l, T_STR, r, T_OBJ); /* "%d items" % n */
        else if (l->type == T_STR) call2(g, "rt_str_repeat", l, T_STR, r, T_INT);
        else {
            /* n * "s": Python evaluates n first, then the string. */
            int tn = g_temp(g, T_INT);
            g_rt(g, "rt_str_repeat");
            ir_set(F, tn);
            gx(g, l, T_INT);
            ir_close(F);
            ir_call(F, "rt_str_repeat");
            gx(g, r, T_STR);
            ir_get(F, tn);
            ir_close(F);
            g_free_temp(g, tn);
        }
        return;
    case T_BOOL: inline2(g, op == OP_AMP ? IR_I32_AND : op == OP_PIPE ? IR_I32_OR : IR_I32_XOR, l, T_BOOL, r, T_BOOL); return;
    case T_INT: {
        long long lit;
        switch (op) {
        case OP_PLUS:
        case OP_MINUS:
        case OP_STAR:
        case OP_AMP:
        case OP_PIPE:
        case OP_CARET: g_int_binop(g, op, l, r); return;
        case OP_DSLASH:
            if (g_int_small_literal(r, &lit) && lit > 0) {
                g_int_divmod_literal(g, false, l, lit);
                return;
            }
            call2r(g, safe_divisor(r) ? "rt_int_floordiv_nz" : "rt_int_floordiv", VT_I64, l, T_INT, r, T_INT);
            return;
        case OP_PERCENT:
            if (g_int_small_literal(r, &lit) && lit > 0) {
                g_int_divmod_literal(g, true, l, lit);
                return;
            }
            call2r(g, safe_divisor(r) ? "rt_int_mod_nz" : "rt_int_mod", VT_I64, l, T_INT, r, T_INT); return;
        case OP_DSTAR: call2r(g, "rt_int_pow", VT_I64, l, T_INT, r, T_INT); return;
        case OP_LSHIFT:
        case OP_RSHIFT:
            if (g_int_small_literal(r, &lit) && lit >= 0 && lit < 60) {
                g_int_shift_literal(g, op == OP_LSHIFT, l, lit);
                return;
            }
            call2r(g, op == OP_LSHIFT ? "rt_int_lshift" : "rt_int_rshift", VT_I64, l, T_INT, r, T_INT);
            return;
        default: break;
        }
        break;
    }
    case T_FLOAT:
        if (op == OP_SLASH && l->type != T_FLOAT && r->type != T_FLOAT) {
            call2r(g, "rt_int_truediv", VT_F64, l, T_INT, r, T_INT);
            return;
        }
        switch (op) {
        case OP_PLUS: inline2(g, IR_F64_ADD, l, T_FLOAT, r, T_FLOAT); return;
        case OP_MINUS: inline2(g, IR_F64_SUB, l, T_FLOAT, r, T_FLOAT); return;
        case OP_STAR: inline2(g, IR_F64_MUL, l, T_FLOAT, r, T_FLOAT); return;
        case OP_SLASH:
            if (nonzero_literal(r)) inline2(g, IR_F64_DIV, l, T_FLOAT, r, T_FLOAT); /* cannot raise */
            else float_div(g, l, r);
            return;
        case OP_DSLASH: call2(g, "rt_float_floordiv", l, T_FLOAT, r, T_FLOAT); return;
        case OP_PERCENT: call2(g, "rt_float_mod", l, T_FLOAT, r, T_FLOAT); return;
        case OP_DSTAR: call2(g, "rt_float_pow", l, T_FLOAT, r, T_FLOAT); return;
        default: break;
        }
        break;
    default: break;
    }
    diag_error(g->c, e->line, e->col, "internal error: binary operator %s on %s", op_text(op), type_name(e->type));
}

static void emit_unary(Gen *g, Expr *e) {
    Expr *x = e->u.unary.operand;
    Op op = e->u.unary.op;
    if (op == OP_NONE) {
        ir_open(F, IR_I32_EQZ);
        gcond(g, x);
        ir_close(F);
        return;
    }
    if (e->type == T_NEVER) {
        if (x->type == T_NEVER) {
            gx(g, x, T_INT);
            ir_leaf(F, IR_UNREACHABLE);
            return;
        }
        gdrop(g, x);
        g_raisef(g, RT_EXC_TYPE, "bad operand type for unary %s: '%s'", op_text(op), tname(x));
        return;
    }
    if (e->type == T_OBJ) {
        rt_open(g, op == OP_MINUS ? "rt_dyn_neg" : op == OP_PLUS ? "rt_dyn_pos" : "rt_dyn_invert");
        gx(g, x, T_OBJ);
        ir_close(F);
    } else if (op == OP_PLUS) {
        gx(g, x, e->type);
    } else if (op == OP_TILDE) {
        g_int_invert(g, x);
    } else if (e->type == T_FLOAT) {
        ir_open(F, IR_F64_NEG);
        gx(g, x, T_FLOAT);
        ir_close(F);
    } else {
        rt_open(g, "rt_int_neg");
        gx(g, x, T_INT);
        ir_close(F);
    }
}

/* ---- truth values and `and` / `or` ---------------------------------------- */

/* The truth value (i32) of an operand of type ty: an expression or a
 * value already in a local. */
static void truthy_of(Gen *g, Operand o, Type ty) {
    switch (ty) {
    case T_BOOL:
    case T_NEVER: gop(g, o, T_BOOL); break;
    case T_INT:
        ir_open(F, IR_I64_NE);
        gop(g, o, T_INT);
        ir_i64(F, 0);
        ir_close(F);
        break;
    case T_FLOAT:
        ir_open(F, IR_F64_NE);
        gop(g, o, T_FLOAT);
        ir_f64(F, 0);
        ir_close(F);
        break;
    case T_STR:
        ir_open(F, IR_I32_NE);
        ir_load(F, IR_I32_LOAD, 8);
        gop(g, o, T_STR);
        ir_close(F);
        ir_i32(F, 0);
        ir_close(F);
        break;
    case T_NONE:
        /* None, after its effects: one folded operand (an if's condition
         * takes only one) */
        ir_block(F, VT_I32, 0, 0);
        if (o.expr) gdrop(g, o.expr);
        ir_i32(F, 0);
        ir_close(F);
        break;
    case T_OBJ: {
        int t = g_temp(g, T_OBJ);
        ir_block(F, VT_I32, 0, 0);
        ir_set(F, t);
        gop(g, o, T_OBJ);
        ir_close(F);
        g_truthy_local(g, t);
        ir_close(F);
        g_free_temp(g, t);
        break;
    }
    case T_LIST: /* len != 0 */
        ir_open(F, IR_I32_NE);
        ir_load(F, IR_I32_LOAD, 8); /* RtList.len */
        gop(g, o, T_LIST);
        ir_close(F);
        ir_i32(F, 0);
        ir_close(F);
        break;
    case T_TUPLE:
    case T_DICT:
    case T_SET:
        rt_open(g, "rt_truthy");
        gop(g, o, T_OBJ);
        ir_close(F);
        break;
    default:
        if (o.expr) diag_error(g->c, o.expr->line, o.expr->col, "internal error: truth value of %s", type_name(ty));
        else ir_get(F, o.temp);
    }
}

static void truthy_temp(Gen *g, int t, Type ty) { truthy_of(g, (Operand){NULL, t, ty}, ty); }

static void gcond_at(Gen *g, Expr *e);
static void emit_compare_chain(Gen *g, Expr *e, bool value);

void gcond(Gen *g, Expr *e) {
    SiteRef here;
    const void *outer = g_expr_site_enter(g, e, &here);
    gcond_at(g, e);
    F->site_key = outer;
}

static void gcond_at(Gen *g, Expr *e) {
    if (e->hoisted) { /* computed before its statement (sema_await.c) */
        gcond_at(g, e->hoisted);
        return;
    }
    if (e->kind == E_BOOLOP) {
        /* Short-circuit on truth values only. */
        int n = e->u.boolop.values.len;
        for (int i = 0; i < n - 1; i++) {
            ir_if(F, VT_I32);
            gcond(g, e->u.boolop.values.items[i]);
            if (e->u.boolop.is_and) {
                ir_open(F, IR_THEN);
            } else {
                ir_open(F, IR_THEN);
                ir_i32(F, 1);
                ir_close(F);
                ir_open(F, IR_ELSE);
            }
        }
        gcond(g, e->u.boolop.values.items[n - 1]);
        for (int i = 0; i < n - 1; i++) {
            ir_close(F); /* then (and) / else (or) */
            if (e->u.boolop.is_and) {
                ir_open(F, IR_ELSE);
                ir_i32(F, 0);
                ir_close(F);
            }
            ir_close(F); /* if */
        }
        return;
    }
    if (e->kind == E_UNARY && e->u.unary.op == OP_NONE) {
        ir_open(F, IR_I32_EQZ);
        gcond(g, e->u.unary.operand);
        ir_close(F);
        return;
    }
    if (e->kind == E_COMPARE && e->type == T_OBJ) { /* bool(a.__lt__(b)): the same truth */
        emit_compare_chain(g, e, false);
        return;
    }
    if (g_item_truth(g, e)) return;
    truthy_of(g, op_expr(e), e->type);
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
    ir_block(F, vt(ty), 0, 0);
    ir_set(F, t);
    gx(g, v->items[i], ty);
    ir_close(F);
    ir_if(F, vt(ty));
    truthy_temp(g, t, ty);
    ir_open(F, IR_THEN);
    if (e->u.boolop.is_and) boolop_from(g, e, i + 1);
    else ir_get(F, t);
    ir_close(F);
    ir_open(F, IR_ELSE);
    if (e->u.boolop.is_and) ir_get(F, t);
    else boolop_from(g, e, i + 1);
    ir_close(F);
    ir_close(F); /* if */
    ir_close(F); /* block */
    g_free_temp(g, t);
}

/* ---- comparisons ----------------------------------------------------------- */

static const int rt_cmp_ops[] = {RT_CMP_EQ, RT_CMP_NE, RT_CMP_LT, RT_CMP_LE, RT_CMP_GT, RT_CMP_GE};

/* Comparison of two values already in locals ta and tb; emits an i32. */
static void compare_pair(Gen *g, CmpOp op, Expr *a, Expr *b, int ta, int tb) {
    /* an operand that raises sits in an int temporary (emit_compare_chain) */
    Type x = a->type == T_NEVER ? T_INT : a->type, y = b->type == T_NEVER ? T_INT : b->type;
    if (op == CMP_IN || op == CMP_NOT_IN) {
        /* item in container */
        if (op == CMP_NOT_IN) ir_open(F, IR_I32_EQZ);
        if (x == T_STR && y == T_STR) {
            rt_open(g, "rt_str_contains");
            ir_get(F, tb);
            ir_get(F, ta);
        } else {
            rt_open(g, "rt_dyn_contains");
            g_box_temp(g, tb, y);
            g_box_temp(g, ta, x);
        }
        ir_close(F);
        if (op == CMP_NOT_IN) ir_close(F);
        return;
    }
    if ((type_is_object(x) && x != T_STR) || (type_is_object(y) && y != T_STR)) {
        /* An object or container on either side: the runtime compares. */
        bool is = op == CMP_IS || op == CMP_IS_NOT;
        bool spec = g_num_spec_compare_applies(op, x, y); /* int objects inline */
        SpecCompare sc = {-1, -1};
        if (spec) sc = g_num_spec_compare_open(g, op, ta, tb, x, y);
        if (op == CMP_IS_NOT) ir_open(F, IR_I32_EQZ);
        rt_open(g, is ? "rt_dyn_is" : "rt_dyn_compare");
        g_box_temp(g, ta, x);
        g_box_temp(g, tb, y);
        if (!is) ir_i32(F, rt_cmp_ops[op]);
        ir_close(F);
        if (op == CMP_IS_NOT) ir_close(F);
        if (spec) g_num_spec_compare_close(g, sc);
        return;
    }
    bool num = type_is_number(x) && type_is_number(y);
    if (op == CMP_IS || op == CMP_IS_NOT) {
        bool same = x == y;
        if (!same || x == T_NONE) {
            ir_i32(F, (same == (op == CMP_IS)) ? 1 : 0);
            return;
        }
        /* Identity of unboxed values: equal values are the same object for
         * the small ints and interned strings users compare with `is`. */
        op = op == CMP_IS ? CMP_EQ : CMP_NE;
    }
    if (num && (x == T_FLOAT) != (y == T_FLOAT)) {
        /* int (or bool) against float: exact, as CPython compares */
        static const int swapped[] = {RT_CMP_EQ, RT_CMP_NE, RT_CMP_GT, RT_CMP_GE, RT_CMP_LT, RT_CMP_LE};
        bool int_left = x != T_FLOAT;
        int ti = int_left ? ta : tb, tf = int_left ? tb : ta;
        Type it = int_left ? x : y;
        rt_open(g, "rt_cmp_int_float");
        if (it == T_BOOL) ir_open(F, IR_I64_EXTEND_I32_U);
        ir_get(F, ti);
        if (it == T_BOOL) ir_close(F);
        ir_get(F, tf);
        ir_i32(F, int_left ? rt_cmp_ops[op] : swapped[op]);
        ir_close(F);
        return;
    }
    if (num && x == T_INT && y == T_INT) {
        g_int_compare_known(g, (CmpOp)op, ta, tb, 0, g_int_known_small(a) || g_int_known_small(b));
        return;
    }
    if (num && !(x == T_BOOL && y == T_BOOL) && x != T_FLOAT && y != T_FLOAT) {
        /* int against bool: the bool as a (small) int */
        int tbool = x == T_BOOL ? ta : tb, ti = g_temp(g, T_INT);
        ir_block(F, VT_I32, 0, 0);
        ir_set(F, ti);
        ir_open(F, IR_I64_EXTEND_I32_U);
        ir_get(F, tbool);
        ir_close(F);
        ir_close(F);
        g_int_compare(g, (CmpOp)op, x == T_BOOL ? ti : ta, x == T_BOOL ? tb : ti, 0);
        ir_close(F);
        g_free_temp(g, ti);
        return;
    }
    if (num) {
        bool fl = x == T_FLOAT || y == T_FLOAT;
        bool bo = x == T_BOOL && y == T_BOOL;
        static const IrOp f64[] = {IR_F64_EQ, IR_F64_NE, IR_F64_LT, IR_F64_LE, IR_F64_GT, IR_F64_GE};
        static const IrOp i64[] = {IR_I64_EQ, IR_I64_NE, IR_I64_LT_S, IR_I64_LE_S, IR_I64_GT_S, IR_I64_GE_S};
        static const IrOp i32[] = {IR_I32_EQ, IR_I32_NE, IR_I32_LT_U, IR_I32_LE_U, IR_I32_GT_U, IR_I32_GE_U};
        Type want = fl ? T_FLOAT : bo ? T_BOOL : T_INT;
        ir_open(F, fl ? f64[op] : bo ? i32[op] : i64[op]);
        int locals[2] = {ta, tb};
        Type types[2] = {x, y};
        for (int k = 0; k < 2; k++) {
            IrOp conv = types[k] == want ? IR_OP_COUNT
                      : types[k] == T_INT ? IR_F64_CONVERT_I64_S
                      : want == T_FLOAT ? IR_F64_CONVERT_I32_U : IR_I64_EXTEND_I32_U;
            if (conv != IR_OP_COUNT) ir_open(F, conv);
            ir_get(F, locals[k]);
            if (conv != IR_OP_COUNT) ir_close(F);
        }
        ir_close(F);
        return;
    }
    if (x == T_STR && y == T_STR) {
        if (op == CMP_EQ || op == CMP_NE) {
            if (op == CMP_NE) ir_open(F, IR_I32_EQZ);
            rt_open(g, "rt_str_eq");
            ir_get(F, ta);
            ir_get(F, tb);
            ir_close(F);
            if (op == CMP_NE) ir_close(F);
            return;
        }
        static const IrOp ops[] = {IR_I32_EQ, IR_I32_NE, IR_I32_LT_S, IR_I32_LE_S, IR_I32_GT_S, IR_I32_GE_S};
        ir_open(F, ops[op]);
        rt_open(g, "rt_str_cmp");
        ir_get(F, ta);
        ir_get(F, tb);
        ir_close(F);
        ir_i32(F, 0);
        ir_close(F);
        return;
    }
    if (x == T_NONE && y == T_NONE && (op == CMP_EQ || op == CMP_NE)) {
        ir_i32(F, op == CMP_EQ);
        return;
    }
    if (op == CMP_EQ || op == CMP_NE) {
        ir_i32(F, op == CMP_NE);
        return;
    }
    static const char *const names[] = {"==", "!=", "<", "<=", ">", ">="};
    ir_block(F, VT_I32, 0, 0);
    g_raisef(g, RT_EXC_TYPE, "'%s' not supported between instances of '%s' and '%s'", names[op], tname(a), tname(b));
    ir_close(F);
}

/* One numeric comparison: float operands, or an int against a small
 * literal, inline, no temporaries. */
static bool compare_inline(Gen *g, Expr *e) {
    if (e->u.compare.comparators.len != 1) return false;
    Expr *a = e->u.compare.left, *b = e->u.compare.comparators.items[0];
    CmpOp op = e->u.compare.ops[0];
    Type x = a->type, y = b->type;
    if (op > CMP_GE || !type_is_number(x) || !type_is_number(y) || (x == T_BOOL && y == T_BOOL)) return false;
    long long c;
    if (x == T_INT && y == T_INT && g_int_small_literal(b, &c)) {
        /* exact on any int: handles order outside the small range (rt_abi.h) */
        static const IrOp i64[] = {IR_I64_EQ, IR_I64_NE, IR_I64_LT_S, IR_I64_LE_S, IR_I64_GT_S, IR_I64_GE_S};
        inline2(g, i64[op], a, T_INT, b, T_INT);
        return true;
    }
    if (x != T_FLOAT || y != T_FLOAT) return false; /* ints: tested for bigs; int vs float: exact */
    static const IrOp f64[] = {IR_F64_EQ, IR_F64_NE, IR_F64_LT, IR_F64_LE, IR_F64_GT, IR_F64_GE};
    inline2(g, f64[op], a, T_FLOAT, b, T_FLOAT);
    return true;
}

/* One pair as a value (a comparison of type T_OBJ): the object a user's
 * method returns where one may decide (sema_compare_is_rich), else the
 * bool of compare_pair, boxed. */
static void compare_pair_value(Gen *g, CmpOp op, Expr *a, Expr *b, int ta, int tb) {
    Type x = a->type == T_NEVER ? T_INT : a->type, y = b->type == T_NEVER ? T_INT : b->type;
    if (sema_compare_is_rich(op, x, y)) {
        rt_open(g, "rt_dyn_richcompare");
        g_box_temp(g, ta, x);
        g_box_temp(g, tb, y);
        ir_i32(F, rt_cmp_ops[op]);
    } else {
        g_box_open(g, T_BOOL);
        compare_pair(g, op, a, b, ta, tb);
    }
    ir_close(F);
}

/* a < b < c: a < b and b < c, b evaluated once. As a truth value (an
 * i32: a condition, or a comparison of type T_BOOL), false at the first
 * pair that is; as a value (a comparison of type T_OBJ, some pair giving
 * an object), the first result that is false, or the last. */
static void emit_compare_chain(Gen *g, Expr *e, bool value) {
    if (!value && (compare_inline(g, e) || g_num_spec_compare_tree(g, e))) return;
    int n = e->u.compare.comparators.len;
    Expr *left = e->u.compare.left;
    Type lty = left->type == T_NEVER ? T_INT : left->type;
    int tl = g_temp(g, lty), tres = value ? g_temp(g, T_OBJ) : -1;
    /* two strs compare in the runtime, which keeps neither */
    Expr *only = n == 1 ? e->u.compare.comparators.items[0] : NULL;
    bool strs = only && lty == T_STR && only->type == T_STR;
    ir_block(F, VT_I32, 0, 0);
    ir_set(F, tl);
    if (strs) g_peek(g, left, g_may_poll(g, only));
    gx(g, left, lty);
    g_peek_end(g);
    ir_close(F);
    int opened = 0;
    for (int i = 0; i < n; i++) {
        Expr *right = e->u.compare.comparators.items[i];
        Type rty = right->type == T_NEVER ? T_INT : right->type;
        int tr = g_temp(g, rty);
        ir_set(F, tr);
        if (strs) g_peek(g, right, false);
        gx(g, right, rty);
        g_peek_end(g);
        ir_close(F);
        CmpOp op = e->u.compare.ops[i];
        if (i == n - 1) {
            if (value) compare_pair_value(g, op, left, right, tl, tr);
            else compare_pair(g, op, left, right, tl, tr);
        } else if (value) {
            ir_set(F, tres);
            compare_pair_value(g, op, left, right, tl, tr);
            ir_close(F);
            ir_if(F, VT_I32);
            rt_open(g, "rt_truthy");
            ir_get(F, tres);
            ir_close(F);
            ir_open(F, IR_THEN);
            opened++;
        } else {
            ir_if(F, VT_I32);
            compare_pair(g, op, left, right, tl, tr);
            ir_open(F, IR_THEN);
            opened++;
        }
        g_free_temp(g, tl);
        left = right;
        tl = tr;
    }
    g_free_temp(g, tl);
    for (int i = 0; i < opened; i++) {
        ir_close(F); /* then */
        ir_open(F, IR_ELSE);
        if (value) ir_get(F, tres);
        else ir_i32(F, 0);
        ir_close(F);
        ir_close(F); /* if */
    }
    ir_close(F); /* block */
    if (value) g_free_temp(g, tres);
}

/* ---- the rest ---------------------------------------------------------------- */

static void emit_ifexp(Gen *g, Expr *e) {
    ir_if(F, vt(e->type));
    gcond(g, e->u.ifexp.test);
    ir_open(F, IR_THEN);
    gx(g, e->u.ifexp.body, e->type);
    ir_close(F);
    ir_open(F, IR_ELSE);
    gx(g, e->u.ifexp.orelse, e->type);
    ir_close(F);
    ir_close(F);
}

static void emit_walrus(Gen *g, Expr *e) {
    Symbol *sym = e->u.walrus.target->sym;
    if ((Type)e->type != sym->type && e->type != T_NEVER && e->type != T_UNKNOWN) {
        /* the variable holds other types too (n = None; (n := 5) > 3): the
         * value, of its own type, is stored converted and is the result */
        int t = g_temp(g, e->type);
        ir_block(F, vt(e->type), 0, 0);
        ir_set(F, t);
        gx(g, e->u.walrus.value, e->type);
        ir_close(F);
        g_store_sym(g, sym, t, e->type);
        ir_get(F, t);
        ir_close(F);
        g_free_temp(g, t);
        return;
    }
    if (sym->kind != SYM_GLOBAL && !sym->needs_flag && !g_sym_is_cell(sym)) {
        ir_tee(F, g_local_of(g, sym));
        gx(g, e->u.walrus.value, sym->type);
        ir_close(F);
        return;
    }
    ir_block(F, vt(sym->type), 0, 0);
    gassign_sym(g, sym, e->u.walrus.value);
    g_sym_get(g, sym);
    ir_close(F);
}

void gstr(Gen *g, Expr *e, bool repr) {
    switch (e->type) {
    case T_STR:
        if (repr) {
            rt_open(g, "rt_str_repr");
            gx(g, e, T_STR);
            ir_close(F);
        } else {
            gx(g, e, T_STR);
        }
        return;
    case T_INT:
        rt_open(g, "rt_str_from_int");
        gx(g, e, T_INT);
        ir_close(F);
        return;
    case T_FLOAT:
        rt_open(g, "rt_str_from_float");
        gx(g, e, T_FLOAT);
        ir_close(F);
        return;
    case T_BOOL: {
        /* One at a time: the order of a call's arguments is unspecified
         * and decides the addresses (gcc and clang differ). */
        uint32_t s_false = g_str(g, "False", 5);
        uint32_t s_true = g_str(g, "True", 4);
        ir_open(F, IR_SELECT);
        ir_i32(F, (int32_t)s_true);
        ir_i32(F, (int32_t)s_false);
        gx(g, e, T_BOOL);
        ir_close(F);
        return;
    }
    case T_NONE:
        ir_block(F, VT_I32, 0, 0);
        gdrop(g, e);
        ir_i32(F, (int32_t)g_str(g, "None", 4));
        ir_close(F);
        return;
    case T_OBJ:
    case T_LIST:
    case T_TUPLE:
    case T_DICT:
    case T_SET:
        rt_open(g, repr ? "rt_dyn_repr" : "rt_dyn_str");
        gx(g, e, T_OBJ);
        ir_close(F);
        return;
    default: gx(g, e, T_STR); return;
    }
}

/* str(v), repr(v) or ascii(v) as conv is 's'/0, 'r' or 'a' */
static void gconverted(Gen *g, Expr *v, char conv) {
    if (conv != 'a') {
        gstr(g, v, conv == 'r');
        return;
    }
    rt_open(g, "rt_builtin_ascii");
    gx(g, v, T_OBJ);
    ir_close(F);
}

/* One {value!conversion:spec} field of an f-string, as a str. */
static void gformatted(Gen *g, Expr *part) {
    Expr *v = part->u.formatted.value, *spec = part->u.formatted.spec;
    char conv = part->u.formatted.conversion;
    if (!spec && !conv && v->type == T_OBJ) { /* format(v, ''): its class's __format__ may decide */
        rt_open(g, "rt_format_plain");
        gx(g, v, T_OBJ);
        ir_close(F);
        return;
    }
    if (!spec) {
        gconverted(g, v, conv);
        return;
    }
    /* The value waits in a rooted temporary if the spec can run code. */
    int tv;
    ir_block(F, VT_I32, 0, 0);
    if (conv) {
        tv = g_temp(g, T_STR);
        ir_set(F, tv);
        gconverted(g, v, conv);
        ir_close(F);
        rt_open(g, "rt_format_str");
    } else {
        Type ty = v->type == T_NEVER ? T_OBJ : (Type)v->type;
        const char *fn = ty == T_INT ? "rt_format_i64" : ty == T_FLOAT ? "rt_format_f64" : ty == T_STR ? "rt_format_str"
                                                                                                       : "rt_format";
        Type want = ty == T_INT || ty == T_FLOAT || ty == T_STR ? ty : T_OBJ;
        tv = g_temp(g, want);
        ir_set(F, tv);
        gx(g, v, want);
        ir_close(F);
        rt_open(g, fn);
    }
    ir_get(F, tv);
    gx(g, spec, T_STR);
    ir_close(F);
    ir_close(F);
    g_free_temp(g, tv);
}

static void fstring_part(Gen *g, Expr *part) {
    if (part->kind == E_FORMATTED) gformatted(g, part);
    else gstr(g, part, false);
}

static void emit_fstring(Gen *g, Expr *e) {
    int n = e->u.fstr.parts.len;
    bool spill = false;
    for (int i = 1; i < n; i++)
        if (g_may_poll(g, e->u.fstr.parts.items[i])) spill = true;
    if (n == 0) {
        ir_i32(F, (int32_t)g_str(g, "", 0));
        return;
    }
    g_rt(g, "rt_str_concat");
    if (spill) {
        /* every part into a rooted temporary first, then the joins */
        int *tmp = arena_alloc(g->a, sizeof(int) * (size_t)n);
        ir_block(F, VT_I32, 0, 0);
        for (int i = 0; i < n; i++) {
            tmp[i] = g_temp(g, T_STR);
            ir_set(F, tmp[i]);
            fstring_part(g, e->u.fstr.parts.items[i]);
            ir_close(F);
        }
        for (int i = 1; i < n; i++) ir_call(F, "rt_str_concat");
        for (int i = 0; i < n; i++) {
            ir_get(F, tmp[i]);
            if (i > 0) ir_close(F);
        }
        ir_close(F);
        for (int i = 0; i < n; i++) g_free_temp(g, tmp[i]);
        return;
    }
    /* concat(concat(p0, p1), p2) ... */
    for (int i = 1; i < n; i++) ir_call(F, "rt_str_concat");
    for (int i = 0; i < n; i++) {
        fstring_part(g, e->u.fstr.parts.items[i]);
        if (i > 0) ir_close(F);
    }
}

static void emit_native(Gen *g, Expr *e) {
    if (e->hoisted) { /* computed before its statement (sema_await.c) */
        g_name(g, e->hoisted);
        return;
    }
    switch (e->kind) {
    case E_INT: g_int_literal(g, e); return;
    case E_FLOAT: ir_f64(F, e->u.fval); return;
    case E_IMAG: /* 2j: the complex (0, 2) */
        g_rt(g, "rt_complex_new");
        ir_call(F, "rt_complex_new");
        ir_f64(F, 0.0);
        ir_f64(F, e->u.fval);
        ir_close(F);
        return;
    case E_STR: ir_i32(F, (int32_t)g_str(g, e->u.str.data, e->u.str.len)); return;
    case E_BYTES: ir_i32(F, (int32_t)g_bytes(g, e->u.str.data, e->u.str.len)); return;
    case E_BOOL: ir_i32(F, e->u.bval ? 1 : 0); return;
    case E_NONE: ir_i32(F, 0); return;
    case E_ELLIPSIS:
        g_rt(g, "rt_ellipsis");
        ir_call(F, "rt_ellipsis");
        ir_close(F);
        return;
    case E_NAME: g_name(g, e); return;
    case E_BINOP: emit_binop(g, e); return;
    case E_UNARY: emit_unary(g, e); return;
    case E_BOOLOP:
        if (e->type == T_BOOL) gcond(g, e);
        else boolop_from(g, e, 0);
        return;
    case E_COMPARE: emit_compare_chain(g, e, e->type == T_OBJ); return;
    case E_CALL: gcall(g, e, e->type); return;
    case E_IFEXP: emit_ifexp(g, e); return;
    case E_WALRUS: emit_walrus(g, e); return;
    case E_FSTRING: emit_fstring(g, e); return;
    case E_LIST:
    case E_TUPLE:
    case E_SET:
    case E_DICT: gdisplay(g, e); return;
    case E_SUBSCRIPT: gsubscript(g, e); return;
    case E_SLICE: g_slice_value(g, e); return;
    case E_LAMBDA: g_func_value(g, e->fn); return;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP:
    case E_GENEXP:
        if (e->fn) g_genexp(g, e);
        else gcomprehension(g, e); /* inside a comprehension: a list */
        return;
    case E_FORMATTED: gformatted(g, e); return;
    case E_ATTR: g_attr(g, e); return;
    default: break;
    }
    diag_error(g->c, e->line, e->col, "internal error: expression not lowered");
}
