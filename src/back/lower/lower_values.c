/* Functions as values: lambdas and defs passed around are function
 * objects (runtime RtFunc) holding a slot of the module's function table
 * (sema numbered the slots: Function.table_index). Every slot has the same
 * shape per arity: objects in, an object out; a top-level def gets a small
 * wrapper of that shape. Calls go through rt_func_check (callable? right
 * arity?) and call_indirect. */
#include <string.h>

#include "lower_internal.h"

#define F (g->f)

/* The slot's function: the lambda itself, or the def's wrapper. */
static const char *slot_name(Gen *g, const Function *f) {
    return f->is_lambda ? f->wat_name : arena_printf(g->a, "w_%s", f->wat_name);
}

const char *g_qualname(Gen *g, const Function *f) {
    const char *shown = sema_shown_name(f);
    const char *own = f->method_of      ? arena_printf(g->a, "%s.%s", g_class_qualname(g, f->method_of), shown)
                    : f->nested_class ? arena_printf(g->a, "%s.%s", f->nested_class, shown)
                                      : shown;
    if (!f->parent || f->parent->is_main) return own;
    return arena_printf(g->a, "%s.<locals>.%s", g_qualname(g, f->parent), own);
}

static void func_new_args(Gen *g, Function *f) {
    const char *name = g_qualname(g, f);
    ir_i32(F, f->table_index);
    ir_i32(F, f->params.len);
    ir_i32(F, (int32_t)g_str(g, name, strlen(name)));
    ir_i32(F, (int32_t)g_param_names(g, f));
}

/* The parameters before *args and **kwargs (which come last here). */
static int fixed_params(const Function *f) { return f->params.len - !!(f->star & RT_STAR_ARGS) - !!(f->star & RT_STAR_KWARGS); }

/* A def's defaults, for calls through its value that leave them out: the
 * trailing named parameters' ones, or (with keyword-only parameters) one
 * per named parameter, NULL where there is none (rt_abi.h,
 * RT_STAR_KWONLY_SHIFT). */
static int defaults_from(const Function *f) {
    int fixed = fixed_params(f), first = fixed;
    for (int i = fixed; i-- > 0;)
        if (f->defaults.items[i]) first = i;
    return RT_STAR_KWONLY(f->star) && first < fixed ? 0 : first;
}

void g_defaults_tuple(Gen *g, int t, const Function *f) {
    int first = defaults_from(f), k = fixed_params(f) - first;
    g_rt(g, "rt_tuple_new");
    g_rt(g, "rt_tuple_set");
    ir_set(F, t);
    ir_call(F, "rt_tuple_new");
    ir_i32(F, k);
    ir_close(F);
    ir_close(F);
    for (int i = 0; i < k; i++) {
        Expr *d = f->defaults.items[first + i];
        if (!d) continue; /* rt_tuple_new's slots start NULL */
        ir_call(F, "rt_tuple_set");
        ir_get(F, t);
        ir_i32(F, i);
        gx(g, d, T_OBJ);
        ir_close(F);
    }
}

bool g_has_defaults(const Function *f) { return defaults_from(f) < fixed_params(f); }

static void defaults_open(Gen *g, const Function *f) {
    if (f->star) {
        g_rt(g, "rt_func_star");
        ir_call(F, "rt_func_star");
    }
    if (!g_has_defaults(f)) return;
    g_rt(g, "rt_func_defaults");
    ir_call(F, "rt_func_defaults");
}

static void star_close(Gen *g, const Function *f) {
    if (!f->star) return;
    ir_i32(F, f->star);
    ir_close(F); /* rt_func_star */
}

static void defaults_close(Gen *g, const Function *f) {
    if (!g_has_defaults(f)) {
        star_close(g, f);
        return;
    }
    int t = g_temp(g, T_TUPLE);
    ir_block(F, VT_I32, 0, 0);
    g_defaults_tuple(g, t, f);
    ir_get(F, t);
    ir_close(F);
    g_free_temp(g, t);
    ir_close(F); /* rt_func_defaults */
    star_close(g, f);
}

/* A closure's env: the cells of the variables it uses, in a tuple (a new
 * temporary, which the caller frees). */
int g_closure_env(Gen *g, Function *f) {
    int n = f->free_syms.len;
    int t = g_temp(g, T_TUPLE);
    g_rt(g, "rt_tuple_new");
    g_rt(g, "rt_tuple_set");
    ir_set(F, t);
    ir_call(F, "rt_tuple_new");
    ir_i32(F, n);
    ir_close(F);
    ir_close(F);
    for (int i = 0; i < n; i++) {
        Symbol *fs = f->free_syms.items[i];
        ir_call(F, "rt_tuple_set");
        ir_get(F, t);
        ir_i32(F, i);
        g_cell_ptr(g, fs->outer);
        ir_close(F);
    }
    return t;
}

void g_func_value(Gen *g, Function *f) {
    int n = f->free_syms.len;
    if (!n && !f->star && !g_has_defaults(f) && !f->parent && !f->method_of && !f->is_lambda) {
        ir_i32(F, (int32_t)g_static_func(g, f)); /* one object for the def */
        return;
    }
    if (f->value_cache) { /* one object, made at the first use */
        ir_block(F, VT_I32, 0, 0);
        ir_if(F, VT_NONE);
        ir_open(F, IR_I32_EQZ);
        g_sym_get(g, f->value_cache);
        ir_close(F);
        ir_open(F, IR_THEN);
        g_sym_set_open(g, f->value_cache);
        g_rt(g, "rt_func_new");
        defaults_open(g, f);
        ir_call(F, "rt_func_new");
        func_new_args(g, f);
        ir_i32(F, 0);
        ir_close(F);
        defaults_close(g, f);
        g_sym_set_close(g, f->value_cache); /* the store */
        ir_close(F); /* then */
        ir_close(F); /* if */
        g_sym_get(g, f->value_cache);
        ir_close(F);
        return;
    }
    g_rt(g, "rt_func_new");
    if (!n) {
        defaults_open(g, f);
        ir_call(F, "rt_func_new");
        func_new_args(g, f);
        ir_i32(F, 0);
        ir_close(F);
        defaults_close(g, f);
        return;
    }
    ir_block(F, VT_I32, 0, 0);
    int t = g_closure_env(g, f);
    defaults_open(g, f);
    ir_call(F, "rt_func_new");
    func_new_args(g, f);
    ir_get(F, t);
    ir_close(F);
    defaults_close(g, f);
    ir_close(F);
    g_free_temp(g, t);
}

/* (call_indirect (param i32 ...) (result i32) <table slot of tf> args... check):
 * slot functions take the env first, then the arguments; the caller adds
 * the arguments and the check's result (the env), then closes. */
static void call_indirect_open(Gen *g, int nargs, int tf) {
    ir_open(F, IR_CALL_INDIRECT)->u.nparams = nargs;
    ir_load(F, IR_I32_LOAD, 20);
    ir_get(F, tf);
    ir_close(F);
}

/* temp tt = a tuple of the objects in temps ta */
static void tuple_of_temps(Gen *g, int tt, const int *ta, int n) {
    g_rt(g, "rt_tuple_new");
    g_rt(g, "rt_tuple_set");
    ir_set(F, tt);
    ir_call(F, "rt_tuple_new");
    ir_i32(F, n);
    ir_close(F);
    ir_close(F);
    for (int i = 0; i < n; i++) {
        ir_call(F, "rt_tuple_set");
        ir_get(F, tt);
        ir_i32(F, i);
        ir_get(F, ta[i]);
        ir_close(F);
    }
}

/* The call's (positional) arguments, in order, into new object temps ta. */
void g_args_to_temps(Gen *g, Expr *e, int *ta) {
    int n = e->u.call.args.len;
    for (int i = 0; i < n; i++) {
        ta[i] = g_temp(g, T_OBJ);
        ir_set(F, ta[i]);
        gx(g, e->u.call.args.items[i], T_OBJ);
        ir_close(F);
    }
}

/* f(args) where f is a value: callee and arguments in rooted temps, then
 * the check, then the call. */
void gcall_value(Gen *g, Expr *e) {
    int n = e->u.call.args.len;
    int tf = g_temp(g, T_OBJ);
    if (e->call->has_star) {
        ir_block(F, VT_I32, 0, 0);
        ir_set(F, tf);
        gx(g, e->u.call.func, T_OBJ);
        ir_close(F);
        g_call_star(g, tf, e);
        ir_close(F);
        g_free_temp(g, tf);
        return;
    }
    int *ta = arena_alloc(g->a, sizeof(int) * (size_t)(n + 1));
    ir_block(F, VT_I32, 0, 0);
    ir_set(F, tf);
    gx(g, e->u.call.func, T_OBJ);
    ir_close(F);
    g_args_to_temps(g, e, ta);
    if (e->u.call.keywords.len) g_call_kw(g, tf, ta, n, &e->u.call.keywords);
    else g_call_temps(g, tf, ta, n);
    ir_close(F);
    g_free_temp(g, tf);
    for (int i = 0; i < n; i++) g_free_temp(g, ta[i]);
}

/* The call of the value in temp tf with e's arguments, some *t or **d: a
 * tuple of the positional ones, a dict of the keyword ones, bound by the
 * runtime as CPython binds them (rt_call_kw). */
void g_call_star(Gen *g, int tf, Expr *e) {
    int tl = g_temp(g, T_LIST), td = g_temp(g, T_DICT);
    g_rt(g, "rt_list_new");
    g_rt(g, "rt_list_push");
    g_rt(g, "rt_list_extend");
    g_rt(g, "rt_dict_new");
    g_rt(g, "rt_dict_setitem");
    g_rt(g, "rt_dict_update");
    g_rt(g, "rt_builtin_tuple");
    g_rt(g, "rt_call_kw");
    ir_set(F, tl);
    ir_call(F, "rt_list_new");
    ir_i32(F, 0);
    ir_close(F);
    ir_close(F);
    /* a builtin's name (zip(*rows)): CPython's words for a *x that is no
     * iterable name it, as rt_call_star does */
    Expr *callee = e->u.call.func;
    const char *builtin = callee->kind == E_NAME && callee->builtin ? builtin_name(callee->builtin) : NULL;
    if (builtin) g_rt(g, "rt_call_star");
    for (int i = 0; i < e->u.call.args.len; i++) {
        Expr *a = e->u.call.args.items[i];
        bool star = a->kind == E_STARRED;
        ir_call(F, !star ? "rt_list_push" : builtin ? "rt_call_star" : "rt_list_extend");
        ir_get(F, tl);
        gx(g, star ? a->u.starred.value : a, T_OBJ);
        if (star && builtin) ir_i32(F, (int32_t)g_str(g, builtin, strlen(builtin)));
        ir_close(F);
    }
    ir_set(F, td);
    ir_call(F, "rt_dict_new");
    ir_close(F);
    ir_close(F);
    for (int k = 0; k < e->u.call.keywords.len; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        if (kw->name) {
            ir_call(F, "rt_dict_setitem");
            ir_get(F, td);
            ir_i32(F, (int32_t)g_str(g, kw->name, strlen(kw->name)));
        } else {
            ir_call(F, "rt_dict_update"); /* **d */
            ir_get(F, td);
        }
        gx(g, kw->value, T_OBJ);
        ir_close(F);
    }
    g_publish(g);
    ir_call(F, "rt_call_kw");
    ir_get(F, tf);
    ir_call(F, "rt_builtin_tuple");
    ir_get(F, tl);
    ir_close(F);
    ir_get(F, td);
    ir_close(F);
    g_free_temp(g, tl);
    g_free_temp(g, td);
}

/* The same with keyword arguments (Keyword*, none **): a tuple, a dict,
 * and the runtime binds them to the callee's parameters (rt_call_kw). */
void g_call_kw(Gen *g, int tf, const int *ta, int n, const PtrVec *keywords) {
    int tt = g_temp(g, T_TUPLE), td = g_temp(g, T_DICT);
    g_rt(g, "rt_dict_new");
    g_rt(g, "rt_dict_setitem");
    g_rt(g, "rt_call_kw");
    tuple_of_temps(g, tt, ta, n);
    ir_set(F, td);
    ir_call(F, "rt_dict_new");
    ir_close(F);
    ir_close(F);
    for (int k = 0; k < keywords->len; k++) {
        Keyword *kw = keywords->items[k];
        ir_call(F, "rt_dict_setitem");
        ir_get(F, td);
        ir_i32(F, (int32_t)g_str(g, kw->name, strlen(kw->name)));
        gx(g, kw->value, T_OBJ);
        ir_close(F);
    }
    g_publish(g);
    ir_call(F, "rt_call_kw");
    ir_get(F, tf);
    ir_get(F, tt);
    ir_get(F, td);
    ir_close(F);
    g_free_temp(g, tt);
    g_free_temp(g, td);
}

/* The call of the value in rooted temp tf with the objects in temps ta:
 * a function taking exactly n through the table, another callable (a
 * class, a function with defaults to fill) through the runtime. Leaves
 * the result (an object). */
/* i32: the table slot of the function value in temp tf called with n
 * arguments, or -1 (another callable), as rt_callable_check computes it;
 * a function without *args or **kwargs taking n parameters read inline
 * (RtFunc.index at +8, .nparams at +12, .star at +36; rt_class.c asserts
 * them), anything else (or an arity error) by the runtime:
 *   (if (result i32) (if (result i32) (function) (then (no star, n params)) (else 0))
 *     (then index) (else (call $rt_callable_check tf n))) */
static void callable_slot(Gen *g, int tf, int n) {
    g_rt(g, "rt_callable_check");
    ir_if(F, VT_I32);
    ir_if(F, VT_I32);
    g_type_is(F, tf, RT_TYPE_FUNCTION);
    ir_open(F, IR_THEN);
    ir_open(F, IR_I32_AND);
    ir_open(F, IR_I32_EQZ);
    ir_load(F, IR_I32_LOAD, 36);
    ir_get(F, tf);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_I32_EQ);
    ir_load(F, IR_I32_LOAD, 12);
    ir_get(F, tf);
    ir_close(F);
    ir_i32(F, n);
    ir_close(F);
    ir_close(F); /* and */
    ir_close(F); /* then */
    ir_open(F, IR_ELSE);
    ir_i32(F, 0);
    ir_close(F);
    ir_close(F); /* the condition */
    ir_open(F, IR_THEN);
    ir_load(F, IR_I32_LOAD, 8); /* its slot, or -1: rt_call_object's (a builtin) */
    ir_get(F, tf);
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_ELSE);
    ir_call(F, "rt_callable_check");
    ir_get(F, tf);
    ir_i32(F, n);
    ir_close(F);
    ir_close(F);
    ir_close(F); /* if */
}

void g_call_temps(Gen *g, int tf, const int *ta, int n) {
    int ti = g_temp(g, T_BOOL);
    ir_set(F, ti);
    callable_slot(g, tf, n);
    ir_close(F);
    g_publish(g);
    /* a function value through the table (when the program has one),
     * another callable (a class) through the runtime */
    bool table = g->p->table.len || g->p->bound_table.len || g->p->builtin_values.len || g->p->method_values.len ||
                 g->p->module_values.len;
    if (table) {
        ir_if(F, VT_I32);
        ir_open(F, IR_I32_GE_S);
        ir_get(F, ti);
        ir_i32(F, 0);
        ir_close(F);
        ir_open(F, IR_THEN);
        call_indirect_open(g, n, tf);
        for (int i = 0; i < n; i++) ir_get(F, ta[i]);
        ir_get(F, ti);
        ir_close(F);
        ir_close(F);
        ir_open(F, IR_ELSE);
    }
    int tt = g_temp(g, T_TUPLE);
    g_rt(g, "rt_call_object");
    tuple_of_temps(g, tt, ta, n);
    ir_call(F, "rt_call_object");
    ir_get(F, tf);
    ir_get(F, tt);
    ir_close(F);
    g_free_temp(g, tt);
    if (table) {
        ir_close(F); /* else */
        ir_close(F); /* if */
    }
    g_free_temp(g, ti);
}

/* Call the function value in temp tf on the object in temp tx, result in
 * temp tr (all rooted temps). */
static void apply1(Gen *g, int tf, int tx, int tr) {
    /* any callable: a def or lambda, a class, a builtin type (map(str, xs)) */
    ir_set(F, tr);
    g_call_temps(g, tf, &tx, 1);
    ir_close(F);
}

/* for x in <list in temp tl> by index: body emitted by the caller between
 * the two halves; x lands in temp tx. */
typedef struct IndexLoop {
    int label, len, at; /* label, temps of the length and the index */
} IndexLoop;

static IndexLoop loop_open(Gen *g, int tl, int tx) {
    int k = g_new_label(g);
    int tn = g_temp(g, T_INT), tc = g_temp(g, T_INT);
    g_rt(g, "rt_dyn_len");
    g_rt(g, "rt_dyn_getitem_int");
    ir_set(F, tn);
    ir_call(F, "rt_dyn_len");
    ir_get(F, tl);
    ir_close(F);
    ir_close(F);
    ir_set(F, tc);
    ir_i64(F, 0);
    ir_close(F);
    ir_block(F, VT_NONE, 'd', k);
    ir_loop(F, 'l', k);
    ir_br_if(F, 'd', k);
    ir_open(F, IR_I64_GE_S);
    ir_get(F, tc);
    ir_get(F, tn);
    ir_close(F);
    ir_close(F);
    ir_set(F, tx);
    ir_call(F, "rt_dyn_getitem_int");
    ir_get(F, tl);
    ir_get(F, tc);
    ir_close(F);
    ir_close(F);
    return (IndexLoop){k, tn, tc};
}

static void loop_close(Gen *g, IndexLoop l) {
    ir_set(F, l.at);
    ir_open(F, IR_I64_ADD);
    ir_get(F, l.at);
    ir_i64(F, 1);
    ir_close(F);
    ir_close(F);
    g_poll(g);
    ir_br(F, 'l', l.label);
    ir_close(F); /* loop */
    ir_close(F); /* block */
    g_free_temp(g, l.len);
    g_free_temp(g, l.at);
}

/* if truthy(local t): list.append(out, x) */
static void append_if(Gen *g, int t, int tout, int tx) {
    g_rt(g, "rt_truthy");
    ir_if(F, VT_NONE);
    ir_call(F, "rt_truthy");
    ir_get(F, t);
    ir_close(F);
    ir_open(F, IR_THEN);
    ir_call(F, "rt_list_push");
    ir_get(F, tout);
    ir_get(F, tx);
    ir_close(F);
    ir_close(F);
    ir_close(F);
}

/* local t = list(<expr>) */
static void to_list(Gen *g, int t, Expr *it) {
    ir_set(F, t);
    ir_call(F, "rt_builtin_list");
    gx(g, it, T_OBJ);
    ir_close(F);
    ir_close(F);
}

/* sorted(it, key=f, reverse=r), map(f, it), filter(f, it): eager lists. */
bool gcallable_builtin(Gen *g, Expr *e) {
    BuiltinId id = e->call->builtin;
    Expr *key = e->call->key, *reverse = e->call->reverse;
    bool is_minmax = (id == BI_MIN || id == BI_MAX) && key;
    bool is_sorted = (id == BI_SORTED && key) || is_minmax; /* keys first, then the pick */
    bool is_map = id == BI_MAP, is_filter = id == BI_FILTER;
    if (!is_sorted && !is_map && !is_filter) return false;
    bool in_place = e->call->sort_in_place; /* list.sort(key=f): the receiver */
    Expr *fn = is_sorted ? key : e->u.call.args.items[0];
    Expr *it = in_place ? e->u.call.func->u.attr.value : is_sorted ? e->u.call.args.items[0] : e->u.call.args.items[1];
    int trecv = in_place ? g_temp(g, T_LIST) : -1;
    bool args_list = is_minmax && e->u.call.args.len > 1; /* max(a, b, key=f): the arguments */
    bool zipped = is_map && e->u.call.args.len > 2;      /* map(f, a, b): f(*t) for t in zip(a, b) */
    int tf = g_temp(g, T_OBJ), tl = g_temp(g, T_LIST), tx = g_temp(g, T_OBJ), tr = g_temp(g, T_OBJ),
        tout = g_temp(g, T_LIST);
    g_rt(g, "rt_builtin_list");
    g_rt(g, "rt_list_new");
    g_rt(g, "rt_list_push");
    ir_block(F, VT_I32, 0, 0);
    if (args_list) {
        ir_set(F, tl);
        ir_call(F, "rt_list_new");
        ir_i32(F, e->u.call.args.len);
        ir_close(F);
        ir_close(F);
        for (int i = 0; i < e->u.call.args.len; i++) {
            ir_call(F, "rt_list_push");
            ir_get(F, tl);
            gx(g, e->u.call.args.items[i], T_OBJ);
            ir_close(F);
        }
        ir_set(F, tf);
        gx(g, fn, T_OBJ);
        ir_close(F);
    } else if (in_place) { /* a copy, sorted, then put back */
        ir_set(F, trecv);
        gx(g, it, T_LIST);
        ir_close(F);
        ir_set(F, tl);
        ir_call(F, "rt_builtin_list");
        ir_get(F, trecv);
        ir_close(F);
        ir_close(F);
        ir_set(F, tf);
        gx(g, fn, T_OBJ);
        ir_close(F);
    } else if (is_sorted) { /* CPython evaluates the iterable first */
        to_list(g, tl, it);
        ir_set(F, tf);
        gx(g, fn, T_OBJ);
        ir_close(F);
    } else if (zipped) {
        ir_set(F, tf);
        gx(g, fn, T_OBJ);
        ir_close(F);
        int nit = e->u.call.args.len - 1;
        int *ti = arena_alloc(g->a, sizeof(int) * 4);
        for (int i = 0; i < nit; i++) { /* each kept while the next is evaluated */
            ti[i] = g_temp(g, T_OBJ);
            ir_set(F, ti[i]);
            gx(g, e->u.call.args.items[i + 1], T_OBJ);
            ir_close(F);
        }
        g_rt(g, "rt_builtin_zip_list");
        ir_set(F, tl);
        ir_call(F, "rt_builtin_zip_list");
        for (int i = 0; i < 4; i++) {
            if (i < nit) ir_get(F, ti[i]);
            else ir_i32(F, 0);
        }
        ir_close(F);
        ir_close(F);
        for (int i = 0; i < nit; i++) g_free_temp(g, ti[i]);
    } else {
        ir_set(F, tf);
        gx(g, fn, fn->type == T_NONE ? T_NONE : T_OBJ);
        ir_close(F);
        to_list(g, tl, it);
    }
    ir_set(F, tout);
    ir_call(F, "rt_list_new");
    ir_i32(F, 0);
    ir_close(F);
    ir_close(F);
    IndexLoop loop = loop_open(g, tl, tx);
    if (is_filter && fn->type == T_NONE) {
        append_if(g, tx, tout, tx);
    } else {
        if (is_sorted) {
            /* key=None, known at run time only: the items themselves */
            g_rt(g, "rt_none");
            ir_if(F, VT_NONE);
            ir_open(F, IR_I32_EQ);
            ir_get(F, tf);
            ir_call(F, "rt_none");
            ir_close(F);
            ir_close(F);
            ir_open(F, IR_THEN);
            ir_set(F, tr);
            ir_get(F, tx);
            ir_close(F);
            ir_close(F);
            ir_open(F, IR_ELSE);
            apply1(g, tf, tx, tr);
            ir_close(F);
            ir_close(F);
        } else if (zipped) { /* f(*t) */
            g_rt(g, "rt_call_object");
            g_publish(g);
            ir_set(F, tr);
            ir_call(F, "rt_call_object");
            ir_get(F, tf);
            ir_get(F, tx);
            ir_close(F);
            ir_close(F);
        } else {
            apply1(g, tf, tx, tr);
        }
        if (is_filter) {
            append_if(g, tr, tout, tx);
        } else {
            ir_call(F, "rt_list_push");
            ir_get(F, tout);
            ir_get(F, tr);
            ir_close(F);
        }
    }
    loop_close(g, loop);
    if (is_minmax) {
        /* the first item whose key is the least (greatest) */
        g_rt(g, "rt_list_pick_by_keys");
        ir_call(F, "rt_list_pick_by_keys");
        ir_get(F, tl);
        ir_get(F, tout);
        ir_i32(F, id == BI_MAX);
        if (e->call->dflt) gx(g, e->call->dflt, T_OBJ);
        else ir_i32(F, 0);
        ir_close(F);
    } else if (is_sorted) {
        /* tout holds the keys: sort the copy by them (stable) */
        g_rt(g, "rt_list_sort_with_keys");
        ir_call(F, "rt_list_sort_with_keys");
        ir_get(F, tl);
        ir_get(F, tout);
        if (reverse) gcond(g, reverse);
        else ir_i32(F, 0);
        ir_close(F);
        if (in_place) {
            g_rt(g, "rt_list_clear");
            g_rt(g, "rt_list_extend");
            ir_call(F, "rt_list_clear");
            ir_get(F, trecv);
            ir_close(F);
            ir_call(F, "rt_list_extend");
            ir_get(F, trecv);
            ir_get(F, tl);
            ir_close(F);
            ir_i32(F, 0); /* None */
        } else {
            ir_get(F, tl);
        }
    } else {
        ir_get(F, tout);
    }
    ir_close(F);
    g_free_temp(g, tf);
    g_free_temp(g, tl);
    g_free_temp(g, tx);
    g_free_temp(g, tr);
    g_free_temp(g, tout);
    if (trecv >= 0) g_free_temp(g, trecv);
    return true;
}

/* The wrappers of the defs used as values: objects in, unboxed to the
 * def's types, the result boxed. */
void g_table_wrappers(Gen *g) {
    PtrVec *slots = &g->p->table;
    for (int i = 0; i < slots->len; i++) {
        Function *f = slots->items[i];
        ptrvec_push(g->a, &g->out->table, (void *)slot_name(g, f));
        if (f->is_lambda) continue;
        IrFunc *w = g_func_begin(g, slot_name(g, f), VT_I32);
        w->source_name = f->name;
        w->line = f->def->line, w->col = f->def->col;
        ir_local(w, IRL_PARAM, "env", VT_I32, false); /* unused */
        int *params = arena_alloc(g->a, sizeof(int) * (size_t)(f->params.len + 1));
        for (int j = 0; j < f->params.len; j++) params[j] = ir_local(w, IRL_PARAM, arena_printf(g->a, "p%d", j), VT_I32, false);
        Type rt = f->ret;
        bool box = g_box_open(g, rt);
        ir_call(w, f->wat_name);
        for (int j = 0; j < f->params.len; j++) {
            Type pt = ((Symbol *)f->params.items[j])->type;
            const char *unbox = pt == T_INT ? "rt_unbox_int" : pt == T_FLOAT ? "rt_unbox_float"
                              : pt == T_BOOL ? "rt_unbox_bool" : pt == T_STR ? "rt_unbox_str" : NULL;
            if (unbox) {
                g_rt(g, unbox);
                ir_call(w, unbox);
            }
            ir_get(w, params[j]);
            if (unbox) ir_close(w);
        }
        if (g_takes_depth(f)) g_depth_arg(g, w);
        ir_close(w);
        if (box) ir_close(w);
        if (rt == T_NONE) {
            g_rt(g, "rt_none");
            ir_call(w, "rt_none");
            ir_close(w);
        }
    }
}
