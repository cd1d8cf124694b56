/* Lowering of generator functions (see RtGen in rt_abi.h).
 *
 * A generator function becomes two functions. The def's own (same ABI as
 * any function) makes the generator: rt_gen_new, then its arguments go
 * into the frame's slots. Its resume function "<name>__resume"(gen) runs
 * the body: it loads every local from the slots, and at each yield stores
 * them back, records which yield it stopped at (RtGen.state) and returns
 * the value.
 *
 * Resuming at yield k re-enters the body from the top without running
 * anything until yield k is reached (WebAssembly cannot jump into a block):
 * the local `resume` holds k, and while it is not 0
 *   - a statement without yields is skipped (statements in a row share one
 *     test: `if (resume == 0)`);
 *   - a statement whose yields are numbered lo..hi runs only if k is among
 *     them; an `if` takes the branch holding k without testing; a loop skips
 *     its condition, its iterator's next step and its target's store (the
 *     loop's state is in the restored locals);
 *   - at yield k, `resume` becomes 0 and the body continues with the value
 *     sent (rt_gen_sent, which raises what throw() passed).
 * Yields are numbered in lowering order, so a statement's yields are those
 * numbered while it is lowered: its test is emitted first and its bounds
 * filled in after (range_test / range_patch); a match statement goes
 * straight into the case holding k (lower_match.c). Sema allows yields only
 * where this works: as a statement or an assignment's value, outside loop
 * else bodies. Resuming inside an except or finally body goes
 * straight to the handlers (lower_exc.c), enters the handler again and
 * takes the clause holding the yield without matching; a suspension there
 * gives the consumer its handled exception back (g_leave_handlers). */
#include <string.h>

#include "lower_internal.h"

#define F (g->f)

typedef struct SavePoint {
    IrIns *node; /* the placeholder of the stores */
    int k;       /* the yield */
} SavePoint;

struct GenFrame {
    int self;     /* the generator (the resume function's parameter) */
    int resume;   /* the yield to resume at, 0 once running */
    int nyields;  /* yields numbered so far */
    IrIns *restore;
    SavePoint *saves;
    int nsaves, capsaves;
    int nparams;  /* env + parameters: locals 1..nparams, stored by the def */
    uint32_t *param_offset;
    int nobj, nraw, nint;
};

/* ---- which statements yield ---- */

static bool body_yields(const PtrVec *body);

/* A statement's value that suspends: yield, yield from, or an await sema
 * left in place (not hoisted). */
bool g_is_yield(const Expr *v) {
    return v->kind == E_YIELD || v->kind == E_YIELD_FROM || (v->kind == E_AWAIT && !v->hoisted);
}

bool g_stmt_yields(const Stmt *st) {
    if (st->meaning) return body_yields(st->meaning);
    switch (st->kind) {
    case S_EXPR: return g_is_yield(st->u.expr.value);
    case S_ASSIGN: return g_is_yield(st->u.assign.value);
    case S_IF: return body_yields(&st->u.if_.body) || body_yields(&st->u.if_.orelse);
    case S_WHILE: return body_yields(&st->u.while_.body) || body_yields(&st->u.while_.orelse);
    case S_FOR: return body_yields(&st->u.for_.body) || body_yields(&st->u.for_.orelse);
    case S_MATCH:
        for (int i = 0; i < st->u.match.cases.len; i++)
            if (body_yields(&((const MatchCase *)st->u.match.cases.items[i])->body)) return true;
        return false;
    case S_TRY:
        if (body_yields(&st->u.try_.body) || body_yields(&st->u.try_.orelse) || body_yields(&st->u.try_.finalbody))
            return true;
        for (int i = 0; i < st->u.try_.handlers.len; i++)
            if (body_yields(&((const ExceptHandler *)st->u.try_.handlers.items[i])->body)) return true;
        return false;
    default: return false;
    }
}

static bool body_yields(const PtrVec *body) {
    for (int i = 0; i < body->len; i++)
        if (g_stmt_yields(body->items[i])) return true;
    return false;
}

bool g_rewinds(Gen *g, const Stmt *st) { return g->gen && g_stmt_yields(st); }

/* ---- tests of the yield to resume at ---- */

/* (i32.eqz resume): running, not resuming. */
void g_fresh(Gen *g) {
    ir_open(F, IR_I32_EQZ);
    ir_get(F, g->gen->resume);
    ir_close(F);
}

/* Opens (if (i32.eqz resume) (then ...: what only runs when not
 * resuming; g_fresh_close ends it. */
void g_fresh_open(Gen *g) {
    ir_if(F, VT_NONE);
    g_fresh(g);
    ir_open(F, IR_THEN);
}

void g_fresh_close(Gen *g) {
    ir_close(F);
    ir_close(F);
}

/* (i32.le_u (i32.sub resume lo) (hi - lo)): resuming at one of the yields
 * lowered from here to range_patch. */
struct GenRange {
    IrIns *lo, *span;
    int first;
};
typedef GenRange Range;

static Range range_test(Gen *g) {
    Range r = {0};
    r.first = g->gen->nyields + 1;
    ir_open(F, IR_I32_LE_U);
    ir_open(F, IR_I32_SUB);
    ir_get(F, g->gen->resume);
    r.lo = ir_leaf(F, IR_I32_CONST);
    ir_close(F);
    r.span = ir_leaf(F, IR_I32_CONST);
    ir_close(F);
    return r;
}

static void range_patch(Gen *g, Range r) {
    r.lo->u.i32 = r.first;
    r.span->u.i32 = g->gen->nyields - r.first;
}

/* The same for code lowered later than the test: g_range_from where its
 * yields start, g_range_patch where they end. */
GenRange *g_range_test(Gen *g) {
    GenRange *r = arena_alloc(g->a, sizeof *r);
    *r = range_test(g);
    return r;
}

void g_range_from(Gen *g, GenRange *r) { r->first = g->gen->nyields + 1; }

void g_range_patch(Gen *g, GenRange *r) { range_patch(g, *r); }

bool g_body_yields(const PtrVec *body) { return body_yields(body); }

/* An if statement holding yields: resuming, the branch that holds the
 * yield is taken without evaluating the condition. Opens the if; the
 * caller adds (then ...) and (else ...); the then body's yields are those
 * numbered until g_if_patch. */
void *g_if_open(Gen *g, Stmt *st) {
    ir_if(F, VT_NONE);
    ir_if(F, VT_I32);
    g_fresh(g);
    ir_open(F, IR_THEN);
    gcond(g, st->u.if_.test);
    ir_close(F);
    ir_open(F, IR_ELSE);
    Range *r = NULL;
    if (body_yields(&st->u.if_.body)) {
        r = arena_alloc(g->a, sizeof *r);
        *r = range_test(g);
    } else {
        ir_i32(F, 0);
    }
    ir_close(F);
    ir_close(F);
    return r;
}

void g_if_patch(Gen *g, void *range) {
    if (range) range_patch(g, *(Range *)range);
}

/* ---- statements ---- */

void g_gen_stmts(Gen *g, PtrVec *body) {
    int i = 0;
    while (i < body->len) {
        if (!g_stmt_yields(body->items[i])) {
            g_fresh_open(g);
            for (; i < body->len && !g_stmt_yields(body->items[i]); i++) g_stmt(g, body->items[i]);
            g_fresh_close(g);
            continue;
        }
        ir_if(F, VT_NONE);
        ir_open(F, IR_I32_OR);
        g_fresh(g);
        Range r = range_test(g);
        ir_close(F);
        ir_open(F, IR_THEN);
        g_stmt(g, body->items[i]);
        ir_close(F);
        ir_close(F);
        range_patch(g, r);
        i++;
    }
}

/* Store every local into the frame, the state k, and return t. */
static void suspend(Gen *g, int k, int t) {
    GenFrame *gf = g->gen;
    if (gf->nsaves == gf->capsaves) {
        int cap = gf->capsaves ? gf->capsaves * 2 : 8;
        gf->saves = arena_grow(g->a, gf->saves, sizeof *gf->saves * (size_t)gf->capsaves, sizeof *gf->saves * (size_t)cap);
        gf->capsaves = cap;
    }
    gf->saves[gf->nsaves++] = (SavePoint){ir_placeholder(F), k};
    g_leave_handlers(g); /* the consumer's handled exception again */
    g_pop(g);
    ir_open(F, IR_RETURN);
    ir_get(F, t);
    ir_close(F);
}

/* `yield v`, `x = yield v`, `yield from it` and `x = yield from it`. */
void g_yield_stmt(Gen *g, Stmt *st) {
    GenFrame *gf = g->gen;
    bool assign = st->kind == S_ASSIGN;
    Expr *y = assign ? st->u.assign.value : st->u.expr.value;
    int k = ++gf->nyields;
    int t = g_temp(g, T_OBJ);
    /* what the delegate raises points at `yield from v` / `await v` */
    SiteRef here;
    const void *outer = y->kind == E_YIELD ? F->site_key : g_expr_site_enter(g, y, &here);
    if (y->kind == E_YIELD) {
        g_fresh_open(g);
        ir_set(F, t);
        if (g->fn->async_generator) { /* boxed: what __anext__() gives */
            g_rt(g, "rt_agen_wrap");
            ir_call(F, "rt_agen_wrap");
        }
        if (y->u.yield.value) {
            gx(g, y->u.yield.value, T_OBJ);
        } else {
            g_rt(g, "rt_none");
            ir_call(F, "rt_none");
            ir_close(F);
        }
        if (g->fn->async_generator) ir_close(F);
        ir_close(F);
        suspend(g, k, t);
        g_fresh_close(g);
    } else {
        /* the delegate's values pass through; what this generator is
         * sent (or thrown) goes to it (rt_gen_yf_step) */
        int ti = g_temp(g, T_OBJ);
        int l = g_new_label(g);
        /* await v: v's awaitable (a coroutine, or what __await__ gives) */
        const char *iter = y->kind == E_AWAIT ? "rt_await_iter" : "rt_iter";
        g_rt(g, iter);
        g_rt(g, "rt_gen_yf_step");
        g_fresh_open(g);
        ir_set(F, ti);
        ir_call(F, iter);
        gx(g, y->u.yield.value, T_OBJ);
        ir_close(F);
        ir_close(F);
        g_fresh_close(g);
        ir_block(F, VT_NONE, 'd', l);
        ir_loop(F, 'l', l);
        g_fresh_open(g);
        ir_set(F, t);
        ir_call(F, "rt_gen_yf_step");
        ir_get(F, gf->self);
        ir_get(F, ti);
        ir_close(F);
        ir_close(F);
        ir_br_if(F, 'd', l);
        ir_open(F, IR_I32_EQZ);
        ir_get(F, t);
        ir_close(F);
        ir_close(F);
        suspend(g, k, t);
        g_fresh_close(g);
        ir_set(F, gf->resume);
        ir_i32(F, 0);
        ir_close(F);
        ir_br(F, 'l', l);
        ir_close(F); /* loop */
        ir_close(F); /* $d */
        g_free_temp(g, ti);
    }
    /* resumed here (or the delegate is done): running again, with what
     * was sent (the delegate's return value) */
    ir_set(F, gf->resume);
    ir_i32(F, 0);
    ir_close(F);
    g_rt(g, "rt_gen_sent");
    ir_set(F, t);
    ir_call(F, "rt_gen_sent");
    ir_get(F, gf->self);
    ir_close(F);
    ir_close(F);
    F->site_key = outer;
    if (assign)
        for (int i = 0; i < st->u.assign.targets.len; i++) gstore_temp(g, st->u.assign.targets.items[i], t, T_OBJ);
    g_free_temp(g, t);
}

/* `return v` in a generator: v for StopIteration, then the body ends
 * (NULL: no value yielded). */
void g_gen_return(Gen *g, Expr *v) {
    if (v) {
        g_rt(g, "rt_gen_set_return");
        ir_call(F, "rt_gen_set_return");
        ir_get(F, g->gen->self);
        gx(g, v, T_OBJ);
        ir_close(F);
    }
    int t = g_temp(g, T_OBJ);
    ir_set(F, t);
    ir_i32(F, 0);
    ir_close(F);
    g_return(g, t);
    g_free_temp(g, t);
}

/* ---- the two functions ---- */

static bool saved(const GenFrame *gf, const IrLocal *l, int i) {
    return i != gf->self && i != gf->resume && l->kind != IRL_FRAME;
}

/* Slots: objects first (traced by the collector), then 8-byte raw ones:
 * the ints first (i64 locals: the collector marks the big ints among
 * them, rt_gen_new's nraw says how many), then floats and the rest. */
static void assign_slots(GenFrame *gf, IrFunc *f, uint32_t *offset) {
    gf->nobj = gf->nraw = gf->nint = 0;
    for (int i = 0; i < f->nlocals; i++)
        if (saved(gf, &f->locals[i], i) && f->locals[i].object) offset[i] = RT_GEN_SLOTS + 4u * (uint32_t)gf->nobj++;
    uint32_t raw = (RT_GEN_SLOTS + 4u * (uint32_t)gf->nobj + 7u) & ~7u;
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < f->nlocals; i++) {
            const IrLocal *l = &f->locals[i];
            if (!saved(gf, l, i) || l->object || (l->type == VT_I64) != (pass == 0)) continue;
            offset[i] = raw + 8u * (uint32_t)gf->nraw++;
            if (pass == 0) gf->nint++;
        }
}

static IrOp load_op(const IrLocal *l) {
    return l->type == VT_I64 ? IR_I64_LOAD : l->type == VT_F64 ? IR_F64_LOAD : IR_I32_LOAD;
}

static IrOp store_op(const IrLocal *l) {
    return l->type == VT_I64 ? IR_I64_STORE : l->type == VT_F64 ? IR_F64_STORE : IR_I32_STORE;
}

static void fill_frame_code(Gen *g) {
    GenFrame *gf = g->gen;
    IrFunc *f = F;
    uint32_t *offset = arena_alloc(g->a, sizeof(uint32_t) * (size_t)(f->nlocals + 1));
    assign_slots(gf, f, offset);
    for (int i = 1; i <= gf->nparams; i++) gf->param_offset[i - 1] = offset[i];
    IrFill fill;
    ir_fill_begin(f, gf->restore, &fill);
    for (int i = 0; i < f->nlocals; i++) {
        const IrLocal *l = &f->locals[i];
        if (!saved(gf, l, i)) continue;
        ir_set(f, i);
        ir_load(f, load_op(l), offset[i]);
        ir_get(f, gf->self);
        ir_close(f);
        ir_close(f);
    }
    ir_fill_end(f, &fill);
    for (int s = 0; s < gf->nsaves; s++) {
        ir_fill_begin(f, gf->saves[s].node, &fill);
        for (int i = 0; i < f->nlocals; i++) {
            const IrLocal *l = &f->locals[i];
            if (!saved(gf, l, i)) continue;
            ir_store(f, store_op(l), offset[i]);
            ir_get(f, gf->self);
            ir_get(f, i);
            ir_close(f);
        }
        ir_store(f, IR_I32_STORE, RT_GEN_STATE);
        ir_get(f, gf->self);
        ir_i32(f, gf->saves[s].k);
        ir_close(f);
        ir_fill_end(f, &fill);
    }
}

static const char *resume_name(Gen *g, const Function *fn) { return arena_printf(g->a, "%s__resume", fn->wat_name); }

/* The def's function: a generator holding the arguments. */
static void gen_creator(Gen *g, Function *fn, const GenFrame *gf) {
    IrFunc *f = g_func_begin(g, fn->wat_name, VT_I32);
    f->source_name = fn->is_main ? "<module>" : sema_shown_name(fn);
    f->line = fn->def ? fn->def->line : 1;
    f->col = fn->def ? fn->def->col : 1;
    int n = 0;
    int *params = arena_alloc(g->a, sizeof(int) * (size_t)(gf->nparams + 1));
    if (fn->is_lambda) params[n++] = ir_local(f, IRL_PARAM, "env", VT_I32, false);
    for (int i = 0; i < fn->params.len; i++) {
        Symbol *sym = fn->params.items[i];
        params[n++] = ir_local(f, IRL_PARAM, sym->wat_name, vt(sym->type), type_is_object(sym->type));
    }
    int t = ir_temp(f, VT_I32, true);
    /* an async def's: a coroutine, or with yields an async generator */
    const char *make = fn->async_generator ? "rt_agen_new" : fn->is_coroutine ? "rt_coro_new" : "rt_gen_new";
    g_rt(g, make);
    ir_set(f, t);
    ir_call(f, make);
    ir_i32(f, fn->gen_id);
    ir_i32(f, gf->nobj);
    ir_i32(f, gf->nraw | gf->nint << 16); /* rt_gen_new */
    ir_i32(f, (int32_t)g_str(g, sema_shown_name(fn), strlen(sema_shown_name(fn))));
    ir_close(f);
    ir_close(f);
    for (int i = 0; i < n; i++) {
        const IrLocal *l = &f->locals[params[i]];
        ir_store(f, store_op(l), gf->param_offset[i]);
        ir_get(f, t);
        ir_get(f, params[i]);
        ir_close(f);
    }
    ir_open(f, IR_RETURN);
    ir_get(f, t);
    ir_close(f);
}

void g_generator(Gen *g, Function *fn) {
    GenFrame *gf = arena_alloc(g->a, sizeof *gf);
    IrFunc *f = g_func_begin(g, resume_name(g, fn), VT_I32);
    f->source_name = sema_shown_name(fn);
    f->counted = true;
    /* only rt_gen.c calls it, holding the collector: its objects need no
     * GC frame (at a yield they go to the generator's slots, which the
     * collector traces); except when some call passes it straight to
     * sum(), list() ..., which let it collect (rt_gen_collecting): then
     * it keeps a frame and polls as any function does */
    f->held = !fn->collected;
    f->line = fn->def ? fn->def->line : 1;
    f->col = fn->def ? fn->def->col : 1;
    gf->self = ir_local(f, IRL_PARAM, "gen", VT_I32, true);
    f->polls = true;
    /* the def's parameters and variables are the resume function's
     * variables, loaded from the frame */
    /* the env (its cells) lives in the frame: an object slot */
    if (fn->is_lambda) g->env = ir_local(f, IRL_VAR, "env", VT_I32, true);
    gf->nparams = (fn->is_lambda ? 1 : 0) + fn->params.len;
    gf->param_offset = arena_alloc(g->a, sizeof(uint32_t) * (size_t)(gf->nparams + 1));
    g_declare_locals(g, fn, IRL_VAR);
    gf->resume = ir_local(f, IRL_VAR, "resume", VT_I32, false);
    g_declare_flags(g, fn);
    ir_leaf(f, IR_FRAME_PUSH);
    gf->restore = ir_placeholder(f);
    ir_set(f, gf->resume);
    ir_load(f, IR_I32_LOAD, RT_GEN_STATE);
    ir_get(f, gf->self);
    ir_close(f);
    ir_close(f);
    g_poll(g);
    g->gen = gf;
    g_fresh_open(g);
    g_function_prologue(g, fn);
    g_fresh_close(g);
    gstmts(g, &fn->body);
    /* the end: no value yielded */
    g_pop(g);
    ir_open(f, IR_RETURN);
    ir_i32(f, 0);
    ir_close(f);
    fill_frame_code(g);
    g->gen = NULL;
    gen_creator(g, fn, gf);
}

/* The step of iter(f, sentinel)'s generator (RT_GEN_CALL_ITER): f(), NULL
 * (the end) when it equals the sentinel or raises. */
static void call_iter_step(Gen *g) {
    IrFunc *w = g_func_begin(g, "__call_iter_step", VT_I32);
    int pg = ir_local(w, IRL_PARAM, "gen", VT_I32, false);
    int v = ir_local(w, IRL_VAR, "v", VT_I32, false);
    g_rt(g, "rt_call_object");
    g_rt(g, "rt_tuple_new");
    g_rt(g, "rt_richcmp_bool");
    ir_set(w, v);
    ir_call(w, "rt_call_object");
    ir_load(w, IR_I32_LOAD, RT_GEN_SLOTS);
    ir_get(w, pg);
    ir_close(w);
    ir_call(w, "rt_tuple_new");
    ir_i32(w, 0);
    ir_close(w);
    ir_close(w);
    ir_close(w);
    ir_if(w, VT_NONE);
    ir_call(w, "rt_richcmp_bool");
    ir_get(w, v);
    ir_load(w, IR_I32_LOAD, RT_GEN_SLOTS + 4);
    ir_get(w, pg);
    ir_close(w);
    ir_i32(w, RT_CMP_EQ);
    ir_close(w);
    ir_open(w, IR_THEN);
    ir_open(w, IR_RETURN);
    ir_i32(w, 0);
    ir_close(w);
    ir_close(w);
    ir_close(w);
    ir_get(w, v);
}

/* Generators the runtime makes and steps itself (rt_abi.h): in a program
 * that calls the function making one, the dispatch reaches its step. */
static const struct {
    const char *make, *step;
    int id;
} runtime_generators[] = {{"rt_heapq_merge", "rt_heapq_merge_step", RT_GEN_HEAPQ_MERGE},
                          /* an async generator's __anext__() ... */
                          {"rt_agen_new", "rt_agen_step", RT_GEN_AGEN_STEP},
                          {"rt_builtin_anext", "rt_agen_step", RT_GEN_AGEN_STEP},
                          /* coro.__await__() */
                          {"rt_coro_new", "rt_agen_step", RT_GEN_AGEN_STEP}};

/* rt_ml_gen_resume(gen): the resume function of gen's id (RtGen.id at +12).
 * After every function: it knows which runtime functions they call. */
void g_gen_dispatch(Gen *g) {
    if (g->p->uses_call_iter) call_iter_step(g);
    IrFunc *w = g_func_begin(g, "rt_ml_gen_resume", VT_I32);
    int pg = ir_local(w, IRL_PARAM, "gen", VT_I32, false);
    if (g->p->uses_call_iter) {
        ir_if(w, VT_NONE);
        ir_open(w, IR_I32_EQ);
        ir_load(w, IR_I32_LOAD, 12);
        ir_get(w, pg);
        ir_close(w);
        ir_i32(w, RT_GEN_CALL_ITER);
        ir_close(w);
        ir_open(w, IR_THEN);
        ir_open(w, IR_RETURN);
        ir_call(w, "__call_iter_step");
        ir_get(w, pg);
        ir_close(w);
        ir_close(w);
        ir_close(w);
        ir_close(w);
    }
    bool done[sizeof runtime_generators / sizeof runtime_generators[0]] = {0};
    for (size_t i = 0; i < sizeof runtime_generators / sizeof runtime_generators[0]; i++) {
        if (!strmap_get(&g->rt_seen, runtime_generators[i].make)) continue;
        bool twice = false; /* several makers share one step */
        for (size_t j = 0; j < i; j++) twice |= done[j] && runtime_generators[j].id == runtime_generators[i].id;
        if (twice) continue;
        done[i] = true;
        g_rt(g, runtime_generators[i].step);
        ir_if(w, VT_NONE);
        ir_open(w, IR_I32_EQ);
        ir_load(w, IR_I32_LOAD, 12);
        ir_get(w, pg);
        ir_close(w);
        ir_i32(w, runtime_generators[i].id);
        ir_close(w);
        ir_open(w, IR_THEN);
        ir_open(w, IR_RETURN);
        ir_call(w, runtime_generators[i].step);
        ir_get(w, pg);
        ir_close(w);
        ir_close(w);
        ir_close(w);
        ir_close(w);
    }
    for (int i = 0; i < g->p->generators.len; i++) {
        Function *fn = g->p->generators.items[i];
        ir_if(w, VT_NONE);
        ir_open(w, IR_I32_EQ);
        ir_load(w, IR_I32_LOAD, 12);
        ir_get(w, pg);
        ir_close(w);
        ir_i32(w, fn->gen_id);
        ir_close(w);
        ir_open(w, IR_THEN);
        ir_open(w, IR_RETURN);
        ir_call(w, resume_name(g, fn));
        ir_get(w, pg);
        ir_close(w);
        ir_close(w);
        ir_close(w);
        ir_close(w);
    }
    ir_i32(w, 0);
}

/* (x for x in it): the generator of its function (sema made one, taking
 * the first iterable's iterator, evaluated here as in CPython). */
void g_genexp(Gen *g, Expr *e) {
    Function *f = e->fn;
    Comprehension *first = e->u.comp.generators.items[0];
    int ti = g_temp(g, T_OBJ);
    ir_block(F, VT_I32, 0, 0);
    ir_set(F, ti);
    if (first->is_async) { /* `async for`: the body's loop calls __aiter__ */
        gx(g, first->iter, T_OBJ);
    } else {
        g_rt(g, "rt_iter");
        ir_call(F, "rt_iter");
        gx(g, first->iter, T_OBJ);
        ir_close(F);
    }
    ir_close(F);
    int te = f->free_syms.len ? g_closure_env(g, f) : -1;
    ir_call(F, f->wat_name);
    if (te >= 0) ir_get(F, te);
    else ir_i32(F, 0);
    ir_get(F, ti);
    ir_close(F);
    ir_close(F);
    if (te >= 0) g_free_temp(g, te);
    g_free_temp(g, ti);
}
