/* Tagged ints (rt_abi.h, "int: arbitrary precision on a tagged i64"): the
 * inline fast paths of int arithmetic and comparison, each falling back
 * to the runtime function that handles big ints.
 *
 * A static int is an i64 that is either a small int, its own value in
 * [-2^61, 2^61), or the handle of a big int (rt_abi.h). The fast paths are the i64
 * instructions of before; what changed is the test guarding them:
 *   +   the sum of any two tagged values lands outside the small range
 *       whenever an operand is a handle, so only the result is tested;
 *   -   the same for `x - c` with a small literal c; otherwise the left
 *       operand is tested too (h1 - h2 of two handles can look small);
 *   *   the operands' magnitudes, by leading zeros: at most 60 bits in
 *       all keeps the product small (a handle has 63 significant bits);
 *   & | ^ ~: the operands are small;
 *   comparisons: with a small literal, none (handles order by sign
 *       outside the small range); else one operand is small.
 * A failed test calls rt_int_add ... rt_int_cmp, which also promote a
 * small result that leaves the range to a big int. Literals beyond the
 * small range are static big ints in the data segment: their handle is a
 * constant. */
#include <string.h>

#include "lower_internal.h"

#define F (g->f)
#define SMALL_BIAS ((int64_t)1 << 61)

/* a literal in the small range (also -literal) */
bool g_int_small_literal(const Expr *e, long long *v) {
    long long x;
    if (e->kind == E_INT && e->u.int_lit.fits) x = e->u.int_lit.value;
    else if (e->kind == E_UNARY && e->u.unary.op == OP_MINUS && e->u.unary.operand->kind == E_INT &&
             e->u.unary.operand->u.int_lit.fits)
        x = -e->u.unary.operand->u.int_lit.value;
    else return false;
    if (x < RT_INT_SMALL_MIN || x > RT_INT_SMALL_MAX) return false;
    *v = x;
    return true;
}

/* ---- literals ------------------------------------------------------------ */

/* The static RtBig of a decimal literal (optionally "-") beyond the small range (built
 * once per distinct text): its address. */
static uint32_t big_literal(Gen *g, const char *text) {
    const char *key = g_key(g, "bigint:%s", text);
    uintptr_t found = (uintptr_t)strmap_get(&g->sites, key);
    if (found) return (uint32_t)(found - 1);
    size_t nd = strlen(text);
    uint32_t cap = (uint32_t)(nd / 9 + 2), n = 0;
    uint32_t *w = arena_alloc(g->a, sizeof(uint32_t) * cap);
    for (size_t i = 0; i < nd; i++) { /* w = w * 10 + digit */
        if (text[i] < '0' || text[i] > '9') continue;
        uint64_t carry = (uint64_t)(text[i] - '0');
        for (uint32_t k = 0; k < n; k++) {
            uint64_t t = (uint64_t)w[k] * 10u + carry;
            w[k] = (uint32_t)t;
            carry = t >> 32;
        }
        if (carry) w[n++] = (uint32_t)carry;
    }
    Buf *d = &g->out->data;
    while (d->len % 8) buf_putc(d, 0);
    uint32_t addr = g->out->data_base + (uint32_t)d->len;
    bool neg = text[0] == '-';
    uint64_t handle = (uint64_t)(neg ? RT_INT_HANDLE_NEG : RT_INT_HANDLE_POS) + addr;
    uint32_t head[6] = {RT_TYPE_INT | RT_FLAG_STATIC, 0, (uint32_t)handle, (uint32_t)(handle >> 32), n, neg};
    buf_putn(d, (const char *)head, sizeof head); /* little-endian host, as wasm */
    buf_putn(d, (const char *)w, sizeof(uint32_t) * n);
    while (d->len % 8) buf_putc(d, 0);
    strmap_put(g->keys, &g->sites, g_key_keep(g, key), (void *)(uintptr_t)(addr + 1));
    return addr;
}

/* An int literal as a tagged i64 constant. */
void g_int_literal(Gen *g, const Expr *e) {
    if (e->u.int_lit.fits && e->u.int_lit.value >= RT_INT_SMALL_MIN && e->u.int_lit.value <= RT_INT_SMALL_MAX) {
        ir_i64(F, e->u.int_lit.value);
        return;
    }
    uint32_t addr = big_literal(g, e->u.int_lit.text);
    bool neg = e->u.int_lit.text[0] == '-';
    ir_i64(F, (int64_t)((uint64_t)(neg ? RT_INT_HANDLE_NEG : RT_INT_HANDLE_POS) + addr));
}

/* ---- tests ----------------------------------------------------------------- */

/* i32: 1 when the int in local t is small (or, !small, when it is not):
 * its low 62 bits sign-extended give it back, ((t << 2) >>s 2) == t
 * (no 64-bit constant to materialize, unlike a biased comparison) */
static void small_test(Gen *g, int t, bool small) {
    ir_open(F, small ? IR_I64_EQ : IR_I64_NE);
    ir_open(F, IR_I64_SHR_S);
    ir_open(F, IR_I64_SHL);
    ir_get(F, t);
    ir_i64(F, 2);
    ir_close(F);
    ir_i64(F, 2);
    ir_close(F);
    ir_get(F, t);
    ir_close(F);
}

/* i32: 1 when every local of locals[0..n) holds a small int:
 * ((a + 2^61) | (b + 2^61) ...) >>u 62 == 0 */
static void all_small(Gen *g, const int *locals, int n) {
    if (n == 1) {
        small_test(g, locals[0], true);
        return;
    }
    ir_open(F, IR_I64_EQZ);
    ir_open(F, IR_I64_SHR_U);
    for (int i = 0; i < n - 1; i++) ir_open(F, IR_I64_OR);
    for (int i = 0; i < n; i++) {
        ir_open(F, IR_I64_ADD);
        ir_get(F, locals[i]);
        ir_i64(F, SMALL_BIAS);
        ir_close(F);
        if (i > 0) ir_close(F); /* or */
    }
    ir_i64(F, 62);
    ir_close(F);
    ir_close(F);
}

/* i64: the leading zeros of |x| (of ~x when negative): 64 - its bits */
static void magnitude_clz(Gen *g, int x) {
    ir_open(F, IR_I64_CLZ);
    ir_open(F, IR_I64_XOR);
    ir_get(F, x);
    ir_open(F, IR_I64_SHR_S);
    ir_get(F, x);
    ir_i64(F, 63);
    ir_close(F);
    ir_close(F);
    ir_close(F);
}

static int64_t literal_clz(long long c) {
    uint64_t m = (uint64_t)(c ^ (c >> 63));
    return m ? __builtin_clzll(m) : 64;
}

/* (call $fn a b) of two locals, or of a local and a constant */
static void slow_call(Gen *g, const char *fn, int a, int b, bool b_const, long long c) {
    F->loop_polls = true; /* it may make big ints: garbage to collect */
    g_rt(g, fn);
    ir_call(F, fn);
    ir_get(F, a);
    if (b_const) ir_i64(F, c);
    else ir_get(F, b);
    ir_close(F);
}

/* ---- arithmetic -------------------------------------------------------------- */

static IrOp inline_op(Op op) {
    switch (op) {
    case OP_PLUS: return IR_I64_ADD;
    case OP_MINUS: return IR_I64_SUB;
    case OP_STAR: return IR_I64_MUL;
    case OP_AMP: return IR_I64_AND;
    case OP_PIPE: return IR_I64_OR;
    default: return IR_I64_XOR;
    }
}

static const char *slow_fn(Op op) {
    switch (op) {
    case OP_PLUS: return "rt_int_add";
    case OP_MINUS: return "rt_int_sub";
    case OP_STAR: return "rt_int_mul";
    case OP_AMP: return "rt_int_and";
    case OP_PIPE: return "rt_int_or";
    default: return "rt_int_xor";
    }
}

/* (i64.op a b) of local a and local b, or the literal c when b_const */
static void inline_apply(Gen *g, Op op, int a, int b, bool b_const, long long c) {
    ir_open(F, inline_op(op));
    ir_get(F, a);
    if (b_const) ir_i64(F, c);
    else ir_get(F, b);
    ir_close(F);
}

/* Whether the int e is known small without a test: a small literal, or a
 * variable that only counting loops bind (sema_small_int_var). */
bool g_int_known_small(const Expr *e) {
    long long v;
    if (g_int_small_literal(e, &v)) return true;
    return e->kind == E_NAME && !e->hoisted && sema_small_int_var(e->sym);
}

/* A small int >= 0: a literal, or a variable only loops counting up from
 * >= 0 bind (sema_nonneg_int_var). */
static bool known_nonneg(const Expr *e) {
    long long v;
    if (g_int_small_literal(e, &v)) return v >= 0;
    return e->kind == E_NAME && !e->hoisted && sema_nonneg_int_var(e->sym);
}

/* Operands known small (g_int_known_small), by bit: the left, the right. */
enum { SMALL_A = 1, SMALL_B = 2 };

static void int_apply(Gen *g, Op op, int ta, int tb, bool rc, long long c, int tr, unsigned known);

/* a op b of two small ints, when op is + - * & | ^ and the result is
 * small too (anything that could overflow is left to run time) */
static bool fold(Op op, long long a, long long b, long long *v) {
    long long r;
    switch (op) {
    case OP_PLUS: r = a + b; break; /* |a|, |b| <= 2^61: 64 bits hold it */
    case OP_MINUS: r = a - b; break;
    case OP_STAR:
        if (__builtin_mul_overflow(a, b, &r)) return false;
        break;
    case OP_AMP: r = a & b; break;
    case OP_PIPE: r = a | b; break;
    case OP_CARET: r = a ^ b; break;
    default: return false;
    }
    if (r < RT_INT_SMALL_MIN || r > RT_INT_SMALL_MAX) return false;
    *v = r;
    return true;
}

/* Whether e is an int known at compile time, and which: a small literal,
 * or a fold of such ints (`60 * 60 * 24`), as CPython folds them. */
static bool int_constant(const Expr *e, long long *v) {
    if (g_int_small_literal(e, v)) return true;
    if (e->kind != E_BINOP || e->type != T_INT || e->u.binop.inplace) return false;
    long long a, b;
    return int_constant(e->u.binop.left, &a) && int_constant(e->u.binop.right, &b) && fold(e->u.binop.op, a, b, v);
}

/* l op r for + - * & | ^ on ints: the i64 instruction when the test of
 * the file's comment passes, else the runtime; a constant when both are
 * (int_constant). */
void g_int_binop(Gen *g, Op op, Expr *l, Expr *r) {
    long long c = 0, a, b;
    if (int_constant(l, &a) && int_constant(r, &b) && fold(op, a, b, &c)) {
        ir_i64(F, c);
        return;
    }
    /* a small literal on the right needs no test of its own; `- c` with
     * |c| < 2^60 keeps a handle out of the small range, like `+` */
    bool rc = g_int_small_literal(r, &c);
    unsigned known = (g_int_known_small(l) ? SMALL_A : 0) | (rc || g_int_known_small(r) ? SMALL_B : 0);
    int ta = g_temp(g, T_INT), tb = rc ? -1 : g_temp(g, T_INT), tr = g_temp(g, T_INT);
    ir_block(F, VT_I64, 0, 0);
    ir_set(F, ta);
    gx(g, l, T_INT);
    ir_close(F);
    if (!rc) {
        ir_set(F, tb);
        gx(g, r, T_INT);
        ir_close(F);
    }
    int_apply(g, op, ta, tb, rc, c, tr, known);
    ir_close(F); /* block */
    g_free_temp(g, ta);
    if (tb >= 0) g_free_temp(g, tb);
    g_free_temp(g, tr);
}

void g_int_op_temps(Gen *g, Op op, int ta, int tb) {
    int tr = g_temp(g, T_INT);
    ir_block(F, VT_I64, 0, 0);
    int_apply(g, op, ta, tb, false, 0, tr, 0);
    ir_close(F);
    g_free_temp(g, tr);
}

/* The i64 of ta op tb (or ta op c when rc), tr a scratch temp; known:
 * which operands are small without a test (SMALL_A, SMALL_B). */
static void int_apply(Gen *g, Op op, int ta, int tb, bool rc, long long c, int tr, unsigned known) {
    bool result_test = op == OP_PLUS || op == OP_MINUS;
    /* a - b of two locals tests a as well: two small ints may differ by
     * more than the small range holds (0 - (-2^61)), which the result's
     * test sees, and two handles by less, which it does not; `- c` with
     * |c| < 2^60 keeps a handle out of the small range, like `+`, and so
     * does a small a */
    bool left_test = op == OP_MINUS && !(rc && c > -((long long)1 << 60) && c < ((long long)1 << 60)) &&
                     !(known & SMALL_A);
    if (result_test) {
        /* r = a op b; if r is not small [or a is not]: r = slow(a, b) */
        ir_set(F, tr);
        inline_apply(g, op, ta, tb, rc, c);
        ir_close(F);
        ir_if(F, VT_NONE);
        if (left_test) {
            ir_open(F, IR_I32_OR);
            small_test(g, tr, false);
            small_test(g, ta, false);
            ir_close(F);
        } else {
            small_test(g, tr, false);
        }
        ir_open(F, IR_THEN);
        ir_set(F, tr);
        slow_call(g, slow_fn(op), ta, tb, rc, c);
        ir_close(F);
        ir_close(F);
        ir_close(F);
        ir_get(F, tr);
    } else {
        /* & | ^: the operands not known small are tested */
        int test[2], n = 0;
        if (!(known & SMALL_A)) test[n++] = ta;
        if (!rc && !(known & SMALL_B)) test[n++] = tb;
        if (op != OP_STAR && !n) {
            inline_apply(g, op, ta, tb, rc, c);
            return;
        }
        ir_if(F, VT_I64);
        if (op == OP_STAR) {
            /* bits(a) + bits(b) <= 60: clz(a) + clz(b) >= 68 */
            ir_open(F, IR_I64_GE_U);
            if (rc) {
                magnitude_clz(g, ta);
                ir_i64(F, 68 - literal_clz(c));
            } else {
                ir_open(F, IR_I64_ADD);
                magnitude_clz(g, ta);
                magnitude_clz(g, tb);
                ir_close(F);
                ir_i64(F, 68);
            }
            ir_close(F);
        } else {
            all_small(g, test, n);
        }
        ir_open(F, IR_THEN);
        inline_apply(g, op, ta, tb, rc, c);
        ir_close(F);
        ir_open(F, IR_ELSE);
        slow_call(g, slow_fn(op), ta, tb, rc, c);
        ir_close(F);
        ir_close(F);
    }
}

/* x op c for one int operand x and a constant c, inline when a guard on x
 * passes, else the runtime's fn (of x, and of c when two_args):
 *   GUARD_SMALL   x is small;
 *   GUARD_SHIFTED bits(x) + c <= 60, so x << c stays small (no handle
 *                 passes: their magnitude has 62 bits). */
enum { GUARD_SMALL, GUARD_SHIFTED };

static void guarded_unary(Gen *g, Expr *x, int guard, IrOp op, long long c, const char *fn, bool two_args) {
    int t = g_temp(g, T_INT);
    ir_block(F, VT_I64, 0, 0);
    ir_set(F, t);
    gx(g, x, T_INT);
    ir_close(F);
    if (guard == GUARD_SMALL && g_int_known_small(x)) { /* no test */
        ir_open(F, op);
        ir_get(F, t);
        ir_i64(F, c);
        ir_close(F);
        ir_close(F); /* block */
        g_free_temp(g, t);
        return;
    }
    ir_if(F, VT_I64);
    if (guard == GUARD_SHIFTED) {
        ir_open(F, IR_I64_GE_U);
        magnitude_clz(g, t);
        ir_i64(F, 4 + c);
        ir_close(F);
    } else {
        all_small(g, &t, 1);
    }
    ir_open(F, IR_THEN);
    ir_open(F, op);
    ir_get(F, t);
    ir_i64(F, c);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    if (two_args) {
        slow_call(g, fn, t, -1, true, c);
    } else {
        F->loop_polls = true;
        g_rt(g, fn);
        ir_call(F, fn);
        ir_get(F, t);
        ir_close(F);
    }
    ir_close(F);
    ir_close(F);
    ir_close(F);
    g_free_temp(g, t);
}

/* x >> c and x << c by a literal c (0 <= c < 60; the caller checks) */
void g_int_shift_literal(Gen *g, bool left, Expr *x, long long c) {
    if (left) guarded_unary(g, x, GUARD_SHIFTED, IR_I64_SHL, c, "rt_int_lshift", true);
    else guarded_unary(g, x, GUARD_SMALL, IR_I64_SHR_S, c, "rt_int_rshift", true);
}

/* ~x: x ^ -1 */
void g_int_invert(Gen *g, Expr *x) { guarded_unary(g, x, GUARD_SMALL, IR_I64_XOR, -1, "rt_int_invert", false); }

/* ---- comparison and conversion -------------------------------------------------- */

static IrOp i32_of(CmpOp op) {
    static const IrOp ops[] = {IR_I32_EQ, IR_I32_NE, IR_I32_LT_S, IR_I32_LE_S, IR_I32_GT_S, IR_I32_GE_S};
    return ops[op];
}


/* i32: a op b of two int locals (b < 0: the small literal c). Handles
 * order outside the small range by sign (rt_abi.h), so the i64 comparison
 * is exact unless both operands are handles. */
void g_int_compare(Gen *g, CmpOp op, int a, int b, long long c) { g_int_compare_known(g, op, a, b, c, false); }

/* The same, no test when one_small (an operand known small: the i64
 * comparison is exact then). */
void g_int_compare_known(Gen *g, CmpOp op, int a, int b, long long c, bool one_small) {
    static const IrOp i64[] = {IR_I64_EQ, IR_I64_NE, IR_I64_LT_S, IR_I64_LE_S, IR_I64_GT_S, IR_I64_GE_S};
    if (b < 0 || one_small) {
        ir_open(F, i64[op]);
        ir_get(F, a);
        if (b < 0) ir_i64(F, c);
        else ir_get(F, b);
        ir_close(F);
        return;
    }
    ir_if(F, VT_I32);
    ir_open(F, IR_I32_OR);
    small_test(g, a, true);
    small_test(g, b, true);
    ir_close(F);
    ir_open(F, IR_THEN);
    ir_open(F, i64[op]);
    ir_get(F, a);
    ir_get(F, b);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_open(F, i32_of(op));
    slow_call(g, "rt_int_cmp", a, b, false, 0);
    ir_i32(F, 0);
    ir_close(F);
    ir_close(F);
    ir_close(F);
}

/* f64 of the int in local t: f64.convert_i64_s when small (exact below
 * 2^53, correctly rounded above), else the runtime (OverflowError beyond
 * the float range) */
void g_int_to_float(Gen *g, int t) {
    ir_if(F, VT_F64);
    all_small(g, &t, 1);
    ir_open(F, IR_THEN);
    ir_open(F, IR_F64_CONVERT_I64_S);
    ir_get(F, t);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    g_rt(g, "rt_int_to_float");
    ir_call(F, "rt_int_to_float");
    ir_get(F, t);
    ir_close(F);
    ir_close(F);
    ir_close(F);
}

/* A counting loop's bounds (locals cur, end, and inc or the literal step):
 * a big stop becomes the first value past the small range
 * (rt_range_loop_stop: the loop's exit then raises, g_int_range_past), a
 * big start or step is refused by the runtime (OverflowError); small
 * bounds keep the counter and its increments within i64. */
void g_int_range_bounds(Gen *g, int cur, int end, int inc, long long step_value) {
    int locals[3] = {cur, end, inc};
    ir_if(F, VT_NONE);
    ir_open(F, IR_I32_EQZ);
    all_small(g, locals, inc >= 0 ? 3 : 2);
    ir_close(F);
    ir_open(F, IR_THEN);
    ir_set(F, end);
    g_rt(g, "rt_range_loop_stop");
    ir_call(F, "rt_range_loop_stop");
    ir_get(F, cur);
    ir_get(F, end);
    if (inc >= 0) ir_get(F, inc);
    else ir_i64(F, step_value);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    ir_close(F);
}

/* After a counting loop ran to its stop: a stop past the small range on
 * the step's side (rt_range_loop_stop) means the counter may have had
 * more values to take than a small int holds: OverflowError (CPython goes
 * on; not supported yet; a stop of exactly 2**61 is refused too, as
 * nothing tells it from a bigger one here). A loop left by a break, a
 * return or an exception before is not concerned (`for i in
 * range(10**20)` with a break works). No test for a stop known small. */
void g_int_range_past(Gen *g, Expr *stop, int end, int inc, long long step_value) {
    if (stop && g_int_known_small(stop)) return;
    ir_if(F, VT_NONE);
    if (inc < 0) {
        ir_open(F, IR_I64_EQ);
        ir_get(F, end);
        ir_i64(F, step_value > 0 ? RT_RANGE_PAST_HI : RT_RANGE_PAST_LO);
        ir_close(F);
    } else {
        ir_open(F, IR_I32_OR);
        for (int k = 0; k < 2; k++) {
            ir_open(F, IR_I32_AND);
            ir_open(F, IR_I64_EQ);
            ir_get(F, end);
            ir_i64(F, k ? RT_RANGE_PAST_LO : RT_RANGE_PAST_HI);
            ir_close(F);
            ir_open(F, k ? IR_I64_LT_S : IR_I64_GT_S);
            ir_get(F, inc);
            ir_i64(F, 0);
            ir_close(F);
            ir_close(F);
        }
        ir_close(F);
    }
    ir_open(F, IR_THEN);
    g_raise(g, RT_EXC_OVERFLOW, "range() with a stop outside [-2**61, 2**61) run to its end is not supported yet");
    ir_close(F);
    ir_close(F);
}

/* l // c and l % c for a literal c > 0, inline when l is small:
 *   l % c   = r + ((r >> 63) & c)              with r = l rem c
 *   l // c  = (l - ((l >> 63) & (c - 1))) / c  (truncation, floored)
 * (no overflow: |l| < 2^61); a big l goes to the runtime (no test when l
 * is known small: g_int_known_small); l rem c and l / c alone when l is
 * known >= 0 (sema_nonneg_int_var). */
void g_int_divmod_literal(Gen *g, bool mod, Expr *l, long long c) {
    bool known = g_int_known_small(l);
    bool positive = known && known_nonneg(l); /* truncation is flooring: no fix-up */
    int t = g_temp(g, T_INT);
    ir_block(F, VT_I64, 0, 0);
    ir_set(F, t);
    gx(g, l, T_INT);
    ir_close(F);
    if (!known) {
        ir_if(F, VT_I64);
        all_small(g, &t, 1);
        ir_open(F, IR_THEN);
    }
    if (positive) {
        ir_open(F, mod ? IR_I64_REM_S : IR_I64_DIV_S);
        ir_get(F, t);
        ir_i64(F, c);
        ir_close(F);
    } else if (mod) {
        int r = g_temp(g, T_INT);
        ir_open(F, IR_I64_ADD);
        ir_tee(F, r);
        ir_open(F, IR_I64_REM_S);
        ir_get(F, t);
        ir_i64(F, c);
        ir_close(F);
        ir_close(F);
        ir_open(F, IR_I64_AND);
        ir_open(F, IR_I64_SHR_S);
        ir_get(F, r);
        ir_i64(F, 63);
        ir_close(F);
        ir_i64(F, c);
        ir_close(F);
        ir_close(F);
        g_free_temp(g, r);
    } else {
        ir_open(F, IR_I64_DIV_S);
        ir_open(F, IR_I64_SUB);
        ir_get(F, t);
        ir_open(F, IR_I64_AND);
        ir_open(F, IR_I64_SHR_S);
        ir_get(F, t);
        ir_i64(F, 63);
        ir_close(F);
        ir_i64(F, c - 1);
        ir_close(F);
        ir_close(F);
        ir_i64(F, c);
        ir_close(F);
    }
    if (!known) {
        ir_close(F);
        ir_open(F, IR_ELSE);
        slow_call(g, mod ? "rt_int_mod_nz" : "rt_int_floordiv_nz", t, -1, true, c);
        ir_close(F);
        ir_close(F);
    }
    ir_close(F); /* block */
    g_free_temp(g, t);
}
