/* Comprehensions: their variables live in a scope of their own (Python 3:
 * they do not leak), implemented as hidden locals of the enclosing
 * function. A generator expression is a generator function of its own
 * (sema_genexp), inside a comprehension too (lazy, as CPython's: any() and
 * next() over it stop early), with the comprehension's variables it reads
 * as its free variables. */
#include <string.h>

#include "sema_internal.h"

Symbol *sema_resolve(Sema *s, const char *name) {
    for (int i = s->comp_syms.len - 1; i >= 0; i--) {
        Symbol *sym = s->comp_syms.items[i];
        if (!strcmp(sym->name, name)) return sym;
    }
    Symbol *sym = sema_variable(s->p, s->fn, name);
    if (sym && sym->kind != SYM_GLOBAL) return sym;
    /* not a local: maybe a variable of an enclosing function */
    Symbol *free = sema_capture(s, s->fn, name);
    return free ? free : sym;
}

/* The comprehension's variables, created once (e->u.comp.syms keeps them). */
static void collect_names(Sema *s, Expr *t, PtrVec *out) {
    if (t->kind == E_NAME) {
        for (int i = 0; i < out->len; i++)
            if (!strcmp(((Symbol *)out->items[i])->name, t->u.name.name)) return;
        Arena *a = s->c->arena;
        Symbol *sym = arena_alloc(a, sizeof *sym);
        sym->name = t->u.name.name;
        sym->kind = SYM_LOCAL;
        sym->comp_var = true;
        sym->line = t->line;
        sym->col = t->col;
        sym->wat_name = sema_mangle(a, arena_printf(a, "c%d_", s->fn->locals.len), sym->name);
        ptrvec_push(a, out, sym);
        ptrvec_push(a, &s->fn->locals, sym);
    } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
        for (int i = 0; i < t->u.seq.items.len; i++) collect_names(s, t->u.seq.items.items[i], out);
    }
}

Type sema_comprehension(Sema *s, Expr *e) {
    PtrVec *gens = &e->u.comp.generators;
    PtrVec *syms = e->u.comp.syms;
    if (!syms) {
        syms = arena_alloc(s->c->arena, sizeof *syms);
        for (int i = 0; i < gens->len; i++) collect_names(s, ((Comprehension *)gens->items[i])->target, syms);
        e->u.comp.syms = syms;
    }
    /* The first iterable is evaluated in the enclosing scope; everything
     * after it sees the comprehension's variables. */
    int base = s->comp_syms.len;
    for (int i = 0; i < gens->len; i++) {
        Comprehension *c = gens->items[i];
        if (c->is_async && s->report) /* in an async def it was hoisted (sema_await_comp.c) */
            diag_error(s->c, e->line, e->col, "asynchronous comprehension outside of an asynchronous function");
        Type item;
        bool counting = sema_range_loop(s, c->iter);
        if (counting) {
            item = T_INT;
        } else {
            Type t = sema_expr(s, c->iter);
            sema_list_hint(c->iter);
            item = t == T_STR ? T_STR : t == T_UNKNOWN ? T_UNKNOWN : T_OBJ;
        }
        if (i == 0)
            for (int k = 0; k < syms->len; k++) ptrvec_push(s->c->arena, &s->comp_syms, syms->items[k]);
        s->counting_target = counting && c->target->kind == E_NAME;
        s->counting_nonneg = s->counting_target && sema_range_nonneg(c->iter);
        sema_assign_target(s, c->target, item, e->line, e->col);
        s->counting_target = s->counting_nonneg = false;
        for (int k = 0; k < c->ifs.len; k++) sema_expr(s, c->ifs.items[k]);
    }
    sema_expr(s, e->u.comp.elt);
    if (e->kind == E_DICTCOMP) sema_expr(s, e->u.comp.key);
    s->comp_syms.len = base;
    switch (e->kind) {
    case E_SETCOMP: return T_SET;
    case E_DICTCOMP: return T_DICT;
    default: return T_LIST;
    }
}
