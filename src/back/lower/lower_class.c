/* Lowering of classes: attributes of objects, method calls on values whose
 * type is known at run time only, super(), and the two kinds of generated
 * functions classes need: the bound forms of methods (self from the
 * function value's env) and the runtime's way into generated code
 * (RTLINK_APPLY: a function value and a tuple of arguments). The class
 * statement itself: lower_class_stmt.c. */
#include <string.h>

#include "../rtlink.h"
#include "lower_internal.h"

#define F (g->f)

static int32_t str_of(Gen *g, const char *s) { return (int32_t)g_str(g, s, strlen(s)); }
static uint32_t bindable_types(const char *name);
uint32_t g_bindable_types(const char *name) { return bindable_types(name); }

/* A builtin type as a value: its class (int, str ..., object, type). */
void g_type_class(Gen *g, BuiltinId id) {
    if (id == BI_OBJECT) {
        g_rt(g, "rt_object_class");
        ir_call(F, "rt_object_class");
        ir_close(F);
        return;
    }
    int32_t code = id == BI_BOOL ? RT_TYPE_BOOL : id == BI_DICT ? RT_TYPE_DICT : id == BI_FLOAT ? RT_TYPE_FLOAT
                 : id == BI_INT ? RT_TYPE_INT : id == BI_LIST ? RT_TYPE_LIST : id == BI_SET ? RT_TYPE_SET
                 : id == BI_STR ? RT_TYPE_STR : id == BI_TUPLE ? RT_TYPE_TUPLE
                 : id == BI_FROZENSET ? RT_TYPE_FROZENSET : id == BI_BYTES ? RT_TYPE_BYTES
                 : id == BI_BYTEARRAY ? RT_TYPE_BYTEARRAY : id == BI_SLICE ? RT_TYPE_SLICE
                 : id == BI_PROPERTY ? RT_TYPE_PROPERTY : id == BI_COMPLEX ? RT_TYPE_COMPLEX : RT_TYPE_CLASS;
    g_rt(g, "rt_builtin_class");
    ir_call(F, "rt_builtin_class");
    ir_i32(F, code);
    ir_close(F);
}

/* The runtime's attribute lookup for this name: rt_getattr_call for the
 * builtin methods only some programs use (str.format, the generators'
 * send/throw/close, dict.fromkeys: see rt_ml_builtin), else rt_getattr. */
static const char *getattr_fn(Gen *g, const char *name) {
    unsigned which = !strcmp(name, "format") ? 1u << RT_BUILTIN_STR_FORMAT
                     : !strcmp(name, "send") || !strcmp(name, "throw") || !strcmp(name, "close")
                         ? 1u << RT_BUILTIN_GEN_SEND
                     : !strcmp(name, "fromkeys") ? 1u << RT_BUILTIN_DICT_FROMKEYS
                     : !strcmp(name, "__aiter__") || !strcmp(name, "__anext__") || !strcmp(name, "asend") ||
                             !strcmp(name, "athrow") || !strcmp(name, "aclose") || !strcmp(name, "__await__")
                         ? 1u << RT_BUILTIN_AGEN_AITER
                         : 0;
    g->builtin_calls |= which;
    return which ? "rt_getattr_call" : "rt_getattr";
}

/* o.name, or type(x).__name__ (e->builtin BI_TYPE). */
/* m.y, a global of module m of the program: not bound is CPython's
 * AttributeError, "partially initialized" while m's top-level code runs
 * (a circular import) */
static void module_global_check(Gen *g, Expr *e) {
    const Symbol *sym = e->sym;
    if (!sym->unit || !sym->unit->index) return;
    SiteRef here;
    const void *outer = g_expr_site_enter(g, e, &here);
    g_module_global_bound(g, sym, RT_EXC_ATTRIBUTE,
                          arena_printf(g->a,
                                       "partially initialized module '%s' has no attribute '%s' (most likely due to a "
                                       "circular import)",
                                       sym->unit->name, sym->name),
                          arena_printf(g->a, "module '%s' has no attribute '%s'", sym->unit->name, sym->name));
    F->site_key = outer;
}

void g_attr(Gen *g, Expr *e) {
    const StdMember *std = expr_std(e);
    if (std) { /* math.sqrt as a value */
        if (std->kind == STD_KIND_VALUE) g_std_value(g, std); /* sys.argv */
        else if (std->kind == STD_KIND_ANNOTATION) g_typing_value(g, std); /* Optional, List */
        else g_module_value(g, std);
        return;
    }
    if (e->sym || e->fn) { /* helpers.counter, helpers.area: another file's global or def */
        if (e->sym) module_global_check(g, e);
        g_name(g, e);
        return;
    }
    if (e->member < 0) { /* "ab".upper as a value: bound to its receiver */
        g->builtin_calls |= 1u << RT_BUILTIN_METHOD;
        const char *name = g->p->bound_methods.items[-e->member - 1];
        Expr *v = e->u.attr.value;
        bool any = v->type == T_OBJ; /* of a type with such a method, else its attribute */
        const char *fn = any ? "rt_getattr_method" : "rt_method_value";
        g_rt(g, fn);
        ir_call(F, fn);
        ir_i32(F, RT_BUILTIN_METHOD + (-e->member - 1));
        gx(g, v, T_OBJ);
        ir_i32(F, str_of(g, name));
        if (any) ir_i32(F, (int32_t)bindable_types(name));
        ir_close(F);
        return;
    }
    if (e->member > 0) { /* str.lower as a value */
        const MethodSig *m = g->p->method_values.items[e->member - 1];
        int slot = g->p->table.len + g->p->bound_table.len + g->p->builtin_values.len + e->member - 1;
        ir_i32(F, (int32_t)g_static_callable(g, arena_printf(g->a, "method:%d", e->member), m->name, slot, 1 + m->nargs));
        return;
    }
    if (e->builtin == BI_TYPE) {
        g_rt(g, "rt_type_name");
        ir_call(F, "rt_type_name");
        gx(g, e->u.attr.value->u.call.args.items[0], T_OBJ);
        ir_close(F);
        return;
    }
    const char *get = getattr_fn(g, e->u.attr.name);
    g_rt(g, get);
    ir_call(F, get);
    gx(g, e->u.attr.value, T_OBJ);
    ir_i32(F, str_of(g, e->u.attr.name));
    ir_close(F);
}

/* target.name = the value in temp t (of type ty). */
void g_setattr_temp(Gen *g, Expr *target, int t, Type ty) {
    g_rt(g, "rt_setattr");
    SiteRef here; /* a failing store points at its target */
    const void *outer = g_expr_site_enter(g, target, &here);
    ir_call(F, "rt_setattr");
    gx(g, target->u.attr.value, T_OBJ);
    ir_i32(F, str_of(g, target->u.attr.name));
    g_box_temp(g, t, ty);
    ir_close(F);
    F->site_key = outer;
}

/* super(): rt_super(the method's class, its first parameter). */
void gcall_super(Gen *g, Expr *e) {
    Function *m = e->call->callee;
    g_rt(g, "rt_super");
    ir_call(F, "rt_super");
    g_sym_get(g, e->call->super_class ? e->call->super_class : m->method_of->binding);
    g_sym_get(g, m->params.items[0]);
    ir_close(F);
}

static uint32_t type_code(Type t) {
    uint32_t code = type_rt_code(t); /* (and RT_TYPE_BOOL, RT_TYPE_BYTEARRAY for T_INT, T_BYTES: see gcall_attr) */
    return code ? code : RT_TYPE_SET;
}

/* The row m of a builtin type's method on the receiver in temp to and the
 * arguments in temps ta, its result as an object. */
static void dyn_row_call(Gen *g, const MethodSig *m, int to, const int *ta, Expr *e) {
    bool none = m->ret == T_NONE;
    if (none) ir_block(F, VT_I32, 0, 0);
    bool box = g_box_open(g, m->ret);
    g_rt(g, m->rt_fn);
    ir_call(F, m->rt_fn);
    ir_get(F, to);
    for (int i = 0; i < m->nargs; i++) {
        const char *unbox = m->args[i] == 'I' ? "rt_unbox_int" : m->args[i] == 'S' ? "rt_unbox_str" : NULL;
        if (unbox) {
            g_rt(g, unbox);
            ir_call(F, unbox);
        }
        ir_get(F, ta[i]);
        if (unbox) ir_close(F);
    }
    g_row_fill(g, m, e ? e->call->reverse : NULL);
    ir_close(F);
    if (box) ir_close(F);
    if (none) {
        g_rt(g, "rt_none");
        ir_call(F, "rt_none");
        ir_close(F);
        ir_close(F);
    }
}

static void gcall_attr_generic(Gen *g, Expr *fn, int to, int tf, const int *ta, int n, const PtrVec *keywords);

/* temp tf = the attribute fn names of the object in temp to (an
 * AttributeError points at fn) */
static void getattr_into(Gen *g, Expr *fn, int to, int tf) {
    SiteRef here;
    const void *outer = g_expr_site_enter(g, fn, &here);
    if (fn->member < 0) { /* a builtin type's method where o has one, else its attribute (sema_bound_method) */
        g->builtin_calls |= 1u << RT_BUILTIN_METHOD;
        g_rt(g, "rt_getattr_method");
        ir_set(F, tf);
        ir_call(F, "rt_getattr_method");
        ir_i32(F, RT_BUILTIN_METHOD + (-fn->member - 1));
        ir_get(F, to);
        ir_i32(F, str_of(g, fn->u.attr.name));
        ir_i32(F, (int32_t)bindable_types(fn->u.attr.name));
        ir_close(F);
        ir_close(F);
        F->site_key = outer;
        return;
    }
    const char *get = getattr_fn(g, fn->u.attr.name);
    g_rt(g, get);
    ir_set(F, tf);
    ir_call(F, get);
    ir_get(F, to);
    ir_i32(F, str_of(g, fn->u.attr.name));
    ir_close(F);
    ir_close(F);
    F->site_key = outer;
}

/* o.name(args), o's type known at run time only: when o is a str, list,
 * dict, set, bytes or bytearray having that method (the program's rows:
 * sema_attr_call), the runtime function of its row; else
 * the attribute (a bound method of o's class, usually) called as a value. */
void gcall_attr(Gen *g, Expr *e) {
    CallInfo *ci = e->call;
    Expr *fn = e->u.call.func;
    int n = e->u.call.args.len;
    int to = g_temp(g, T_OBJ), tf = g_temp(g, T_OBJ);
    if (ci->has_star) { /* o.m(*t, **d): the attribute, then the arguments */
        ir_block(F, VT_I32, 0, 0);
        ir_set(F, to);
        gx(g, fn->u.attr.value, T_OBJ);
        ir_close(F);
        getattr_into(g, fn, to, tf);
        g_call_star(g, tf, e);
        ir_close(F);
        g_free_temp(g, tf);
        g_free_temp(g, to);
        return;
    }
    int *ta = arena_alloc(g->a, sizeof(int) * (size_t)(n + 1));
    ir_block(F, VT_I32, 0, 0);
    ir_set(F, to);
    gx(g, fn->u.attr.value, T_OBJ);
    ir_close(F);
    g_args_to_temps(g, e, ta);
    int tk = -1, tr = to;
    if (ci->ndyn_sigs) {
        /* the receiver of the builtin types' methods: an instance of a
         * class deriving from list or dict is its list or dict, for the
         * methods its class does not define */
        tr = g_temp(g, T_OBJ);
        g_rt(g, "rt_method_receiver");
        ir_set(F, tr);
        ir_call(F, "rt_method_receiver");
        ir_get(F, to);
        ir_i32(F, str_of(g, fn->u.attr.name));
        ir_close(F);
        ir_close(F);
        tk = ir_temp(F, VT_I32, false);
        ir_set(F, tk);
        g_type_code(F, tr);
        ir_close(F);
    }
    for (int k = 0; k < ci->ndyn_sigs; k++) {
        const MethodSig *m = ci->dyn_sigs[k];
        ir_if(F, VT_I32);
        if (m->recv == T_BYTES) { /* bytes or bytearray: (unsigned)(type - BYTES) < 2 */
            _Static_assert(RT_TYPE_BYTEARRAY == RT_TYPE_BYTES + 1, "the two bytes types are adjacent");
            ir_open(F, IR_I32_LT_U);
            ir_open(F, IR_I32_SUB);
            ir_get(F, tk);
            ir_i32(F, RT_TYPE_BYTES);
            ir_close(F);
            ir_i32(F, 2);
            ir_close(F);
        } else {
            /* a frozenset has the set's methods (its mutating ones raise
             * AttributeError); a bool has the int's (an int subclass) */
            int also = m->recv == T_SET ? RT_TYPE_FROZENSET : m->recv == T_INT ? RT_TYPE_BOOL : -1;
            if (also >= 0) ir_open(F, IR_I32_OR);
            ir_open(F, IR_I32_EQ);
            ir_get(F, tk);
            ir_i32(F, (int32_t)type_code(m->recv));
            ir_close(F);
            if (also >= 0) {
                ir_open(F, IR_I32_EQ);
                ir_get(F, tk);
                ir_i32(F, also);
                ir_close(F);
                ir_close(F);
            }
        }
        ir_open(F, IR_THEN);
        dyn_row_call(g, m, tr, ta, e);
        ir_close(F);
        ir_open(F, IR_ELSE);
    }
    gcall_attr_generic(g, fn, to, tf, ta, n, &e->u.call.keywords);
    for (int k = 0; k < ci->ndyn_sigs; k++) {
        ir_close(F); /* else */
        ir_close(F); /* if */
    }
    ir_close(F);
    if (tk >= 0) ir_release(F, tk);
    if (tr != to) g_free_temp(g, tr);
    for (int i = 0; i < n; i++) g_free_temp(g, ta[i]);
    g_free_temp(g, tf);
    g_free_temp(g, to);
}

/* The attribute of the object in temp to, then called with the arguments in temps ta. */
static void gcall_attr_generic(Gen *g, Expr *fn, int to, int tf, const int *ta, int n, const PtrVec *keywords) {
    if (!keywords->len) {
        /* a method of the instance's class: called with self first, no
         * bound method made (rt_method_of), else the attribute's value */
        int *tself = arena_alloc(g->a, sizeof(int) * (size_t)(n + 2));
        tself[0] = to;
        for (int i = 0; i < n; i++) tself[i + 1] = ta[i];
        g_rt(g, "rt_method_of");
        ir_set(F, tf);
        ir_call(F, "rt_method_of");
        ir_get(F, to);
        ir_i32(F, str_of(g, fn->u.attr.name));
        ir_close(F);
        ir_close(F);
        ir_if(F, VT_I32);
        ir_get(F, tf);
        ir_open(F, IR_THEN);
        g_call_temps(g, tf, tself, n + 1);
        ir_close(F);
        ir_open(F, IR_ELSE);
        getattr_into(g, fn, to, tf);
        g_call_temps(g, tf, ta, n);
        ir_close(F);
        ir_close(F);
        return;
    }
    getattr_into(g, fn, to, tf);
    g_call_kw(g, tf, ta, n, keywords);
}

/* The bound forms of the methods, in the table after the values' slots:
 * (env = self, the other arguments) -> the method (no env, self, ...). */
void g_bound_wrappers(Gen *g) {
    PtrVec *bound = &g->p->bound_table;
    for (int i = 0; i < bound->len; i++) {
        Function *f = bound->items[i];
        const char *name = arena_printf(g->a, "bound_%s", f->wat_name);
        ptrvec_push(g->a, &g->out->table, (void *)name);
        IrFunc *w = g_func_begin(g, name, VT_I32);
        w->source_name = f->name;
        int env = ir_local(w, IRL_PARAM, "env", VT_I32, false);
        int *params = arena_alloc(g->a, sizeof(int) * (size_t)f->params.len);
        for (int j = 1; j < f->params.len; j++)
            params[j] = ir_local(w, IRL_PARAM, arena_printf(g->a, "p%d", j), VT_I32, false);
        ir_call(w, f->wat_name);
        ir_i32(w, 0); /* the method's own env: none */
        ir_get(w, env);
        for (int j = 1; j < f->params.len; j++) ir_get(w, params[j]);
        ir_close(w);
    }
}

/* The builtins used as values (key=len): wrappers taking and giving
 * objects, in the table after the bound forms. */
static int builtin_slot(Gen *g, BuiltinId id) {
    const PtrVec *v = &g->p->builtin_values;
    for (int i = 0; i < v->len; i++)
        if ((intptr_t)v->items[i] == (intptr_t)id) return g->p->table.len + g->p->bound_table.len + i;
    return -1;
}

void g_builtin_value(Gen *g, BuiltinId id) {
    const char *name = builtin_name(id);
    int code = builtin_value_code(id);
    if (code >= 0) { /* called through rt_ml_builtin with its arguments' tuple */
        g->builtin_calls |= 1u << RT_BUILTIN_APPLY;
        g_rt(g, "rt_builtin_value");
        ir_call(F, "rt_builtin_value");
        ir_i32(F, code);
        ir_i32(F, str_of(g, name));
        ir_close(F);
        return;
    }
    ir_i32(F, (int32_t)g_static_callable(g, arena_printf(g->a, "builtin:%s", name), name, builtin_slot(g, id), 1));
}

void g_builtin_wrappers(Gen *g) {
    const PtrVec *v = &g->p->builtin_values;
    for (int i = 0; i < v->len; i++) {
        BuiltinId id = (BuiltinId)(intptr_t)v->items[i];
        const char *name = arena_printf(g->a, "builtin_%s", builtin_name(id));
        ptrvec_push(g->a, &g->out->table, (void *)name);
        IrFunc *w = g_func_begin(g, name, VT_I32);
        w->source_name = builtin_name(id);
        ir_local(w, IRL_PARAM, "env", VT_I32, false);
        int x = ir_local(w, IRL_PARAM, "x", VT_I32, false);
        /* the runtime function of the builtin on one object, and how its
         * result becomes one */
        const char *fn, *unbox = NULL;
        Type ret = T_OBJ;
        bool extra_zero = false;
        switch (id) {
        case BI_LEN: fn = "rt_builtin_len", ret = T_INT; break;
        case BI_ABS: fn = "rt_dyn_abs"; break;
        case BI_REPR: fn = "rt_dyn_repr"; break;
        case BI_ORD: fn = "rt_builtin_ord", ret = T_INT; break;
        case BI_CHR: fn = "rt_builtin_chr", unbox = "rt_unbox_int"; break;
        case BI_ANY: fn = "rt_builtin_any", ret = T_BOOL; break;
        case BI_ALL: fn = "rt_builtin_all", ret = T_BOOL; break;
        case BI_SORTED: fn = "rt_builtin_sorted", extra_zero = true; break;
        case BI_HASH: fn = "rt_builtin_hash", ret = T_INT; break;
        case BI_ID: fn = "rt_builtin_id", ret = T_INT; break;
        case BI_ASCII: fn = "rt_builtin_ascii"; break;
        default: fn = "rt_callable", ret = T_BOOL; break;
        }
        bool box = g_box_open(g, ret);
        g_rt(g, fn);
        ir_call(w, fn);
        if (unbox) {
            g_rt(g, unbox);
            ir_call(w, unbox);
        }
        ir_get(w, x);
        if (unbox) ir_close(w);
        if (extra_zero) ir_i32(w, 0);
        ir_close(w);
        if (box) ir_close(w);
    }
}

/* The builtin types' methods used as values: (env, self, args...) ->
 * the row's runtime function, self checked to be of its type first. */
void g_method_wrappers(Gen *g) {
    const PtrVec *v = &g->p->method_values;
    for (int i = 0; i < v->len; i++) {
        const MethodSig *m = v->items[i];
        const char *name = arena_printf(g->a, "method_%d_%s", i, m->name);
        ptrvec_push(g->a, &g->out->table, (void *)name);
        IrFunc *w = g_func_begin(g, name, VT_I32);
        w->source_name = m->name;
        ir_local(w, IRL_PARAM, "env", VT_I32, false);
        int self = ir_local(w, IRL_PARAM, "self", VT_I32, false);
        int *p = arena_alloc(g->a, sizeof(int) * (size_t)(m->nargs + 1));
        for (int k = 0; k < m->nargs; k++) p[k] = ir_local(w, IRL_PARAM, arena_printf(g->a, "p%d", k), VT_I32, false);
        g_rt(g, "rt_descriptor_check");
        ir_call(w, "rt_descriptor_check");
        ir_get(w, self);
        ir_i32(w, (int32_t)type_code(m->recv));
        ir_i32(w, str_of(g, m->name));
        ir_close(w);
        int ta[4];
        for (int k = 0; k < m->nargs; k++) ta[k] = p[k];
        dyn_row_call(g, m, self, ta, NULL); /* into w, the function being built */
    }
}

void g_std_value(Gen *g, const StdMember *row) {
    /* sys.stdin's iterator reads through rt_ml_builtin: only a program
     * naming sys.stdin links the reading of stdin (and imports fd_read) */
    if (!strcmp(row->sig.rt_fn, "rt_sys_stdin")) g->builtin_calls |= 1u << RT_BUILTIN_STDIN_LINE;
    g_rt(g, row->sig.rt_fn);
    ir_call(F, row->sig.rt_fn);
    ir_close(F);
}

/* typing's names as values: the runtime's form of that name
 * (rt_typing_form: typing.List prints so, List[int] subscripts it) */
void g_typing_value(Gen *g, const StdMember *row) {
    g_rt(g, "rt_typing_form");
    ir_call(F, "rt_typing_form");
    ir_i32(F, (int32_t)g_str(g, row->name, strlen(row->name)));
    ir_close(F);
}

/* The standard library's functions used as values (map(math.sqrt, xs)):
 * function objects of wrappers in the table after the method values'. */
void g_module_value(Gen *g, const StdMember *row) {
    const PtrVec *v = &g->p->module_values;
    int at = 0;
    while (at < v->len && v->items[at] != row) at++;
    int slot = g->p->table.len + g->p->bound_table.len + g->p->builtin_values.len + g->p->method_values.len + at;
    if (row->npos >= 0) { /* one object: math.sqrt is math.sqrt */
        ir_i32(F, (int32_t)g_static_callable(g, arena_printf(g->a, "module:%d", at), row->name, slot, row->npos));
        return;
    }
    /* math.gcd: its arguments' tuple, as *args (the runtime binds *args by
     * the parameters' names) */
    static const char *const star_names[] = {"args"};
    g_rt(g, "rt_func_star");
    g_rt(g, "rt_func_new");
    ir_call(F, "rt_func_star");
    ir_call(F, "rt_func_new");
    ir_i32(F, slot);
    ir_i32(F, 1);
    ir_i32(F, str_of(g, row->name));
    ir_i32(F, (int32_t)g_names_tuple(g, "names:*args", star_names, 1));
    ir_i32(F, 0);
    ir_close(F);
    ir_i32(F, RT_STAR_ARGS);
    ir_close(F);
}

/* (env, args...) -> the row's runtime function on the arguments converted
 * as a call converts them, its result as an object. */
void g_module_value_wrappers(Gen *g) {
    const PtrVec *v = &g->p->module_values;
    for (int i = 0; i < v->len; i++) {
        const StdMember *row = v->items[i];
        const MethodSig *m = &row->sig;
        const char *name = arena_printf(g->a, "module_%d_%s_%s", i, std_module_name(row->module), row->name);
        ptrvec_push(g->a, &g->out->table, (void *)name);
        IrFunc *w = g_func_begin(g, name, VT_I32);
        w->source_name = row->name;
        ir_local(w, IRL_PARAM, "env", VT_I32, false);
        int *p = arena_alloc(g->a, sizeof(int) * (size_t)(m->nargs + 1));
        for (int k = 0; k < m->nargs; k++) p[k] = ir_local(w, IRL_PARAM, arena_printf(g->a, "p%d", k), VT_I32, false);
        bool none = m->ret == T_NONE;
        if (none) ir_block(w, VT_I32, 0, 0);
        bool box = g_box_open(g, m->ret);
        g_rt(g, m->rt_fn);
        ir_call(w, m->rt_fn);
        for (int k = 0; k < m->nargs; k++) {
            const char *unbox = m->args[k] == 'F' ? "rt_math_float_arg" : NULL;
            if (unbox) {
                g_rt(g, unbox);
                ir_call(w, unbox);
            }
            ir_get(w, p[k]);
            if (unbox) ir_close(w);
        }
        g_row_fill(g, m, NULL);
        ir_close(w);
        if (box) ir_close(w);
        if (none) { /* a function returning nothing: None */
            g_rt(g, "rt_none");
            ir_call(w, "rt_none");
            ir_close(w);
            ir_close(w);
        }
    }
}

/* RTLINK_APPLY(f, args): the function value f called with the items of
 * the tuple args, whose length the runtime has checked against f's. */
void g_apply_function(Gen *g) {
    IrFunc *w = g_func_begin(g, RTLINK_APPLY, VT_I32);
    int pf = ir_local(w, IRL_PARAM, "f", VT_I32, false), pa = ir_local(w, IRL_PARAM, "args", VT_I32, false);
    int max = g->p->builtin_values.len ? 1 : -1;
    for (int i = 0; i < g->p->method_values.len; i++) {
        int k = 1 + ((const MethodSig *)g->p->method_values.items[i])->nargs;
        if (k > max) max = k;
    }
    for (int i = 0; i < g->p->module_values.len; i++) {
        int k = ((const StdMember *)g->p->module_values.items[i])->npos;
        if (k > max) max = k;
    }
    for (int i = 0; i < g->p->table.len; i++) {
        int k = ((Function *)g->p->table.items[i])->params.len;
        if (k > max) max = k;
    }
    bool *seen = arena_alloc(g->a, (size_t)max + 2);
    memset(seen, 0, (size_t)max + 2);
    for (int i = 0; i < g->p->table.len; i++) seen[((Function *)g->p->table.items[i])->params.len] = true;
    for (int i = 0; i < g->p->bound_table.len; i++) seen[((Function *)g->p->bound_table.items[i])->params.len - 1] = true;
    if (g->p->builtin_values.len) seen[1] = true;
    for (int i = 0; i < g->p->method_values.len; i++) seen[1 + ((const MethodSig *)g->p->method_values.items[i])->nargs] = true;
    for (int i = 0; i < g->p->module_values.len; i++) seen[((const StdMember *)g->p->module_values.items[i])->npos] = true;
    for (int k = 0; k <= max; k++) {
        if (!seen[k]) continue;
        ir_if(w, VT_NONE);
        ir_open(w, IR_I32_EQ);
        ir_load(w, IR_I32_LOAD, 8); /* RtTuple.len */
        ir_get(w, pa);
        ir_close(w);
        ir_i32(w, k);
        ir_close(w);
        ir_open(w, IR_THEN);
        ir_open(w, IR_RETURN);
        ir_open(w, IR_CALL_INDIRECT)->u.nparams = k;
        ir_load(w, IR_I32_LOAD, 20); /* RtFunc.env */
        ir_get(w, pf);
        ir_close(w);
        for (int i = 0; i < k; i++) {
            ir_load(w, IR_I32_LOAD, 16u + 4u * (uint32_t)i); /* RtTuple.items[i] */
            ir_get(w, pa);
            ir_close(w);
        }
        ir_load(w, IR_I32_LOAD, 8); /* RtFunc.index */
        ir_get(w, pf);
        ir_close(w);
        ir_close(w);
        ir_close(w);
        ir_close(w);
        ir_close(w);
    }
    ir_i32(w, 0);
}

/* The receiver types the rows of recv serve (a bit per RT_TYPE_*): a bool
 * has the int's methods, a frozenset the set's (its mutating ones raise),
 * both bytes types the rows of T_BYTES. */
static uint32_t row_types(Type recv) {
    switch (recv) {
    case T_INT: return 1u << RT_TYPE_INT | 1u << RT_TYPE_BOOL;
    case T_SET: return 1u << RT_TYPE_SET | 1u << RT_TYPE_FROZENSET;
    case T_BYTES: return 1u << RT_TYPE_BYTES | 1u << RT_TYPE_BYTEARRAY;
    case T_TUPLE: return 1u << RT_TYPE_TUPLE;
    default: return 1u << type_code(recv);
    }
}

static const Type bindable[] = METHOD_BINDABLE_TYPES;
#define NBINDABLE ((int)(sizeof bindable / sizeof bindable[0]))

/* The receiver types with a method of this name (rt_getattr_method). */
static uint32_t bindable_types(const char *name) {
    uint32_t mask = 0;
    for (int i = 0; i < NBINDABLE; i++)
        if (method_type_has(bindable[i], name)) mask |= row_types(bindable[i]);
    return mask;
}

/* The bound builtin methods' wrappers (self, args) -> the row of self's
 * type taking as many arguments as the tuple args holds, else CPython's
 * TypeError. Their names, in Program.bound_methods' order. */
static const char **bound_method_wrappers(Gen *g) {
    const PtrVec *v = &g->p->bound_methods;
    const char **names = arena_alloc(g->a, sizeof(char *) * (size_t)(v->len + 1));
    for (int i = 0; i < v->len; i++) {
        const char *name = v->items[i];
        names[i] = arena_printf(g->a, "bound_method_%d_%s", i, name);
        IrFunc *w = g_func_begin(g, names[i], VT_I32);
        w->source_name = name;
        int self = ir_local(w, IRL_PARAM, "self", VT_I32, false);
        int args = ir_local(w, IRL_PARAM, "args", VT_I32, false);
        int tk = ir_local(w, IRL_VAR, "type", VT_I32, false);
        int ta[METHOD_MAX_ARGS];
        for (int k = 0; k < METHOD_MAX_ARGS; k++) ta[k] = ir_local(w, IRL_VAR, arena_printf(g->a, "a%d", k), VT_I32, false);
        ir_set(w, tk);
        g_type_code(w, self);
        ir_close(w);
        for (int b = 0; b < NBINDABLE; b++) {
            Type recv = bindable[b];
            if (!method_type_has(recv, name)) continue;
            /* (1 << type) & row_types: self is of a type these rows serve */
            ir_if(w, VT_NONE);
            ir_open(w, IR_I32_AND);
            ir_open(w, IR_I32_SHL);
            ir_i32(w, 1);
            ir_get(w, tk);
            ir_close(w);
            ir_i32(w, (int32_t)row_types(recv));
            ir_close(w);
            ir_open(w, IR_THEN);
            int lo = -1, hi = -1;
            for (int n = 0; n <= METHOD_MAX_ARGS; n++) {
                const MethodSig *m = method_find(recv, name, n);
                if (!m || m->recv != recv) continue;
                if (lo < 0) lo = n;
                hi = n;
                ir_if(w, VT_NONE);
                ir_open(w, IR_I32_EQ);
                ir_load(w, IR_I32_LOAD, 8); /* RtTuple.len */
                ir_get(w, args);
                ir_close(w);
                ir_i32(w, n);
                ir_close(w);
                ir_open(w, IR_THEN);
                for (int k = 0; k < n; k++) {
                    ir_set(w, ta[k]);
                    ir_load(w, IR_I32_LOAD, 16u + 4u * (uint32_t)k); /* RtTuple.items[k] */
                    ir_get(w, args);
                    ir_close(w);
                    ir_close(w);
                }
                ir_open(w, IR_RETURN);
                dyn_row_call(g, m, self, ta, NULL);
                ir_close(w);
                ir_close(w); /* then */
                ir_close(w); /* if */
            }
            g_rt(g, "rt_method_arity_error");
            ir_open(w, IR_RETURN);
            ir_call(w, "rt_method_arity_error");
            ir_i32(w, str_of(g, type_name(recv)));
            ir_i32(w, str_of(g, name));
            ir_i32(w, lo);
            ir_i32(w, hi);
            ir_load(w, IR_I32_LOAD, 8);
            ir_get(w, args);
            ir_close(w);
            ir_close(w);
            ir_close(w);
            ir_close(w); /* then */
            ir_close(w); /* if */
        }
        ir_i32(w, 0); /* no other type is bound to it */
    }
    return names;
}

/* rt_ml_builtin(which, env, args, kw): the builtin methods rt_getattr_call
 * makes, linked only when the program calls one by its name (see
 * getattr_into), and the bound builtin methods ("ab".upper) the program
 * makes; another which cannot reach here (0). */
void g_builtin_dispatch(Gen *g) {
    const char **bound = bound_method_wrappers(g);
    IrFunc *w = g_func_begin(g, "rt_ml_builtin", VT_I32);
    int pw = ir_local(w, IRL_PARAM, "which", VT_I32, false), pe = ir_local(w, IRL_PARAM, "env", VT_I32, false);
    int pa = ir_local(w, IRL_PARAM, "args", VT_I32, false), pk = ir_local(w, IRL_PARAM, "kw", VT_I32, false);
    static const struct {
        int first, last;
        const char *fn;
    } rows[] = {{RT_BUILTIN_GEN_SEND, RT_BUILTIN_GEN_CLOSE, "rt_gen_method"},
                {RT_BUILTIN_AGEN_AITER, RT_BUILTIN_CORO_AWAIT, "rt_agen_method"},
                {RT_BUILTIN_STR_FORMAT, RT_BUILTIN_STR_FORMAT, "rt_str_format_call"},
                {RT_BUILTIN_DICT_FROMKEYS, RT_BUILTIN_DICT_FROMKEYS, "rt_dict_fromkeys"},
                {RT_BUILTIN_APPLY, RT_BUILTIN_APPLY, "rt_builtin_apply"},
                {RT_BUILTIN_STDIN_LINE, RT_BUILTIN_STDIN_LINE, "rt_sys_stdin_readline"}};
    for (int r = 0; r < (int)(sizeof rows / sizeof rows[0]); r++) {
        if (!(g->builtin_calls & (1u << rows[r].first))) continue;
        g_rt(g, rows[r].fn);
        ir_if(w, VT_NONE);
        ir_open(w, IR_I32_LE_U);
        ir_open(w, IR_I32_SUB);
        ir_get(w, pw);
        ir_i32(w, rows[r].first);
        ir_close(w);
        ir_i32(w, rows[r].last - rows[r].first);
        ir_close(w);
        ir_open(w, IR_THEN);
        ir_open(w, IR_RETURN);
        ir_call(w, rows[r].fn);
        if (rows[r].first == RT_BUILTIN_GEN_SEND || rows[r].first == RT_BUILTIN_AGEN_AITER) {
            ir_get(w, pw);
            ir_get(w, pe);
            ir_get(w, pa);
        } else if (rows[r].first == RT_BUILTIN_STR_FORMAT || rows[r].first == RT_BUILTIN_APPLY) {
            ir_get(w, pe);
            ir_get(w, pa);
            ir_get(w, pk);
        } else if (rows[r].first == RT_BUILTIN_STDIN_LINE) {
            /* no argument */
        } else {
            ir_get(w, pa);
        }
        ir_close(w);
        ir_close(w);
        ir_close(w);
        ir_close(w);
    }
    for (int i = 0; i < g->p->bound_methods.len; i++) {
        ir_if(w, VT_NONE);
        ir_open(w, IR_I32_EQ);
        ir_get(w, pw);
        ir_i32(w, RT_BUILTIN_METHOD + i);
        ir_close(w);
        ir_open(w, IR_THEN);
        ir_open(w, IR_RETURN);
        ir_call(w, bound[i]);
        ir_get(w, pe);
        ir_get(w, pa);
        ir_close(w);
        ir_close(w);
        ir_close(w);
        ir_close(w);
    }
    ir_i32(w, 0);
}
