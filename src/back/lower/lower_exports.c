/* The module's exports: every top-level function under its own name, with
 * a wrapper where a value must be marshalled (export_abi.h), the point
 * stream helpers of render functions, the host's scratch buffer, flush and
 * reset. */
#include <string.h>

#include "../export_abi.h"
#include "lower_internal.h"

static void export(Gen *g, const char *name, const char *func) {
    LowerExport *e = arena_alloc(g->a, sizeof *e);
    e->name = name;
    e->func = func;
    ptrvec_push(g->a, &g->out->exports, e);
}

/* Root slots for the last result of each render function, placed by the
 * caller right after the global roots (one registered range). */
int g_point_roots(Gen *g, uint32_t first_slot) {
    int n = 0;
    for (int i = 0; i < g->p->functions.len; i++) {
        Function *f = g->p->functions.items[i];
        if (!abi_is_exported(f) || f->render_mode == RENDER_SCALAR_FIELD) continue;
        g->points_root[f->index] = first_slot + 4u * (uint32_t)n++;
    }
    return n;
}

/* The wrapper's parameters: (ptr, len) pairs for str, float arrays and
 * encoded values, the value itself otherwise. */
static void wrapper_params(Gen *g, IrFunc *w, const Function *f, int *a, int *a_len) {
    for (int i = 0; i < f->params.len; i++) {
        const Symbol *sym = f->params.items[i];
        AbiKind k = abi_param_kind(f, i);
        bool pair = k == ABI_STR || k == ABI_F64_ARRAY || k == ABI_VALUE;
        a[i] = ir_local(w, IRL_PARAM, arena_printf(g->a, "a%d", i), pair ? VT_I32 : vt(sym->type), false);
        a_len[i] = pair ? ir_local(w, IRL_PARAM, arena_printf(g->a, "a%d_len", i), VT_I32, false) : -1;
    }
}

/* The call of f with the wrapper's parameters turned into f's values. */
static void call_inner(Gen *g, IrFunc *w, const Function *f, const int *a, const int *a_len) {
    ir_call(w, f->wat_name);
    for (int i = 0; i < f->params.len; i++) {
        const Symbol *sym = f->params.items[i];
        switch (abi_param_kind(f, i)) {
        case ABI_STR:
            g_rt(g, "rt_host_str");
            ir_call(w, "rt_host_str");
            ir_get(w, a[i]);
            ir_get(w, a_len[i]);
            ir_close(w);
            break;
        case ABI_F64_ARRAY:
            g_rt(g, "rt_host_f64_seq");
            ir_call(w, "rt_host_f64_seq");
            ir_get(w, a[i]);
            ir_get(w, a_len[i]);
            ir_i32(w, sym->type == T_TUPLE);
            ir_close(w);
            break;
        case ABI_VALUE: /* the host checked it against the manifest's shape */
            g_rt(g, "rt_host_value");
            ir_call(w, "rt_host_value");
            ir_get(w, a[i]);
            ir_get(w, a_len[i]);
            ir_close(w);
            break;
        default:
            if (sym->type == T_INT) { /* a JS BigInt: any i64, tagged for the program */
                g_rt(g, "rt_int_from_i64");
                ir_call(w, "rt_int_from_i64");
                ir_get(w, a[i]);
                ir_close(w);
            } else {
                ir_get(w, a[i]);
            }
        }
    }
    if (g_takes_depth(f)) g_depth_arg(g, w);
    ir_close(w);
}

/* A function the host calls: an exception it leaves pending is reported
 * there (the traceback on stderr, then exit status 1, which the host shim
 * turns into a thrown Error). */
static IrFunc *host_entry(Gen *g, const char *name, ValType result) {
    IrFunc *f = g_func_begin(g, name, result);
    f->unwind_call = "rt_exc_report";
    return f;
}

IrFunc *g_host_entry(Gen *g, const char *name, ValType result) { return host_entry(g, name, result); }
void g_export(Gen *g, const char *name, const char *func) { export(g, name, func); }

static void gen_wrappers(Gen *g, const Function *f) {
    AbiKind r = abi_result_kind(f);
    bool has_value = f->ret != T_NONE;
    int n = f->params.len + 1;
    int *a = arena_alloc(g->a, sizeof(int) * (size_t)n), *a_len = arena_alloc(g->a, sizeof(int) * (size_t)n);
    if (r == ABI_POINTS) {
        uint32_t root = g->points_root[f->index];
        g_rt(g, "rt_host_point_count");
        g_rt(g, "rt_host_write_points");
        const char *count = arena_printf(g->a, "__points_count_%s", f->wat_name);
        IrFunc *w = host_entry(g, arena_printf(g->a, "__export_%s", f->wat_name), VT_I32);
        wrapper_params(g, w, f, a, a_len);
        if (f->is_generator) {
            /* a render function that yields its points: all of them, in a
             * list kept in its root slot (its return keeps it otherwise) */
            g_rt(g, "rt_builtin_list");
            ir_store(w, IR_I32_STORE, 0);
            ir_i32(w, (int32_t)root);
            ir_call(w, "rt_builtin_list");
            call_inner(g, w, f, a, a_len);
            ir_close(w);
            ir_close(w);
        } else {
            if (has_value) ir_open(w, IR_DROP);
            call_inner(g, w, f, a, a_len);
            if (has_value) ir_close(w);
        }
        ir_call(w, count);
        ir_close(w);
        /* the points of the last call, kept in the function's root slot */
        IrFunc *c = host_entry(g, count, VT_I32);
        ir_call(c, "rt_host_point_count");
        ir_load(c, IR_I32_LOAD, 0);
        ir_i32(c, (int32_t)root);
        ir_close(c);
        ir_close(c);
        IrFunc *wp = host_entry(g, arena_printf(g->a, "__points_write_%s", f->wat_name), VT_I32);
        int ptr = ir_local(wp, IRL_PARAM, "ptr", VT_I32, false), cap = ir_local(wp, IRL_PARAM, "cap", VT_I32, false);
        ir_call(wp, "rt_host_write_points");
        ir_load(wp, IR_I32_LOAD, 0);
        ir_i32(wp, (int32_t)root);
        ir_close(wp);
        ir_get(wp, ptr);
        ir_get(wp, cap);
        ir_close(wp);
        return;
    }
    if (r == ABI_TUPLE) {
        int arity = abi_tuple_arity(f);
        g_rt(g, "rt_host_write_tuple");
        g_rt(g, "rt_host_item_f64");
        /* out_params (the preferred lowering): f(args..., out) -> count */
        IrFunc *w = host_entry(g, arena_printf(g->a, "__export_%s", f->wat_name), VT_I32);
        wrapper_params(g, w, f, a, a_len);
        int out = ir_local(w, IRL_PARAM, "out", VT_I32, false);
        ir_call(w, "rt_host_write_tuple");
        call_inner(g, w, f, a, a_len);
        ir_get(w, out);
        ir_close(w);
        /* multi_value: f_multi_value(args...) -> (f64 x n) */
        IrFunc *mv = host_entry(g, arena_printf(g->a, "__export_mv_%s", f->wat_name), VT_F64);
        mv->nresults = arity;
        wrapper_params(g, mv, f, a, a_len);
        int res = ir_local(mv, IRL_VAR, "r", VT_I32, false);
        ir_set(mv, res);
        call_inner(g, mv, f, a, a_len);
        ir_close(mv);
        for (int i = 0; i < arity; i++) {
            ir_call(mv, "rt_host_item_f64");
            ir_get(mv, res);
            ir_i32(mv, i);
            ir_close(mv);
        }
        return;
    }
    IrFunc *w = host_entry(g, arena_printf(g->a, "__export_%s", f->wat_name), has_value ? vt(f->ret) : VT_NONE);
    wrapper_params(g, w, f, a, a_len);
    bool int_result = has_value && f->ret == T_INT; /* tagged -> a plain i64, or the big int's sentinel */
    if (int_result) {
        g_rt(g, "rt_host_int_result");
        ir_call(w, "rt_host_int_result");
    }
    call_inner(g, w, f, a, a_len);
    if (int_result) ir_close(w);
}

/* An export name taken twice (a user function called `draw_point_count`
 * next to a render function `draw`) would make an invalid module. */
static bool name_taken(const Program *p, const Function *self, const char *name, const char *suffix) {
    size_t n = strlen(name);
    for (int i = 0; i < p->functions.len; i++) {
        const Function *f = p->functions.items[i];
        if (f == self || !abi_is_exported(f)) continue;
        if (!strncmp(f->name, name, n) && !strcmp(f->name + n, suffix)) return true;
    }
    return false;
}

bool g_exports(Gen *g) {
    Program *p = g->p;
    bool ok = true;
    export(g, "_start", "_start");
    for (int i = 0; i < p->functions.len; i++) {
        Function *f = p->functions.items[i];
        if (!abi_is_exported(f)) continue;
        gen_wrappers(g, f); /* every export reports its exceptions */
        export(g, f->name, arena_printf(g->a, "__export_%s", f->wat_name));
        const char *extra[2] = {NULL, NULL};
        if (abi_result_kind(f) == ABI_POINTS) {
            extra[0] = ABI_POINT_COUNT_SUFFIX;
            extra[1] = ABI_WRITE_POINTS_SUFFIX;
            export(g, arena_printf(g->a, "%s%s", f->name, ABI_POINT_COUNT_SUFFIX),
                   arena_printf(g->a, "__points_count_%s", f->wat_name));
            export(g, arena_printf(g->a, "%s%s", f->name, ABI_WRITE_POINTS_SUFFIX),
                   arena_printf(g->a, "__points_write_%s", f->wat_name));
        } else if (abi_result_kind(f) == ABI_TUPLE) {
            extra[0] = ABI_MULTI_VALUE_SUFFIX;
            export(g, arena_printf(g->a, "%s%s", f->name, ABI_MULTI_VALUE_SUFFIX),
                   arena_printf(g->a, "__export_mv_%s", f->wat_name));
        }
        for (int k = 0; k < 2; k++) {
            if (extra[k] && name_taken(p, f, f->name, extra[k])) {
                diag_error(g->c, f->def->line, f->def->col,
                           "the function '%s%s' clashes with the export '%s%s' of '%s': rename one of them", f->name,
                           extra[k], f->name, extra[k], f->name);
                ok = false;
            }
        }
    }
    g_dom_exports(g);
    /* print() is buffered and flushed at exit: a host calling exports
     * flushes after each call (the manifest's flush_export). */
    IrFunc *flush = host_entry(g, ABI_FLUSH, VT_NONE);
    g_rt(g, "rt_flush");
    ir_call(flush, "rt_flush");
    ir_close(flush);
    bool buffer = abi_uses_host_buffer(p);
    if (buffer) {
        g_rt(g, "rt_host_buffer");
        IrFunc *hb = host_entry(g, ABI_HOST_BUFFER, VT_I32);
        int size = ir_local(hb, IRL_PARAM, "size", VT_I32, false);
        ir_call(hb, "rt_host_buffer");
        ir_get(hb, size);
        ir_close(hb);
    }
    bool big_int = abi_uses_big_int(p);
    if (big_int) {
        g_rt(g, "rt_host_big_result");
        IrFunc *bi = host_entry(g, ABI_BIG_INT, VT_I32);
        ir_call(bi, "rt_host_big_result");
        ir_close(bi);
    }
    /* The reset export's body: the runtime's reset; wat_module.c adds the
     * C stack pointer's reset when the linked runtime has one. */
    g_rt(g, "rt_host_reset");
    g_func_end(g);
    IrFunc *reset = ir_func_new(g->a, ABI_RESET, VT_NONE); /* printed by wat_module.c */
    ir_call(reset, "rt_host_reset");
    ir_close(reset);
    /* an export that trapped (out of stack, say) left its depth behind;
     * a new program run starts with CPython's default limit */
    ir_store(reset, IR_I32_STORE, 0);
    ir_i32(reset, (int32_t)g->out->cells.depth);
    ir_i32(reset, IR_DEPTH_BASE);
    ir_close(reset);
    ir_store(reset, IR_I32_STORE, 0);
    ir_i32(reset, (int32_t)g->out->cells.limit);
    ir_i32(reset, IR_RECURSION_LIMIT);
    ir_close(reset);
    g->out->reset = reset;
    export(g, ABI_RESET, ABI_RESET);
    export(g, ABI_FLUSH, ABI_FLUSH);
    if (buffer) export(g, ABI_HOST_BUFFER, ABI_HOST_BUFFER);
    if (big_int) export(g, ABI_BIG_INT, ABI_BIG_INT);
    const char *const own[] = {ABI_FLUSH, ABI_RESET, buffer ? ABI_HOST_BUFFER : NULL, big_int ? ABI_BIG_INT : NULL};
    for (int i = 0; i < 4; i++) {
        const Function *f = own[i] ? sema_function_named(p->units.items[0], own[i]) : NULL;
        if (f && abi_is_exported(f)) {
            diag_error(g->c, f->def->line, f->def->col, "a function cannot be called '%s': the module exports its own",
                       own[i]);
            ok = false;
        }
    }
    return ok;
}
