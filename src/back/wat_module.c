/* Assembly of the whole module text: runtime parts the program reaches,
 * user functions, globals, exports, static data. */
#include "wat_internal.h"

#include <string.h>

#include "rtlink.h"

static void header_param(Buf *b, Symbol *sym) {
    buf_printf(b, " (param $%s %s)", sym->wat_name, type_wasm(sym->type));
}

static void gen_function(Gen *g, Function *f, Buf *funcs) {
    Buf body;
    buf_init(&body);
    g->fn = f;
    g->out = &body;
    g->ntemps = 0;
    g->labels = 0;
    g->nloops = 0;
    gstmts(g, &f->body);
    if (f->ret != T_NONE) buf_puts(&body, "(unreachable)\n");

    buf_printf(funcs, "(func $%s", f->wat_name);
    for (int i = 0; i < f->params.len; i++) header_param(funcs, f->params.items[i]);
    if (f->ret != T_NONE) buf_printf(funcs, " (result %s)", type_wasm(f->ret));
    buf_putc(funcs, '\n');
    for (int i = f->params.len; i < f->locals.len; i++) {
        Symbol *sym = f->locals.items[i];
        buf_printf(funcs, "(local $%s %s)", sym->wat_name, type_wasm(sym->type));
    }
    for (int i = 0; i < g->ntemps; i++) buf_printf(funcs, "(local $t%d %s)", i, g->temps[i].wasm_type);
    if (f->locals.len > f->params.len || g->ntemps) buf_putc(funcs, '\n');
    buf_putn(funcs, body.data ? body.data : "", body.len);
    buf_puts(funcs, ")\n");
    buf_free(&body);
}

/* A WAT string literal holding arbitrary bytes. */
static void put_wat_bytes(Buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    buf_putc(b, '"');
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
            buf_putc(b, (char)c);
        } else {
            char esc[3] = {'\\', hex[c >> 4], hex[c & 15]};
            buf_putn(b, esc, 3);
        }
    }
    buf_putc(b, '"');
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

    Buf user_funcs;
    buf_init(&user_funcs);
    for (int i = 0; i < p->functions.len; i++) gen_function(g, p->functions.items[i], &user_funcs);
    gen_function(g, p->main, &user_funcs);
    g_rt(g, "rt_flush");
    buf_puts(&user_funcs, "(func $_start (call $__main) (call $rt_flush))\n");

    uint32_t heap_base = (g->data_base + (uint32_t)g->data.len + 15u) & ~15u;
    Buf types, imports, funcs, globals, data;
    buf_init(&types), buf_init(&imports), buf_init(&funcs), buf_init(&globals), buf_init(&data);
    rtlib_emit(lib, (const char *const *)g->rt_roots.items, g->rt_roots.len, heap_base, &types, &imports, &funcs,
               &globals, &data, &out->wasi_imports);

    Buf m;
    buf_init(&m);
    buf_puts(&m, "(module\n");
    buf_putn(&m, types.data ? types.data : "", types.len);
    buf_putn(&m, imports.data ? imports.data : "", imports.len);
    buf_putn(&m, funcs.data ? funcs.data : "", funcs.len);
    buf_puts(&m, ";; ---- program ----\n");
    buf_putn(&m, user_funcs.data, user_funcs.len);
    /* Memory: static data, then the heap, which the runtime grows. */
    uint32_t pages = (heap_base + 65535u) / 65536u + 1;
    buf_printf(&m, "(memory (export \"memory\") %u)\n", pages);
    buf_putn(&m, globals.data ? globals.data : "", globals.len);
    for (int i = 0; i < p->globals.len; i++) {
        Symbol *sym = p->globals.items[i];
        buf_printf(&m, "(global $%s (mut %s) %s)\n", sym->wat_name, type_wasm(sym->type), zero_of(sym->type));
    }
    for (int i = 0; i < p->functions.len; i++) {
        Function *f = p->functions.items[i];
        if (f->late) buf_printf(&m, "(global $defined_%s (mut i32) (i32.const 0))\n", f->wat_name);
    }
    buf_puts(&m, "(export \"_start\" (func $_start))\n");
    for (int i = 0; i < p->functions.len; i++) {
        Function *f = p->functions.items[i];
        if (!strcmp(f->name, "_start") || !strcmp(f->name, "memory")) continue;
        buf_puts(&m, "(export ");
        put_wat_bytes(&m, f->name, strlen(f->name));
        buf_printf(&m, " (func $%s))\n", f->wat_name);
    }
    buf_putn(&m, data.data ? data.data : "", data.len);
    if (g->data.len) {
        buf_printf(&m, "(data (i32.const %u) ", g->data_base);
        put_wat_bytes(&m, g->data.data, g->data.len);
        buf_puts(&m, ")\n");
    }
    buf_puts(&m, ")\n");

    buf_free(&types), buf_free(&imports), buf_free(&funcs), buf_free(&globals), buf_free(&data);
    buf_free(&user_funcs);
    buf_free(&g->data);
    out->wat = buf_take(&m, &out->len);
    return !diag_has_errors(c);
}
