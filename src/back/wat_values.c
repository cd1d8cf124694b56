/* Functions as values: lambdas and defs passed around are function
 * objects (runtime RtFunc) holding a slot of the module's function table.
 * Every slot has the same shape per arity: objects in, an object out;
 * a top-level def gets a small wrapper of that shape. Calls go through
 * rt_func_check (callable? right arity?) and call_indirect. */
#include "wat_internal.h"

#include <string.h>

/* The slot's function: the lambda itself, or the def's wrapper. */
static const char *slot_name(Gen *g, const Function *f) {
    return f->is_lambda ? f->wat_name : arena_printf(g->a, "w_%s", f->wat_name);
}

void g_func_value(Gen *g, Function *f) {
    g_rt(g, "rt_func_new");
    const char *name = f->name;
    int n = f->free_syms.len;
    if (!n) {
        buf_printf(g->out, "(call $rt_func_new (i32.const %d) (i32.const %d) (i32.const %u) (i32.const 0))",
                   f->table_index, f->params.len, g_str(g, name, strlen(name)));
        return;
    }
    /* a closure: the cells of the variables it uses, in a tuple */
    int t = g_temp(g, T_TUPLE);
    g_rt(g, "rt_tuple_new");
    g_rt(g, "rt_tuple_set");
    buf_printf(g->out, "(block (result i32) (local.set $t%d (call $rt_tuple_new (i32.const %d)))", t, n);
    for (int i = 0; i < n; i++) {
        Symbol *fs = f->free_syms.items[i];
        buf_printf(g->out, " (call $rt_tuple_set (local.get $t%d) (i32.const %d) ", t, i);
        g_cell_ptr(g, fs->outer);
        buf_puts(g->out, ")");
    }
    buf_printf(g->out, " (call $rt_func_new (i32.const %d) (i32.const %d) (i32.const %u) (local.get $t%d)))",
               f->table_index, f->params.len, g_str(g, name, strlen(name)), t);
    g_free_temp(g, t);
}

/* Slot functions take the env first, then the arguments. */
static void call_indirect_type(Gen *g, int nargs) {
    buf_puts(g->out, "(call_indirect (param i32");
    for (int i = 0; i < nargs; i++) buf_puts(g->out, " i32");
    buf_puts(g->out, ") (result i32)");
}

/* f(args) where f is a value: callee and arguments in rooted temps, then
 * the check, then the call. */
void gcall_value(Gen *g, Expr *e) {
    int n = e->u.call.args.len;
    int tf = g_temp(g, T_OBJ);
    int *ta = arena_alloc(g->a, sizeof(int) * (size_t)(n + 1));
    buf_printf(g->out, "(block (result i32) (local.set $t%d ", tf);
    gx(g, e->u.call.func, T_OBJ);
    buf_puts(g->out, ") ");
    for (int i = 0; i < n; i++) {
        ta[i] = g_temp(g, T_OBJ);
        buf_printf(g->out, "(local.set $t%d ", ta[i]);
        gx(g, e->u.call.args.items[i], T_OBJ);
        buf_puts(g->out, ") ");
    }
    int ti = g_temp(g, T_BOOL);
    g_rt(g, "rt_func_check");
    buf_printf(g->out, "(local.set $t%d (call $rt_func_check (local.get $t%d) (i32.const %d))) " G_PUBLISH, ti, tf, n);
    call_indirect_type(g, n);
    buf_printf(g->out, " (i32.load offset=20 (local.get $t%d))", tf);
    for (int i = 0; i < n; i++) buf_printf(g->out, " (local.get $t%d)", ta[i]);
    buf_printf(g->out, " (local.get $t%d)))", ti);
    g_free_temp(g, tf);
    g_free_temp(g, ti);
    for (int i = 0; i < n; i++) g_free_temp(g, ta[i]);
}

/* Call the function value in temp tf on the object in temp tx, result in
 * temp tr (all rooted temps). */
static void apply1(Gen *g, int tf, int tx, int tr) {
    int ti = g_temp(g, T_BOOL);
    g_rt(g, "rt_func_check");
    buf_printf(g->out, "(local.set $t%d (call $rt_func_check (local.get $t%d) (i32.const 1))) " G_PUBLISH, ti, tf);
    buf_printf(g->out, "(local.set $t%d ", tr);
    call_indirect_type(g, 1);
    buf_printf(g->out, " (i32.load offset=20 (local.get $t%d)) (local.get $t%d) (local.get $t%d)))\n", tf, tx, ti);
    g_free_temp(g, ti);
}

/* for x in <list in temp tl> by index: body emitted by the caller between
 * the two halves; x lands in temp tx. */
typedef struct IndexLoop {
    int label, len, at; /* label, temps of the length and the index */
} IndexLoop;

static IndexLoop loop_open(Gen *g, int tl, int tx) {
    int k = g->labels++;
    int tn = g_temp(g, T_INT), tc = g_temp(g, T_INT);
    g_rt(g, "rt_dyn_len");
    g_rt(g, "rt_dyn_getitem_int");
    buf_printf(g->out, "(local.set $t%d (call $rt_dyn_len (local.get $t%d))) (local.set $t%d (i64.const 0))\n", tn, tl, tc);
    buf_printf(g->out, "(block $d%d (loop $l%d (br_if $d%d (i64.ge_s (local.get $t%d) (local.get $t%d)))\n", k, k, k, tc, tn);
    buf_printf(g->out, "(local.set $t%d (call $rt_dyn_getitem_int (local.get $t%d) (local.get $t%d)))\n", tx, tl, tc);
    return (IndexLoop){k, tn, tc};
}

static void loop_close(Gen *g, IndexLoop l) {
    buf_printf(g->out, "(local.set $t%d (i64.add (local.get $t%d) (i64.const 1))) " G_POLL "(br $l%d)))\n", l.at, l.at,
               l.label);
    g_free_temp(g, l.len);
    g_free_temp(g, l.at);
}

/* sorted(it, key=f, reverse=r), map(f, it), filter(f, it): eager lists. */
bool gcallable_builtin(Gen *g, Expr *e) {
    BuiltinId id = e->call->builtin;
    Expr *key = e->call->key, *reverse = e->call->reverse;
    bool is_sorted = id == BI_SORTED && key;
    bool is_map = id == BI_MAP, is_filter = id == BI_FILTER;
    if (!is_sorted && !is_map && !is_filter) return false;
    Expr *fn = is_sorted ? key : e->u.call.args.items[0];
    Expr *it = is_sorted ? e->u.call.args.items[0] : e->u.call.args.items[1];
    int tf = g_temp(g, T_OBJ), tl = g_temp(g, T_LIST), tx = g_temp(g, T_OBJ), tr = g_temp(g, T_OBJ),
        tout = g_temp(g, T_LIST);
    g_rt(g, "rt_builtin_list");
    g_rt(g, "rt_list_new");
    g_rt(g, "rt_list_append");
    buf_puts(g->out, "(block (result i32) ");
    if (is_sorted) { /* CPython evaluates the iterable first */
        buf_printf(g->out, "(local.set $t%d (call $rt_builtin_list ", tl);
        gx(g, it, T_OBJ);
        buf_printf(g->out, ")) (local.set $t%d ", tf);
        gx(g, fn, T_OBJ);
        buf_puts(g->out, ")\n");
    } else {
        buf_printf(g->out, "(local.set $t%d ", tf);
        gx(g, fn, fn->type == T_NONE ? T_NONE : T_OBJ);
        buf_printf(g->out, ") (local.set $t%d (call $rt_builtin_list ", tl);
        gx(g, it, T_OBJ);
        buf_puts(g->out, "))\n");
    }
    buf_printf(g->out, "(local.set $t%d (call $rt_list_new (i32.const 0)))\n", tout);
    IndexLoop loop = loop_open(g, tl, tx);
    if (is_filter && fn->type == T_NONE) {
        g_rt(g, "rt_truthy");
        buf_printf(g->out, "(if (call $rt_truthy (local.get $t%d)) (then (call $rt_list_append (local.get $t%d) (local.get $t%d))))\n",
                   tx, tout, tx);
    } else {
        apply1(g, tf, tx, tr);
        if (is_filter) {
            g_rt(g, "rt_truthy");
            buf_printf(g->out, "(if (call $rt_truthy (local.get $t%d)) (then (call $rt_list_append (local.get $t%d) (local.get $t%d))))\n",
                       tr, tout, tx);
        } else {
            buf_printf(g->out, "(call $rt_list_append (local.get $t%d) (local.get $t%d))\n", tout, tr);
        }
    }
    loop_close(g, loop);
    if (is_sorted) {
        /* tout holds the keys: sort the copy by them (stable) */
        g_rt(g, "rt_list_sort_with_keys");
        buf_printf(g->out, "(call $rt_list_sort_with_keys (local.get $t%d) (local.get $t%d) ", tl, tout);
        if (reverse) gcond(g, reverse);
        else buf_puts(g->out, "(i32.const 0)");
        buf_printf(g->out, ") (local.get $t%d))", tl);
    } else {
        buf_printf(g->out, "(local.get $t%d))", tout);
    }
    g_free_temp(g, tf);
    g_free_temp(g, tl);
    g_free_temp(g, tx);
    g_free_temp(g, tr);
    g_free_temp(g, tout);
    return true;
}

/* The table and the wrappers of the defs used as values. */
void g_table(Gen *g, Buf *funcs, Buf *table) {
    PtrVec *slots = &g->p->table;
    if (!slots->len) return;
    for (int i = 0; i < slots->len; i++) {
        Function *f = slots->items[i];
        if (f->is_lambda) continue;
        /* wrapper: objects in, unboxed to the def's types, result boxed */
        buf_printf(funcs, "(func $w_%s (param i32)", f->wat_name); /* the env, unused */
        for (int j = 0; j < f->params.len; j++) buf_puts(funcs, " (param i32)");
        buf_puts(funcs, " (result i32)\n");
        Buf *saved = g->out;
        g->out = funcs;
        const char *box = f->ret == T_INT ? "rt_box_int" : f->ret == T_FLOAT ? "rt_box_float"
                        : f->ret == T_BOOL ? "rt_box_bool" : NULL;
        if (box) {
            g_rt(g, box);
            buf_printf(funcs, "(call $%s ", box);
        }
        buf_printf(funcs, "(call $%s", f->wat_name);
        for (int j = 0; j < f->params.len; j++) {
            Type pt = ((Symbol *)f->params.items[j])->type;
            const char *unbox = pt == T_INT ? "rt_unbox_int" : pt == T_FLOAT ? "rt_unbox_float"
                              : pt == T_BOOL ? "rt_unbox_bool" : pt == T_STR ? "rt_unbox_str" : NULL;
            if (unbox) {
                g_rt(g, unbox);
                buf_printf(funcs, " (call $%s (local.get %d))", unbox, j + 1);
            } else {
                buf_printf(funcs, " (local.get %d)", j + 1);
            }
        }
        buf_puts(funcs, ")");
        if (box) buf_puts(funcs, ")");
        if (f->ret == T_NONE) {
            g_rt(g, "rt_none");
            buf_puts(funcs, " (call $rt_none)");
        }
        buf_puts(funcs, ")\n");
        g->out = saved;
    }
    buf_printf(table, "(table %d funcref)\n(elem (i32.const 0) func", slots->len);
    for (int i = 0; i < slots->len; i++) buf_printf(table, " $%s", slot_name(g, slots->items[i]));
    buf_puts(table, ")\n");
}
