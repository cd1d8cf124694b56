/* The whole module as WAT text: the program is lowered (src/back/lower),
 * each function's GC frame is decided (ir_frame), the runtime parts the
 * program reaches are linked (rtlink.c), then everything is printed:
 *   (module <runtime types, imports, functions> <table> <functions>
 *           <memory> <globals> <exports> <data>) */
#include "wat_gen.h"

#include <string.h>

#include "ir/ir.h"
#include "lower/lower.h"
#include "rtlink.h"

/* A WAT string literal holding arbitrary bytes (export names are UTF-8). */
static void put_bytes(Buf *b, const char *s, size_t n) {
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

/* Memory starts zeroed, so a run of zeros in the static data (the
 * globals' root slots, cells, object padding) need not be in a segment:
 * the data is cut where at least DATA_ZERO_RUN zeros follow each other (a
 * segment costs about 8 bytes of binary), at most DATA_MAX_SEGMENTS times
 * (engines accept 100,000 segments; V8's limit). */
enum { DATA_ZERO_RUN = 16, DATA_MAX_SEGMENTS = 1000 };

static void put_segment(Buf *m, uint32_t addr, const char *bytes, size_t n) {
    buf_printf(m, "(data (i32.const %u) ", addr);
    put_bytes(m, bytes, n);
    buf_puts(m, ")\n");
}

static void put_data(Buf *m, uint32_t base, const char *bytes, size_t len) {
    size_t i = 0;
    int segments = 0;
    while (i < len) {
        while (i < len && !bytes[i]) i++; /* leading zeros */
        if (i == len) break;
        size_t start = i, end = i; /* end: after the last nonzero byte so far */
        while (i < len) {
            if (bytes[i]) {
                end = ++i;
                continue;
            }
            size_t z = i;
            while (z < len && !bytes[z]) z++;
            if (z == len) break; /* trailing zeros */
            if (z - i >= DATA_ZERO_RUN && segments + 1 < DATA_MAX_SEGMENTS) break;
            i = z;
        }
        put_segment(m, base + (uint32_t)start, bytes + start, end - start);
        segments++;
    }
}

static const char *zero_of(Type t) {
    switch (t) {
    case T_INT: return "(i64.const 0)";
    case T_FLOAT: return "(f64.const 0)";
    default: return "(i32.const 0)";
    }
}

static void put(Buf *m, const Buf *part) { buf_putn(m, part->data ? part->data : "", part->len); }

bool wat_generate(Compiler *c, Program *p, const RtText *runtime, WatOutput *out) {
    RtLib *lib = rtlib_load(c->arena, runtime);
    if (!lib) {
        diag_error(c, 0, 0, "internal error: the runtime could not be loaded");
        return false;
    }
    Lowered low = {0};
    if (!lower_program(c, p, lib, &low)) {
        buf_free(&low.data);
        buf_free(&low.text);
        return false;
    }
    PtrVec roots = {0};
    lower_runtime_roots(c->arena, &low, &roots);

    uint32_t heap_base = (low.data_base + (uint32_t)low.data.len + 15u) & ~15u;
    for (int k = 0; k < 4; k++) low.data.data[low.heap_base_cell - low.data_base + (uint32_t)k] = (char)(heap_base >> (8 * k));
    Buf types, imports, funcs, globals, data;
    buf_init(&types), buf_init(&imports), buf_init(&funcs), buf_init(&globals), buf_init(&data);
    int runtime_globals = rtlib_emit(lib, (const char *const *)roots.items, roots.len, low.heap_base_cell, &types, &imports,
                                     &funcs, &globals, &data, &out->wasi_imports);
    /* After an exception ended a call, the C stack pointer is where the
     * dead frames left it: the reset export sets it back to its initial
     * value (when the linked runtime uses a C stack at all). */
    uint32_t sp;
    if (runtime_globals > 0 && rtlib_stack_pointer(lib, &sp)) {
        ir_gset(low.reset, "__stack_pointer");
        ir_i32(low.reset, (int32_t)sp);
        ir_close(low.reset);
    }
    ir_finish(low.reset);
    ir_frame(low.reset, &low.roots, &low.cells); /* no objects: nothing to expand */

    /* The program's functions (low.text) are most of the module: the
     * header goes in front of them in their own buffer, which becomes the
     * module's, rather than the whole copied into another. */
    Buf head;
    buf_init(&head);
    buf_puts(&head, "(module\n");
    put(&head, &types);
    put(&head, &imports);
    put(&head, &funcs);
    buf_puts(&head, ";; ---- program ----\n");
    if (low.table.len) {
        buf_printf(&head, "(table %d funcref)\n(elem (i32.const 0) func", low.table.len);
        for (int i = 0; i < low.table.len; i++) buf_printf(&head, " $%s", (const char *)low.table.items[i]);
        buf_puts(&head, ")\n");
    }
    Buf m = low.text;
    buf_init(&low.text);
    buf_prepend(&m, head.data ? head.data : "", head.len);
    buf_free(&head);
    ir_print(low.reset, &m);
    if (low.start) buf_printf(&m, "(start $%s)\n", low.start);
    /* Memory: static data, then the heap, which the runtime grows. */
    uint32_t pages = (heap_base + 65535u) / 65536u + 1;
    buf_printf(&m, "(memory (export \"memory\") %u)\n", pages);
    put(&m, &globals);
    for (int i = 0; i < p->globals.len; i++) {
        Symbol *sym = p->globals.items[i];
        buf_printf(&m, "(global $%s (mut %s) %s)\n", sym->wat_name, type_wasm(sym->type), zero_of(sym->type));
        if (sym->needs_flag) buf_printf(&m, "(global $b_%s (mut i32) (i32.const 0))\n", sym->wat_name);
    }
    for (int i = 0; i < p->functions.len; i++) {
        Function *f = p->functions.items[i];
        if (f->late) buf_printf(&m, "(global $defined_%s (mut i32) (i32.const 0))\n", f->wat_name);
    }
    /* a module of the program: whether its top-level code has started */
    for (int i = 1; i < p->units.len; i++) buf_printf(&m, "(global $loaded_%d (mut i32) (i32.const 0))\n", i);
    for (int i = 0; i < low.exports.len; i++) {
        LowerExport *e = low.exports.items[i];
        buf_puts(&m, "(export ");
        put_bytes(&m, e->name, strlen(e->name));
        buf_printf(&m, " (func $%s))\n", e->func);
    }
    put(&m, &data);

    buf_free(&types), buf_free(&imports), buf_free(&funcs), buf_free(&globals), buf_free(&data);
    arena_free_trim(low.arena);
    out->text = m;
    out->data = low.data;
    out->data_base = low.data_base;
    return !diag_has_errors(c);
}

char *wat_finish(WatOutput *out, size_t *len) {
    put_data(&out->text, out->data_base, out->data.data, out->data.len);
    buf_puts(&out->text, ")\n");
    buf_free(&out->data);
    return buf_take(&out->text, len);
}

void wat_output_free(WatOutput *out) {
    buf_free(&out->text);
    buf_free(&out->data);
}
