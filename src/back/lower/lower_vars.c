/* Variables: reads with the unbound checks sema asked for, stores, cells
 * of the variables closures share, bound flags. */
#include <string.h>

#include "lower_internal.h"

#define F (g->f)

int g_local_of(Gen *g, const Symbol *sym) {
    uintptr_t i = (uintptr_t)strmap_get(&g->locals, sym->wat_name);
    if (!i) {
        diag_error(g->c, sym->line, sym->col, "internal error: variable '%s' has no local", sym->name);
        return 0;
    }
    return (int)i - 1;
}

static int flag_of(Gen *g, const Symbol *sym) {
    uintptr_t i = (uintptr_t)strmap_get(&g->locals, arena_printf(g->a, "b_%s", sym->wat_name));
    return i ? (int)i - 1 : 0;
}

bool g_sym_is_cell(const Symbol *sym) { return sym->is_cell || sym->kind == SYM_FREE; }

/* The cell object of a captured variable: a cell local holds it; a free
 * variable finds it in the function's env tuple (items from +16). */
void g_cell_ptr(Gen *g, const Symbol *sym) {
    if (sym->kind == SYM_FREE) {
        ir_load(F, IR_I32_LOAD, 16u + 4u * (uint32_t)sym->env_index);
        ir_get(F, g->env);
        ir_close(F);
    } else {
        ir_get(F, g_local_of(g, sym));
    }
}

/* The error of reading sym while it is unbound, as CPython words it. */
static void raise_unbound(Gen *g, const Symbol *sym) {
    if (sym->kind == SYM_FREE)
        g_raisef(g, RT_EXC_NAME, "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                 sym->name);
    else if (sym->kind == SYM_GLOBAL)
        g_raisef(g, RT_EXC_NAME, "name '%s' is not defined", sym->name);
    else
        g_raisef(g, RT_EXC_UNBOUND_LOCAL, "cannot access local variable '%s' where it is not associated with a value",
                 sym->name);
}

static void get_plain(Gen *g, const Symbol *sym) {
    if (sym->kind == SYM_GLOBAL) ir_gget(F, sym->wat_name);
    else if (!g_spec_var_get(g, sym)) ir_get(F, g_local_of(g, sym));
}

static void get_flag(Gen *g, const Symbol *sym) {
    if (sym->kind == SYM_GLOBAL) ir_gget(F, arena_printf(g->a, "b_%s", sym->wat_name));
    else ir_get(F, flag_of(g, sym));
}

void g_sym_get(Gen *g, Symbol *sym) {
    if (!g_sym_is_cell(sym)) {
        get_plain(g, sym);
        return;
    }
    /* a cell's value is NULL until bound (or after del) */
    int t = g_temp(g, T_OBJ);
    ir_block(F, VT_I32, 0, 0);
    ir_set(F, t);
    ir_load(F, IR_I32_LOAD, 8);
    g_cell_ptr(g, sym);
    ir_close(F);
    ir_close(F);
    ir_if(F, VT_NONE);
    ir_open(F, IR_I32_EQZ);
    ir_get(F, t);
    ir_close(F);
    ir_open(F, IR_THEN);
    raise_unbound(g, sym);
    ir_close(F);
    ir_close(F);
    ir_get(F, t);
    ir_close(F);
    g_free_temp(g, t);
}

void g_sym_set_open(Gen *g, Symbol *sym) {
    if (g_sym_is_cell(sym)) {
        ir_store(F, IR_I32_STORE, 8);
        g_cell_ptr(g, sym);
        return;
    }
    if (sym->kind == SYM_GLOBAL) ir_gset(F, sym->wat_name);
    else ir_set(F, g_local_of(g, sym));
}

void g_sym_set_close(Gen *g, Symbol *sym) {
    ir_close(F);
    g_spec_var_stored(g, sym);
}

void g_get_bound(Gen *g, const Symbol *sym) { get_flag(g, sym); }

void g_set_bound(Gen *g, Symbol *sym, int value) {
    if (!sym->needs_flag) return;
    if (sym->kind == SYM_GLOBAL) ir_gset(F, arena_printf(g->a, "b_%s", sym->wat_name));
    else ir_set(F, flag_of(g, sym));
    ir_i32(F, value);
    ir_close(F);
}

/* A name of a class body's own code that the body binds: the class's value
 * when it has one yet, else the name outside the class, as an object. */
static void class_scope_name(Gen *g, Expr *e) {
    Type outside = e->sym ? e->sym->type : e->fn || e->builtin || expr_std(e) ? T_OBJ : T_NEVER;
    if (g->class_ns < 0) { /* not lowered in the body (cannot happen today): outside */
        Coercion c = g_coerce_open(g, outside, T_OBJ, e);
        e->class_scope = false;
        g_name(g, e);
        e->class_scope = true;
        g_coerce_close(g, c);
        return;
    }
    int t = g_temp(g, T_OBJ);
    g_rt(g, "rt_class_own");
    ir_if(F, VT_I32);
    ir_tee(F, t);
    ir_call(F, "rt_class_own");
    ir_get(F, g->class_ns);
    ir_i32(F, (int32_t)g_str(g, e->u.name.name, strlen(e->u.name.name)));
    ir_close(F);
    ir_close(F);
    ir_open(F, IR_THEN);
    ir_get(F, t);
    ir_close(F);
    ir_open(F, IR_ELSE);
    Coercion c = g_coerce_open(g, outside, T_OBJ, e);
    e->class_scope = false;
    g_name(g, e);
    e->class_scope = true;
    g_coerce_close(g, c);
    ir_close(F);
    ir_close(F);
    g_free_temp(g, t);
}

/* A str variable its appends grow in place (rt_str_append.c): a local
 * no inner function shares (a cell is read by code that cannot know), or
 * a global of the main file (another file's is read as a module
 * attribute). */
bool g_str_accumulator(const Symbol *sym) {
    return sym && sym->appended && sym->type == T_STR && !g_sym_is_cell(sym) &&
           (sym->kind != SYM_GLOBAL || (sym->unit && sym->unit->index == 0));
}

static void name_value(Gen *g, Expr *e, Symbol *sym);

/* The read of e, if it names a str accumulator, is a peek: an operation
 * that keeps nothing of the value (len, comparing, indexing, a method
 * giving a number or a bool) reads it without sharing it, so the next
 * append still grows it in place. A global's value could be grown in
 * place by code running between the read and the operation: only when
 * nothing does (then_runs_code false). Ended by g_peek_end. */
void g_peek(Gen *g, const Expr *e, bool then_runs_code) {
    if (!e || e->kind != E_NAME || e->class_scope || !g_str_accumulator(e->sym)) return;
    if (e->sym->kind == SYM_GLOBAL && then_runs_code) return;
    g->raw_name = e;
    g->raw_peek = true;
}

void g_peek_end(Gen *g) {
    g->raw_name = NULL;
    g->raw_peek = false;
}

void g_name(Gen *g, Expr *e) {
    if (e->class_scope) {
        class_scope_name(g, e);
        return;
    }
    Symbol *sym = e->sym;
    if (!expr_std(e) && g_str_accumulator(sym)) {
        /* an append reads the accumulator as it is (a global's through
         * rt_str_take), so does len(t); every other read shares its value */
        bool raw = g->raw_name == e, peek = raw && g->raw_peek;
        g->raw_name = NULL;
        g->raw_peek = false;
        const char *fn = !raw ? "rt_str_share" : !peek && sym->kind == SYM_GLOBAL ? "rt_str_take" : NULL;
        if (fn) {
            g_rt(g, fn);
            ir_call(F, fn);
        }
        name_value(g, e, sym);
        if (fn) ir_close(F);
        return;
    }
    name_value(g, e, sym);
}

void g_late_def_test(Gen *g, const Function *f, Expr *name) {
    ir_if(F, VT_NONE);
    ir_open(F, IR_I32_EQZ);
    ir_gget(F, arena_printf(g->a, "defined_%s", f->wat_name));
    ir_close(F);
    ir_open(F, IR_THEN);
    SiteRef here; /* the traceback points at the name */
    const void *outer = g_expr_site_enter(g, name, &here);
    g_raisef(g, RT_EXC_NAME, "name '%s' is not defined", f->name);
    F->site_key = outer;
    ir_close(F);
    ir_close(F);
}

/* A def that runs late (after module code), as a value where its def may
 * not have run yet: NameError until it has, as CPython's name lookup. */
static void late_def_value(Gen *g, Expr *e) {
    ir_block(F, VT_I32, 0, 0);
    g_late_def_test(g, e->fn, e);
    g_func_value(g, e->fn);
    ir_close(F);
}

static void name_value(Gen *g, Expr *e, Symbol *sym) {
    const StdMember *std = expr_std(e);
    if (std) { /* from math import sqrt: sqrt as a value */
        if (std->kind == STD_KIND_VALUE) g_std_value(g, std); /* from sys import argv */
        else if (std->kind == STD_KIND_ANNOTATION) g_typing_value(g, std); /* Optional, List */
        else g_module_value(g, std);
        return;
    }
    if (!sym) {
        if (e->fn && e->fn->late && e->maybe_unbound) late_def_value(g, e);
        else if (e->fn) g_func_value(g, e->fn); /* a def used as a value */
        else if (e->builtin && builtin_how(e->builtin) == BUILTIN_EXCEPTION) g_exc_class(g, e->builtin);
        else if (e->builtin && builtin_is_type(e->builtin)) g_type_class(g, e->builtin);
        else if (e->builtin == BI_NOTIMPLEMENTED || e->builtin == BI_ELLIPSIS) {
            const char *fn = e->builtin == BI_ELLIPSIS ? "rt_ellipsis" : "rt_not_implemented";
            g_rt(g, fn);
            ir_call(F, fn);
            ir_close(F);
        }
        else if (e->builtin && builtin_is_value(e->builtin)) g_builtin_value(g, e->builtin);
        else g_raisef(g, RT_EXC_NAME, "name '%s' is not defined", e->u.name.name);
        return;
    }
    if (g_sym_is_cell(sym)) {
        g_sym_get(g, sym);
        return;
    }
    BuiltinId bi = sym->kind == SYM_GLOBAL && type_is_object(sym->type) ? builtin_lookup(sym->name) : 0;
    if (e->maybe_unbound && sym->needs_flag && bi && builtin_how(bi) == BUILTIN_EXCEPTION) {
        /* a global named as a builtin exception class, read before it is
         * bound, is the builtin (CPython looks in builtins next; sema_name) */
        ir_if(F, vt(sym->type));
        ir_open(F, IR_I32_EQZ);
        get_flag(g, sym);
        ir_close(F);
        ir_open(F, IR_THEN);
        g_exc_class(g, bi);
        ir_close(F);
        ir_open(F, IR_ELSE);
        get_plain(g, sym);
        ir_close(F);
        ir_close(F);
        return;
    }
    if (e->maybe_unbound && sym->needs_flag) {
        /* a read that may come before any binding checks the flag */
        ir_block(F, vt(sym->type), 0, 0);
        ir_if(F, VT_NONE);
        ir_open(F, IR_I32_EQZ);
        get_flag(g, sym);
        ir_close(F);
        ir_open(F, IR_THEN);
        raise_unbound(g, sym);
        ir_close(F);
        ir_close(F);
        get_plain(g, sym);
        ir_close(F);
        return;
    }
    get_plain(g, sym);
}

void g_box_temp(Gen *g, int t, Type ty) {
    if (ty == T_NONE) {
        g_rt(g, "rt_none");
        ir_call(F, "rt_none");
        ir_close(F);
    } else if (ty == T_INT) {
        g_box_int_local(g, t);
    } else if (g_box_open(g, ty)) {
        ir_get(F, t);
        ir_close(F);
    } else {
        ir_get(F, t);
    }
}

void g_store_sym(Gen *g, Symbol *sym, int t, Type ty) {
    g_sym_set_open(g, sym);
    /* an object into an int, float or bool variable: only a value sema
     * found never made (`a, b = undefined, 1` keeps a's type) comes here,
     * after code that raises; unboxed so that the module validates */
    const char *unbox = !type_is_object(ty) ? NULL
                        : sym->type == T_INT   ? "rt_unbox_int"
                        : sym->type == T_FLOAT ? "rt_unbox_float"
                        : sym->type == T_BOOL  ? "rt_unbox_bool"
                                               : NULL;
    if (unbox) {
        g_rt(g, unbox);
        ir_call(F, unbox);
        ir_get(F, t);
        ir_close(F);
    } else if (sym->type == ty || (type_is_object(sym->type) && type_is_object(ty))) {
        ir_get(F, t);
    } else {
        g_box_temp(g, t, ty); /* into an object-typed variable */
    }
    g_sym_set_close(g, sym);
    g_set_bound(g, sym, 1);
}

void g_unbind(Gen *g, Symbol *sym) {
    if (g_sym_is_cell(sym)) {
        g_sym_set_open(g, sym);
        ir_i32(F, 0);
        g_sym_set_close(g, sym);
    }
    g_set_bound(g, sym, 0);
}

void gassign_sym(Gen *g, Symbol *sym, Expr *value) {
    if (g_spec_var_assign(g, sym, value)) return; /* unboxed (never flagged) */
    g_sym_set_open(g, sym);
    gx(g, value, sym->type);
    g_sym_set_close(g, sym);
    g_set_bound(g, sym, 1);
}
