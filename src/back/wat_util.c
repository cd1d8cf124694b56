/* Small services of the WAT generator: runtime roots, static strings,
 * temporaries, raising. */
#include "wat_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../util/utf8.h"

void g_rt(Gen *g, const char *fn) {
    for (int i = 0; i < g->rt_roots.len; i++)
        if (!strcmp(g->rt_roots.items[i], fn)) return;
    ptrvec_push(g->a, &g->rt_roots, (void *)fn);
}

static void put_u32(Buf *b, uint32_t v) {
    char bytes[4] = {(char)(v & 0xff), (char)((v >> 8) & 0xff), (char)((v >> 16) & 0xff),
                     (char)((v >> 24) & 0xff)};
    buf_putn(b, bytes, 4);
}

/* Static strings use the runtime's RtStr layout with RT_FLAG_STATIC, so the
 * runtime treats them like any other string. Identical literals share. */
uint32_t g_str(Gen *g, const char *s, size_t len) {
    for (int i = 0; i < g->strlits.len; i++) {
        StrLit *l = g->strlits.items[i];
        if (l->len == len && !memcmp(l->data, s, len)) return l->addr;
    }
    StrLit *l = arena_alloc(g->a, sizeof *l);
    l->data = s;
    l->len = len;
    l->addr = g->data_base + (uint32_t)g->data.len;
    put_u32(&g->data, RT_TYPE_STR | RT_FLAG_STATIC);
    put_u32(&g->data, 0);
    put_u32(&g->data, (uint32_t)len);
    put_u32(&g->data, (uint32_t)utf8_count(s, len));
    buf_putn(&g->data, s, len);
    buf_putc(&g->data, 0);
    while (g->data.len % 8) buf_putc(&g->data, 0);
    ptrvec_push(g->a, &g->strlits, l);
    return l->addr;
}

int g_temp(Gen *g, Type t) {
    const char *wt = type_wasm(t);
    bool obj = type_is_object(t);
    if (obj) g->uses_objects = true;
    for (int i = 0; i < g->ntemps; i++)
        if (!g->temps[i].busy && g->temps[i].obj == obj && !strcmp(g->temps[i].wasm_type, wt)) {
            g->temps[i].busy = true;
            return i;
        }
    if (g->ntemps == (int)(sizeof g->temps / sizeof g->temps[0])) {
        diag_error(g->c, 0, 0, "function '%s' is too complex (out of temporaries)", g->fn->name);
        return 0;
    }
    g->temps[g->ntemps].wasm_type = wt;
    g->temps[g->ntemps].busy = true;
    g->temps[g->ntemps].obj = obj;
    return g->ntemps++;
}

void g_free_temp(Gen *g, int idx) { g->temps[idx].busy = false; }

void g_raise(Gen *g, int kind, const char *msg) {
    g_rt(g, "rt_raise");
    uint32_t addr = msg ? g_str(g, msg, strlen(msg)) : 0;
    buf_printf(g->out, "(call $rt_raise (i32.const %d) (i32.const %u)) (unreachable)", kind, addr);
}

void g_raisef(Gen *g, int kind, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char tmp[512];
    vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    g_raise(g, kind, arena_strdup(g->a, tmp));
}

static bool vec_may_poll(Gen *g, const PtrVec *v) {
    for (int i = 0; i < v->len; i++)
        if (v->items[i] && g_may_poll(g, v->items[i])) return true;
    return false;
}

bool g_may_poll(Gen *g, const Expr *e) {
    if (!e) return false;
    switch (e->kind) {
    case E_CALL: {
        const Expr *fn = e->u.call.func;
        /* builtins and methods run in the runtime, which never collects;
         * user code (a def, a lambda, a key= function) polls */
        if (e->call && e->call->runs_user_code) return true;
        if (fn->kind != E_NAME && g_may_poll(g, fn)) return true;
        if (vec_may_poll(g, &e->u.call.args)) return true;
        for (int i = 0; i < e->u.call.keywords.len; i++)
            if (g_may_poll(g, ((const Keyword *)e->u.call.keywords.items[i])->value)) return true;
        return false;
    }
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP:
    case E_GENEXP: return true;
    case E_BINOP: return g_may_poll(g, e->u.binop.left) || g_may_poll(g, e->u.binop.right);
    case E_UNARY:
    case E_AWAIT: return g_may_poll(g, e->u.unary.operand);
    case E_BOOLOP: return vec_may_poll(g, &e->u.boolop.values);
    case E_COMPARE: return g_may_poll(g, e->u.compare.left) || vec_may_poll(g, &e->u.compare.comparators);
    case E_ATTR: return g_may_poll(g, e->u.attr.value);
    case E_SUBSCRIPT: return g_may_poll(g, e->u.subscript.value) || g_may_poll(g, e->u.subscript.index);
    case E_SLICE: return g_may_poll(g, e->u.slice.lower) || g_may_poll(g, e->u.slice.upper) || g_may_poll(g, e->u.slice.step);
    case E_TUPLE:
    case E_LIST:
    case E_SET: return vec_may_poll(g, &e->u.seq.items);
    case E_DICT: return vec_may_poll(g, &e->u.dict.keys) || vec_may_poll(g, &e->u.dict.values);
    case E_IFEXP: return g_may_poll(g, e->u.ifexp.test) || g_may_poll(g, e->u.ifexp.body) || g_may_poll(g, e->u.ifexp.orelse);
    case E_WALRUS: return g_may_poll(g, e->u.walrus.value);
    case E_STARRED:
    case E_DOUBLESTARRED: return g_may_poll(g, e->u.starred.value);
    case E_FSTRING: return vec_may_poll(g, &e->u.fstr.parts);
    case E_FORMATTED: return g_may_poll(g, e->u.formatted.value) || g_may_poll(g, e->u.formatted.spec);
    default: return false;
    }
}

Expr *g_spill(Gen *g, Expr *e, Type ty, int *temp) {
    int t = g_temp(g, ty);
    buf_printf(g->out, "(local.set $t%d ", t);
    gx(g, e, ty);
    buf_puts(g->out, ") ");
    Symbol *sym = arena_alloc(g->a, sizeof *sym);
    sym->name = "(temporary)";
    sym->kind = SYM_LOCAL;
    sym->type = ty;
    sym->wat_name = arena_printf(g->a, "t%d", t);
    Expr *ref = arena_alloc(g->a, sizeof *ref);
    ref->kind = E_NAME;
    ref->line = e->line;
    ref->col = e->col;
    ref->type = ty;
    ref->sym = sym;
    ref->u.name.name = sym->name;
    *temp = t;
    return ref;
}

void g_set_bound(Gen *g, Symbol *sym, int value) {
    if (!sym->needs_flag) return;
    buf_printf(g->out, " (%s $b_%s (i32.const %d))", sym->kind == SYM_GLOBAL ? "global.set" : "local.set", sym->wat_name,
               value);
}

bool g_sym_is_cell(const Symbol *sym) { return sym->is_cell || sym->kind == SYM_FREE; }

/* The cell object of a captured variable: a cell local holds it; a free
 * variable finds it in the function's env tuple (items from +16). */
void g_cell_ptr(Gen *g, const Symbol *sym) {
    if (sym->kind == SYM_FREE) buf_printf(g->out, "(i32.load offset=%d (local.get $env))", 16 + 4 * sym->env_index);
    else buf_printf(g->out, "(local.get $%s)", sym->wat_name);
}

void g_sym_get(Gen *g, Symbol *sym) {
    if (!g_sym_is_cell(sym)) {
        buf_printf(g->out, "(%s $%s)", sym->kind == SYM_GLOBAL ? "global.get" : "local.get", sym->wat_name);
        return;
    }
    /* a cell's value is NULL until bound (or after del) */
    int t = g_temp(g, T_OBJ);
    buf_printf(g->out, "(block (result i32) (local.set $t%d (i32.load offset=8 ", t);
    g_cell_ptr(g, sym);
    buf_printf(g->out, ")) (if (i32.eqz (local.get $t%d)) (then ", t);
    if (sym->kind == SYM_FREE)
        g_raisef(g, RT_EXC_NAME, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                 sym->name);
    else
        g_raisef(g, RT_EXC_UNBOUND_LOCAL, "cannot access local variable '%s' where it is not associated with a value",
                 sym->name);
    buf_printf(g->out, ")) (local.get $t%d))", t);
    g_free_temp(g, t);
}

void g_sym_set_open(Gen *g, Symbol *sym) {
    if (g_sym_is_cell(sym)) {
        buf_puts(g->out, "(i32.store offset=8 ");
        g_cell_ptr(g, sym);
        buf_putc(g->out, ' ');
        return;
    }
    buf_printf(g->out, "(%s $%s ", sym->kind == SYM_GLOBAL ? "global.set" : "local.set", sym->wat_name);
}
