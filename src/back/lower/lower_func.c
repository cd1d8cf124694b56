/* Lowering of functions and of the whole program: each function's locals
 * and body, the module's start function, root registration, the table's
 * wrappers and the exports. */
#include <string.h>

#include "../export_abi.h"
#include "../rtlink.h"
#include "lower_internal.h"

#define F (g->f)

static bool check_limits(Gen *g, const IrFunc *f);

/* (lower_internal.h) */
bool g_takes_depth(const Function *fn) {
    return !fn->is_main && !fn->is_lambda && !fn->is_generator && !fn->is_coroutine &&
           fn->params.len < IR_MAX_PARAMS; /* room for one more */
}

/* The depth a direct callee gets: one more than a counted caller's, or
 * the cell's (top-level code and the wrappers the runtime and the tables
 * enter: whoever called them published theirs there). */
void g_depth_arg(Gen *g, IrFunc *caller) {
    if (caller->counted) {
        ir_open(caller, IR_I32_ADD);
        ir_get(caller, ir_depth_local(caller));
        ir_i32(caller, 1);
        ir_close(caller);
    } else {
        ir_load_i32_at(caller, g->out->cells.depth);
    }
}

/* Whether a call may run code that takes its depth from the cell: a
 * table's function, generated code other than a depth parameter's, or a
 * runtime function that may call generated code. */
static bool reads_depth(const IrIns *call, void *user) {
    Gen *g = user;
    return call->op == IR_CALL_INDIRECT ||
           (!strmap_get(&g->depth_params, call->u.name) && rtlib_may_enter_generated(g->lib, call->u.name));
}

/* A call after which the collector may have run, or that may allocate
 * collected memory: of user code (directly or through the runtime), of
 * generated code, of rt_alloc's callers, and of anything that may raise
 * (the traceback grows: a loop catching it would allocate without end). */
static bool may_allocate(const IrIns *call, void *user) {
    Gen *g = user;
    return call->op == IR_CALL_INDIRECT || rtlib_may_allocate(g->lib, call->u.name) ||
           rtlib_may_raise(g->lib, call->u.name);
}

/* Whether the runtime functions the module links call `import` (one of
 * the runtime's imports from module "ml"): the functions the code calls,
 * and the collector's, which wat_module.c adds when some function polls
 * or has a frame. */
void lower_runtime_roots(Arena *a, const Lowered *low, PtrVec *roots) {
    for (int i = 0; i < low->rt_roots.len; i++) ptrvec_push(a, roots, low->rt_roots.items[i]);
    if (low->polls) {
        if (!low->cells.budget) ptrvec_push(a, roots, (void *)low->cells.due);
        ptrvec_push(a, roots, "rt_gc_collect");
    }
    if (low->frames) {
        ptrvec_push(a, roots, "rt_gc_frame_push");
        ptrvec_push(a, roots, "rt_gc_frame_pop");
        ptrvec_push(a, roots, "rt_gc_int_slot");
    }
}

static bool runtime_calls(Gen *g, const char *import) {
    PtrVec roots = {0};
    lower_runtime_roots(g->a, g->out, &roots);
    return rtlib_reaches(g->lib, (const char *const *)roots.items, roots.len, import);
}

/* The runtime's imports from generated code, each defined only when a
 * linked runtime function calls it (hello world calls none): after every
 * other function, since each may add runtime calls (and the dispatchers
 * know which methods and generators the program uses); to a fixpoint,
 * since defining one adds the runtime functions its body calls. */
static void runtime_imports(Gen *g) {
    bool apply = false, builtin = false, gen = false, cell = false, special_repr = false;
    for (bool more = true; more;) {
        g_func_end(g); /* its polls and frame count */
        more = false;
        if (!builtin && runtime_calls(g, "rt_ml_builtin")) {
            g_builtin_dispatch(g);
            builtin = more = true;
        }
        if (!gen && runtime_calls(g, "rt_ml_gen_resume")) {
            g_gen_dispatch(g);
            gen = more = true;
        }
        if (!apply && runtime_calls(g, RTLINK_APPLY)) {
            g_apply_function(g);
            apply = more = true;
        }
        if (!special_repr && runtime_calls(g, "rt_ml_special_repr")) {
            /* repr()/str() by a class's __repr__/__str__ (rt_obj.h): only
             * a program that makes classes (every class statement, at module
             * level or in a function, calls rt_class_new) has objects that
             * define them */
            IrFunc *f = g_func_begin(g, "rt_ml_special_repr", VT_I32);
            f->may_raise = NULL; /* its callers test what it leaves */
            int b = ir_local(f, IRL_PARAM, "b", VT_I32, false);
            int o = ir_local(f, IRL_PARAM, "o", VT_I32, false);
            int str = ir_local(f, IRL_PARAM, "str", VT_I32, false);
            if (strmap_get(&g->rt_seen, "rt_class_new")) {
                g_rt(g, "rt_special_repr_into");
                ir_call(f, "rt_special_repr_into");
                ir_get(f, b);
                ir_get(f, o);
                ir_get(f, str);
                ir_close(f);
            } else {
                ir_i32(f, 0);
            }
            special_repr = more = true;
        }
        if (!cell && runtime_calls(g, "rt_ml_depth_cell")) {
            /* where the recursion depth is counted, the limit in the
             * cell after it (sys.setrecursionlimit, rt_sys.c) */
            IrFunc *f = g_func_begin(g, "rt_ml_depth_cell", VT_I32);
            ir_i32(f, (int32_t)g->out->cells.depth);
            cell = more = true;
        }
    }
}

void g_func_end(Gen *g) {
    IrFunc *f = g->f;
    if (!f) return;
    g->f = NULL;
    /* a function whose calls neither allocate nor collect gives the
     * collector nothing to do while it runs: no frame, no polls (hello
     * world then links no collector) */
    if (!f->held && !ir_any_call(f, may_allocate, g)) f->held = true;
    ir_finish(f);
    if (f->traces) g_rt(g, "rt_tb_add");
    if (f->unwinds && f->unwind_call) g_rt(g, f->unwind_call);
    g->last_unwinds = f->unwinds;
    if (f->counted) g_rt(g, "rt_raise_recursion");
    if (f->depth_param) f->depth_published = ir_any_call(f, reads_depth, g);
    check_limits(g, f);
    g->out->polls |= ir_frame(f, &g->out->roots, &g->out->cells);
    g->out->frames |= f->frame >= 0;
    ir_prune(f);
    ir_print(f, &g->out->text);
    arena_free(&g->fn_arena);
    g->fn_sites = (StrMap){0};
}

IrFunc *g_func_begin(Gen *g, const char *name, ValType result) {
    g_func_end(g);
    arena_free(&g->fn_arena); /* (what was made between two functions) */
    g->fn_sites = (StrMap){0};
    IrFunc *f = ir_func_new(&g->fn_arena, name, result);
    f->may_raise = g_may_raise;
    f->may_raise_user = g;
    f->site_of = g_site_of;
    g->f = f;
    return f;
}

static void add_local(Gen *g, const char *name, int index) {
    strmap_put(&g->fn_arena, &g->locals, name, (void *)(uintptr_t)(index + 1)); /* per function */
}

/* The parameters (variables of a generator's resume function) and the
 * other variables, comprehension variables included. */
void g_declare_locals(Gen *g, Function *fn, IrLocalKind param_kind) {
    IrFunc *f = g->f;
    for (int i = 0; i < fn->locals.len; i++) {
        Symbol *sym = fn->locals.items[i];
        IrLocalKind kind = i < fn->params.len ? param_kind : IRL_VAR;
        bool obj = type_is_object(sym->type);
        if (obj) f->polls = true;
        add_local(g, sym->wat_name, ir_local(f, kind, sym->wat_name, vt(sym->type), obj));
    }
}

/* The bound flags of the variables whose reads check them. */
void g_declare_flags(Gen *g, Function *fn) {
    for (int i = 0; i < fn->locals.len; i++) {
        Symbol *sym = fn->locals.items[i];
        if (!sym->needs_flag) continue;
        const char *flag = arena_printf(g->a, "b_%s", sym->wat_name);
        add_local(g, flag, ir_local(g->f, IRL_FLAG, flag, VT_I32, false));
    }
}

/* A function that is emitted whatever calls it: every one of the entry
 * file's (its exports, its errors), a function value, a method, a nested
 * def or lambda (made where its def runs), a generator (the resume
 * dispatch names every one). */
static bool function_root(const Function *f) {
    return !f->unit || f->unit->index == 0 || f->as_value || f->method_of || f->is_lambda || f->parent || f->is_generator;
}

/* Marks f and what it calls (a work list: call chains may be long). */
static void reach(Gen *g, Function *f, bool *kept, PtrVec *work) {
    ptrvec_push(g->a, work, f);
    while (work->len) {
        Function *x = work->items[--work->len];
        if (kept[x->index]) continue;
        kept[x->index] = true;
        for (int i = 0; i < x->callees.len; i++) ptrvec_push(g->a, work, x->callees.items[i]);
    }
}

/* Which functions are emitted: the roots, the modules' top-level code, and
 * what they call, transitively: importing a module costs what the program
 * uses of it (os brings listdir, rename ... only when something reached
 * calls them), not the whole module. */
static bool *functions_kept(Gen *g, const Program *p) {
    bool *kept = arena_alloc(g->a, sizeof(bool) * (size_t)(p->functions.len + 1));
    PtrVec work = {0};
    for (int i = 0; i < p->functions.len; i++)
        if (function_root(p->functions.items[i])) reach(g, p->functions.items[i], kept, &work);
    for (int i = 0; i < p->units.len; i++) { /* units[0]'s body is p->main */
        Function *body = ((Unit *)p->units.items[i])->body;
        if (body)
            for (int k = 0; k < body->callees.len; k++) reach(g, body->callees.items[k], kept, &work);
    }
    return kept;
}

/* The per-function state of the lowering, reset for a new function. */
static void reset_function_state(Gen *g, Function *fn) {
    g->fn = fn;
    g->labels = 0;
    g->nloops = 0;
    g->ncleanups = 0;
    g->locals = (StrMap){0};
    g->spec_vars = (StrMap){0};
    g->env = -1;
    g->class_ns = -1;
}

/* A new IrFunc for fn's code (fn's own, or a part of its top level), its
 * locals declared, its frame pushed and its entry's poll placed. */
static IrFunc *function_begin(Gen *g, Function *fn, const char *name, ValType result) {
    IrFunc *f = g_func_begin(g, name, result);
    f->source_name = fn->is_main ? "<module>" : sema_shown_name(fn); /* CPython's names */
    f->counted = !fn->is_main; /* see IR_DEPTH_BASE */
    f->line = fn->def ? fn->def->line : 1;
    f->col = fn->def ? fn->def->col : 1;
    /* locals: the env of a closure, the parameters, the depth, the other
     * variables (comprehension variables included), then the bound flags */
    if (fn->is_lambda) g->env = ir_local(f, IRL_PARAM, "env", VT_I32, false);
    g_declare_locals(g, fn, IRL_PARAM);
    if (g_takes_depth(fn)) {
        f->depth = ir_local(f, IRL_PARAM, "depth", VT_I32, false);
        f->depth_param = true;
    }
    g_declare_flags(g, fn);
    g_spec_vars_declare(g, fn);
    ir_leaf(f, IR_FRAME_PUSH);
    ir_leaf(f, IR_POLL)->label.n = 1; /* the entry's poll */
    return f;
}

/* A part of the tree freed, and the heap given back to the system now
 * and then (a trim walks the whole heap). */
static void free_tree(Gen *g, Arena *a) {
    g->tree_freed += arena_bytes(a);
    arena_free(a);
    if (g->tree_freed >= ARENA_TRIM_BYTES) {
        arena_trim();
        g->tree_freed = 0;
    }
}

/* After statements [from, to) of fn's top level are lowered and printed:
 * free each chunk of the tree (TreeChunk) whose statements are all lowered
 * now, unless it is kept (read later). Nothing of the back end's points
 * into the nodes past their statement's lowering: traceback sites are
 * keyed by text, string constants are copied into the static data, and
 * the part's IR is printed and gone. */
static void release_lowered_trees(Gen *g, Function *fn, int from, int to) {
    Module *m = fn->unit ? fn->unit->ast : NULL;
    if (!m) return;
    for (int i = from; i < to; i++) {
        Stmt *st = fn->body.items[i];
        if (!st || st->tree_chunk <= 0 || st->tree_chunk > m->tree_chunks.len) continue;
        TreeChunk *ch = m->tree_chunks.items[st->tree_chunk - 1];
        st->tree_chunk = -st->tree_chunk; /* counted once */
        if (++ch->lowered == ch->stmts && !ch->kept) free_tree(g, ch->arena);
    }
}

/* Gen.body_chunks: for the function of each top-level def (its
 * Function, or the table function sema makes of a def used as a value:
 * Stmt.fn either way), the chunk whose bodies arena holds its body. */
static void find_body_chunks(Gen *g) {
    const Program *p = g->p;
    g->body_chunks = arena_alloc(g->a, sizeof(TreeChunk *) * (size_t)(p->functions.len + 1));
    for (int u = 0; u < p->units.len; u++) {
        const Module *m = ((const Unit *)p->units.items[u])->ast;
        for (int i = 0; m && i < m->body.len; i++) {
            const Stmt *st = m->body.items[i];
            if (!st || st->kind != S_FUNCDEF || !st->fn || st->tree_chunk <= 0 || st->tree_chunk > m->tree_chunks.len) continue;
            TreeChunk *ch = m->tree_chunks.items[st->tree_chunk - 1];
            if (ch->bodies) g->body_chunks[st->fn->index] = ch;
        }
    }
}

/* The chunk whose bodies arena holds fn's body, for a function made of a
 * top-level def or of something inside one (a nested def, a lambda, a
 * generator expression sema made of map(...): they read the def's body),
 * or NULL. */
static TreeChunk *body_chunk(const Gen *g, const Function *fn) {
    while (fn->parent && !fn->parent->is_main) fn = fn->parent;
    return g->body_chunks[fn->index];
}

/* Once fn is lowered (or found unused): its chunk's bodies arena freed
 * when every function made of the chunk's defs is, unless kept. Nothing
 * reads a def's body or sema's records of its nodes after the functions
 * made of it are printed (calls and the manifest read the header). */
static void release_lowered_body(Gen *g, const Function *fn) {
    TreeChunk *ch = body_chunk(g, fn);
    if (!ch || !ch->bodies || --ch->body_funcs > 0 || ch->bodies_kept) return;
    free_tree(g, ch->bodies);
    ch->bodies = NULL;
}

/* Whether fn, a def of a file's top level that is lowered in parts,
 * waits for the part its def statement is in (gmain_parts): the defs'
 * bodies and the statements around them are then freed together as the
 * lowering goes, rather than every function's text being made while the
 * whole top level's tree is held (a 200,000-line file's: 90 MB). */
static bool waits_for_its_part(const Function *fn) {
    return fn->def && fn->def->fn == fn && !fn->parent && !fn->method_of && !fn->is_lambda && fn->def->tree_chunk > 0 &&
           fn->unit->body && fn->unit->body->body.len > LOWER_MAIN_PART;
}

/* fn lowered (unless no code reaches it) and its body released. */
static void lower_def(Gen *g, Function *fn) {
    g->waiting[fn->index] = false;
    if (g->kept[fn->index]) gfunction(g, fn);
    release_lowered_body(g, fn);
}

/* Top-level code of more than LOWER_MAIN_PART statements is lowered in
 * parts of that many, each a function of its own (named NAME.1, NAME.2
 * ...) that the body calls in turn: a function's IR lives until it is
 * printed, and a 200,000-line program's top level would otherwise hold
 * all of its IR at once (issue 13's memory). A top-level statement never
 * shares a wasm local with the next (module variables are globals; a
 * loop's or a comprehension's locals are its statement's), so cutting
 * between statements changes nothing a program sees: a part reports its
 * traceback entries as `<module>` itself, and the body's call of a part
 * adds none (it only passes the exception on). The defs of a part are
 * lowered just before it (waits_for_its_part). */
static void gmain_parts(Gen *g, Function *fn) {
    int nparts = (fn->body.len + LOWER_MAIN_PART - 1) / LOWER_MAIN_PART;
    const char **names = arena_alloc(g->a, sizeof *names * (size_t)nparts);
    bool *raises = arena_alloc(g->a, sizeof *raises * (size_t)nparts);
    for (int k = 0; k < nparts; k++) {
        int end = (k + 1) * LOWER_MAIN_PART < fn->body.len ? (k + 1) * LOWER_MAIN_PART : fn->body.len;
        for (int i = k * LOWER_MAIN_PART; i < end; i++) {
            const Stmt *st = fn->body.items[i];
            if (st && st->kind == S_FUNCDEF && st->fn && g->waiting[st->fn->index]) lower_def(g, st->fn);
        }
        reset_function_state(g, fn);
        names[k] = arena_printf(g->a, "%s.%d", fn->wat_name, k + 1);
        function_begin(g, fn, names[k], VT_NONE);
        for (int i = k * LOWER_MAIN_PART; i < end; i++) g_stmt(g, fn->body.items[i]);
        g_pop(g);
        g_func_end(g);
        raises[k] = g->last_unwinds;
        release_lowered_trees(g, fn, k * LOWER_MAIN_PART, end);
    }
    reset_function_state(g, fn);
    IrFunc *f = function_begin(g, fn, fn->wat_name, VT_NONE);
    g_function_prologue(g, fn);
    for (int k = 0; k < nparts; k++) {
        /* no traceback site: the part added its own entry */
        const void *outer = g_site_enter(g, NULL);
        IrRaises (*may_raise)(const char *, void *) = f->may_raise;
        if (!raises[k]) f->may_raise = NULL; /* no check after it */
        ir_call(f, names[k]);
        ir_close(f);
        f->may_raise = may_raise;
        f->site_key = outer;
    }
    g_pop(g);
}

void gfunction(Gen *g, Function *fn) {
    g_enter_file(g, fn->unit->c);
    reset_function_state(g, fn);
    if (fn->is_generator) {
        g_generator(g, fn);
        g->locals = (StrMap){0}; /* in the arena of the function just printed */
        g->spec_vars = (StrMap){0};
        return;
    }
    if (fn->is_main && fn->body.len > LOWER_MAIN_PART) {
        gmain_parts(g, fn);
        return;
    }
    IrFunc *f = function_begin(g, fn, fn->wat_name, fn->ret == T_NONE ? VT_NONE : vt(fn->ret));
    g_function_prologue(g, fn);
    gstmts(g, &fn->body);
    if (fn->is_lambda || type_is_object(fn->ret)) {
        /* falling off the end returns None (sema made the result an
         * object type if the end is reachable) */
        g_rt(g, "rt_none");
        g_pop(g);
        ir_open(f, IR_RETURN);
        ir_call(f, "rt_none");
        ir_close(f);
        ir_close(f);
    } else if (fn->ret != T_NONE) {
        ir_leaf(f, IR_UNREACHABLE);
    } else {
        g_pop(g);
    }
}

/* What runs at a call before the body: parameters bound, cells made. */
void g_function_prologue(Gen *g, Function *fn) {
    IrFunc *f = g->f;
    /* a render function's points are those of its last call: none yet */
    uint32_t points_root = fn->is_main ? 0 : g->points_root[fn->index];
    if (points_root) {
        ir_store(f, IR_I32_STORE, 0);
        ir_i32(f, (int32_t)points_root);
        ir_i32(f, 0);
        ir_close(f);
    }
    if (fn->is_main && !fn->unit->index && g->p->uses_doc) { /* some x.__doc__: the docstrings, first */
        int32_t count;
        uint32_t table = g_doc_table(g, &count);
        g_rt(g, "rt_func_doc_table");
        ir_call(f, "rt_func_doc_table");
        ir_i32(f, (int32_t)table);
        ir_i32(f, count);
        ir_close(f);
    }
    for (int i = 0; i < fn->params.len; i++) g_set_bound(g, fn->params.items[i], 1); /* params are bound */
    for (int i = 0; i < fn->locals.len; i++) {
        /* variables inner functions use live in cells (params start bound) */
        Symbol *sym = fn->locals.items[i];
        if (!sym->is_cell) continue;
        g_rt(g, "rt_cell_new");
        int local = g_local_of(g, sym);
        ir_set(f, local);
        ir_call(f, "rt_cell_new");
        if (sym->kind == SYM_PARAM) ir_get(f, local);
        else ir_i32(f, 0);
        ir_close(f);
        ir_close(f);
    }
}

/* The engines' limits, checked in one place for every function (a
 * table wrapper counts the env as a parameter). */
static bool check_limits(Gen *g, const IrFunc *f) {
    if (!f->source_name) return true; /* helpers: bounded by their function's */
    int params = 0;
    for (int k = 0; k < f->nlocals; k++) params += f->locals[k].kind == IRL_PARAM;
    if (params > IR_MAX_PARAMS) {
        diag_error(g->c, f->line, f->col, "function '%s' needs %d parameters in WebAssembly; engines accept at most %d",
                   f->source_name, params, IR_MAX_PARAMS);
        return false;
    }
    if (f->nlocals - params > IR_MAX_LOCALS) {
        diag_error(g->c, f->line, f->col,
                   "function '%s' needs %d local variables and temporaries; WebAssembly engines accept at most %d",
                   f->source_name, f->nlocals - params, IR_MAX_LOCALS);
        return false;
    }
    return true;
}

bool lower_program(Compiler *c, Program *p, const RtLib *lib, Lowered *out) {
    Gen *g = arena_alloc(c->arena, sizeof *g);
    g->c = c;
    g->p = p;
    g->a = out->arena = arena_child(c->arena);
    g->out = out;
    g->lib = lib;
    g->keys = arena_child(c->arena);
    abi_settle(p);
    uint32_t data_base = rtlib_data_end(lib);
    out->cells.exc = rtlib_exc_state(lib);
    out->cells.due = c->gc_stress ? "rt_gc_due_stress" : "rt_gc_due";
    out->cells.budget = c->gc_stress ? 0 : rtlib_gc_budget(lib);
    out->cells.shadow = rtlib_gc_shadow(lib);
    buf_init(&out->data);
    buf_init(&out->text);
    out->data_base = data_base;
    out->heap_base_cell = data_base;
    out->cells.depth = data_base + 4;
    buf_putn(&out->data, "\0\0\0\0", 4);
    buf_put_u32le(&out->data, IR_DEPTH_BASE);
    out->cells.limit = data_base + 8; /* right after depth's: rt_sys.c reads both through rt_ml_depth_cell */
    buf_put_u32le(&out->data, IR_RECURSION_LIMIT);
    out->cells.polls = data_base + 12;
    buf_putn(&out->data, "\0\0\0\0", 4);

    /* Object-typed globals are mirrored into a static array the collector
     * scans (wasm globals are invisible to it), then come the last results
     * of the render functions. */
    int nobj = 0;
    for (int i = 0; i < p->globals.len; i++) {
        Type t = ((Symbol *)p->globals.items[i])->type;
        if (type_is_object(t) || t == T_INT) nobj++; /* an int may hold a big int's handle */
    }
    while (out->data.len % 8) buf_putc(&out->data, 0);
    g->global_roots = data_base + (uint32_t)out->data.len;
    const char **names = arena_alloc(g->a, sizeof(char *) * (size_t)(nobj + 1));
    uint32_t *addrs = arena_alloc(g->a, sizeof(uint32_t) * (size_t)(nobj + 1));
    bool *ints = arena_alloc(g->a, sizeof(bool) * (size_t)(nobj + 1));
    for (int i = 0, k = 0; i < p->globals.len; i++) {
        Symbol *sym = p->globals.items[i];
        if (!type_is_object(sym->type) && sym->type != T_INT) continue;
        names[k] = sym->wat_name;
        addrs[k] = g->global_roots + 4u * (uint32_t)k;
        ints[k] = sym->type == T_INT;
        k++;
    }
    out->roots = (IrRoots){names, addrs, ints, nobj};
    g->nglobal_roots = nobj;
    g->points_root = arena_alloc(g->a, sizeof(uint32_t) * (size_t)(p->functions.len + 1));
    g->nglobal_roots += g_point_roots(g, g->global_roots + 4u * (uint32_t)g->nglobal_roots);
    for (int i = 0; i < 4 * g->nglobal_roots; i++) buf_putc(&out->data, 0);

    for (int i = 0; i < p->functions.len; i++) {
        Function *fn = p->functions.items[i];
        if (g_takes_depth(fn)) strmap_put(g->a, &g->depth_params, fn->wat_name, fn);
    }
    g_table_wrappers(g);
    g_bound_wrappers(g);
    g_builtin_wrappers(g);
    g_method_wrappers(g);
    g_module_value_wrappers(g);
    g->collect_free = g_collect_free(g);
    g->kept = functions_kept(g, p);
    g->waiting = arena_alloc(g->a, sizeof(bool) * (size_t)(p->functions.len + 1));
    find_body_chunks(g);
    for (int i = 0; i < p->functions.len; i++) {
        Function *fn = p->functions.items[i];
        TreeChunk *ch = body_chunk(g, fn);
        if (ch) ch->body_funcs++;
        g->waiting[fn->index] = waits_for_its_part(fn);
    }
    for (int i = 0; i < p->functions.len; i++) {
        Function *fn = p->functions.items[i];
        if (!g->waiting[fn->index]) lower_def(g, fn);
    }
    /* the modules' top-level code (run by the first import of each), then
     * the entry's (the last function: _start below reads how it ends) */
    for (int i = 1; i < p->units.len; i++) gfunction(g, ((Unit *)p->units.items[i])->body);
    gfunction(g, p->main);
    g_func_end(g);
    g_enter_file(g, c);
    /* __main is the first frame: its push cannot fail nor pass the
     * recursion limit, so only an unwinding check leaves an exception
     * pending; a program that cannot raise links no reporting code */
    bool main_raises = g->last_unwinds;
    for (int i = 0; i < p->functions.len; i++) { /* (none: each is in a part) */
        Function *fn = p->functions.items[i];
        if (g->waiting[fn->index]) lower_def(g, fn);
    }
    g_enter_file(g, c);
    g_rt(g, "rt_flush");
    IrFunc *start = g_func_begin(g, "_start", VT_NONE);
    start->may_raise = NULL; /* reports what __main leaves pending */
    ir_call(start, "__main");
    ir_close(start);
    if (main_raises) {
        g_rt(g, "rt_exc_report");
        ir_call(start, "rt_exc_report");
        ir_close(start);
    }
    g_rt(g, "rt_flush_at_exit"); /* a failing stdout is reported as CPython does at exit */
    ir_call(start, "rt_flush_at_exit");
    ir_close(start);
    if (g->nglobal_roots) {
        /* at instantiation, so that exports called before (or without)
         * _start find the roots registered */
        g_rt(g, "rt_gc_add_root_range");
        IrFunc *init = g_func_begin(g, "__ml_init", VT_NONE);
        ir_call(init, "rt_gc_add_root_range");
        ir_i32(init, (int32_t)g->global_roots);
        ir_i32(init, g->nglobal_roots);
        ir_close(init);
        out->start = "__ml_init";
    }
    bool ok = g_exports(g);
    if (out->roots.nglobals) {
        /* what every poll calls before a collection (ir_frame.c) */
        if (ir_mirror_has_ints(&out->roots)) {
            IrFunc *root_int = g_func_begin(g, IR_ROOT_INT, VT_NONE);
            root_int->may_raise = NULL;
            ir_root_int(root_int);
        }
        int n = out->roots.nglobals, nparts = (n + IR_MIRROR_PART - 1) / IR_MIRROR_PART;
        const char **parts = arena_alloc(g->a, sizeof *parts * (size_t)nparts);
        for (int k = 0; nparts > 1 && k < nparts; k++) {
            parts[k] = arena_printf(g->a, "%s.%d", IR_MIRROR_ROOTS, k + 1);
            IrFunc *part = g_func_begin(g, parts[k], VT_NONE);
            part->may_raise = NULL;
            int end = (k + 1) * IR_MIRROR_PART < n ? (k + 1) * IR_MIRROR_PART : n;
            ir_mirror_roots(part, &out->roots, k * IR_MIRROR_PART, end);
        }
        IrFunc *mirror = g_func_begin(g, IR_MIRROR_ROOTS, VT_NONE);
        mirror->may_raise = NULL;
        if (nparts == 1) ir_mirror_roots(mirror, &out->roots, 0, n);
        for (int k = 0; nparts > 1 && k < nparts; k++) {
            ir_call(mirror, parts[k]);
            ir_close(mirror);
        }
    }
    runtime_imports(g);
    g_func_end(g);
    g_sites_finish(g);
    arena_free_trim(g->keys);
    return ok && !diag_has_errors(c);
}
