/* Float speculation over trees of dynamic arithmetic.
 *
 * `dx * dx + dy * dy` on values of unknown type (list items, function
 * values' results) is three calls of rt_dyn_mul / rt_dyn_add, each boxing
 * its result as a new float. When the values are floats at run time (as in
 * nbody or spectral-norm), the tree can be computed in f64 and boxed once.
 * Each node of the tree is evaluated in Python's order (left operand, right
 * operand, operator) and yields at run time either a float held unboxed or
 * an object:
 *   - a leaf of unknown type: its object, a float when its type tag is
 *     float (exactly float: a subclass's instance is not);
 *   - a leaf of static type float, or an int literal (exactly converted):
 *     always a float;
 *   - an operator node: f64 arithmetic when both operands are floats (and,
 *     for `/`, the divisor is not zero: ZeroDivisionError is the runtime's
 *     to raise), else the runtime's operator on the operands as objects
 *     (a float operand boxed then, an int literal as that int), exactly
 *     the call the plain lowering makes.
 * IEEE +, -, *, / are what CPython computes for two floats, and an int
 * converted to float is CPython's `int op float`, so the fast path changes
 * no result; the slow path is the plain one. Only trees of at least two
 * operators are speculated (one saves no box), and at most SPEC_MAX_OPS
 * (the walk recurses once per operator). */
#include "lower_internal.h"

#define F (g->f)

/* Beyond this, the tree is lowered as it is (its depth bounds the walk's). */
#define SPEC_MAX_OPS 64
/* Ints up to 2^53 convert to float exactly. */
#define SPEC_EXACT_INT ((long long)1 << 53)
/* RtFloat.value (rt_abi.h): after the 8-byte header. */
#define FLOAT_VALUE_OFFSET 8

typedef struct Spec {
    const Expr *e;
    bool is_op;     /* an operator node */
    bool always;    /* statically a float (a float-typed leaf, an int literal) */
    bool int_lit;   /* an int literal, of value lit */
    long long lit;
    int isf;        /* i32 temp: a float now (op nodes and object leaves) */
    int fv;         /* f64 temp: the float (op nodes, float-typed leaves) */
    int ov;         /* object temp: the object (op nodes when not a float,
                       object leaves) */
} Spec;

static bool exact_int_literal(const Expr *x, long long *v) {
    return g_int_small_literal(x, v) && *v <= SPEC_EXACT_INT && *v >= -SPEC_EXACT_INT;
}

static bool leaf_ok(const Expr *x) {
    long long v;
    return x->type == T_OBJ || x->type == T_FLOAT || exact_int_literal(x, &v);
}

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

bool g_float_spec_applies(const Expr *e) {
    int n = count_ops(e, SPEC_MAX_OPS + 1);
    return n >= 2 && n <= SPEC_MAX_OPS;
}

/* The node's float (only where it is one). */
static void float_of(Gen *g, const Spec *s) {
    if (s->int_lit) ir_f64(F, (double)s->lit);
    else if (s->is_op || s->always) ir_get(F, s->fv);
    else {
        ir_load(F, IR_F64_LOAD, FLOAT_VALUE_OFFSET);
        ir_get(F, s->ov);
        ir_close(F);
    }
}

static void box_float(Gen *g, const Spec *s) {
    ir_call(F, "rt_box_float");
    float_of(g, s);
    ir_close(F);
}

/* The node's value as an object: what the plain lowering would have had. */
static void object_of(Gen *g, const Spec *s) {
    if (s->int_lit) gx(g, (Expr *)s->e, T_OBJ); /* a constant */
    else if (s->always) box_float(g, s);
    else if (!s->is_op) ir_get(F, s->ov);
    else {
        ir_if(F, VT_I32);
        ir_get(F, s->isf);
        ir_open(F, IR_THEN);
        box_float(g, s);
        ir_close(F);
        ir_open(F, IR_ELSE);
        ir_get(F, s->ov);
        ir_close(F);
        ir_close(F);
    }
}

/* i32: the node holds a float now. */
static void is_float(Gen *g, const Spec *s) {
    if (s->always) ir_i32(F, 1);
    else ir_get(F, s->isf);
}

static void release(Gen *g, const Spec *s) {
    if (s->isf >= 0) g_free_temp(g, s->isf);
    if (s->fv >= 0) g_free_temp(g, s->fv);
    if (s->ov >= 0) g_free_temp(g, s->ov);
}

static void combine(Gen *g, Op op, bool inplace, const Spec *a, const Spec *b, Spec *s);

/* An object already in temp ov as a leaf (the item an augmented
 * assignment read): the temp stays the caller's. */
static void object_leaf(Gen *g, int ov, Spec *s) {
    s->ov = ov;
    s->isf = g_temp(g, T_BOOL);
    /* (local.set isf (i32.eq (i32.and (i32.load ov) MASK) FLOAT)) */
    ir_set(F, s->isf);
    ir_open(F, IR_I32_EQ);
    ir_open(F, IR_I32_AND);
    ir_load(F, IR_I32_LOAD, 0); /* RtHeader.type_flags */
    ir_get(F, s->ov);
    ir_close(F);
    ir_i32(F, RT_TYPE_MASK);
    ir_close(F);
    ir_i32(F, RT_TYPE_FLOAT);
    ir_close(F);
    ir_close(F);
}

static void eval(Gen *g, Expr *e, Spec *s) {
    *s = (Spec){e, false, false, false, 0, -1, -1, -1};
    if (!spec_op(e)) {
        if (exact_int_literal(e, &s->lit)) {
            s->int_lit = s->always = true;
        } else if (e->type == T_FLOAT) {
            s->always = true;
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
        return;
    }
    Spec a, b;
    eval(g, e->u.binop.left, &a);
    eval(g, e->u.binop.right, &b);
    combine(g, e->u.binop.op, e->u.binop.inplace, &a, &b, s);
    release(g, &a);
    release(g, &b);
}

/* The operator node s of operands a and b (evaluated). */
static void combine(Gen *g, Op op, bool inplace, const Spec *a, const Spec *b, Spec *s) {
    s->is_op = true;
    s->isf = g_temp(g, T_BOOL);
    s->fv = g_temp(g, T_FLOAT);
    s->ov = g_temp(g, T_OBJ);
    /* (if (a float && b float [&& b != 0]) (then fv = a op b, isf = 1) (else ov = rt_dyn_op(a, b), isf = 0)) */
    ir_if(F, VT_NONE);
    if (op == OP_SLASH) ir_open(F, IR_I32_AND);
    ir_open(F, IR_I32_AND);
    is_float(g, a);
    is_float(g, b);
    ir_close(F);
    if (op == OP_SLASH) {
        /* b's float is read only when b is one: an object's value otherwise */
        ir_if(F, VT_I32);
        is_float(g, b);
        ir_open(F, IR_THEN);
        ir_open(F, IR_F64_NE);
        float_of(g, b);
        ir_f64(F, 0.0);
        ir_close(F);
        ir_close(F);
        ir_open(F, IR_ELSE);
        ir_i32(F, 0);
        ir_close(F);
        ir_close(F);
        ir_close(F); /* and */
    }
    ir_open(F, IR_THEN);
    ir_set(F, s->fv);
    ir_open(F, op == OP_PLUS ? IR_F64_ADD : op == OP_MINUS ? IR_F64_SUB : op == OP_STAR ? IR_F64_MUL : IR_F64_DIV);
    float_of(g, a);
    float_of(g, b);
    ir_close(F);
    ir_close(F);
    ir_set(F, s->isf);
    ir_i32(F, 1);
    ir_close(F);
    ir_close(F); /* then */
    ir_open(F, IR_ELSE);
    /* boxing allocates but never collects: a's box needs no root while b's is made */
    const char *fn = inplace ? g_dyn_iop(op) : g_dyn_op(op);
    g_rt(g, fn);
    ir_set(F, s->ov);
    ir_call(F, fn);
    object_of(g, a);
    object_of(g, b);
    ir_close(F);
    ir_close(F);
    ir_set(F, s->isf);
    ir_i32(F, 0);
    ir_close(F);
    ir_close(F); /* else */
    ir_close(F); /* if */
}

void g_float_spec(Gen *g, Expr *e) {
    g_rt(g, "rt_box_float");
    Spec s;
    eval(g, e, &s);
    object_of(g, &s);
    release(g, &s);
}

bool g_float_spec_iop_applies(Op op, const Expr *value) {
    if (op != OP_PLUS && op != OP_MINUS && op != OP_STAR && op != OP_SLASH) return false;
    if (value->type == T_FLOAT) return true;
    int n = count_ops(value, SPEC_MAX_OPS);
    return n >= 1 && n < SPEC_MAX_OPS;
}

void g_float_spec_iop(Gen *g, Op op, int tv, Expr *value) {
    g_rt(g, "rt_box_float");
    Spec a = {NULL, false, false, false, 0, -1, -1, -1}, b, s = {value, false, false, false, 0, -1, -1, -1};
    object_leaf(g, tv, &a);
    eval(g, value, &b);
    combine(g, op, true, &a, &b, &s);
    release(g, &b);
    g_free_temp(g, a.isf); /* a.ov is the caller's */
    object_of(g, &s);
    release(g, &s);
}
