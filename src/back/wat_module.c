/* Assembly of the whole module text: runtime parts the program reaches,
 * user functions, globals, exports, static data. */
#include "wat_internal.h"

#include <string.h>

#include "rtlink.h"
#include "wat_exports.h"

static void header_param(Buf *b, Symbol *sym) {
    buf_printf(b, " (param $%s %s)", sym->wat_name, type_wasm(sym->type));
}

/* The text the GC markers of a function body expand to (see
 * wat_internal.h). Object-typed locals and temporaries get frame slots in
 * the order: locals (params included), then temporaries. */
static void expand_markers(Gen *g, Function *f, const Buf *body, Buf *out) {
    Buf publish;
    buf_init(&publish);
    int slot = 0;
    for (int i = 0; i < f->locals.len; i++) {
        Symbol *sym = f->locals.items[i];
        if (!type_is_object(sym->type)) continue;
        buf_printf(&publish, "(i32.store offset=%d (local.get $frame) (local.get $%s))", 4 * slot++, sym->wat_name);
    }
    for (int i = 0; i < g->ntemps; i++) {
        if (!g->temps[i].obj) continue;
        buf_printf(&publish, "(i32.store offset=%d (local.get $frame) (local.get $t%d))", 4 * slot++, i);
    }
    bool frame = slot > 0;
    bool poll = g->uses_objects || frame;
    if (frame) {
        g_rt(g, "rt_gc_frame_push");
        g_rt(g, "rt_gc_frame_pop");
    }
    if (poll) g_rt(g, "rt_gc_poll");
    const char *p = body->data ? body->data : "", *end = p + body->len;
    while (p < end) {
        const char *at = memchr(p, '@', (size_t)(end - p));
        if (!at) {
            buf_putn(out, p, (size_t)(end - p));
            break;
        }
        buf_putn(out, p, (size_t)(at - p));
        const char *close = memchr(at + 1, '@', (size_t)(end - at - 1));
        size_t len = (size_t)(close - at) + 1;
        if (!strncmp(at, G_PUSH, len) && frame) {
            buf_printf(out, "(local.set $frame (call $rt_gc_frame_push (i32.const %d)))", slot);
        } else if (!strncmp(at, G_PUBLISH, len)) {
            buf_putn(out, publish.data ? publish.data : "", publish.len);
        } else if (!strncmp(at, G_POLL, len) && poll) {
            buf_putn(out, publish.data ? publish.data : "", publish.len);
            /* object globals are mirrored into their root array */
            for (int i = 0, k = 0; i < g->p->globals.len; i++) {
                Symbol *sym = g->p->globals.items[i];
                if (!type_is_object(sym->type)) continue;
                buf_printf(out, "(i32.store (i32.const %u) (global.get $%s))", g->global_roots + 4u * (unsigned)k++,
                           sym->wat_name);
            }
            buf_puts(out, "(call $rt_gc_poll)");
        } else if (!strncmp(at, G_POP, len) && frame) {
            buf_puts(out, "(call $rt_gc_frame_pop (local.get $frame))");
        }
        p = close + 1;
    }
    buf_free(&publish);
}

static void gen_function(Gen *g, Function *f, Buf *funcs) {
    Buf body;
    buf_init(&body);
    g->fn = f;
    g->out = &body;
    g->ntemps = 0;
    g->labels = 0;
    g->nloops = 0;
    g->uses_objects = false;
    for (int i = 0; i < f->locals.len; i++)
        if (type_is_object(((Symbol *)f->locals.items[i])->type)) g->uses_objects = true;
    buf_puts(&body, G_PUSH G_POLL);
    /* a render function's points are those of its last call: none yet */
    uint32_t points_root = f->is_main ? 0 : g->points_root[f->index];
    if (points_root) buf_printf(&body, "(i32.store (i32.const %u) (i32.const 0))", points_root);
    for (int i = 0; i < f->params.len; i++) g_set_bound(g, f->params.items[i], 1); /* params are bound */
    for (int i = 0; i < f->locals.len; i++) {
        /* variables inner functions use live in cells (params start bound) */
        Symbol *sym = f->locals.items[i];
        if (!sym->is_cell) continue;
        g_rt(g, "rt_cell_new");
        buf_printf(&body, " (local.set $%s (call $rt_cell_new %s))", sym->wat_name,
                   sym->kind == SYM_PARAM ? arena_printf(g->a, "(local.get $%s)", sym->wat_name) : "(i32.const 0)");
    }
    buf_putc(&body, '\n');
    gstmts(g, &f->body);
    if (f->is_lambda || type_is_object(f->ret)) {
        /* falling off the end returns None (sema made the result an
         * object type if the end is reachable) */
        g_rt(g, "rt_none");
        buf_puts(&body, G_POP "(return (call $rt_none))\n");
    } else if (f->ret != T_NONE) {
        buf_puts(&body, "(unreachable)\n");
    } else {
        buf_puts(&body, G_POP "\n");
    }

    Buf expanded;
    buf_init(&expanded);
    expand_markers(g, f, &body, &expanded);
    bool frame = false;
    for (int i = 0; i < f->locals.len && !frame; i++) frame = type_is_object(((Symbol *)f->locals.items[i])->type);
    for (int i = 0; i < g->ntemps && !frame; i++) frame = g->temps[i].obj;

    buf_printf(funcs, "(func $%s", f->wat_name);
    if (f->is_lambda) buf_puts(funcs, " (param $env i32)");
    for (int i = 0; i < f->params.len; i++) header_param(funcs, f->params.items[i]);
    if (f->ret != T_NONE) buf_printf(funcs, " (result %s)", type_wasm(f->ret));
    buf_putc(funcs, '\n');
    for (int i = f->params.len; i < f->locals.len; i++) {
        Symbol *sym = f->locals.items[i];
        buf_printf(funcs, "(local $%s %s)", sym->wat_name, type_wasm(sym->type));
    }
    for (int i = 0; i < g->ntemps; i++) buf_printf(funcs, "(local $t%d %s)", i, g->temps[i].wasm_type);
    for (int i = 0; i < f->locals.len; i++) {
        Symbol *sym = f->locals.items[i];
        if (sym->needs_flag) buf_printf(funcs, "(local $b_%s i32)", sym->wat_name);
    }
    if (frame) buf_puts(funcs, "(local $frame i32)");
    if (f->locals.len > f->params.len || g->ntemps || frame) buf_putc(funcs, '\n');
    buf_putn(funcs, expanded.data ? expanded.data : "", expanded.len);
    buf_puts(funcs, ")\n");
    buf_free(&expanded);
    buf_free(&body);
}

static const char *zero_of(Type t) {
    switch (t) {
    case T_INT: return "(i64.const 0)";
    case T_FLOAT: return "(f64.const 0)";
    default: return "(i32.const 0)";
    }
}

bool wat_generate(Compiler *c, Program *p, WatOutput *out) {
    Gen *g = arena_alloc(c->arena, sizeof *g);
    g->c = c;
    g->p = p;
    g->a = c->arena;
    buf_init(&g->data);
    RtLib *lib = rtlib_load(c->arena);
    if (!lib) {
        diag_error(c, 0, 0, "internal error: the embedded runtime could not be loaded");
        return false;
    }
    g->data_base = rtlib_data_end(lib);

    /* Object-typed globals are mirrored into a static array the collector
     * scans (wasm globals are invisible to it). */
    for (int i = 0; i < p->globals.len; i++)
        if (type_is_object(((Symbol *)p->globals.items[i])->type)) g->nglobal_roots++;
    /* then the last result of each render function (wat_exports.c) */
    while (g->data.len % 8) buf_putc(&g->data, 0);
    g->global_roots = g->data_base + (uint32_t)g->data.len;
    g->points_root = arena_alloc(c->arena, sizeof(uint32_t) * (size_t)(p->functions.len + 1));
    g->nglobal_roots += wat_point_roots(g, g->global_roots + 4u * (uint32_t)g->nglobal_roots);
    for (int i = 0; i < 4 * g->nglobal_roots; i++) buf_putc(&g->data, 0);
    Buf user_funcs, table;
    buf_init(&user_funcs);
    buf_init(&table);
    g_table(g, &user_funcs, &table);
    for (int i = 0; i < p->functions.len; i++) gen_function(g, p->functions.items[i], &user_funcs);
    gen_function(g, p->main, &user_funcs);
    g_rt(g, "rt_flush");
    buf_puts(&user_funcs, "(func $_start (call $__main) (call $rt_flush))\n");
    if (g->nglobal_roots) {
        /* at instantiation, so that exports called before (or without)
         * _start find the roots registered */
        g_rt(g, "rt_gc_add_root_range");
        buf_printf(&user_funcs, "(func $__ml_init (call $rt_gc_add_root_range (i32.const %u) (i32.const %d)))\n(start $__ml_init)\n",
                   g->global_roots, g->nglobal_roots);
    }
    Buf exports;
    buf_init(&exports);
    if (!wat_exports(g, &user_funcs, &exports)) {
        buf_free(&exports), buf_free(&user_funcs), buf_free(&table), buf_free(&g->data);
        return false;
    }

    uint32_t heap_base = (g->data_base + (uint32_t)g->data.len + 15u) & ~15u;
    Buf types, imports, funcs, globals, data;
    buf_init(&types), buf_init(&imports), buf_init(&funcs), buf_init(&globals), buf_init(&data);
    rtlib_emit(lib, (const char *const *)g->rt_roots.items, g->rt_roots.len, heap_base, &types, &imports, &funcs,
               &globals, &data, &out->wasi_imports);
    wat_reset_export(globals.data, globals.len, &user_funcs);

    Buf m;
    buf_init(&m);
    buf_puts(&m, "(module\n");
    buf_putn(&m, types.data ? types.data : "", types.len);
    buf_putn(&m, imports.data ? imports.data : "", imports.len);
    buf_putn(&m, funcs.data ? funcs.data : "", funcs.len);
    buf_puts(&m, ";; ---- program ----\n");
    buf_putn(&m, table.data ? table.data : "", table.len);
    buf_free(&table);
    buf_putn(&m, user_funcs.data, user_funcs.len);
    /* Memory: static data, then the heap, which the runtime grows. */
    uint32_t pages = (heap_base + 65535u) / 65536u + 1;
    buf_printf(&m, "(memory (export \"memory\") %u)\n", pages);
    buf_putn(&m, globals.data ? globals.data : "", globals.len);
    for (int i = 0; i < p->globals.len; i++) {
        Symbol *sym = p->globals.items[i];
        buf_printf(&m, "(global $%s (mut %s) %s)\n", sym->wat_name, type_wasm(sym->type), zero_of(sym->type));
        if (sym->needs_flag) buf_printf(&m, "(global $b_%s (mut i32) (i32.const 0))\n", sym->wat_name);
    }
    for (int i = 0; i < p->functions.len; i++) {
        Function *f = p->functions.items[i];
        if (f->late) buf_printf(&m, "(global $defined_%s (mut i32) (i32.const 0))\n", f->wat_name);
    }
    buf_putn(&m, exports.data, exports.len);
    buf_free(&exports);
    buf_putn(&m, data.data ? data.data : "", data.len);
    if (g->data.len) {
        buf_printf(&m, "(data (i32.const %u) ", g->data_base);
        wat_put_bytes(&m, g->data.data, g->data.len);
        buf_puts(&m, ")\n");
    }
    buf_puts(&m, ")\n");

    buf_free(&types), buf_free(&imports), buf_free(&funcs), buf_free(&globals), buf_free(&data);
    buf_free(&user_funcs);
    buf_free(&g->data);
    out->wat = buf_take(&m, &out->len);
    return !diag_has_errors(c);
}
