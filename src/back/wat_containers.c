/* Lowering of containers: displays, indexing and slicing, methods and the
 * container builtins (through the table of sema/methods.c), iteration and
 * unpacking. Items of containers are always boxed objects. */
#include "wat_internal.h"

#include <string.h>

#include "../sema/methods.h"

/* An 8-byte cell in static data for out-parameters of runtime calls (read
 * right after the call, so one cell serves every use). */
static uint32_t scratch(Gen *g) {
    if (!g->scratch_addr) {
        while (g->data.len % 8) buf_putc(&g->data, 0);
        g->scratch_addr = g->data_base + (uint32_t)g->data.len;
        buf_putn(&g->data, "\0\0\0\0\0\0\0\0", 8);
    }
    return g->scratch_addr;
}

void gdisplay(Gen *g, Expr *e) {
    if (e->kind == E_DICT) {
        int n = e->u.dict.keys.len;
        int t = g_temp(g, T_DICT);
        g_rt(g, "rt_dict_new");
        buf_printf(g->out, "(block (result i32) (local.set $t%d (call $rt_dict_new))", t);
        if (n) g_rt(g, "rt_dict_setitem");
        for (int i = 0; i < n; i++) {
            Expr *key = e->u.dict.keys.items[i];
            int tk = -1;
            if (g_may_poll(g, e->u.dict.values.items[i])) key = g_spill(g, key, T_OBJ, &tk);
            buf_printf(g->out, " (call $rt_dict_setitem (local.get $t%d) ", t);
            gx(g, key, T_OBJ);
            buf_putc(g->out, ' ');
            gx(g, e->u.dict.values.items[i], T_OBJ);
            buf_puts(g->out, ")");
            if (tk >= 0) g_free_temp(g, tk);
        }
        buf_printf(g->out, " (local.get $t%d))", t);
        g_free_temp(g, t);
        return;
    }
    int n = e->u.seq.items.len;
    int t = g_temp(g, T_OBJ);
    const char *make = e->kind == E_TUPLE ? "rt_tuple_new" : e->kind == E_LIST ? "rt_list_new" : "rt_set_new";
    g_rt(g, make);
    buf_printf(g->out, "(block (result i32) (local.set $t%d (call $%s", t, make);
    if (e->kind != E_SET) buf_printf(g->out, " (i32.const %d)", n);
    buf_puts(g->out, "))");
    const char *put = e->kind == E_TUPLE ? "rt_tuple_set" : e->kind == E_LIST ? "rt_list_append" : "rt_set_add";
    if (n) g_rt(g, put);
    for (int i = 0; i < n; i++) {
        buf_printf(g->out, " (call $%s (local.get $t%d) ", put, t);
        if (e->kind == E_TUPLE) buf_printf(g->out, "(i32.const %d) ", i);
        gx(g, e->u.seq.items.items[i], T_OBJ);
        buf_puts(g->out, ")");
    }
    buf_printf(g->out, " (local.get $t%d))", t);
    g_free_temp(g, t);
}

/* start, stop, step and the flags saying which were given. */
static void slice_args(Gen *g, Expr *sl) {
    Expr *parts[3] = {sl->u.slice.lower, sl->u.slice.upper, sl->u.slice.step};
    int flags = 0;
    for (int i = 0; i < 3; i++) {
        buf_putc(g->out, ' ');
        if (parts[i]) {
            gx(g, parts[i], T_INT);
            flags |= 1 << i;
        } else {
            buf_puts(g->out, "(i64.const 0)");
        }
    }
    buf_printf(g->out, " (i32.const %d)", flags);
}

void gsubscript(Gen *g, Expr *e) {
    Expr *v = e->u.subscript.value, *index = e->u.subscript.index;
    if (type_is_object(v->type) && g_may_poll(g, index)) {
        int t;
        buf_printf(g->out, "(block (result %s) ", type_wasm(e->type == T_NEVER ? T_INT : e->type));
        Expr copy = *e;
        copy.u.subscript.value = g_spill(g, v, v->type, &t);
        gsubscript(g, &copy);
        buf_puts(g->out, ")");
        g_free_temp(g, t);
        return;
    }
    if (e->type == T_NEVER) {
        buf_puts(g->out, "(drop ");
        gx(g, v, v->type == T_NEVER ? T_INT : v->type);
        buf_puts(g->out, ") ");
        g_raisef(g, RT_EXC_TYPE, "'%s' object is not subscriptable", type_name(v->type));
        return;
    }
    if (index->kind == E_SLICE) {
        const char *fn = v->type == T_STR ? "rt_str_slice" : "rt_dyn_getslice";
        g_rt(g, fn);
        buf_printf(g->out, "(call $%s ", fn);
        gx(g, v, v->type == T_STR ? T_STR : T_OBJ);
        slice_args(g, index);
        buf_puts(g->out, ")");
        return;
    }
    if (v->type == T_STR) {
        g_rt(g, "rt_str_getitem");
        buf_puts(g->out, "(call $rt_str_getitem ");
        gx(g, v, T_STR);
        buf_putc(g->out, ' ');
        gx(g, index, T_INT);
        buf_puts(g->out, ")");
        return;
    }
    if ((v->type == T_LIST || v->type == T_TUPLE) && (index->type == T_INT || index->type == T_BOOL)) {
        g_rt(g, "rt_dyn_getitem_int");
        buf_puts(g->out, "(call $rt_dyn_getitem_int ");
        gx(g, v, v->type);
        buf_putc(g->out, ' ');
        gx(g, index, T_INT);
        buf_puts(g->out, ")");
        return;
    }
    g_rt(g, "rt_dyn_getitem");
    buf_puts(g->out, "(call $rt_dyn_getitem ");
    gx(g, v, T_OBJ);
    buf_putc(g->out, ' ');
    gx(g, index, T_OBJ);
    buf_puts(g->out, ")");
}

/* A call through a MethodSig row; recv NULL for builtins. */
static void table_call(Gen *g, const MethodSig *m, Expr *recv, Expr *e) {
    bool spill = false;
    for (int i = 0; i < m->nargs; i++)
        if (g_may_poll(g, e->u.call.args.items[i])) spill = true;
    if (spill) {
        /* receiver and arguments into rooted temporaries, in order */
        int *tmp = arena_alloc(g->a, sizeof(int) * (size_t)(m->nargs + 1));
        Expr copy = *e;
        copy.u.call.args.items = arena_alloc(g->a, sizeof(void *) * (size_t)(m->nargs + 1));
        copy.u.call.args.len = copy.u.call.args.cap = m->nargs;
        buf_printf(g->out, "(block (result %s) ", m->ret == T_NONE ? "i32" : type_wasm(m->ret));
        if (recv) recv = g_spill(g, recv, recv->type == T_STR ? T_STR : T_OBJ, &tmp[m->nargs]);
        for (int i = 0; i < m->nargs; i++) {
            Expr *a = e->u.call.args.items[i];
            Type want = m->args[i] == 'I' ? T_INT : m->args[i] == 'S' ? T_STR : T_OBJ;
            copy.u.call.args.items[i] = g_spill(g, a, want, &tmp[i]);
        }
        table_call(g, m, recv, &copy);
        buf_puts(g->out, ")");
        for (int i = 0; i < m->nargs; i++) g_free_temp(g, tmp[i]);
        if (recv) g_free_temp(g, tmp[m->nargs]);
        return;
    }
    bool value_none = m->ret == T_NONE;
    if (value_none) buf_puts(g->out, "(block (result i32) ");
    g_rt(g, m->rt_fn);
    buf_printf(g->out, "(call $%s", m->rt_fn);
    if (recv) {
        buf_putc(g->out, ' ');
        gx(g, recv, recv->type == T_STR ? T_STR : T_OBJ);
    }
    for (int i = 0; i < m->nargs; i++) {
        Expr *a = e->u.call.args.items[i];
        buf_putc(g->out, ' ');
        gx(g, a, m->args[i] == 'I' ? T_INT : m->args[i] == 'S' ? T_STR : T_OBJ);
    }
    /* reverse= of sort()/sorted() replaces the 'z' fill */
    Expr *reverse = e->call->reverse;
    for (const char *f = m->fill; *f; f++) {
        switch (*f) {
        case 'N': buf_puts(g->out, " (i32.const 0)"); break;
        case 'n': g_rt(g, "rt_none"); buf_puts(g->out, " (call $rt_none)"); break;
        case 'm': buf_puts(g->out, " (i64.const -1)"); break;
        case 'y': buf_puts(g->out, " (i64.const 0)"); break;
        case 'e': buf_printf(g->out, " (i32.const %u)", g_str(g, "", 0)); break;
        case 'z':
            if (reverse) {
                buf_putc(g->out, ' ');
                gcond(g, reverse);
            } else {
                buf_puts(g->out, " (i32.const 0)");
            }
            break;
        }
    }
    buf_puts(g->out, ")");
    if (value_none) buf_puts(g->out, " (i32.const 0))");
}

bool gmethod_call(Gen *g, Expr *e) {
    Expr *fn = e->u.call.func;
    if (fn->kind != E_ATTR) return false;
    Expr *recv = fn->u.attr.value;
    const MethodSig *m = e->call->sig;
    if (!m || e->type == T_NEVER) {
        buf_puts(g->out, "(drop ");
        gx(g, recv, recv->type == T_NEVER ? T_INT : recv->type);
        buf_puts(g->out, ") ");
        g_raisef(g, RT_EXC_TYPE, "'%s' object has no attribute '%s'", type_name(recv->type), fn->u.attr.name);
        return true;
    }
    table_call(g, m, recv, e);
    return true;
}

bool gcontainer_builtin(Gen *g, Expr *e) {
    int n = e->u.call.args.len;
    if (e->call->builtin == BI_RANGE) {
        g_rt(g, "rt_range_new");
        buf_puts(g->out, "(call $rt_range_new ");
        if (n == 1) buf_puts(g->out, "(i64.const 0) ");
        gx(g, e->u.call.args.items[0], T_INT);
        buf_putc(g->out, ' ');
        if (n >= 2) gx(g, e->u.call.args.items[1], T_INT);
        if (n == 3) {
            buf_putc(g->out, ' ');
            gx(g, e->u.call.args.items[2], T_INT);
        } else {
            buf_puts(g->out, " (i64.const 1)");
        }
        buf_puts(g->out, ")");
        return true;
    }
    const MethodSig *m = e->call->sig;
    if (!m) return false;
    table_call(g, m, NULL, e);
    return true;
}

/* Store the value held in temp `t` (of type ty) into a target. */
void gstore_temp(Gen *g, Expr *target, int t, Type ty) {
    switch (target->kind) {
    case E_NAME: {
        Symbol *sym = target->sym;
        g_sym_set_open(g, sym);
        if (sym->type == ty || (type_is_object(sym->type) && type_is_object(ty)))
            buf_printf(g->out, "(local.get $t%d)", t);
        else
            g_box_temp(g, t, ty); /* into an object-typed variable */
        buf_puts(g->out, ")");
        g_set_bound(g, sym, 1);
        buf_putc(g->out, '\n');
        return;
    }
    case E_SUBSCRIPT: {
        Expr *c = target->u.subscript.value, *index = target->u.subscript.index;
        int tc = -1;
        if (g_may_poll(g, index)) c = g_spill(g, c, T_OBJ, &tc);
        if (index->kind == E_SLICE) {
            g_rt(g, "rt_dyn_setslice");
            buf_puts(g->out, "(call $rt_dyn_setslice ");
            gx(g, c, T_OBJ);
            slice_args(g, index);
        } else {
            g_rt(g, "rt_dyn_setitem");
            buf_puts(g->out, "(call $rt_dyn_setitem ");
            gx(g, c, T_OBJ);
            buf_putc(g->out, ' ');
            gx(g, index, T_OBJ);
        }
        buf_putc(g->out, ' ');
        g_box_temp(g, t, ty);
        buf_puts(g->out, ")\n");
        if (tc >= 0) g_free_temp(g, tc);
        return;
    }
    case E_TUPLE:
    case E_LIST: {
        if (!type_is_object(ty)) {
            /* unpacking a scalar: box it, the runtime raises the error */
            int tb = g_temp(g, T_OBJ);
            buf_printf(g->out, "(local.set $t%d ", tb);
            g_box_temp(g, t, ty);
            buf_puts(g->out, ")\n");
            gstore_temp(g, target, tb, T_OBJ);
            g_free_temp(g, tb);
            return;
        }
        int n = target->u.seq.items.len, star = -1;
        for (int i = 0; i < n; i++)
            if (((Expr *)target->u.seq.items.items[i])->kind == E_STARRED) star = i;
        if (star >= 0) {
            /* a, *rest, z = seq: the fixed ones by index from either end,
             * the starred one as a list of the middle */
            g_rt(g, "rt_unpack_check_star");
            g_rt(g, "rt_dyn_getitem_int");
            g_rt(g, "rt_dyn_getslice");
            g_rt(g, "rt_builtin_list");
            buf_printf(g->out, "(call $rt_unpack_check_star (local.get $t%d) (i32.const %d))\n", t, n - 1);
            Type item = ty == T_STR ? T_STR : T_OBJ;
            for (int i = 0; i < n; i++) {
                Expr *sub = target->u.seq.items.items[i];
                if (i == star) {
                    int tl = g_temp(g, T_LIST);
                    buf_printf(g->out,
                               "(local.set $t%d (call $rt_builtin_list (call $rt_dyn_getslice (local.get $t%d) "
                               "(i64.const %d) (i64.const %d) (i64.const 1) (i32.const %d))))\n",
                               tl, t, star, -(n - 1 - star), n - 1 - star ? 3 : 1);
                    gstore_temp(g, sub->u.starred.value, tl, T_LIST);
                    g_free_temp(g, tl);
                    continue;
                }
                int ti = g_temp(g, item);
                buf_printf(g->out, "(local.set $t%d (call $rt_dyn_getitem_int (local.get $t%d) (i64.const %d)))\n", ti,
                           t, i < star ? i : -(n - i));
                gstore_temp(g, sub, ti, item);
                g_free_temp(g, ti);
            }
            return;
        }
        g_rt(g, "rt_unpack_check");
        g_rt(g, "rt_dyn_getitem_int");
        buf_printf(g->out, "(call $rt_unpack_check (local.get $t%d) (i32.const %d))\n", t, n);
        Type item = ty == T_STR ? T_STR : T_OBJ;
        for (int i = 0; i < n; i++) {
            int ti = g_temp(g, item);
            buf_printf(g->out, "(local.set $t%d (call $rt_dyn_getitem_int (local.get $t%d) (i64.const %d)))\n", ti, t, i);
            gstore_temp(g, target->u.seq.items.items[i], ti, item);
            g_free_temp(g, ti);
        }
        return;
    }
    default:
        diag_error(g->c, target->line, target->col, "internal error: assignment target not lowered");
    }
}

void gdel(Gen *g, Expr *target) {
    if (target->kind == E_NAME) {
        Symbol *sym = target->sym;
        /* reading it first raises if it is already unbound, as in CPython */
        buf_puts(g->out, "(drop ");
        gx(g, target, sym->type);
        buf_puts(g->out, ")");
        if (g_sym_is_cell(sym)) {
            g_sym_set_open(g, sym);
            buf_puts(g->out, "(i32.const 0))");
        }
        g_set_bound(g, sym, 0);
        buf_putc(g->out, '\n');
        return;
    }
    Expr *c = target->u.subscript.value, *index = target->u.subscript.index;
    int tc = -1;
    if (g_may_poll(g, index)) c = g_spill(g, c, T_OBJ, &tc);
    if (index->kind == E_SLICE) {
        g_rt(g, "rt_dyn_delslice");
        buf_puts(g->out, "(call $rt_dyn_delslice ");
        gx(g, c, T_OBJ);
        slice_args(g, index);
    } else {
        g_rt(g, "rt_dyn_delitem");
        buf_puts(g->out, "(call $rt_dyn_delitem ");
        gx(g, c, T_OBJ);
        buf_putc(g->out, ' ');
        gx(g, index, T_OBJ);
    }
    buf_puts(g->out, ")\n");
    if (tc >= 0) g_free_temp(g, tc);
}

/* `for target in iter` through the runtime's iterator protocol: opens the
 * loop $dK/$lK, stores each item into target and opens the body block $cK;
 * iter_close ends the body, polls and loops. */
static void iter_open(Gen *g, Expr *iter, Expr *target, int k, int *ti, int *tv) {
    Type item = iter->type == T_STR ? T_STR : T_OBJ;
    *ti = g_temp(g, T_OBJ);
    *tv = g_temp(g, item);
    uint32_t cell = scratch(g);
    g_rt(g, "rt_iter");
    g_rt(g, "rt_iter_next");
    buf_printf(g->out, "(local.set $t%d (call $rt_iter ", *ti);
    gx(g, iter, item);
    buf_printf(g->out, "))\n(block $d%d (loop $l%d\n", k, k);
    buf_printf(g->out, "(br_if $d%d (i32.eqz (call $rt_iter_next (local.get $t%d) (i32.const %u))))\n", k, *ti, cell);
    buf_printf(g->out, "(local.set $t%d (i32.load (i32.const %u)))\n", *tv, cell);
    gstore_temp(g, target, *tv, item);
    buf_printf(g->out, "(block $c%d\n", k);
}

static void iter_close(Gen *g, int k, int ti, int tv) {
    buf_printf(g->out, ")\n" G_POLL "(br $l%d)))\n", k);
    g_free_temp(g, ti);
    g_free_temp(g, tv);
}

void gfor_iter(Gen *g, Stmt *st, int k) {
    int ti, tv;
    buf_printf(g->out, "(block $b%d\n", k); /* break skips the else clause */
    iter_open(g, st->u.for_.iter, st->u.for_.target, k, &ti, &tv);
    g->loop_brk[g->nloops] = k;
    g->loop_cont[g->nloops] = k;
    g->nloops++;
    gstmts(g, &st->u.for_.body);
    g->nloops--;
    iter_close(g, k, ti, tv);
    gstmts(g, &st->u.for_.orelse);
    buf_puts(g->out, ")\n");
}

/* A comprehension's `if` clauses skip to the next item. */
static void comp_ifs(Gen *g, Comprehension *c, int k) {
    for (int i = 0; i < c->ifs.len; i++) {
        buf_printf(g->out, "(br_if $c%d (i32.eqz ", k);
        gcond(g, c->ifs.items[i]);
        buf_puts(g->out, "))\n");
    }
}

/* One generator of a comprehension, then the next ones, then the element. */
static void comp_level(Gen *g, Expr *e, int level, int acc) {
    PtrVec *gens = &e->u.comp.generators;
    if (level == gens->len) {
        if (e->kind == E_DICTCOMP) {
            Expr *key = e->u.comp.key;
            int tk = -1;
            if (g_may_poll(g, e->u.comp.elt)) key = g_spill(g, key, T_OBJ, &tk);
            g_rt(g, "rt_dict_setitem");
            buf_printf(g->out, "(call $rt_dict_setitem (local.get $t%d) ", acc);
            gx(g, key, T_OBJ);
            if (tk >= 0) g_free_temp(g, tk);
            buf_putc(g->out, ' ');
        } else {
            const char *fn = e->kind == E_SETCOMP ? "rt_set_add" : "rt_list_append";
            g_rt(g, fn);
            buf_printf(g->out, "(call $%s (local.get $t%d) ", fn, acc);
        }
        gx(g, e->u.comp.elt, T_OBJ);
        buf_puts(g->out, ")\n");
        return;
    }
    Comprehension *c = gens->items[level];
    int k = g->labels++;
    if (c->iter->kind == E_CALL && c->iter->call->kind == CALL_RANGE_LOOP) {
        /* range(): a counting loop, as in for statements */
        PtrVec *args = &c->iter->u.call.args;
        int n = args->len;
        int cur = g_temp(g, T_INT), end = g_temp(g, T_INT), inc = g_temp(g, T_INT), nxt = g_temp(g, T_INT);
        buf_printf(g->out, "(local.set $t%d ", cur);
        if (n >= 2) gx(g, args->items[0], T_INT);
        else buf_puts(g->out, "(i64.const 0)");
        buf_printf(g->out, ")\n(local.set $t%d ", end);
        gx(g, args->items[n >= 2 ? 1 : 0], T_INT);
        buf_printf(g->out, ")\n(local.set $t%d ", inc);
        if (n == 3) gx(g, args->items[2], T_INT);
        else buf_puts(g->out, "(i64.const 1)");
        buf_printf(g->out, ")\n(if (i64.eqz (local.get $t%d)) (then ", inc);
        g_raise(g, RT_EXC_VALUE, "range() arg 3 must not be zero");
        buf_printf(g->out, "))\n(block $d%d (loop $l%d\n", k, k);
        buf_printf(g->out,
                   "(br_if $d%d (if (result i32) (i64.gt_s (local.get $t%d) (i64.const 0)) "
                   "(then (i64.ge_s (local.get $t%d) (local.get $t%d))) "
                   "(else (i64.le_s (local.get $t%d) (local.get $t%d)))))\n",
                   k, inc, cur, end, cur, end);
        gstore_temp(g, c->target, cur, T_INT);
        buf_printf(g->out, "(block $c%d\n", k);
        comp_ifs(g, c, k);
        comp_level(g, e, level + 1, acc);
        buf_printf(g->out, ")\n(local.set $t%d (i64.add (local.get $t%d) (local.get $t%d)))\n", nxt, cur, inc);
        buf_printf(g->out,
                   "(br_if $d%d (i64.lt_s (i64.and (i64.xor (local.get $t%d) (local.get $t%d)) "
                   "(i64.xor (local.get $t%d) (local.get $t%d))) (i64.const 0)))\n",
                   k, cur, nxt, inc, nxt);
        buf_printf(g->out, "(local.set $t%d (local.get $t%d))\n" G_POLL "(br $l%d))\n)\n", cur, nxt, k);
        g_free_temp(g, cur);
        g_free_temp(g, end);
        g_free_temp(g, inc);
        g_free_temp(g, nxt);
        return;
    }
    int ti, tv;
    iter_open(g, c->iter, c->target, k, &ti, &tv);
    comp_ifs(g, c, k);
    comp_level(g, e, level + 1, acc);
    iter_close(g, k, ti, tv);
}

void gcomprehension(Gen *g, Expr *e) {
    int acc = g_temp(g, T_OBJ);
    const char *make = e->kind == E_DICTCOMP ? "rt_dict_new" : e->kind == E_SETCOMP ? "rt_set_new" : "rt_list_new";
    g_rt(g, make);
    buf_printf(g->out, "(block (result i32) (local.set $t%d (call $%s%s))\n", acc, make,
               e->kind == E_LISTCOMP || e->kind == E_GENEXP ? " (i32.const 0)" : "");
    comp_level(g, e, 0, acc);
    buf_printf(g->out, "(local.get $t%d))", acc);
    g_free_temp(g, acc);
}
