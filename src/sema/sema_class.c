/* Classes. A class statement at module level makes a class object when it
 * runs (lower_class.c); its defs are methods: Functions with the table ABI
 * (every parameter and the result an object), reached through the class
 * object, never by name. Its assignments are class attributes. What an
 * instance holds is known at run time only: attributes and method calls on
 * values of type object are looked up then (rt_getattr, CALL_ATTR). */
#include "sema_internal.h"

#include <string.h>

/* Declarations run once, before the passes that report: refusals are
 * reported at once. */
static void refuse_now(Sema *s, int line, int col, const char *what) {
    diag_error(s->c, line, col, "%s not supported yet", what);
}

/* What a method's decorator makes it: METHOD_*, or -1 (not supported). */
static int decorator_kind(ClassInfo *ci, const Expr *d) {
    if (d->kind == E_NAME) {
        const char *n = d->u.name.name;
        if (!strcmp(n, "staticmethod")) return METHOD_STATIC;
        if (!strcmp(n, "classmethod")) return METHOD_CLASS;
        if (!strcmp(n, "property")) return METHOD_GETTER;
        return -1;
    }
    if (d->kind == E_ATTR && !strcmp(d->u.attr.name, "setter") && d->u.attr.value->kind == E_NAME) {
        /* @x.setter: x a property defined above in this class */
        for (int i = 0; i < ci->methods.len; i++) {
            const Function *m = ci->methods.items[i];
            if (m->method_kind == METHOD_GETTER && !strcmp(m->name, d->u.attr.value->u.name.name)) return METHOD_SETTER;
        }
    }
    return -1;
}

/* A def of a class body as a method of ci (NULL after reporting why not). */
static Function *method_function(Sema *s, ClassInfo *ci, Stmt *def) {
    Arena *a = s->c->arena;
    int kind = METHOD_PLAIN;
    if (def->u.funcdef.decorators.len) {
        Expr *d = def->u.funcdef.decorators.items[0];
        kind = decorator_kind(ci, d);
        if (kind < 0) kind = METHOD_PLAIN; /* user decorators: applied to the function when the class is made */
        else if (def->u.funcdef.decorators.len > 1) {
            d = def->u.funcdef.decorators.items[1];
            refuse_now(s, d->line, d->col, "another decorator with @staticmethod, @classmethod or @property is");
            return NULL;
        }
        if (kind != METHOD_STATIC && !def->u.funcdef.params.len) {
            refuse_now(s, def->line, def->col, "this method without parameters is");
            return NULL;
        }
    }
    if (def->u.funcdef.is_async) {
        refuse_now(s, def->line, def->col, "async methods are");
        return NULL;
    }
    for (int i = 0; i < def->u.funcdef.params.len; i++) {
        Param *pa = def->u.funcdef.params.items[i];
        if (pa->kind != PARAM_NORMAL) {
            refuse_now(s, pa->line, pa->col, "*args, **kwargs and keyword-only parameters in methods are");
            return NULL;
        }
    }
    Function *f = arena_alloc(a, sizeof *f);
    f->name = def->u.funcdef.name;
    f->is_lambda = f->as_value = true;
    f->wat_name = arena_printf(a, "m%d_%s", s->p->functions.len, sema_mangle(a, "", f->name));
    f->ret = T_OBJ;
    f->method_of = ci;
    f->method_kind = kind;
    f->bound_index = -1;
    for (int i = 0; i < def->u.funcdef.params.len; i++) {
        Param *pa = def->u.funcdef.params.items[i];
        Symbol *sym = arena_alloc(a, sizeof *sym);
        sym->name = pa->name;
        sym->kind = SYM_PARAM;
        sym->line = pa->line, sym->col = pa->col;
        sym->wat_name = sema_mangle(a, "l_", pa->name);
        sym->type = T_OBJ;
        ptrvec_push(a, &f->params, sym);
        ptrvec_push(a, &f->defaults, pa->default_value);
        sema_add_local(a, f, sym);
    }
    f->body = def->u.funcdef.body;
    def->fn = f;
    f->index = s->p->functions.len;
    ptrvec_push(a, &s->p->functions, f);
    return f;
}

/* A class statement of the module's body: its record and its methods
 * (before names are collected, so that methods get their locals). */
void sema_declare_class(Sema *s, Stmt *st) {
    Arena *a = s->c->arena;
    ClassInfo *ci = arena_alloc(a, sizeof *ci);
    ci->name = st->u.classdef.name;
    ci->def = st;
    st->cls = ci;
    ptrvec_push(a, &s->p->classes, ci);
    for (int i = 0; i < st->u.classdef.body.len; i++) {
        Stmt *b = st->u.classdef.body.items[i];
        if (b->kind != S_FUNCDEF) continue;
        Function *f = method_function(s, ci, b);
        if (f) ptrvec_push(a, &ci->methods, f);
    }
}

static bool is_docstring(const Stmt *st) { return st->kind == S_EXPR && st->u.expr.value->kind == E_STR; }

/* The statement itself, where it runs: its bases, the defaults of its
 * methods and its class attributes are evaluated there, in order. */
void sema_class_stmt(Sema *s, Stmt *st) {
    ClassInfo *ci = st->cls;
    if (!ci || !s->fn->is_main) {
        sema_unsupported(s, st->line, st->col,
                         s->fn->is_main ? "a class statement inside a block is" : "a class inside a function is");
        return;
    }
    if (st->u.classdef.decorators.len) {
        Expr *d = st->u.classdef.decorators.items[0];
        sema_unsupported(s, d->line, d->col, "class decorators are");
    }
    if (st->u.classdef.keywords.len) {
        Keyword *kw = st->u.classdef.keywords.items[0];
        sema_unsupported(s, kw->line, kw->col, "keywords in a class statement (metaclass=...) are");
    }
    for (int i = 0; i < st->u.classdef.bases.len; i++) {
        Expr *b = st->u.classdef.bases.items[i];
        if (b->kind == E_STARRED) {
            sema_unsupported(s, b->line, b->col, "starred base classes are");
            continue;
        }
        sema_expr(s, b);
    }
    for (int i = 0; i < st->u.classdef.body.len; i++) {
        Stmt *b = st->u.classdef.body.items[i];
        switch (b->kind) {
        case S_FUNCDEF:
            if (!b->fn) break; /* refused */
            if (b->fn->method_kind == METHOD_PLAIN)
                for (int k = 0; k < b->u.funcdef.decorators.len; k++) sema_expr(s, b->u.funcdef.decorators.items[k]);
            for (int k = 0; k < b->fn->params.len; k++) {
                Expr *d = b->fn->defaults.items[k];
                if (d) sema_expr(s, d);
            }
            break;
        case S_ASSIGN:
            if (b->u.assign.targets.len != 1 || ((Expr *)b->u.assign.targets.items[0])->kind != E_NAME ||
                b->u.assign.is_const) {
                sema_unsupported(s, b->line, b->col, "in a class body, assignments other than `name = value` are");
                break;
            }
            sema_expr(s, b->u.assign.value);
            break;
        case S_PASS: break;
        default:
            if (is_docstring(b)) break;
            sema_unsupported(s, b->line, b->col, "in a class body, statements other than def, `name = value` and pass are");
        }
    }
    Symbol *sym = ci->binding = sema_resolve(s, ci->name);
    sema_check_rebind(s, sym, NULL, st->line, st->col);
    if (sym) sema_symbol_assign(s, sym, T_OBJ, st->line, st->col);
}

/* super() in a method: its class and its first parameter. */
Type sema_super(Sema *s, Expr *e, CallInfo *ci) {
    Function *m = s->fn;
    while (m && !m->method_of && m->parent) m = m->parent;
    if (!m || !m->method_of || m != s->fn || !m->params.len) {
        sema_unsupported(s, e->line, e->col, "super() outside the methods of a class is");
        return T_NEVER;
    }
    if (e->u.call.args.len || e->u.call.keywords.len) {
        sema_unsupported(s, e->line, e->col, "super() with arguments is");
        return T_NEVER;
    }
    ci->kind = CALL_SUPER;
    ci->callee = m;
    return T_OBJ;
}

/* o.name(args) on a value whose type is known at run time only. */
Type sema_attr_call(Sema *s, Expr *e, CallInfo *ci) {
    Expr *fn = e->u.call.func;
    const char *name = fn->u.attr.name;
    int n = e->u.call.args.len;
    ci->reverse = NULL;
    int nkw = e->u.call.keywords.len;
    for (int k = 0; k < nkw; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        if (!kw->name) {
            sema_unsupported(s, kw->line, kw->col, "** arguments in method calls on objects are");
            return T_NEVER;
        }
    }
    ci->kind = CALL_ATTR;
    ci->runs_user_code = true;
    ci->ndyn_sigs = 0;
    if (nkw == 1 && !strcmp(name, "sort") && !strcmp(((Keyword *)e->u.call.keywords.items[0])->name, "reverse")) {
        /* list.sort(reverse=...): the row takes it; an object's sort() gets it by name */
        ci->reverse = ((Keyword *)e->u.call.keywords.items[0])->value;
    } else if (nkw) {
        return T_OBJ; /* keywords: the attribute called as a value (rt_call_kw) */
    }
    static const Type kinds[] = {T_STR, T_LIST, T_DICT, T_SET};
    for (int k = 0; k < 4; k++) {
        const MethodSig *m = method_find(kinds[k], name, n);
        if (m) ci->dyn_sigs[ci->ndyn_sigs++] = m;
    }
    return T_OBJ;
}

/* ---- decorated defs at module level ----
 * @d def f: f names a variable holding d(the function); the function
 * itself has the table ABI and is called through that value. */

static bool is_render_mode(const Expr *d) {
    return d->kind == E_CALL && d->u.call.func->kind == E_NAME && !strcmp(d->u.call.func->u.name.name, "render_mode");
}

bool sema_user_decorated(const Stmt *def) {
    for (int i = 0; i < def->u.funcdef.decorators.len; i++)
        if (!is_render_mode(def->u.funcdef.decorators.items[i])) return true;
    return false;
}

void sema_declare_decorated(Sema *s, Stmt *def) {
    Arena *a = s->c->arena;
    for (int i = 0; i < def->u.funcdef.decorators.len; i++) {
        Expr *d = def->u.funcdef.decorators.items[i];
        if (is_render_mode(d)) {
            refuse_now(s, d->line, d->col, "@render_mode with other decorators is");
            return;
        }
    }
    if (def->u.funcdef.is_async) {
        refuse_now(s, def->line, def->col, "async functions are");
        return;
    }
    for (int i = 0; i < def->u.funcdef.params.len; i++) {
        Param *pa = def->u.funcdef.params.items[i];
        if (pa->kind != PARAM_NORMAL) {
            refuse_now(s, pa->line, pa->col, "*args, **kwargs and keyword-only parameters in decorated functions are");
            return;
        }
    }
    Function *f = arena_alloc(a, sizeof *f);
    f->name = def->u.funcdef.name;
    f->is_lambda = f->as_value = true;
    f->wat_name = arena_printf(a, "d%d_%s", s->p->functions.len, sema_mangle(a, "", f->name));
    f->ret = T_OBJ;
    f->bound_index = -1;
    for (int i = 0; i < def->u.funcdef.params.len; i++) {
        Param *pa = def->u.funcdef.params.items[i];
        Symbol *sym = arena_alloc(a, sizeof *sym);
        sym->name = pa->name;
        sym->kind = SYM_PARAM;
        sym->line = pa->line, sym->col = pa->col;
        sym->wat_name = sema_mangle(a, "l_", pa->name);
        sym->type = T_OBJ;
        ptrvec_push(a, &f->params, sym);
        ptrvec_push(a, &f->defaults, pa->default_value);
        sema_add_local(a, f, sym);
    }
    f->body = def->u.funcdef.body;
    def->fn = f;
    f->index = s->p->functions.len;
    ptrvec_push(a, &s->p->functions, f);
}

/* The def where it runs: its decorators and defaults, then its name. */
void sema_decorated_stmt(Sema *s, Stmt *def) {
    Function *f = def->fn;
    for (int i = 0; i < def->u.funcdef.decorators.len; i++) sema_expr(s, def->u.funcdef.decorators.items[i]);
    for (int i = 0; i < f->params.len; i++)
        if (f->defaults.items[i]) sema_expr(s, f->defaults.items[i]);
    Symbol *sym = f->binding = sema_resolve(s, f->name);
    sema_check_rebind(s, sym, NULL, def->line, def->col);
    if (sym) sema_symbol_assign(s, sym, T_OBJ, def->line, def->col);
}
