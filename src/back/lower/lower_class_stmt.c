/* Lowering of the class statement: the class object, its decorators,
 * bases and keywords, its body run in order in a frame named as the class
 * (methods, class attributes, annotations, classes in it, and the
 * statements a class body may run: expressions, if, for, assignments, del),
 * its __qualname__, then the name bound (or, for a class in a class body,
 * the outer class's attribute). */
#include <string.h>

#include "lower_internal.h"

#define F (g->f)

static int32_t str_of(Gen *g, const char *s) { return (int32_t)g_str(g, s, strlen(s)); }

/* A tuple of the values of exprs (n of them) in temp t. */
static void tuple_of(Gen *g, int t, Expr *const *exprs, int n) {
    g_rt(g, "rt_tuple_new");
    g_rt(g, "rt_tuple_set");
    ir_set(F, t);
    ir_call(F, "rt_tuple_new");
    ir_i32(F, n);
    ir_close(F);
    ir_close(F);
    for (int i = 0; i < n; i++) {
        ir_call(F, "rt_tuple_set");
        ir_get(F, t);
        ir_i32(F, i);
        gx(g, exprs[i], T_OBJ);
        ir_close(F);
    }
}

/* temp tv = the decorators (evaluated first, in order) applied to the
 * function value (made by value(g, f, user)), the last one first. */
static void decorate(Gen *g, const PtrVec *decos, int tv, void (*value)(Gen *, Function *, void *), Function *f, void *user) {
    int n = decos->len;
    int *td = arena_alloc(g->a, sizeof(int) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        td[i] = g_temp(g, T_OBJ);
        ir_set(F, td[i]);
        gx(g, decos->items[i], T_OBJ);
        ir_close(F);
    }
    ir_set(F, tv);
    value(g, f, user);
    ir_close(F);
    for (int i = n; i-- > 0;) {
        ir_set(F, tv);
        ir_block(F, VT_I32, 0, 0);
        g_call_temps(g, td[i], &tv, 1);
        ir_close(F);
        ir_close(F);
    }
    for (int i = 0; i < n; i++) g_free_temp(g, td[i]);
}

static void plain_value(Gen *g, Function *f, void *user) {
    (void)user;
    g_func_value(g, f);
}

void g_decorated(Gen *g, const PtrVec *decos, Function *f, int tv) { decorate(g, decos, tv, plain_value, f, NULL); }

/* A def of the class body: rt_class_set(cls, name, rt_method_new(...)). */
/* rt_method_new(...) of fn; user: the temp of its defaults' tuple or -1 */
static void method_value(Gen *g, Function *fn, void *user) {
    int td = *(int *)user;
    if (fn->star) {
        g_rt(g, "rt_func_star");
        ir_call(F, "rt_func_star");
    }
    g_rt(g, "rt_method_new");
    ir_call(F, "rt_method_new");
    ir_i32(F, fn->table_index);
    ir_i32(F, fn->params.len);
    ir_i32(F, str_of(g, g_qualname(g, fn)));
    ir_i32(F, (int32_t)g_param_names(g, fn));
    ir_i32(F, fn->bound_index);
    if (td >= 0) ir_get(F, td);
    else ir_i32(F, 0);
    ir_i32(F, fn->method_kind == METHOD_STATIC ? RT_METHOD_STATIC
              : fn->method_kind == METHOD_CLASS ? RT_METHOD_CLASS : RT_METHOD_PLAIN);
    ir_close(F);
    if (fn->star) {
        ir_i32(F, fn->star);
        ir_close(F); /* rt_func_star */
    }
}

static void class_method(Gen *g, int tc, Function *fn, const PtrVec *decos) {
    int td = -1;
    if (g_has_defaults(fn)) {
        td = g_temp(g, T_TUPLE);
        g_defaults_tuple(g, td, fn);
    }
    bool setter = fn->method_kind == METHOD_SETTER, getter = fn->method_kind == METHOD_GETTER;
    int tv = -1;
    if (fn->method_kind == METHOD_PLAIN && decos->len) { /* user decorators */
        tv = g_temp(g, T_OBJ);
        decorate(g, decos, tv, method_value, fn, &td);
    } else if (decos->len > 1) { /* @property (@staticmethod ...) over user decorators: those first */
        PtrVec rest = {decos->items + 1, decos->len - 1, decos->len - 1};
        tv = g_temp(g, T_OBJ);
        decorate(g, &rest, tv, method_value, fn, &td);
        if (fn->method_kind == METHOD_STATIC || fn->method_kind == METHOD_CLASS) { /* what they made, made static */
            g_rt(g, "rt_func_kind");
            ir_set(F, tv);
            ir_call(F, "rt_func_kind");
            ir_get(F, tv);
            ir_i32(F, fn->method_kind == METHOD_STATIC ? RT_METHOD_STATIC : RT_METHOD_CLASS);
            ir_close(F);
            ir_close(F);
        }
    }
    const char *put = setter ? "rt_property_setter" : fn->method_kind == METHOD_DELETER ? "rt_property_deleter" : "rt_class_set";
    g_rt(g, put);
    ir_call(F, put);
    ir_get(F, tc);
    ir_i32(F, str_of(g, fn->name));
    if (getter) {
        g_rt(g, "rt_property_new");
        ir_call(F, "rt_property_new");
    }
    if (tv >= 0) ir_get(F, tv);
    else method_value(g, fn, &td);
    if (getter) ir_close(F);
    ir_close(F);
    if (tv >= 0) g_free_temp(g, tv);
    if (td >= 0) g_free_temp(g, td);
}

/* A def of a class inside a function: a closure, bound to instances as any
 * function value in a class; @staticmethod/@classmethod mark it, @property
 * and @x.setter make it an accessor, other decorators apply to it. */
static void nested_method(Gen *g, int tc, Function *m, const PtrVec *decos) {
    int tv = -1;
    if (m->method_kind == METHOD_PLAIN && decos->len) {
        tv = g_temp(g, T_OBJ);
        decorate(g, decos, tv, plain_value, m, NULL);
    }
    const char *put = m->method_kind == METHOD_SETTER    ? "rt_property_setter"
                    : m->method_kind == METHOD_DELETER ? "rt_property_deleter"
                                                       : "rt_class_set";
    const char *wrap = m->method_kind == METHOD_GETTER ? "rt_property_new"
                     : m->method_kind == METHOD_STATIC || m->method_kind == METHOD_CLASS ? "rt_func_kind" : NULL;
    g_rt(g, put);
    ir_call(F, put);
    ir_get(F, tc);
    ir_i32(F, str_of(g, m->name));
    if (wrap) {
        g_rt(g, wrap);
        ir_call(F, wrap);
    }
    if (tv >= 0) ir_get(F, tv);
    else g_func_value(g, m);
    if (wrap && strcmp(wrap, "rt_func_kind") == 0) ir_i32(F, m->method_kind == METHOD_STATIC ? RT_METHOD_STATIC : RT_METHOD_CLASS);
    if (wrap) ir_close(F);
    ir_close(F);
    if (tv >= 0) g_free_temp(g, tv);
}

/* fn(temp t, the str name, value): a class attribute or a dict's item */
static void put_named(Gen *g, const char *fn, int t, const char *name, Expr *value) {
    g_rt(g, fn);
    ir_call(F, fn);
    ir_get(F, t);
    ir_i32(F, str_of(g, name));
    gx(g, value, T_OBJ);
    ir_close(F);
}

/* name: annotation in the body: the class attribute (with a value), then
 * __annotations__[name] (the dict in temp ta). */
static void class_annotation(Gen *g, int tc, int ta, const Stmt *b) {
    const char *name = b->u.annassign.target->u.name.name;
    if (b->u.annassign.value) put_named(g, "rt_class_set", tc, name, b->u.annassign.value);
    put_named(g, "rt_dict_setitem", ta, name, b->u.annassign.annotation);
}

/* target (a name, or names to unpack) = the value in temp tv, in the
 * class tc. */
static void class_store(Gen *g, int tc, const Expr *target, int tv) {
    if (target->kind == E_NAME) {
        g_rt(g, "rt_class_set");
        ir_call(F, "rt_class_set");
        ir_get(F, tc);
        ir_i32(F, str_of(g, target->u.name.name));
        ir_get(F, tv);
        ir_close(F);
        return;
    }
    const PtrVec *names = &target->u.seq.items;
    int tu = g_temp(g, T_OBJ);
    SiteRef here = {target->line, target}; /* CPython points at the targets */
    const void *outer = g_site_enter(g, &here);
    g_rt(g, "rt_unpack_check"); /* ValueError unless exactly that many */
    ir_set(F, tu);
    ir_call(F, "rt_unpack_check");
    ir_get(F, tv);
    ir_i32(F, names->len);
    ir_close(F);
    ir_close(F);
    F->site_key = outer;
    for (int i = 0; i < names->len; i++) {
        const Expr *name = names->items[i];
        g_rt(g, "rt_class_set");
        g_rt(g, "rt_dyn_getitem");
        ir_call(F, "rt_class_set");
        ir_get(F, tc);
        ir_i32(F, str_of(g, name->u.name.name));
        ir_call(F, "rt_dyn_getitem");
        ir_get(F, tu);
        g_box_open(g, T_INT);
        ir_i64(F, i);
        ir_close(F);
        ir_close(F);
        ir_close(F);
    }
    g_free_temp(g, tu);
}

static void class_body(Gen *g, const ClassInfo *ci, int tc, int ta, PtrVec *body);

/* for target in iter: (in a class body) each item bound in the class, then
 * the body; then the else part (a class body has no break). */
static void class_for(Gen *g, const ClassInfo *ci, int tc, int ta, Stmt *b) {
    int k = g_new_label(g);
    int ti = g_temp(g, T_OBJ), tv = g_temp(g, T_OBJ);
    uint32_t cell = g_scratch(g);
    g_rt(g, "rt_iter");
    g_rt(g, "rt_iter_next");
    ir_set(F, ti);
    ir_call(F, "rt_iter");
    gx(g, b->u.for_.iter, T_OBJ);
    ir_close(F);
    ir_close(F);
    ir_block(F, VT_NONE, 'd', k);
    ir_loop(F, 'l', k);
    ir_br_if(F, 'd', k);
    ir_open(F, IR_I32_EQZ);
    ir_call(F, "rt_iter_next");
    ir_get(F, ti);
    ir_i32(F, (int32_t)cell);
    ir_close(F);
    ir_close(F);
    ir_close(F);
    ir_set(F, tv);
    ir_load_i32_at(F, cell);
    ir_close(F);
    class_store(g, tc, b->u.for_.target, tv);
    class_body(g, ci, tc, ta, &b->u.for_.body);
    g_poll(g);
    ir_br(F, 'l', k);
    ir_close(F); /* loop */
    ir_close(F); /* $d */
    g_free_temp(g, tv);
    g_free_temp(g, ti);
    class_body(g, ci, tc, ta, &b->u.for_.orelse);
}

/* The statements of a class body (or of an if or for in it), in order: each name
 * they bind is the class's attribute (tc), annotations go to its
 * __annotations__ (ta). */
static void class_body(Gen *g, const ClassInfo *ci, int tc, int ta, PtrVec *body) {
    for (int i = 0; i < body->len; i++) {
        Stmt *b = body->items[i];
        SiteRef here = {b->line, NULL}; /* what the statement raises, at its line (del x, a, b = v) */
        const void *outer = g_site_enter(g, &here);
        switch (b->kind) {
        case S_ANNASSIGN: class_annotation(g, tc, ta, b); break;
        case S_FUNCDEF:
            if (b->fn && ci->nested) nested_method(g, tc, b->fn, &b->u.funcdef.decorators);
            else if (b->fn) class_method(g, tc, b->fn, &b->u.funcdef.decorators);
            break;
        case S_CLASSDEF:
            if (b->cls) g_class_stmt(g, b);
            break;
        case S_DEL:
            if (((Expr *)b->u.del.targets.items[0])->kind != E_NAME) {
                g_stmt(g, b); /* del d[k] */
                break;
            }
            for (int k = 0; k < b->u.del.targets.len; k++) { /* del r, c: the class's */
                Expr *name = b->u.del.targets.items[k];
                SiteRef at;
                const void *stmt = g_expr_site_enter(g, name, &at); /* NameError points at the name */
                g_rt(g, "rt_class_del");
                ir_call(F, "rt_class_del");
                ir_get(F, tc);
                ir_i32(F, str_of(g, name->u.name.name));
                ir_close(F);
                F->site_key = stmt;
            }
            break;
        case S_ASSIGN:
            if (((Expr *)b->u.assign.targets.items[0])->kind == E_SUBSCRIPT ||
                ((Expr *)b->u.assign.targets.items[0])->kind == E_ATTR) {
                g_stmt(g, b); /* CODES[name] = n: as anywhere */
            } else if (b->u.assign.targets.len == 1 && ((Expr *)b->u.assign.targets.items[0])->kind == E_NAME) {
                Expr *target = b->u.assign.targets.items[0];
                put_named(g, "rt_class_set", tc, target->u.name.name, b->u.assign.value);
            } else { /* x = y = value, a, b = value: evaluated once */
                int tv = g_temp(g, T_OBJ);
                ir_set(F, tv);
                gx(g, b->u.assign.value, T_OBJ);
                ir_close(F);
                for (int k = 0; k < b->u.assign.targets.len; k++) class_store(g, tc, b->u.assign.targets.items[k], tv);
                g_free_temp(g, tv);
            }
            break;
        case S_FOR: class_for(g, ci, tc, ta, b); break;
        case S_AUGASSIGN: put_named(g, "rt_class_set", tc, b->u.augassign.target->u.name.name, b->aug_binop); break;
        case S_EXPR:
            if (b->u.expr.value->kind != E_STR) g_stmt(g, b); /* a docstring: nothing to run */
            break;
        case S_IF:
            ir_if(F, VT_NONE);
            gcond(g, b->u.if_.test);
            ir_open(F, IR_THEN);
            class_body(g, ci, tc, ta, &b->u.if_.body);
            ir_close(F);
            if (b->u.if_.orelse.len) {
                ir_open(F, IR_ELSE);
                class_body(g, ci, tc, ta, &b->u.if_.orelse);
                ir_close(F);
            }
            ir_close(F);
            break;
        default: break; /* pass */
        }
        F->site_key = outer;
    }
}

/* CPython's __qualname__ of a class made in a class body (Outer.C) or in a
 * function (f.<locals>.C); NULL: its name. */
static const char *class_qualname(Gen *g, const ClassInfo *ci) {
    if (ci->outer) {
        const char *outer = class_qualname(g, ci->outer);
        return arena_printf(g->a, "%s.%s", outer ? outer : ci->outer->name, ci->name);
    }
    if (ci->nested && !g->fn->is_main) return arena_printf(g->a, "%s.<locals>.%s", g_qualname(g, g->fn), ci->name);
    return NULL;
}

const char *g_class_qualname(Gen *g, const ClassInfo *ci) {
    const char *q = ci->nested ? NULL : class_qualname(g, ci); /* (a method's function is not where its class is made) */
    return q ? q : ci->name;
}

/* The class statement: its decorators (evaluated first), bases, the class
 * object and its body in order, then the decorators applied (the last
 * one first) and the name bound (a class in a class body: an attribute of
 * that class). */
void g_class_stmt(Gen *g, Stmt *st) {
    ClassInfo *ci = st->cls;
    const PtrVec *decos = &st->u.classdef.decorators;
    int *td = arena_alloc(g->a, sizeof(int) * (size_t)(decos->len + 1));
    for (int i = 0; i < decos->len; i++) {
        td[i] = g_temp(g, T_OBJ);
        ir_set(F, td[i]);
        gx(g, decos->items[i], T_OBJ);
        ir_close(F);
    }
    int tc = g_temp(g, T_OBJ), tb = g_temp(g, T_TUPLE), ta = -1, tk = -1;
    tuple_of(g, tb, (Expr *const *)st->u.classdef.bases.items, st->u.classdef.bases.len);
    if (ci->keywords) { /* class C(Base, kind="c"): a dict for __init_subclass__ */
        tk = g_temp(g, T_OBJ);
        g_rt(g, "rt_dict_new");
        ir_set(F, tk);
        ir_call(F, "rt_dict_new");
        ir_close(F);
        ir_close(F);
        for (int i = 0; i < st->u.classdef.keywords.len; i++) {
            Keyword *kw = st->u.classdef.keywords.items[i];
            if (kw->name && strcmp(kw->name, "metaclass")) put_named(g, "rt_dict_setitem", tk, kw->name, kw->value);
        }
    }
    g_rt(g, "rt_class_new");
    ir_set(F, tc);
    ir_call(F, "rt_class_new");
    ir_i32(F, str_of(g, ci->name));
    ir_get(F, tb);
    ir_close(F);
    ir_close(F);
    if (g->p->uses_doc) { /* some x.__doc__: the class's docstring or None, as CPython's namespace has it */
        const Expr *doc = ast_docstring(&st->u.classdef.body);
        g_rt(g, "rt_class_set");
        ir_call(F, "rt_class_set");
        ir_get(F, tc);
        ir_i32(F, str_of(g, "__doc__"));
        if (doc) {
            ir_i32(F, (int32_t)g_str(g, doc->u.str.data, doc->u.str.len));
        } else {
            g_rt(g, "rt_none");
            ir_call(F, "rt_none");
            ir_close(F);
        }
        ir_close(F);
    }
    const char *qualname = class_qualname(g, ci);
    if (qualname) {
        g_rt(g, "rt_class_set_qualname");
        ir_call(F, "rt_class_set_qualname");
        ir_get(F, tc);
        ir_i32(F, str_of(g, qualname));
        ir_close(F);
    }
    if (g->fn->unit->index) { /* made in a module of the program */
        g_rt(g, "rt_class_set_module");
        ir_call(F, "rt_class_set_module");
        ir_get(F, tc);
        ir_i32(F, str_of(g, g->fn->unit->name));
        ir_close(F);
    }
    if (ci->metaclass) {
        g_rt(g, "rt_class_set_meta");
        ir_call(F, "rt_class_set_meta");
        ir_get(F, tc);
        gx(g, ci->metaclass, T_OBJ);
        ir_close(F);
    }
    for (int i = 0; i < st->u.classdef.body.len && ta < 0; i++) {
        const Stmt *b = st->u.classdef.body.items[i];
        if (b->kind != S_ANNASSIGN) continue;
        /* a body with annotations starts with __annotations__ = {} */
        ta = g_temp(g, T_OBJ);
        g_rt(g, "rt_dict_new");
        ir_set(F, ta);
        ir_call(F, "rt_dict_new");
        ir_close(F);
        ir_close(F);
        g_rt(g, "rt_class_set");
        ir_call(F, "rt_class_set");
        ir_get(F, tc);
        ir_i32(F, str_of(g, "__annotations__"));
        ir_get(F, ta);
        ir_close(F);
    }
    int outer_ns = g->class_ns;
    g->class_ns = tc; /* the body's names: Expr.class_scope */
    InnerFrame fr; /* CPython runs the body in a frame of its own, named as the class */
    ir_open(F, IR_DROP);
    g_inner_frame_open(g, &fr, ci->name, st->line, NULL);
    class_body(g, ci, tc, ta, &st->u.classdef.body);
    ir_i32(F, 0);
    g_inner_frame_close(g, &fr);
    ir_close(F);
    g->class_ns = outer_ns;
    g_rt(g, "rt_class_ready"); /* __init_subclass__, the metaclass's __init__ */
    ir_call(F, "rt_class_ready");
    ir_get(F, tc);
    if (tk >= 0) ir_get(F, tk);
    else ir_i32(F, 0);
    ir_close(F);
    if (tk >= 0) g_free_temp(g, tk);
    for (int i = decos->len; i-- > 0;) {
        ir_set(F, tc);
        ir_block(F, VT_I32, 0, 0);
        g_call_temps(g, td[i], &tc, 1);
        ir_close(F);
        ir_close(F);
    }
    if (ci->outer) {
        g_rt(g, "rt_class_set");
        ir_call(F, "rt_class_set");
        ir_get(F, g->class_ns);
        ir_i32(F, str_of(g, ci->name));
        ir_get(F, tc);
        ir_close(F);
    } else {
        g_store_sym(g, ci->binding, tc, T_OBJ);
    }
    if (ta >= 0) g_free_temp(g, ta);
    for (int i = 0; i < decos->len; i++) g_free_temp(g, td[i]);
    g_free_temp(g, tb);
    g_free_temp(g, tc);
}
