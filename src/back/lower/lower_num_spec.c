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
 *       anything else: the runtime's operator on the operands as objects
 *         (an unboxed operand boxed then), exactly the plain lowering's
 *         call, which raises what it raises.
 * IEEE + - * / on floats, int arithmetic on ints and an int op float
 * computed on the int's float are what CPython computes, so no result
 * changes. Only trees of at least two operators are speculated (one saves
 * no box), and at most SPEC_MAX_OPS (the walk recurses once per
 * operator). */
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
} Spec;

static bool leaf_ok(const Expr *x) { return x->type == T_OBJ || x->type == T_FLOAT || x->type == T_INT; }

static bool spec_op(const Expr *e) {
    if (e->kind != E_BINOP || e->type != T_OBJ) return false;
    Op op = e->u.binop.op;
    if (op != OP_PLUS && op != OP_MINUS && op != OP_STAR && op != OP_SLASH) return false;
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
    return n >= 2 && n <= SPEC_MAX_OPS;
}

static Spec spec_new(Expr *e) { return (Spec){e, false, -1, false, 0, -1, -1, -1, -1}; }

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

/* The node's value as an object: what the plain lowering would have had. */
static void object_of(Gen *g, const Spec *s) {
    if (s->int_lit) {
        gx(g, s->e, T_OBJ); /* a constant */
        return;
    }
    if (!s->is_op && s->kind < 0) {
        ir_get(F, s->ov);
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
        ir_call(F, "rt_box_int");
        int_of(g, s);
        ir_close(F);
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
    if (s->tk >= 0) g_free_temp(g, s->tk);
    if (s->iv >= 0) g_free_temp(g, s->iv);
    if (s->fv >= 0) g_free_temp(g, s->fv);
    if (s->ov >= 0) g_free_temp(g, s->ov);
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

static void eval(Gen *g, Expr *e, Spec *s) {
    *s = spec_new(e);
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

/* i32: for `/`, the divisor's number (b float_ok or a float) is not 0;
 * b's value is read only when b is one */
static void nonzero_divisor(Gen *g, const Spec *b, bool as_number) {
    ir_if(F, VT_I32);
    if (as_number) float_ok(g, b, OP_SLASH);
    else kind_is(g, b, K_FLOAT);
    ir_open(F, IR_THEN);
    ir_open(F, IR_F64_NE);
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
    ir_open(F, float_op(op));
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

/* (if (a and b floats [numbers when mixed] [&& b != 0 for /])
 *   (then fv = a op b, kind = FLOAT) (else ...: left open for the next path) */
static void float_path(Gen *g, Op op, const Spec *a, const Spec *b, Spec *s, bool mixed) {
    ir_if(F, VT_NONE);
    if (op == OP_SLASH) ir_open(F, IR_I32_AND);
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
        nonzero_divisor(g, b, mixed);
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
 *   two floats (a nonzero divisor): f64;
 *   two ints, not `/`: the ints' arithmetic;
 *   numbers, an int among them (float_ok), a nonzero divisor: f64 of the
 *     converted values;
 *   else the runtime's operator on objects. */
static void combine(Gen *g, Op op, bool inplace, const Spec *a, const Spec *b, Spec *s) {
    bool floats = a->kind != K_INT && b->kind != K_INT;
    bool ints = op != OP_SLASH && a->kind != K_FLOAT && b->kind != K_FLOAT;
    s->is_op = true;
    s->tk = g_temp(g, T_BOOL);
    s->iv = ints ? g_temp(g, T_INT) : -1; /* no int result: no int temp */
    s->fv = g_temp(g, T_FLOAT);
    s->ov = g_temp(g, T_OBJ);
    bool mixed = a->kind != K_FLOAT || b->kind != K_FLOAT; /* an int possible */
    int opened = 0;
    if (floats) {
        float_path(g, op, a, b, s, false);
        opened++;
    }
    if (ints) {
        ir_if(F, VT_NONE);
        ir_open(F, IR_I32_AND);
        kind_is(g, a, K_INT);
        kind_is(g, b, K_INT);
        ir_close(F);
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
