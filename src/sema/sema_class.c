/* Classes. A class statement at module level makes a class object when it
 * runs (lower_class.c); its defs are methods: Functions with the table ABI
 * (every parameter and the result an object), reached through the class
 * object, never by name. Its assignments are class attributes. What an
 * instance holds is known at run time only: attributes and method calls on
 * values of type object are looked up then (rt_getattr, CALL_ATTR). */
#include "sema_internal.h"
#include "methods.h"
#include "../util/buf.h"

#include "../runtime/rt_abi.h"

#include <stdlib.h>
#include <string.h>

int sema_table_star(const PtrVec *params) {
    int star = 0, nkw = 0, nposonly = 0;
    for (int i = 0; i < params->len; i++) {
        const Param *pa = params->items[i];
        if (pa->kind == PARAM_POSONLY) nposonly++; /* the first ones (the parser's order) */
        if (pa->kind == PARAM_VARARGS) star |= RT_STAR_ARGS;
        if (pa->kind == PARAM_VARKW) star |= RT_STAR_KWARGS;
        if (pa->kind == PARAM_KWONLY) nkw++;
    }
    return star | nkw << RT_STAR_KWONLY_SHIFT | nposonly << RT_STAR_POSONLY_SHIFT;
}

/* The position of parameter i in the table ABI's order (sema_table_star). */
static int abi_rank(const Param *pa) {
    return pa->kind == PARAM_NORMAL || pa->kind == PARAM_POSONLY ? 0 : pa->kind == PARAM_KWONLY ? 1 : pa->kind == PARAM_VARARGS ? 2 : 3;
}

void sema_table_order(const PtrVec *params, const Param **out) {
    int k = 0;
    for (int rank = 0; rank < 4; rank++)
        for (int i = 0; i < params->len; i++)
            if (abi_rank(params->items[i]) == rank) out[k++] = params->items[i];
}

/* The Function of a def with the table ABI (every parameter and the result
 * an object; *args a tuple, **kwargs a dict), added to the program. */
static Function *table_function(Sema *s, Stmt *def, const char *prefix, int star) {
    Arena *a = s->c->arena;
    Function *f = arena_alloc(a, sizeof *f);
    f->unit = s->unit;
    f->name = def->u.funcdef.name;
    f->star = star;
    f->is_lambda = f->as_value = true;
    f->wat_name = arena_printf(a, "%s%d_%s", prefix, s->p->functions.len, sema_mangle(a, "", f->name));
    f->ret = T_OBJ;
    f->bound_index = -1;
    const Param **order = arena_alloc(a, sizeof(Param *) * (size_t)(def->u.funcdef.params.len + 1));
    sema_table_order(&def->u.funcdef.params, order);
    for (int i = 0; i < def->u.funcdef.params.len; i++) {
        const Param *pa = order[i];
        Symbol *sym = arena_alloc(a, sizeof *sym);
        sym->name = pa->name;
        sym->kind = SYM_PARAM;
        sym->line = pa->line, sym->col = pa->col;
        sym->wat_name = sema_mangle(a, "l_", pa->name);
        sym->type = pa->kind == PARAM_VARARGS ? T_TUPLE : pa->kind == PARAM_VARKW ? T_DICT : T_OBJ;
        ptrvec_push(a, &f->params, sym);
        ptrvec_push(a, &f->defaults, pa->default_value);
        sema_add_local(a, f, sym);
    }
    f->body = def->u.funcdef.body;
    sema_mark_generator(s, f, def);
    def->fn = f;
    f->index = s->p->functions.len;
    ptrvec_push(a, &s->p->functions, f);
    return f;
}

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
    bool setter = d->kind == E_ATTR && !strcmp(d->u.attr.name, "setter");
    if ((setter || (d->kind == E_ATTR && !strcmp(d->u.attr.name, "deleter"))) && d->u.attr.value->kind == E_NAME) {
        /* @x.setter, @x.deleter: x a property defined above in this class */
        for (int i = 0; i < ci->methods.len; i++) {
            const Function *m = ci->methods.items[i];
            if (m->method_kind == METHOD_GETTER && !strcmp(m->name, d->u.attr.value->u.name.name))
                return setter ? METHOD_SETTER : METHOD_DELETER;
        }
    }
    return -1;
}

/* A def of a class body as a method of ci (NULL after reporting why not). */
static Function *method_function(Sema *s, ClassInfo *ci, Stmt *def) {
    int kind = METHOD_PLAIN;
    if (def->u.funcdef.decorators.len) {
        Expr *d = def->u.funcdef.decorators.items[0];
        kind = decorator_kind(ci, d);
        /* user decorators (the others under @property and the like too:
         * @property @abstractmethod) are applied to the function when the
         * class is made */
        if (kind < 0) kind = METHOD_PLAIN;
        if (kind != METHOD_STATIC && !def->u.funcdef.params.len) {
            refuse_now(s, def->line, def->col, "this method without parameters is");
            return NULL;
        }
    }
    Function *f = table_function(s, def, "m", sema_table_star(&def->u.funcdef.params));
    f->method_of = ci;
    f->method_kind = kind;
    return f;
}

static ClassInfo *declare_class(Sema *s, Stmt *st, ClassInfo *outer) {
    Arena *a = s->c->arena;
    ClassInfo *ci = arena_alloc(a, sizeof *ci);
    ci->name = st->u.classdef.name;
    ci->def = st;
    ci->outer = outer;
    st->cls = ci;
    ptrvec_push(a, &s->p->classes, ci);
    for (int i = 0; i < st->u.classdef.body.len; i++) {
        Stmt *b = st->u.classdef.body.items[i];
        if (b->kind == S_CLASSDEF) declare_class(s, b, ci); /* made when the body runs, an attribute of ci */
        if (b->kind != S_FUNCDEF) continue;
        Function *f = method_function(s, ci, b);
        if (f) ptrvec_push(a, &ci->methods, f);
    }
    return ci;
}

/* A class statement of the module's body: its record and its methods, and
 * those of the classes in its body (before names are collected, so that
 * methods get their locals). */
void sema_declare_class(Sema *s, Stmt *st) { declare_class(s, st, NULL); }

static bool is_docstring(const Stmt *st) { return st->kind == S_EXPR && st->u.expr.value->kind == E_STR; }

/* A class statement inside a function: a new class each time it runs,
 * bound to a local. Its defs are nested functions (closures over the
 * function's variables, the class's own name included), which the runtime
 * binds to instances like any function value stored in a class. */
static void nested_class_stmt(Sema *s, Stmt *st) {
    ClassInfo *ci = st->cls;
    if (!ci) {
        ci = arena_alloc(s->c->arena, sizeof *ci);
        ci->name = st->u.classdef.name;
        ci->def = st;
        ci->nested = true;
        st->cls = ci;
    }
    for (int i = 0; i < st->u.classdef.body.len; i++) {
        Stmt *b = st->u.classdef.body.items[i];
        if (b->kind != S_FUNCDEF) continue;
        bool first = !b->fn;
        Function *f = sema_nested_function(s, b, "methods of a class inside a function", true);
        if (!f) continue;
        f->nested_class = ci->name;
        if (first && b->u.funcdef.decorators.len) {
            /* @staticmethod, @classmethod, @property, @x.setter alone; any
             * other decorator is applied to the function when the class is made */
            int kind = decorator_kind(ci, b->u.funcdef.decorators.items[0]);
            if (kind >= 0 && b->u.funcdef.decorators.len > 1) {
                Expr *d = b->u.funcdef.decorators.items[1];
                sema_unsupported(s, d->line, d->col, "another decorator with @staticmethod, @classmethod or @property is");
            }
            f->method_kind = kind < 0 ? METHOD_PLAIN : kind;
            if (f->method_kind != METHOD_PLAIN) ptrvec_push(s->c->arena, &ci->methods, f); /* for @x.setter */
        }
        if (f->method_kind == METHOD_PLAIN)
            for (int k = 0; k < b->u.funcdef.decorators.len; k++) sema_expr(s, b->u.funcdef.decorators.items[k]);
        for (int k = 0; f && k < f->defaults.len; k++)
            if (f->defaults.items[k]) sema_expr(s, f->defaults.items[k]);
    }
}

/* The text of an annotation that is not evaluated (list[int],
 * Optional[str], typing.ClassVar[int]), in Python's spelling. */
static void annotation_text(Buf *b, const Expr *e) {
    switch (e->kind) {
    case E_NAME: buf_puts(b, e->u.name.name); return;
    case E_NONE: buf_puts(b, "None"); return;
    case E_ELLIPSIS: buf_puts(b, "..."); return;
    case E_INT: buf_puts(b, e->u.int_lit.text); return;
    case E_STR: buf_printf(b, "'%.*s'", (int)e->u.str.len, e->u.str.data); return;
    case E_ATTR:
        annotation_text(b, e->u.attr.value);
        buf_printf(b, ".%s", e->u.attr.name);
        return;
    case E_SUBSCRIPT:
        annotation_text(b, e->u.subscript.value);
        buf_puts(b, "[");
        annotation_text(b, e->u.subscript.index);
        buf_puts(b, "]");
        return;
    case E_TUPLE:
    case E_LIST:
        if (e->kind == E_LIST) buf_puts(b, "[");
        for (int i = 0; i < e->u.seq.items.len; i++) {
            if (i) buf_puts(b, ", ");
            annotation_text(b, e->u.seq.items.items[i]);
        }
        if (e->kind == E_LIST) buf_puts(b, "]");
        return;
    case E_BINOP:
        if (e->u.binop.op == OP_PIPE) {
            annotation_text(b, e->u.binop.left);
            buf_puts(b, " | ");
            annotation_text(b, e->u.binop.right);
            return;
        }
        /* fall through */
    default: buf_puts(b, "...");
    }
}

/* `name: annotation` in a class body: the class's __annotations__ maps
 * name to the annotation's value when it is a name of a class (int, a
 * class of the program) or a str, as CPython's; the forms of typing
 * (list[int], Optional[str]) are not values here: their text stands for
 * them (what `from __future__ import annotations` would give). */
static void class_annotation(Sema *s, Stmt *b) {
    Expr *ann = b->u.annassign.annotation;
    bool value = ann->kind == E_STR || ann->kind == E_NONE;
    if (ann->kind == E_NAME) {
        BuiltinId id = builtin_lookup(ann->u.name.name);
        const Symbol *sym = sema_resolve(s, ann->u.name.name);
        /* (from typing import Any: a name for annotations only, its text) */
        value = sym ? !(sym->import_member && sym->import_member->kind == STD_KIND_ANNOTATION)
                    : id != BI_NONE && (builtin_is_type(id) || builtin_how(id) == BUILTIN_EXCEPTION);
    }
    if (!value) {
        Buf text;
        buf_init(&text);
        annotation_text(&text, ann);
        const char *copy = arena_printf(s->c->arena, "%.*s", (int)text.len, text.data);
        buf_free(&text);
        b->u.annassign.annotation = expr_text(s->c->arena, copy, ann->line, ann->col);
    }
    sema_expr(s, b->u.annassign.annotation);
}

/* An item or an attribute (d[k] = v, o.x = v in a class body). */
bool sema_class_item_target(const Expr *t) { return t->kind == E_SUBSCRIPT || t->kind == E_ATTR; }

/* A name, or a tuple or list of names (a, b = ...). */
static bool names_target(const Expr *t) {
    if (t->kind == E_NAME) return true;
    if (t->kind != E_TUPLE && t->kind != E_LIST) return false;
    for (int i = 0; i < t->u.seq.items.len; i++)
        if (((const Expr *)t->u.seq.items.items[i])->kind != E_NAME) return false;
    return true;
}

/* The statements of a class body (top) or of an if or for in it: each binding of
 * a name binds an attribute of the class (lower_class.c). Defs and
 * classes only at the top (they are declared with the class). */
static void class_body(Sema *s, ClassInfo *ci, PtrVec *body, bool top) {
    for (int i = 0; i < body->len; i++) {
        Stmt *b = body->items[i];
        if (!top && (b->kind == S_FUNCDEF || b->kind == S_CLASSDEF || b->kind == S_ANNASSIGN)) {
            sema_unsupported(s, b->line, b->col, "a def, class or annotation under if or for in a class body is");
            continue;
        }
        switch (b->kind) {
        case S_FUNCDEF:
            if (!b->fn || ci->nested) break; /* refused; a nested class's: above */
            for (int k = b->fn->method_kind == METHOD_PLAIN ? 0 : 1; k < b->u.funcdef.decorators.len; k++)
                sema_expr(s, b->u.funcdef.decorators.items[k]);
            for (int k = 0; k < b->fn->params.len; k++) {
                Expr *d = b->fn->defaults.items[k];
                if (d) sema_expr(s, d);
            }
            break;
        case S_ASSIGN: {
            bool names = !b->u.assign.is_const, items = !b->u.assign.is_const;
            for (int k = 0; k < b->u.assign.targets.len; k++) { /* x = y = 0, a, b = 1, 2 */
                names &= names_target(b->u.assign.targets.items[k]);
                items &= sema_class_item_target(b->u.assign.targets.items[k]);
            }
            if (items) { /* CODES[name] = n: binds no name, as anywhere */
                sema_statement(s, b);
                break;
            }
            if (!names) {
                sema_unsupported(s, b->line, b->col, "in a class body, assignments other than to names, items and attributes are");
                break;
            }
            sema_expr(s, b->u.assign.value);
            break;
        }
        case S_DEL: { /* del r, c: class attributes; del d[k]: as anywhere */
            bool names = true, items = true;
            for (int k = 0; k < b->u.del.targets.len; k++) {
                names &= ((Expr *)b->u.del.targets.items[k])->kind == E_NAME;
                items &= sema_class_item_target(b->u.del.targets.items[k]);
            }
            if (items) sema_statement(s, b);
            else if (!names) sema_unsupported(s, b->line, b->col, "in a class body, del of names and items together is");
            break;
        }
        case S_FOR: /* for name in ...: each item the class's attribute */
            if (!names_target(b->u.for_.target) || b->u.for_.is_async) {
                sema_unsupported(s, b->line, b->col, "in a class body, for loops other than over names are");
                break;
            }
            sema_expr(s, b->u.for_.iter);
            class_body(s, ci, &b->u.for_.body, false);
            class_body(s, ci, &b->u.for_.orelse, false);
            break;
        case S_AUGASSIGN: { /* count += 1: the class's count (or the name outside), then the class's */
            Expr *target = b->u.augassign.target;
            if (target->kind != E_NAME) {
                sema_unsupported(s, b->line, b->col, "in a class body, augmented assignments other than to a name are");
                break;
            }
            Expr *bin = expr_new(s->c->arena, E_BINOP, b->line, b->col);
            bin->u.binop.op = b->u.augassign.op;
            bin->u.binop.left = target;
            bin->u.binop.right = b->u.augassign.value;
            bin->u.binop.inplace = true;
            sema_expr(s, bin);
            b->aug_binop = bin;
            break;
        }
        case S_ANNASSIGN:
            if (b->u.annassign.target->kind != E_NAME || b->u.annassign.is_const) {
                sema_unsupported(s, b->line, b->col, "in a class body, annotations other than `name: type [= value]` are");
                break;
            }
            if (b->u.annassign.value) sema_expr(s, b->u.annassign.value);
            class_annotation(s, b);
            break;
        case S_PASS: break;
        case S_EXPR: /* print(...), a docstring */
            if (!is_docstring(b)) sema_expr(s, b->u.expr.value);
            break;
        case S_IF:
            sema_expr(s, b->u.if_.test);
            class_body(s, ci, &b->u.if_.body, false);
            class_body(s, ci, &b->u.if_.orelse, false);
            break;
        case S_CLASSDEF:
            if (ci->nested && !b->cls) { /* made each time ci's statement runs, as ci */
                ClassInfo *inner = arena_alloc(s->c->arena, sizeof *inner);
                inner->name = b->u.classdef.name;
                inner->def = b;
                inner->nested = true;
                inner->outer = ci;
                b->cls = inner;
            }
            sema_class_stmt(s, b); /* (declared with ci at module level) */
            break;
        default:
            sema_unsupported(s, b->line, b->col,
                             "in a class body, statements other than def, class, if, for, assignments, del, expressions and pass are");
        }
    }
}
/* typing.Generic, Generic[T], Protocol, Protocol[T] as a base class: they
 * only tell a type checker what the class is, and are left out of the
 * class here (CPython's keeps them in __mro__, which is all that differs). */
static bool typing_marker_base(Sema *s, const Expr *b) {
    if (b->kind == E_SUBSCRIPT) b = b->u.subscript.value;
    const char *name = NULL;
    if (b->kind == E_NAME) {
        const Symbol *sym = sema_resolve(s, b->u.name.name);
        if (sym && sym->import_member && sym->import_module == STD_TYPING) name = sym->import_member->name;
    } else if (b->kind == E_ATTR && b->u.attr.value->kind == E_NAME) {
        const Symbol *sym = sema_resolve(s, b->u.attr.value->u.name.name);
        if (sym && !sym->import_member && sym->import_module == STD_TYPING) name = b->u.attr.name;
    }
    return name && (!strcmp(name, "Generic") || !strcmp(name, "Protocol"));
}


/* The statement itself, where it runs: its bases, the defaults of its
 * methods and its class attributes are evaluated there, in order. */
void sema_class_stmt(Sema *s, Stmt *st) {
    sema_class_scope_mark(s, st);
    if (!s->fn->is_main) nested_class_stmt(s, st);
    ClassInfo *ci = st->cls;
    if (!ci) {
        sema_unsupported(s, st->line, st->col, "a class statement inside a block is");
        return;
    }
    for (int i = 0; i < st->u.classdef.decorators.len; i++) sema_expr(s, st->u.classdef.decorators.items[i]);
    for (int i = 0; i < st->u.classdef.keywords.len; i++) {
        Keyword *kw = st->u.classdef.keywords.items[i];
        if (kw->name && !strcmp(kw->name, "metaclass") && (!ci->metaclass || ci->metaclass == kw->value)) {
            ci->metaclass = kw->value;
        } else if (kw->name && strcmp(kw->name, "metaclass")) { /* for __init_subclass__ */
            ci->keywords = true;
            sema_expr(s, kw->value);
        } else {
            sema_unsupported(s, kw->line, kw->col, "** in a class statement is");
        }
    }
    if (ci->metaclass) sema_expr(s, ci->metaclass);
    for (int i = 0; i < st->u.classdef.bases.len; i++) {
        Expr *b = st->u.classdef.bases.items[i];
        if (typing_marker_base(s, b)) { /* class Stack(Generic[T]): a class like any other here */
            PtrVec *v = &st->u.classdef.bases;
            memmove(&v->items[i], &v->items[i + 1], sizeof(void *) * (size_t)(v->len - i - 1));
            v->len--, i--;
            continue;
        }
        if (b->kind == E_STARRED) {
            sema_unsupported(s, b->line, b->col, "starred base classes are");
            continue;
        }
        sema_expr(s, b);
    }
    const Stmt *outer_class = s->class_stmt;
    s->class_stmt = st;
    class_body(s, ci, &st->u.classdef.body, true);
    s->class_stmt = outer_class;
    if (ci->outer) return; /* its name is an attribute of the outer class */
    Symbol *sym = ci->binding = sema_resolve(s, ci->name);
    sema_check_rebind(s, sym, NULL, st->line, st->col);
    if (sym) sema_symbol_assign(s, sym, T_OBJ, st->line, st->col);
}

/* super(C, self) in a method of class C whose first parameter is self: what
 * super() is there (older code and textbooks spell it so). */
static bool super_of_own_class(const Function *m, const char *class_name, const Expr *e) {
    const PtrVec *args = &e->u.call.args;
    if (args->len != 2 || e->u.call.keywords.len || !m->params.len || !class_name) return false;
    const Expr *c = args->items[0], *self = args->items[1];
    return c->kind == E_NAME && self->kind == E_NAME && !strcmp(c->u.name.name, class_name) &&
           !strcmp(self->u.name.name, ((const Symbol *)m->params.items[0])->name);
}

/* super() in a method: its class and its first parameter. */
Type sema_super(Sema *s, Expr *e, CallInfo *ci) {
    Function *m = s->fn;
    while (m && !m->method_of && m->parent) m = m->parent;
    bool own = super_of_own_class(s->fn, s->fn->nested_class, e) ||
               (m && m == s->fn && m->method_of && super_of_own_class(m, m->method_of->name, e));
    if (own) e->u.call.args.len = 0; /* super(C, self): super() */
    if (s->fn->nested_class && s->fn->params.len && !e->u.call.args.len && !e->u.call.keywords.len) {
        /* the class is a variable of the enclosing function: a closure's */
        ci->kind = CALL_SUPER;
        ci->callee = s->fn;
        ci->super_class = sema_resolve(s, s->fn->nested_class);
        return ci->super_class ? T_OBJ : T_NEVER;
    }
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

/* A parameter's default (methods.c's literal text) as an expression. */
static Expr *default_arg(Sema *s, const char *text, size_t n, int line, int col) {
    Expr *x;
    if (n && text[0] == '\'') {
        x = expr_new(s->c->arena, E_STR, line, col);
        x->u.str.data = arena_printf(s->c->arena, "%.*s", (int)(n - 2), text + 1);
        x->u.str.len = n - 2;
    } else if (n == 4 && !strncmp(text, "None", 4)) {
        x = expr_new(s->c->arena, E_NONE, line, col);
    } else if (n == 5 && !strncmp(text, "False", 5)) {
        x = expr_new(s->c->arena, E_BOOL, line, col);
        x->u.bval = false;
    } else {
        x = expr_new(s->c->arena, E_INT, line, col);
        x->u.int_lit.text = arena_printf(s->c->arena, "%.*s", (int)n, text);
        x->u.int_lit.value = strtoll(x->u.int_lit.text, NULL, 10);
        x->u.int_lit.fits = true;
    }
    sema_expr(s, x);
    return x;
}

bool sema_method_keywords(Sema *s, Expr *e, const char *name) {
    PtrVec *kws = &e->u.call.keywords, *args = &e->u.call.args;
    if (!kws->len) return true;
    /* a class of the program with a method of this name may order its
     * parameters otherwise: its calls keep their keywords (unless the
     * receiver is known to be a builtin's value: `line.split(maxsplit=1)`
     * with re's Pattern.split in the program) */
    const char *params = method_params(name);
    Type recv = e->u.call.func->kind == E_ATTR ? e->u.call.func->u.attr.value->type : T_UNKNOWN;
    bool builtin_recv = recv != T_UNKNOWN && recv != T_OBJ && recv != T_NEVER && recv != T_NONE;
    if (!params || (!builtin_recv && sema_class_method_named(s, name))) return false;
    const char *pname[4], *dflt[4];
    size_t plen[4], dlen[4];
    int np = 0;
    for (const char *p = params; *p && np < 4; np++) {
        const char *end = p;
        while (*end && *end != ' ') end++;
        const char *eq = memchr(p, '=', (size_t)(end - p));
        pname[np] = p;
        plen[np] = (size_t)((eq ? eq : end) - p);
        dflt[np] = eq ? eq + 1 : NULL;
        dlen[np] = eq ? (size_t)(end - eq - 1) : 0;
        p = *end ? end + 1 : end;
    }
    int npos = args->len;
    for (int i = 0; i < npos; i++)
        if (((Expr *)args->items[i])->kind == E_STARRED) return false;
    Expr *slot[4] = {0};
    int last = -1, top = -1;
    bool ordered = true, pure = true;
    for (int k = 0; k < kws->len; k++) {
        Keyword *kw = kws->items[k];
        int j = -1;
        for (int i = 0; kw->name && i < np; i++)
            if (strlen(kw->name) == plen[i] && !strncmp(kw->name, pname[i], plen[i])) j = i;
        if (j < npos || slot[j]) return false; /* unknown, **d, or given twice: as before */
        slot[j] = kw->value;
        ordered &= j > last;
        pure &= sema_pure_value(kw->value);
        last = j;
        if (j > top) top = j;
    }
    /* moved into the parameters' order: only when that keeps the order
     * in which the arguments are evaluated, or none has effects */
    if (!ordered && !pure) return false;
    for (int j = npos; j <= top; j++)
        if (!slot[j] && !dflt[j]) return false;
    for (int j = npos; j <= top; j++)
        ptrvec_push(s->c->arena, args, slot[j] ? slot[j] : default_arg(s, dflt[j], dlen[j], e->line, e->col));
    kws->len = 0;
    return true;
}

/* o.name(args) on a value whose type is known at run time only. */
Type sema_attr_call(Sema *s, Expr *e, CallInfo *ci) {
    Expr *fn = e->u.call.func;
    const char *name = fn->u.attr.name;
    int n = e->u.call.args.len;
    ci->reverse = NULL;
    int nkw = e->u.call.keywords.len;
    ci->kind = CALL_ATTR;
    ci->runs_user_code = true;
    ci->ndyn_sigs = 0;
    ci->has_star = false;
    for (int i = 0; i < n; i++) ci->has_star |= ((Expr *)e->u.call.args.items[i])->kind == E_STARRED;
    for (int k = 0; k < nkw; k++) ci->has_star |= !((Keyword *)e->u.call.keywords.items[k])->name;
    if (ci->has_star) { /* o.m(*t, **d): the attribute (a builtin type's method too), called by the runtime's binding */
        fn->member = 0;
        sema_bound_method(s, fn, T_OBJ);
        return T_OBJ;
    }
    /* o.encode(...) / o.decode(...): str's and bytes' methods, unless a
     * class of the program has one (its parameters may differ) */
    bool codec = (!strcmp(name, "encode") || !strcmp(name, "decode")) && !sema_class_method_named(s, name);
    if (!strcmp(name, "encode")) s->p->uses_bytes = true;
    if (codec && nkw) {
        if (sema_codec_keywords(s, e, 0, name)) return T_OBJ;
        n = e->u.call.args.len;
        nkw = e->u.call.keywords.len;
    }
    if (codec) sema_codec_literals(s, e, 0);
    if (nkw == 1 && !strcmp(name, "sort") && !strcmp(((Keyword *)e->u.call.keywords.items[0])->name, "reverse")) {
        /* list.sort(reverse=...): the row takes it; an object's sort() gets it by name */
        ci->reverse = ((Keyword *)e->u.call.keywords.items[0])->value;
    } else if (nkw && !codec && sema_method_keywords(s, e, name)) {
        n = e->u.call.args.len; /* x.to_bytes(2, byteorder="little"): positional for the rows */
    } else if (nkw) {
        fn->member = 0; /* keywords: the attribute (a builtin type's method too) called as a value (rt_call_kw) */
        sema_bound_method(s, fn, T_OBJ);
        return T_OBJ;
    }
    /* the types whose rows the lowering tests o's type code for (bytes'
     * only in programs that make bytes); an int's rows serve bools too */
    static const Type kinds[] = {T_STR, T_LIST, T_TUPLE, T_DICT, T_SET, T_INT, T_FLOAT, T_RANGE, T_BYTES, T_BYTEARRAY};
    enum { NKINDS = sizeof kinds / sizeof kinds[0] };
    _Static_assert((int)NKINDS <= (int)CALL_DYN_SIGS_MAX, "a row per kind fits");
    for (int k = 0; k < (s->p->uses_bytes ? NKINDS : NKINDS - 2); k++) {
        const MethodSig *m = method_find(kinds[k], name, n);
        if (!m) continue;
        if (!ci->dyn_sigs) ci->dyn_sigs = arena_alloc(s->nodes, sizeof *ci->dyn_sigs * CALL_DYN_SIGS_MAX);
        ci->dyn_sigs[ci->ndyn_sigs++] = m;
    }
    return T_OBJ;
}

/* ---- decorated defs at module level ----
 * @d def f: f names a variable holding d(the function); the function
 * itself has the table ABI and is called through that value. */

static bool is_render_mode(const Expr *d) {
    return d->kind == E_CALL && d->u.call.func->kind == E_NAME && !strcmp(d->u.call.func->u.name.name, "render_mode");
}

/* A default a typed def's calls inline: a literal. */
static bool constant_default(const Expr *d) {
    if (d->kind == E_UNARY && d->u.unary.op == OP_MINUS) d = d->u.unary.operand;
    return d->kind == E_INT || d->kind == E_FLOAT || d->kind == E_STR || d->kind == E_BYTES || d->kind == E_BOOL ||
           d->kind == E_NONE;
}

/* A def of the module made where it runs, as a function value bound to its
 * name: decorated (other than by @render_mode), or with a default that is
 * not a literal (`def f(x, seen=EMPTY)`: evaluated once, there, as
 * CPython's). */
bool sema_user_decorated(const Stmt *def) {
    for (int i = 0; i < def->u.funcdef.decorators.len; i++)
        if (!is_render_mode(def->u.funcdef.decorators.items[i])) return true;
    for (int i = 0; i < def->u.funcdef.params.len; i++) {
        const Param *pa = def->u.funcdef.params.items[i];
        if (pa->default_value && !constant_default(pa->default_value)) return true;
    }
    return false;
}

void sema_declare_decorated(Sema *s, Stmt *def) {
    for (int i = 0; i < def->u.funcdef.decorators.len; i++) {
        Expr *d = def->u.funcdef.decorators.items[i];
        if (is_render_mode(d)) {
            refuse_now(s, d->line, d->col,
                       "@render_mode on a def that is decorated again, redefined, assigned, inside a block or given a "
                       "default that is not a literal is");
            return;
        }
    }
    table_function(s, def, "d", sema_table_star(&def->u.funcdef.params));
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

/* ---- with ----
 * `with C as t: BODY` stands for (PEP 343, names hidden by a prefix no
 * identifier of a program has):
 *     m = C; x = m.__exit__; t = m.__enter__(); ok = True
 *     try: BODY
 *     except BaseException as e:
 *         ok = False
 *         if not x(type(e), e, None): raise
 *     finally:
 *         if ok: x(None, None, None)
 * several items nest, the first outermost. `async with` (PEP 492) is the
 * same with __aenter__ and __aexit__, each call awaited (in a yield
 * position: `t = await m.__aenter__()`, `r = await x(...)`; `if not r`). */

typedef struct WithGen {
    Arena *a;
    int line, col, k;
    bool is_async;
} WithGen;

static Expr *w_name(WithGen *w, const char *what) {
    return expr_name(w->a, arena_printf(w->a, "__with%d_%s", w->k, what), w->line, w->col);
}

static Expr *w_builtin(WithGen *w, const char *name) { return expr_name(w->a, name, w->line, w->col); }

static Expr *w_const(WithGen *w, ExprKind kind, bool v) {
    Expr *e = expr_new(w->a, kind, w->line, w->col);
    e->u.bval = v;
    return e;
}

static Expr *w_call(WithGen *w, Expr *fn, int n, Expr **args) { return expr_call(w->a, fn, n, args, w->line, w->col); }

static Expr *w_attr(WithGen *w, Expr *v, const char *name) { return expr_attr(w->a, v, name, w->line, w->col); }

static Stmt *w_assign(WithGen *w, Expr *target, Expr *value) {
    Stmt *st = stmt_new(w->a, S_ASSIGN, w->line, w->col);
    ptrvec_push(w->a, &st->u.assign.targets, target);
    st->u.assign.value = value;
    return st;
}

static Stmt *w_expr(WithGen *w, Expr *value) {
    Stmt *st = stmt_new(w->a, S_EXPR, w->line, w->col);
    st->u.expr.value = value;
    return st;
}

static Expr *w_await(WithGen *w, Expr *v) {
    if (!w->is_async) return v;
    Expr *e = expr_new(w->a, E_AWAIT, w->line, w->col);
    e->u.yield.value = v;
    return e;
}

static void with_item(WithGen *w, const WithItem *it, PtrVec *inner, PtrVec *out) {
    Arena *a = w->a;
    ptrvec_push(a, out, w_assign(w, w_name(w, "m"), it->context));
    /* m.__exit__, once m is known to have __enter__ and __exit__ (CPython's
     * TypeError otherwise) */
    Expr *m = w_name(w, "m");
    ptrvec_push(a, out, w_assign(w, w_name(w, "x"), w_call(w, w_builtin(w, w->is_async ? "__ml_async_with_exit" : "__ml_with_exit"), 1, &m)));
    Expr *enter = w_await(w, w_call(w, w_attr(w, w_name(w, "m"), w->is_async ? "__aenter__" : "__enter__"), 0, NULL));
    ptrvec_push(a, out, it->target ? w_assign(w, it->target, enter) : w_expr(w, enter));
    ptrvec_push(a, out, w_assign(w, w_name(w, "ok"), w_const(w, E_BOOL, true)));
    Stmt *t = stmt_new(a, S_TRY, w->line, w->col);
    t->u.try_.body = *inner;
    ExceptHandler *h = arena_alloc(a, sizeof *h);
    h->type = w_builtin(w, "BaseException");
    h->name = arena_printf(a, "__with%d_e", w->k);
    h->line = w->line, h->col = w->col;
    ptrvec_push(a, &h->body, w_assign(w, w_name(w, "ok"), w_const(w, E_BOOL, false)));
    Expr *args3[3] = {w_call(w, w_builtin(w, "type"), 1, (Expr *[]){w_name(w, "e")}), w_name(w, "e"),
                      expr_new(a, E_NONE, w->line, w->col)};
    Expr *not_ = expr_new(a, E_UNARY, w->line, w->col);
    not_->u.unary.op = OP_NONE;
    not_->u.unary.operand = w_call(w, w_name(w, "x"), 3, args3);
    if (w->is_async) { /* r = await x(...); if not r: raise */
        ptrvec_push(a, &h->body, w_assign(w, w_name(w, "r"), w_await(w, not_->u.unary.operand)));
        not_->u.unary.operand = w_name(w, "r");
    }
    Stmt *reraise = stmt_new(a, S_IF, w->line, w->col);
    reraise->u.if_.test = not_;
    ptrvec_push(a, &reraise->u.if_.body, stmt_new(a, S_RAISE, w->line, w->col));
    ptrvec_push(a, &h->body, reraise);
    ptrvec_push(a, &t->u.try_.handlers, h);
    Stmt *fin = stmt_new(a, S_IF, w->line, w->col);
    fin->u.if_.test = w_name(w, "ok");
    Expr *nones[3] = {expr_new(a, E_NONE, w->line, w->col), expr_new(a, E_NONE, w->line, w->col),
                      expr_new(a, E_NONE, w->line, w->col)};
    ptrvec_push(a, &fin->u.if_.body, w_expr(w, w_await(w, w_call(w, w_name(w, "x"), 3, nones))));
    ptrvec_push(a, &t->u.try_.finalbody, fin);
    ptrvec_push(a, out, t);
}

/* The statements a with statement stands for (made once). */
PtrVec *sema_with_meaning(Sema *s, Stmt *st) {
    if (st->meaning) return st->meaning;
    Arena *a = s->c->arena;
    PtrVec body = st->u.with.body;
    for (int i = st->u.with.items.len; i-- > 0;) {
        WithGen w = {a, st->line, st->col, s->with_count++, st->u.with.is_async};
        PtrVec out = {0};
        with_item(&w, st->u.with.items.items[i], &body, &out);
        body = out;
    }
    st->meaning = arena_alloc(a, sizeof *st->meaning);
    *st->meaning = body;
    return st->meaning;
}
