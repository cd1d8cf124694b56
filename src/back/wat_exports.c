/* The module's exports: every top-level function under its own name, with
 * a wrapper where a value must be marshalled (export_abi.h), the point
 * stream helpers of render functions, the host's scratch buffer, and the
 * start function that registers the module's GC roots at instantiation
 * (so that exports called without running _start are safe too). */
#include "wat_exports.h"

#include <string.h>

#include "export_abi.h"

/* A WAT string literal holding arbitrary bytes (export names are UTF-8). */
void wat_put_bytes(Buf *b, const char *s, size_t n) {
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

static void export_line(Buf *b, const char *name, const char *suffix, const char *func) {
    Buf full;
    buf_init(&full);
    buf_puts(&full, name);
    buf_puts(&full, suffix);
    buf_puts(b, "(export ");
    wat_put_bytes(b, full.data, full.len);
    buf_printf(b, " (func $%s))\n", func);
    buf_free(&full);
}

/* Root slots for the last result of each render function, placed by the
 * caller right after the global roots (one registered range). */
int wat_point_roots(Gen *g, uint32_t first_slot) {
    int n = 0;
    for (int i = 0; i < g->p->functions.len; i++) {
        Function *f = g->p->functions.items[i];
        if (!abi_is_exported(f) || f->render_mode == RENDER_SCALAR_FIELD) continue;
        g->points_root[f->index] = first_slot + 4u * (uint32_t)n++;
    }
    return n;
}

/* The call of f with the wrapper's parameters turned into f's values. */
static void call_inner(Gen *g, const Function *f, Buf *b) {
    buf_printf(b, "(call $%s", f->wat_name);
    for (int i = 0; i < f->params.len; i++) {
        const Symbol *sym = f->params.items[i];
        switch (abi_param_kind(sym->type)) {
        case ABI_STR:
            g_rt(g, "rt_host_str");
            buf_printf(b, " (call $rt_host_str (local.get $a%d) (local.get $a%d_len))", i, i);
            break;
        case ABI_F64_ARRAY:
            g_rt(g, "rt_host_f64_seq");
            buf_printf(b, " (call $rt_host_f64_seq (local.get $a%d) (local.get $a%d_len) (i32.const %d))", i, i,
                       sym->type == T_TUPLE);
            break;
        default: buf_printf(b, " (local.get $a%d)", i);
        }
    }
    buf_putc(b, ')');
}

static void wrapper_params(const Function *f, Buf *b) {
    for (int i = 0; i < f->params.len; i++) {
        const Symbol *sym = f->params.items[i];
        AbiKind k = abi_param_kind(sym->type);
        if (k == ABI_STR || k == ABI_F64_ARRAY) buf_printf(b, " (param $a%d i32) (param $a%d_len i32)", i, i);
        else buf_printf(b, " (param $a%d %s)", i, type_wasm(sym->type));
    }
}

static void gen_wrappers(Gen *g, const Function *f, Buf *b) {
    AbiKind r = abi_result_kind(f);
    bool has_value = f->ret != T_NONE;
    if (r == ABI_POINTS) {
        g_rt(g, "rt_host_point_count");
        g_rt(g, "rt_host_write_points");
        buf_printf(b, "(func $__export_%s", f->wat_name);
        wrapper_params(f, b);
        buf_puts(b, " (result i32)\n  ");
        if (has_value) buf_puts(b, "(drop ");
        call_inner(g, f, b);
        if (has_value) buf_putc(b, ')');
        buf_printf(b, "\n  (call $__points_count_%s))\n", f->wat_name);
        buf_printf(b, "(func $__points_count_%s (result i32) (call $rt_host_point_count (i32.load (i32.const %u))))\n",
                   f->wat_name, g->points_root[f->index]);
        buf_printf(b,
                   "(func $__points_write_%s (param $ptr i32) (param $cap i32) (result i32)\n"
                   "  (call $rt_host_write_points (i32.load (i32.const %u)) (local.get $ptr) (local.get $cap)))\n",
                   f->wat_name, g->points_root[f->index]);
        return;
    }
    if (r == ABI_TUPLE) {
        int n = abi_tuple_arity(f);
        g_rt(g, "rt_host_write_tuple");
        g_rt(g, "rt_host_item_f64");
        /* out_params (the preferred lowering): f(args..., out) -> count */
        buf_printf(b, "(func $__export_%s", f->wat_name);
        wrapper_params(f, b);
        buf_puts(b, " (param $out i32) (result i32)\n  (call $rt_host_write_tuple ");
        call_inner(g, f, b);
        buf_puts(b, " (local.get $out)))\n");
        /* multi_value: f_multi_value(args...) -> (f64 x n) */
        buf_printf(b, "(func $__export_mv_%s", f->wat_name);
        wrapper_params(f, b);
        buf_puts(b, " (result");
        for (int i = 0; i < n; i++) buf_puts(b, " f64");
        buf_puts(b, ") (local $r i32)\n  (local.set $r ");
        call_inner(g, f, b);
        buf_puts(b, ")\n ");
        for (int i = 0; i < n; i++) buf_printf(b, " (call $rt_host_item_f64 (local.get $r) (i32.const %d))", i);
        buf_puts(b, ")\n");
        return;
    }
    buf_printf(b, "(func $__export_%s", f->wat_name);
    wrapper_params(f, b);
    if (has_value) buf_printf(b, " (result %s)", type_wasm(f->ret));
    buf_puts(b, "\n  ");
    call_inner(g, f, b);
    buf_puts(b, ")\n");
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

bool wat_exports(Gen *g, Buf *funcs, Buf *exports) {
    Program *p = g->p;
    bool ok = true;
    buf_puts(exports, "(export \"_start\" (func $_start))\n");
    for (int i = 0; i < p->functions.len; i++) {
        Function *f = p->functions.items[i];
        if (!abi_is_exported(f)) continue;
        if (!abi_needs_wrapper(f)) {
            export_line(exports, f->name, "", f->wat_name);
            continue;
        }
        gen_wrappers(g, f, funcs);
        export_line(exports, f->name, "", arena_printf(g->a, "__export_%s", f->wat_name));
        const char *extra[2] = {NULL, NULL};
        if (abi_result_kind(f) == ABI_POINTS) {
            extra[0] = ABI_POINT_COUNT_SUFFIX;
            extra[1] = ABI_WRITE_POINTS_SUFFIX;
            export_line(exports, f->name, ABI_POINT_COUNT_SUFFIX, arena_printf(g->a, "__points_count_%s", f->wat_name));
            export_line(exports, f->name, ABI_WRITE_POINTS_SUFFIX, arena_printf(g->a, "__points_write_%s", f->wat_name));
        } else if (abi_result_kind(f) == ABI_TUPLE) {
            extra[0] = ABI_MULTI_VALUE_SUFFIX;
            export_line(exports, f->name, ABI_MULTI_VALUE_SUFFIX, arena_printf(g->a, "__export_mv_%s", f->wat_name));
        }
        for (int k = 0; k < 2; k++) {
            if (extra[k] && name_taken(p, f, f->name, extra[k])) {
                diag_error(g->c, f->def->line, f->def->col,
                           "the function '%s%s' clashes with the export '%s%s' of '%s': rename one of them",
                           f->name, extra[k], f->name, extra[k], f->name);
                ok = false;
            }
        }
    }
    /* the reset export's body comes with the runtime's globals
     * (wat_reset_export) */
    g_rt(g, "rt_host_reset");
    buf_puts(exports, "(export \"" ABI_RESET "\" (func $" ABI_RESET "))\n");
    /* print() is buffered and flushed at exit: a host calling exports
     * flushes after each call (the manifest's flush_export). */
    buf_puts(funcs, "(func $" ABI_FLUSH " (call $rt_flush))\n");
    buf_puts(exports, "(export \"" ABI_FLUSH "\" (func $" ABI_FLUSH "))\n");
    bool buffer = abi_uses_host_buffer(p);
    if (buffer) {
        g_rt(g, "rt_host_buffer");
        buf_puts(funcs, "(func $" ABI_HOST_BUFFER " (param $size i32) (result i32) (call $rt_host_buffer (local.get $size)))\n");
        buf_puts(exports, "(export \"" ABI_HOST_BUFFER "\" (func $" ABI_HOST_BUFFER "))\n");
    }
    const char *const own[] = {ABI_FLUSH, ABI_RESET, buffer ? ABI_HOST_BUFFER : NULL};
    for (int i = 0; i < 3; i++) {
        const Function *f = own[i] ? sema_function_named(p, own[i]) : NULL;
        if (f && abi_is_exported(f)) {
            diag_error(g->c, f->def->line, f->def->col, "a function cannot be called '%s': the module exports its own",
                       own[i]);
            ok = false;
        }
    }
    return ok;
}

void wat_reset_export(const char *runtime_globals, size_t len, Buf *funcs) {
    /* After an exception ended a call, the C stack pointer is where the
     * dead frames left it: back to its initial value (the runtime's
     * global, when the linked runtime uses a C stack at all). */
    static const char sp[] = "(global $__stack_pointer (mut i32) (i32.const ";
    buf_puts(funcs, "(func $" ABI_RESET " (call $rt_host_reset)");
    const char *at = NULL;
    for (size_t i = 0; runtime_globals && !at && i + sizeof sp - 1 <= len; i++)
        if (!memcmp(runtime_globals + i, sp, sizeof sp - 1)) at = runtime_globals + i;
    if (at) {
        const char *v = at + sizeof sp - 1;
        size_t n = 0;
        while (v + n < runtime_globals + len && v[n] >= '0' && v[n] <= '9') n++;
        buf_printf(funcs, " (global.set $__stack_pointer (i32.const %.*s))", (int)n, v);
    }
    buf_puts(funcs, ")\n");
}
