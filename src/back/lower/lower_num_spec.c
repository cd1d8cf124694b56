/* Numeric speculation over trees of dynamic arithmetic.
 *
 * `dx * dx + dy * dy` on values of unknown type (list items, results of
 * function values) is three calls of rt_dyn_mul / rt_dyn_add, each boxing
 * its result. When the values are ints or floats at run time, the tree can
 * be computed unboxed and boxed once. Each node is evaluated in Python's
 * order (left operand, right operand, operator) and holds at run time an
 * int (a tagged i64, rt_abi.h), a float (an f64) or an object:
 *   - a leaf of unknown type: its object, an int or a float when its type
 *     tag says so (exactly: an instance of a subclass is an object); an
 *     int object's value is the tagged int, whatever its size;
 *   - a leaf of static type int or float: that;
 *   - an operator node:
 *       int op int (+ - *): the ints' arithmetic (inline, or rt_int_* for
 *         big ones), as for static ints;
 *       numbers, one a float or the operator `/`, the ints small (for `/`
 *         of two ints, within 2^53, where converting them is exact), the
 *         divisor of `/` nonzero: f64 arithmetic on the values converted
 *         (an int converted by rounding to nearest, as CPython's);
 *       `**` of numbers, one a float, the base above 0: rt_float_pow of
 *         the values converted, as CPython's float_pow (a negative base
 *         may give a complex, a zero one ZeroDivisionError: the runtime's);
 *       anything else: the runtime's operator on the operands as objects
 *         (an unboxed operand boxed then), exactly the plain lowering's
 *         call, which raises what it raises.
 * IEEE + - * / on floats, int arithmetic on ints and an int op float
 * computed on the int's float are what CPython computes, so no result
 * changes. A tree of one operator is speculated too: its int path boxes
 * the result (rt_box_int: the small ints are static, no allocation) but
 * skips the runtime's dispatch on both operands' types; at most
 * SPEC_MAX_OPS (the walk recurses once per operator).
 *
 * A comparison of an object with an object or an int (a condition, or a
 * bool) compares ints inline when the objects are ints
 * (g_num_spec_compare_open), anything else in the runtime as before. */
#include "lower_internal.h"

#define F (g->f)

/* Beyond this, the tree is lowered as it is (its depth bounds the walk's). */
#define SPEC_MAX_OPS 64
/* The value of an int or float object (rt_abi.h: RtInt.value, RtFloat.value). */
#define BOX_VALUE_OFFSET 8
/* Ints up to 2^53 convert to float exactly. */
#define EXACT_BIAS ((int64_t)1 << 53)

/* A node's kind at run time: an object leaf's is its type code (an int
 * object's RT_TYPE_INT, a float's RT_TYPE_FLOAT, any other code another
 * object); an operator node's one of these three. */
enum { K_OBJ = 0, K_INT = RT_TYPE_INT, K_FLOAT = RT_TYPE_FLOAT };
_Static_assert(RT_TYPE_INT != 0 && RT_TYPE_FLOAT != 0, "K_OBJ is no type code of int or float");

typedef struct Spec {
    Expr *e;
    bool is_op;     /* an operator node */
    int kind;       /* a static kind (K_INT, K_FLOAT), or -1: in temp tk */
    bool int_lit;   /* an int literal, of value lit */
    long long lit;
    int tk;         /* i32 temp: the kind now */
    int iv;         /* i64 temp: the int (op nodes, static int leaves) */
    int fv;         /* f64 temp: the float (op nodes, static float leaves) */
    int ov;         /* object temp (op nodes, object leaves) */
    const struct SpecVar *var; /* a speculated variable's leaf: ov is the
                                  variable's own local (not released), its
                                  object made by materialize */
    int tl, ti;     /* a list item's leaf (c[i]): the list and the index,
                       for the object of an item read unboxed */
} Spec;

/* A speculated variable (see lower_internal.h): its kind (K_OBJ: the
 * object in ov is its value; K_INT, K_FLOAT: the value is iv or fv, ov
 * is stale), int, float, and its own object local. */
typedef struct SpecVar {
    int kind, iv, fv, ov;
} SpecVar;

static const SpecVar *spec_var(Gen *g, const Symbol *sym) {
    return g->spec_vars.len ? strmap_get(&g->spec_vars, sym->wat_name) : NULL;
}

static bool leaf_ok(const Expr *x) { return x->type == T_OBJ || x->type == T_FLOAT || x->type == T_INT; }

static bool spec_op(const Expr *e) {
    if (e->kind != E_BINOP || e->type != T_OBJ) return false;
    Op op = e->u.binop.op;
    if (op != OP_PLUS && op != OP_MINUS && op != OP_STAR && op != OP_SLASH && op != OP_DSTAR) return false;
    return leaf_ok(e->u.binop.left) && leaf_ok(e->u.binop.right);
}

/* Operator nodes of the tree, counting stopped past limit (so that the
 * count's own recursion is bounded too). */
static int count_ops(const Expr *e, int limit) {
    if (limit <= 0 || !spec_op(e)) return 0;
    int n = 1 + count_ops(e->u.binop.left, limit - 1);
    return n + count_ops(e->u.binop.right, limit - n);
}

bool g_num_spec_applies(const Expr *e) {
    int n = count_ops(e, SPEC_MAX_OPS + 1);
    return n >= 1 && n <= SPEC_MAX_OPS;
}

static Spec spec_new(Expr *e) { return (Spec){e, false, -1, false, 0, -1, -1, -1, -1, NULL, -1, -1}; }

/* ---- reading a node ---- */

/* i32: the node's kind now */
static void kind_of(Gen *g, const Spec *s) {
    if (s->kind >= 0) ir_i32(F, s->kind);
    else ir_get(F, s->tk);
}

/* i32: the node's kind is k */
static void kind_is(Gen *g, const Spec *s, int k) {
    ir_open(F, IR_I32_EQ);
    kind_of(g, s);
    ir_i32(F, k);
    ir_close(F);
}

/* i32: both nodes' kinds are k */
static void both_kinds(Gen *g, const Spec *a, const Spec *b, int k) {
    ir_open(F, IR_I32_AND);
    kind_is(g, a, k);
    kind_is(g, b, k);
    ir_close(F);
}

/* The node's int (where it is one). */
static void int_of(Gen *g, const Spec *s) {
    if (s->int_lit) {
        ir_i64(F, s->lit);
    } else if (s->iv >= 0) {
        ir_get(F, s->iv);
    } else {
        ir_load(F, IR_I64_LOAD, BOX_VALUE_OFFSET);
        ir_get(F, s->ov);
        ir_close(F);
    }
}

/* The node's float (where it is one). */
static void float_of(Gen *g, const Spec *s) {
    if (s->fv >= 0) {
        ir_get(F, s->fv);
    } else {
        ir_load(F, IR_F64_LOAD, BOX_VALUE_OFFSET);
        ir_get(F, s->ov);
        ir_close(F);
    }
}

/* The node's number as a float (where it is a small int or a float). */
static void as_float(Gen *g, const Spec *s) {
    if (s->kind == K_FLOAT) {
        float_of(g, s);
        return;
    }
    if (s->kind == K_INT) {
        ir_open(F, IR_F64_CONVERT_I64_S);
        int_of(g, s);
        ir_close(F);
        return;
    }
    ir_if(F, VT_F64);
    kind_is(g, s, K_INT);
    ir_open(F, IR_THEN);
    ir_open(F, IR_F64_CONVERT_I64_S);
    int_of(g, s);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    float_of(g, s);
    ir_close(F);
    ir_close(F);
}

/* i32: the int is in (-bias, bias), as (v + bias) <u 2 * bias */
static void int_within(Gen *g, const Spec *s, int64_t bias) {
    ir_open(F, IR_I64_LT_U);
    ir_open(F, IR_I64_ADD);
    int_of(g, s);
    ir_i64(F, bias);
    ir_close(F);
    ir_i64(F, (int64_t)((uint64_t)bias * 2));
    ir_close(F);
}

/* i32: the node is a number the float path takes: a float, or an int that
 * is small (for `/`, within 2^53) */
static void float_ok(Gen *g, const Spec *s, Op op) {
    int64_t bias = op == OP_SLASH ? EXACT_BIAS : (int64_t)1 << 61; /* small: [-2^61, 2^61) */
    if (s->kind == K_FLOAT) {
        ir_i32(F, 1);
        return;
    }
    if (s->int_lit) {
        ir_i32(F, s->lit > -bias && s->lit < bias);
        return;
    }
    ir_if(F, VT_I32);
    kind_is(g, s, K_INT);
    ir_open(F, IR_THEN);
    int_within(g, s, bias);
    ir_close(F);
    ir_open(F, IR_ELSE);
    if (s->kind == K_INT) ir_i32(F, 0);
    else kind_is(g, s, K_FLOAT);
    ir_close(F);
    ir_close(F);
}

static void materialize(Gen *g, const SpecVar *v);

/* The node's value as an object: what the plain lowering would have had. */
static void object_of(Gen *g, const Spec *s) {
    if (s->var) { /* the variable's object, made once (its identity kept) */
        materialize(g, s->var);
        return;
    }
    if (s->int_lit) {
        gx(g, s->e, T_OBJ); /* a constant */
        return;
    }
    if (s->tl >= 0) { /* a list item's: its object, or the item's box made now */
        g_rt(g, "rt_list_float_box");
        ir_if(F, VT_I32);
        ir_get(F, s->ov);
        ir_open(F, IR_THEN);
        ir_get(F, s->ov);
        ir_close(F);
        ir_open(F, IR_ELSE);
        ir_call(F, "rt_list_float_box");
        ir_get(F, s->tl);
        ir_open(F, IR_I32_WRAP_I64);
        ir_get(F, s->ti);
        ir_close(F);
        ir_get(F, s->fv);
        ir_close(F);
        ir_close(F);
        ir_close(F);
        return;
    }
    if (!s->is_op && s->kind < 0) {
        ir_get(F, s->ov);
        return;
    }
    if (s->kind == K_INT && s->iv >= 0) {
        g_box_int_local(g, s->iv);
        return;
    }
    if (s->kind == K_INT || s->kind == K_FLOAT) {
        ir_call(F, s->kind == K_INT ? "rt_box_int" : "rt_box_float");
        if (s->kind == K_INT) int_of(g, s);
        else float_of(g, s);
        ir_close(F);
        return;
    }
    /* an operator node: (if (result i32) (kind == INT) (then box int) (else <float or object>)),
     * the int branch left out when the node makes no int */
    if (s->iv >= 0) {
        ir_if(F, VT_I32);
        kind_is(g, s, K_INT);
        ir_open(F, IR_THEN);
        g_box_int_local(g, s->iv);
        ir_close(F);
        ir_open(F, IR_ELSE);
    }
    /* (if (result i32) (kind == FLOAT) (then box float) (else ov)) */
    ir_if(F, VT_I32);
    kind_is(g, s, K_FLOAT);
    ir_open(F, IR_THEN);
    ir_call(F, "rt_box_float");
    float_of(g, s);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_get(F, s->ov);
    ir_close(F);
    ir_close(F);
    if (s->iv >= 0) {
        ir_close(F); /* else */
        ir_close(F); /* if */
    }
}

static void release(Gen *g, const Spec *s) {
    if (s->tl >= 0) g_free_temp(g, s->tl);
    if (s->ti >= 0) g_free_temp(g, s->ti);
    if (s->tk >= 0) g_free_temp(g, s->tk);
    if (s->iv >= 0) g_free_temp(g, s->iv);
    if (s->fv >= 0) g_free_temp(g, s->fv);
    if (s->ov >= 0 && !s->var) g_free_temp(g, s->ov);
}

/* ---- evaluating a tree ---- */

/* An object already in temp ov as a leaf (the item an augmented
 * assignment read): its kind is its type code,
 * (local.set tk (i32.and (i32.load ov) MASK)). */
static void object_leaf(Gen *g, int ov, Spec *s) {
    s->ov = ov;
    s->tk = g_temp(g, T_BOOL);
    ir_set(F, s->tk);
    g_type_code(F, s->ov);
    ir_close(F);
}

static void combine(Gen *g, Op op, bool inplace, const Spec *a, const Spec *b, Spec *s);
static void var_leaf(Gen *g, const SpecVar *v, Spec *s);

static void eval(Gen *g, Expr *e, Spec *s) {
    *s = spec_new(e);
    const SpecVar *v = e->kind == E_NAME && e->sym && !e->class_scope ? spec_var(g, e->sym) : NULL;
    if (v) {
        var_leaf(g, v, s);
        return;
    }
    if (spec_op(e)) {
        Spec a, b;
        eval(g, e->u.binop.left, &a);
        eval(g, e->u.binop.right, &b);
        /* a failing operator's traceback points at its own node, as the
         * plain lowering's (gx enters each expression's site) */
        SiteRef here;
        const void *outer = g_expr_site_enter(g, e, &here);
        combine(g, e->u.binop.op, e->u.binop.inplace, &a, &b, s);
        F->site_key = outer;
        release(g, &a);
        release(g, &b);
        return;
    }
    if (g_float_item_applies(g, e)) { /* c[i]: a list of floats' item unboxed */
        s->tl = g_temp(g, T_OBJ);
        s->ti = g_temp(g, T_INT);
        s->tk = g_temp(g, T_BOOL);
        s->fv = g_temp(g, T_FLOAT);
        s->ov = g_temp(g, T_OBJ);
        g_float_item_leaf(g, e, s->tl, s->ti, s->tk, s->fv, s->ov);
        return;
    }
    if (e->type == T_INT) {
        s->kind = K_INT;
        if (g_int_small_literal(e, &s->lit)) {
            s->int_lit = true;
            return;
        }
        s->iv = g_temp(g, T_INT);
        ir_set(F, s->iv);
        gx(g, e, T_INT);
        ir_close(F);
    } else if (e->type == T_FLOAT) {
        s->kind = K_FLOAT;
        s->fv = g_temp(g, T_FLOAT);
        ir_set(F, s->fv);
        gx(g, e, T_FLOAT);
        ir_close(F);
    } else {
        int ov = g_temp(g, T_OBJ);
        ir_set(F, ov);
        gx(g, e, T_OBJ);
        ir_close(F);
        object_leaf(g, ov, s);
    }
}

static IrOp float_op(Op op) {
    return op == OP_PLUS ? IR_F64_ADD : op == OP_MINUS ? IR_F64_SUB : op == OP_STAR ? IR_F64_MUL : IR_F64_DIV;
}

/* i32: the node's number (float_ok for op, or a float) compares with 0
 * by cmp (`/`: a divisor not 0; `**`: a base above 0); its value is read
 * only when it is one */
static void number_test(Gen *g, const Spec *b, Op op, bool as_number, IrOp cmp) {
    ir_if(F, VT_I32);
    if (as_number) float_ok(g, b, op);
    else kind_is(g, b, K_FLOAT);
    ir_open(F, IR_THEN);
    ir_open(F, cmp);
    if (as_number) as_float(g, b);
    else float_of(g, b);
    ir_f64(F, 0.0);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_i32(F, 0);
    ir_close(F);
    ir_close(F);
}

/* (local.set fv (f64.op x y)) (local.set tk FLOAT), x and y the operands'
 * floats (converted when mixed) */
static void float_result(Gen *g, Op op, const Spec *a, const Spec *b, Spec *s, bool mixed) {
    ir_set(F, s->fv);
    if (op == OP_DSTAR) ir_call(F, "rt_float_pow"); /* may raise OverflowError */
    else ir_open(F, float_op(op));
    if (mixed) as_float(g, a);
    else float_of(g, a);
    if (mixed) as_float(g, b);
    else float_of(g, b);
    ir_close(F);
    ir_close(F);
    ir_set(F, s->tk);
    ir_i32(F, K_FLOAT);
    ir_close(F);
}

/* (if (a and b floats [numbers when mixed] [&& b != 0 for /] [&& a > 0
 *      and, when mixed, a float among them for **])
 *   (then fv = a op b, kind = FLOAT) (else ...: left open for the next path)
 * A base of ** above 0 is what keeps CPython's float_pow from a complex
 * result or ZeroDivisionError; two ints are the runtime's. */
static void float_path(Gen *g, Op op, const Spec *a, const Spec *b, Spec *s, bool mixed) {
    ir_if(F, VT_NONE);
    int extra = (op == OP_SLASH) + (op == OP_DSTAR) + (op == OP_DSTAR && mixed);
    for (int i = 0; i < extra; i++) ir_open(F, IR_I32_AND);
    ir_open(F, IR_I32_AND);
    if (mixed) {
        float_ok(g, a, op);
        float_ok(g, b, op);
    } else {
        kind_is(g, a, K_FLOAT);
        kind_is(g, b, K_FLOAT);
    }
    ir_close(F);
    if (op == OP_SLASH) {
        number_test(g, b, op, mixed, IR_F64_NE);
        ir_close(F);
    }
    if (op == OP_DSTAR) {
        number_test(g, a, op, mixed, IR_F64_GT);
        ir_close(F);
    }
    if (op == OP_DSTAR && mixed) {
        ir_open(F, IR_I32_OR);
        kind_is(g, a, K_FLOAT);
        kind_is(g, b, K_FLOAT);
        ir_close(F);
        ir_close(F);
    }
    ir_open(F, IR_THEN);
    float_result(g, op, a, b, s, mixed);
    ir_close(F);
    ir_open(F, IR_ELSE);
}

/* The operator node s of operands a and b (evaluated): kind in s->tk, and
 * the int, float or object in s->iv, fv or ov. The paths, first that
 * applies (those the operands' static kinds rule out left out):
 *   two floats (a nonzero divisor; for **, a base above 0): f64;
 *   two ints, not `/` or `**`: the ints' arithmetic;
 *   numbers, an int among them (float_ok), a nonzero divisor (for **, a
 *     float among them and a base above 0): f64 of the converted values;
 *   else the runtime's operator on objects. */
static void combine(Gen *g, Op op, bool inplace, const Spec *a, const Spec *b, Spec *s) {
    bool floats = a->kind != K_INT && b->kind != K_INT;
    bool ints = op != OP_SLASH && op != OP_DSTAR && a->kind != K_FLOAT && b->kind != K_FLOAT;
    s->is_op = true;
    s->tk = g_temp(g, T_BOOL);
    s->iv = ints ? g_temp(g, T_INT) : -1; /* no int result: no int temp */
    s->fv = g_temp(g, T_FLOAT);
    s->ov = g_temp(g, T_OBJ);
    if (s->iv >= 0) {
        /* read (and scanned by the collector, as a live int temp) on every
         * path: no stale handle of a big int collected since */
        ir_set(F, s->iv);
        ir_i64(F, 0);
        ir_close(F);
    }
    bool mixed = a->kind != K_FLOAT || b->kind != K_FLOAT; /* an int possible */
    int opened = 0;
    if (floats) {
        float_path(g, op, a, b, s, false);
        opened++;
    }
    if (ints) {
        ir_if(F, VT_NONE);
        both_kinds(g, a, b, K_INT);
        ir_open(F, IR_THEN);
        int xa = g_temp(g, T_INT), xb = g_temp(g, T_INT);
        ir_set(F, xa);
        int_of(g, a);
        ir_close(F);
        ir_set(F, xb);
        int_of(g, b);
        ir_close(F);
        ir_set(F, s->iv);
        g_int_op_temps(g, op, xa, xb);
        ir_close(F);
        g_free_temp(g, xa);
        g_free_temp(g, xb);
        ir_set(F, s->tk);
        ir_i32(F, K_INT);
        ir_close(F);
        ir_close(F); /* then */
        ir_open(F, IR_ELSE);
        opened++;
    }
    if (mixed) {
        float_path(g, op, a, b, s, true);
        opened++;
    }
    /* boxing allocates but never collects: a's box needs no root while b's is made */
    const char *fn = inplace ? g_dyn_iop(op) : g_dyn_op(op);
    g_rt(g, fn);
    ir_set(F, s->ov);
    ir_call(F, fn);
    object_of(g, a);
    object_of(g, b);
    ir_close(F);
    ir_close(F);
    ir_set(F, s->tk);
    ir_i32(F, K_OBJ);
    ir_close(F);
    while (opened--) {
        ir_close(F); /* else */
        ir_close(F); /* if */
    }
}

static void link(Gen *g) {
    g_rt(g, "rt_box_int");
    g_rt(g, "rt_box_float");
    g_rt(g, "rt_float_pow");
}

void g_num_spec(Gen *g, Expr *e) {
    link(g);
    Spec s;
    eval(g, e, &s);
    object_of(g, &s);
    release(g, &s);
}

bool g_num_spec_iop_applies(Op op, const Expr *value) {
    if (op != OP_PLUS && op != OP_MINUS && op != OP_STAR && op != OP_SLASH) return false;
    if (value->type == T_FLOAT || value->type == T_INT) return true;
    int n = count_ops(value, SPEC_MAX_OPS);
    return n >= 1 && n < SPEC_MAX_OPS;
}

void g_num_spec_iop(Gen *g, Op op, int tv, Expr *value) {
    link(g);
    Spec a = spec_new(NULL), b, s = spec_new(value);
    object_leaf(g, tv, &a);
    eval(g, value, &b);
    combine(g, op, true, &a, &b, &s);
    release(g, &b);
    g_free_temp(g, a.tk); /* a.ov is the caller's */
    object_of(g, &s);
    release(g, &s);
}

/* container[i] op= value, the container in temp tc and the int i in tk
 * (lk: what the container is known to be): the item is read as a list
 * item's leaf (a list of floats' unboxed), the tree computed, and a float
 * result stored back unboxed while the container is (still) a list of
 * floats with that index; anything else as an object (g_item_set_int). */
void g_num_spec_item_iop(Gen *g, Op op, int tc, int tk, ListKnown lk, const Expr *target, Expr *value) {
    link(g);
    Spec a = spec_new(NULL), b, s = spec_new(value);
    a.tl = tc, a.ti = tk; /* the caller's */
    a.tk = g_temp(g, T_BOOL);
    a.fv = g_temp(g, T_FLOAT);
    a.ov = g_temp(g, T_OBJ);
    /* the item read and written at the subscript's site, as CPython */
    SiteRef here;
    const void *outer = g_expr_site_enter(g, target, &here);
    g_float_item_read(g, tc, tk, lk, a.tk, a.fv, a.ov);
    F->site_key = outer;
    eval(g, value, &b);
    combine(g, op, true, &a, &b, &s);
    release(g, &b);
    g_free_temp(g, a.tk), g_free_temp(g, a.fv), g_free_temp(g, a.ov);
    ir_if(F, VT_NONE);
    ir_open(F, IR_I32_AND);
    kind_is(g, &s, K_FLOAT);
    g_float_item_ok(g, tc, tk);
    ir_close(F);
    ir_open(F, IR_THEN);
    g_float_item_store(g, tc, tk, s.fv);
    ir_close(F);
    ir_open(F, IR_ELSE);
    int tv = g_temp(g, T_OBJ);
    ir_set(F, tv);
    object_of(g, &s);
    ir_close(F);
    outer = g_expr_site_enter(g, target, &here);
    g_item_set_int(g, tc, tk, tv, lk, NULL);
    F->site_key = outer;
    g_free_temp(g, tv);
    ir_close(F);
    ir_close(F);
    release(g, &s);
}

/* ---- single comparisons ---- */

bool g_num_spec_compare_applies(CmpOp op, Type x, Type y) {
    if (op > CMP_GE) return false;
    return (x == T_OBJ && (y == T_OBJ || y == T_INT)) || (x == T_INT && y == T_OBJ);
}

SpecCompare g_num_spec_compare_open(Gen *g, CmpOp op, int ta, int tb, Type x, Type y) {
    SpecCompare s = {x == T_INT ? -1 : g_temp(g, T_INT), y == T_INT ? -1 : g_temp(g, T_INT)};
    ir_if(F, VT_I32);
    if (s.ia >= 0 && s.ib >= 0) ir_open(F, IR_I32_AND);
    if (s.ia >= 0) g_type_is(F, ta, RT_TYPE_INT); /* a bool is not */
    if (s.ib >= 0) g_type_is(F, tb, RT_TYPE_INT);
    if (s.ia >= 0 && s.ib >= 0) ir_close(F);
    ir_open(F, IR_THEN);
    if (s.ia >= 0) g_int_object_value(F, s.ia, ta);
    if (s.ib >= 0) g_int_object_value(F, s.ib, tb);
    g_int_compare(g, op, s.ia >= 0 ? s.ia : ta, s.ib >= 0 ? s.ib : tb, 0);
    ir_close(F);
    ir_open(F, IR_ELSE);
    return s;
}

void g_num_spec_compare_close(Gen *g, SpecCompare s) {
    ir_close(F); /* else */
    ir_close(F); /* if */
    if (s.ia >= 0) g_free_temp(g, s.ia);
    if (s.ib >= 0) g_free_temp(g, s.ib);
}

/* ---- speculated variables ---- */

/* The variable's leaf, as an operator node's (kind, int and float in
 * temps) but for its object, which is the variable's: its kind and values
 * when unboxed, else its object's type code and value, as object_leaf
 * reads them. Nothing stores into the variable while a tree is evaluated
 * (sema: no walrus binds it), so its object may be made later, by
 * object_of.
 *   (if (kind) (then tk = kind, iv = iv, fv = fv)
 *     (else tk = type code of ov, iv = ov's int or 0, fv = ov's float))
 * An int temp only ever holds an int: the collector takes one outside the
 * small range for a big int's handle. (The float read of an object that
 * is no float reads memory the object or the next one owns, unused.) */
static void var_leaf(Gen *g, const SpecVar *v, Spec *s) {
    s->is_op = true;
    s->var = v;
    s->ov = v->ov;
    s->tk = g_temp(g, T_BOOL);
    s->iv = g_temp(g, T_INT);
    s->fv = g_temp(g, T_FLOAT);
    ir_if(F, VT_NONE);
    ir_get(F, v->kind);
    ir_open(F, IR_THEN);
    ir_set(F, s->tk);
    ir_get(F, v->kind);
    ir_close(F);
    ir_set(F, s->iv);
    ir_get(F, v->iv);
    ir_close(F);
    ir_set(F, s->fv);
    ir_get(F, v->fv);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_set(F, s->tk);
    g_type_code(F, v->ov);
    ir_close(F);
    ir_set(F, s->iv);
    ir_open(F, IR_SELECT);
    ir_load(F, IR_I64_LOAD, BOX_VALUE_OFFSET);
    ir_get(F, v->ov);
    ir_close(F);
    ir_i64(F, 0);
    kind_is(g, s, K_INT);
    ir_close(F);
    ir_close(F);
    ir_set(F, s->fv);
    ir_load(F, IR_F64_LOAD, BOX_VALUE_OFFSET);
    ir_get(F, v->ov);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    ir_close(F);
}

/* i32: the variable's object, boxed and kept once when its value is
 * unboxed (boxing allocates but never collects): its parts read as an
 * operator node's (object_of boxes by kind, or gives the object), then
 *   (block (result i32) (ov = <that>) (kind = OBJ) ov) */
static void materialize(Gen *g, const SpecVar *v) {
    Spec s = spec_new(NULL);
    s.is_op = true;
    s.tk = v->kind, s.iv = v->iv, s.fv = v->fv, s.ov = v->ov;
    link(g);
    ir_block(F, VT_I32, 0, 0);
    ir_set(F, v->ov);
    object_of(g, &s);
    ir_close(F);
    ir_set(F, v->kind);
    ir_i32(F, K_OBJ);
    ir_close(F);
    ir_get(F, v->ov);
    ir_close(F); /* block */
}

bool g_spec_var_get(Gen *g, const Symbol *sym) {
    const SpecVar *v = spec_var(g, sym);
    if (v) materialize(g, v);
    return v != NULL;
}

void g_spec_var_stored(Gen *g, const Symbol *sym) {
    const SpecVar *v = spec_var(g, sym);
    if (!v) return;
    ir_set(F, v->kind);
    ir_i32(F, K_OBJ);
    ir_close(F);
}

bool g_spec_var_assign(Gen *g, Symbol *sym, Expr *value) {
    const SpecVar *v = spec_var(g, sym);
    if (!v || g->class_ns >= 0 || !g_num_spec_applies(value)) return false;
    link(g);
    Spec s;
    eval(g, value, &s);
    /* the tree's root is an operator node: its kind, its int only when it
     * is one (the variable's int local, which the collector scans, holds
     * no stale handle), its float, its object only when it is one */
    ir_set(F, v->kind);
    ir_get(F, s.tk);
    ir_close(F);
    if (s.iv >= 0) {
        ir_if(F, VT_NONE);
        kind_is(g, &s, K_INT);
        ir_open(F, IR_THEN);
        ir_set(F, v->iv);
        ir_get(F, s.iv);
        ir_close(F);
        ir_close(F);
        ir_close(F);
    }
    ir_set(F, v->fv);
    ir_get(F, s.fv);
    ir_close(F);
    ir_if(F, VT_NONE);
    ir_open(F, IR_I32_EQZ);
    ir_get(F, s.tk);
    ir_close(F);
    ir_open(F, IR_THEN);
    ir_set(F, v->ov);
    ir_get(F, s.ov);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    release(g, &s);
    return true;
}

/* Which of the function's variables are speculated: a local (or
 * parameter) of unknown type, in no cell, needing no bound flag, bound by
 * no walrus, that some `name = tree` (`name op= value`, `name: T = tree`)
 * gives a speculated tree's value, and none an int's tree. The walk looks
 * at statements only: nested defs and classes are functions of their own.
 *
 * An int's tree (`j -= 1`, `k = k + i` with i an int: an int leaf, no `/`,
 * `**` or float leaf) makes a counter or an index, which comparisons and
 * subscripts read as an object: kept boxed, it is boxed once per store
 * (the small ints are static), where unboxed it would be boxed at every
 * such read. */
typedef struct Candidate {
    Symbol *sym;
    bool int_tree; /* some tree assigned to it is an int's */
} Candidate;

/* What a speculated tree's leaves and operators say of its value: an int
 * among its leaves, a float (a float leaf, `/`, `**`). */
static void tree_evidence(const Expr *e, bool *ints, bool *floats) {
    if (!spec_op(e)) {
        if (e->type == T_INT) *ints = true;
        if (e->type == T_FLOAT) *floats = true;
        return;
    }
    if (e->u.binop.op == OP_SLASH || e->u.binop.op == OP_DSTAR) *floats = true;
    tree_evidence(e->u.binop.left, ints, floats);
    tree_evidence(e->u.binop.right, ints, floats);
}

static void mark_var(Gen *g, StrMap *cands, Symbol *sym, const Expr *target, Expr *value) {
    if (!sym || target->class_scope || (sym->kind != SYM_LOCAL && sym->kind != SYM_PARAM) || sym->type != T_OBJ ||
        g_sym_is_cell(sym) || sym->needs_flag || sym->walrus || !g_num_spec_applies(value))
        return;
    Candidate *c = strmap_get(cands, sym->wat_name);
    if (!c) {
        c = arena_alloc(&g->fn_arena, sizeof *c);
        c->sym = sym;
        strmap_put(&g->fn_arena, cands, sym->wat_name, c);
    }
    bool ints = false, floats = false;
    tree_evidence(value, &ints, &floats); /* bounded: g_num_spec_applies counted its operators */
    if (ints && !floats) c->int_tree = true;
}

static void declare_var(Gen *g, Symbol *sym) {
    SpecVar *v = arena_alloc(&g->fn_arena, sizeof *v);
    v->ov = g_local_of(g, sym);
    v->kind = ir_local(F, IRL_VAR, arena_printf(&g->fn_arena, "k_%s", sym->wat_name), VT_I32, false);
    v->iv = ir_local(F, IRL_VAR, arena_printf(&g->fn_arena, "i_%s", sym->wat_name), VT_I64, false);
    v->fv = ir_local(F, IRL_VAR, arena_printf(&g->fn_arena, "f_%s", sym->wat_name), VT_F64, false);
    strmap_put(&g->fn_arena, &g->spec_vars, sym->wat_name, v);
}

static void mark_stmts(Gen *g, StrMap *cands, const PtrVec *body) {
    for (int i = 0; i < body->len; i++) {
        Stmt *st = body->items[i];
        switch (st->kind) {
        case S_ASSIGN: {
            Expr *t = st->u.assign.targets.items[0];
            if (st->u.assign.targets.len == 1 && t->kind == E_NAME) mark_var(g, cands, t->sym, t, st->u.assign.value);
            break;
        }
        case S_AUGASSIGN: {
            Expr *t = st->u.augassign.target;
            if (t->kind == E_NAME && st->aug_binop) mark_var(g, cands, t->sym, t, st->aug_binop);
            break;
        }
        case S_ANNASSIGN: {
            Expr *t = st->u.annassign.target;
            if (t->kind == E_NAME && st->u.annassign.value) mark_var(g, cands, t->sym, t, st->u.annassign.value);
            break;
        }
        case S_IF:
            mark_stmts(g, cands, &st->u.if_.body);
            mark_stmts(g, cands, &st->u.if_.orelse);
            break;
        case S_WHILE:
            mark_stmts(g, cands, &st->u.while_.body);
            mark_stmts(g, cands, &st->u.while_.orelse);
            break;
        case S_FOR:
            mark_stmts(g, cands, &st->u.for_.body);
            mark_stmts(g, cands, &st->u.for_.orelse);
            break;
        case S_TRY:
            mark_stmts(g, cands, &st->u.try_.body);
            for (int k = 0; k < st->u.try_.handlers.len; k++)
                mark_stmts(g, cands, &((ExceptHandler *)st->u.try_.handlers.items[k])->body);
            mark_stmts(g, cands, &st->u.try_.orelse);
            mark_stmts(g, cands, &st->u.try_.finalbody);
            break;
        case S_WITH: mark_stmts(g, cands, st->meaning ? st->meaning : &st->u.with.body); break;
        case S_MATCH:
            for (int k = 0; k < st->u.match.cases.len; k++) mark_stmts(g, cands, &((MatchCase *)st->u.match.cases.items[k])->body);
            break;
        default: break;
        }
    }
}

void g_spec_vars_declare(Gen *g, Function *fn) {
    if (fn->is_main || fn->is_generator || fn->is_coroutine) return;
    StrMap cands = {0};
    mark_stmts(g, &cands, &fn->body);
    /* in the order of the function's variables: the locals' numbering
     * does not depend on the map's */
    for (int i = 0; cands.len && i < fn->locals.len; i++) {
        Symbol *sym = fn->locals.items[i];
        Candidate *c = strmap_get(&cands, sym->wat_name);
        if (c && !c->int_tree) declare_var(g, sym);
    }
}

/* ---- comparisons of speculated values ---- */

/* A leaf worth evaluating as a speculated node for a comparison: a
 * speculated variable (read without boxing it) or a tree. */
static bool spec_worthy(Gen *g, const Expr *x) {
    if (x->kind == E_NAME && x->sym && !x->class_scope && spec_var(g, x->sym)) return true;
    return g_num_spec_applies(x);
}

bool g_num_spec_compare_tree(Gen *g, Expr *e) {
    if (e->kind != E_COMPARE || e->u.compare.comparators.len != 1) return false;
    Expr *l = e->u.compare.left, *r = e->u.compare.comparators.items[0];
    CmpOp op = e->u.compare.ops[0];
    if (op > CMP_GE || !leaf_ok(l) || !leaf_ok(r) || (l->type != T_OBJ && r->type != T_OBJ)) return false;
    if (!spec_worthy(g, l) && !spec_worthy(g, r)) return false;
    static const IrOp f64[] = {IR_F64_EQ, IR_F64_NE, IR_F64_LT, IR_F64_LE, IR_F64_GT, IR_F64_GE};
    static const int rt_ops[] = {RT_CMP_EQ, RT_CMP_NE, RT_CMP_LT, RT_CMP_LE, RT_CMP_GT, RT_CMP_GE};
    link(g);
    g_rt(g, "rt_dyn_compare");
    Spec a, b;
    ir_block(F, VT_I32, 0, 0);
    eval(g, l, &a);
    eval(g, r, &b);
    /* (if (result i32) (two ints) (then <the ints compared, big ones by
     *   rt_int_cmp>) (else (if (result i32) (two floats) (then f64 op)
     *   (else rt_dyn_compare of the objects)))) */
    /* the paths the operands' static kinds rule out are left out */
    bool ints = a.kind != K_FLOAT && b.kind != K_FLOAT, floats = a.kind != K_INT && b.kind != K_INT;
    int xa = ints ? g_temp(g, T_INT) : -1, xb = ints ? g_temp(g, T_INT) : -1;
    if (ints) {
        ir_if(F, VT_I32);
        both_kinds(g, &a, &b, K_INT);
        ir_open(F, IR_THEN);
        ir_set(F, xa);
        int_of(g, &a);
        ir_close(F);
        ir_set(F, xb);
        int_of(g, &b);
        ir_close(F);
        g_int_compare(g, op, xa, xb, 0);
        ir_close(F);
        ir_open(F, IR_ELSE);
    }
    if (floats) {
        ir_if(F, VT_I32);
        both_kinds(g, &a, &b, K_FLOAT);
        ir_open(F, IR_THEN);
        ir_open(F, f64[op]);
        float_of(g, &a);
        float_of(g, &b);
        ir_close(F);
        ir_close(F);
        ir_open(F, IR_ELSE);
    }
    SiteRef here; /* a failing comparison points at itself */
    const void *outer = g_expr_site_enter(g, e, &here);
    ir_call(F, "rt_dyn_compare");
    object_of(g, &a);
    object_of(g, &b);
    ir_i32(F, rt_ops[op]);
    ir_close(F);
    F->site_key = outer;
    for (int paths = ints + floats; paths > 0; paths--) {
        ir_close(F); /* else */
        ir_close(F); /* if */
    }
    ir_close(F); /* block */
    if (ints) {
        g_free_temp(g, xa);
        g_free_temp(g, xb);
    }
    release(g, &a);
    release(g, &b);
    return true;
}
