/* Private name mangling, as CPython's compiler does it: inside a class
 * statement, an identifier of the form __name (two leading underscores, not
 * ending in two) is _Class__name, whatever it names (an attribute, a
 * variable, a def, a parameter; not a keyword argument of a call), with
 * the class's name stripped of its leading underscores. A def keeps its
 * own name for what it shows (__name__, __qualname__, tracebacks:
 * sema_shown_name). `self.__secret` in class P is
 * `self._P__secret`, so p.__secret outside the class is an AttributeError
 * and vars(p) shows '_P__secret'. Done on the trees before sema reads
 * them; transpiled.py is written before, as the program wrote it (CPython
 * mangles it the same way). */
#include <string.h>

#include "sema_internal.h"

typedef struct Mangler {
    Arena *a;
    const char *cls; /* the innermost class's name, or NULL outside classes */
} Mangler;

static const char *mangle(const Mangler *m, const char *name) {
    if (!m->cls || !name || name[0] != '_' || name[1] != '_' || strchr(name, '.')) return name;
    size_t n = strlen(name);
    if (name[n - 1] == '_' && name[n - 2] == '_') return name; /* __init__, and "__" */
    const char *c = m->cls;
    while (*c == '_') c++;
    if (!*c) return name; /* a class named only with underscores mangles nothing */
    return arena_printf(m->a, "_%s%s", c, name);
}

static void m_expr(Mangler *m, Expr *e);
static void m_stmts(Mangler *m, PtrVec *v);

static void m_exprs(Mangler *m, PtrVec *v) {
    for (int i = 0; i < v->len; i++) m_expr(m, v->items[i]);
}

static void m_params(Mangler *m, PtrVec *params) {
    for (int i = 0; i < params->len; i++) {
        Param *p = params->items[i];
        p->name = mangle(m, p->name);
        m_expr(m, p->annotation);
        m_expr(m, p->default_value);
    }
}

static void m_comp(Mangler *m, Expr *e) {
    for (int i = 0; i < e->u.comp.generators.len; i++) {
        Comprehension *c = e->u.comp.generators.items[i];
        m_expr(m, c->target);
        m_expr(m, c->iter);
        m_exprs(m, &c->ifs);
    }
    m_expr(m, e->u.comp.key);
    m_expr(m, e->u.comp.elt);
}

static void m_expr(Mangler *m, Expr *e) {
    if (!e) return;
    switch (e->kind) {
    case E_NAME:
        e->u.name.name = mangle(m, e->u.name.name);
        e->u.name.src_name = mangle(m, e->u.name.src_name);
        break;
    case E_FSTRING: m_exprs(m, &e->u.fstr.parts); break;
    case E_FORMATTED:
        m_expr(m, e->u.formatted.value);
        m_expr(m, e->u.formatted.spec);
        break;
    case E_BINOP:
        m_expr(m, e->u.binop.left);
        m_expr(m, e->u.binop.right);
        break;
    case E_UNARY: m_expr(m, e->u.unary.operand); break;
    case E_BOOLOP: m_exprs(m, &e->u.boolop.values); break;
    case E_COMPARE:
        m_expr(m, e->u.compare.left);
        m_exprs(m, &e->u.compare.comparators);
        break;
    case E_CALL:
        m_expr(m, e->u.call.func);
        m_exprs(m, &e->u.call.args);
        for (int i = 0; i < e->u.call.keywords.len; i++) m_expr(m, ((Keyword *)e->u.call.keywords.items[i])->value);
        break;
    case E_ATTR:
        m_expr(m, e->u.attr.value);
        e->u.attr.name = mangle(m, e->u.attr.name);
        break;
    case E_SUBSCRIPT:
        m_expr(m, e->u.subscript.value);
        m_expr(m, e->u.subscript.index);
        break;
    case E_SLICE:
        m_expr(m, e->u.slice.lower);
        m_expr(m, e->u.slice.upper);
        m_expr(m, e->u.slice.step);
        break;
    case E_TUPLE: case E_LIST: case E_SET: m_exprs(m, &e->u.seq.items); break;
    case E_DICT:
        m_exprs(m, &e->u.dict.keys);
        m_exprs(m, &e->u.dict.values);
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_GENEXP: case E_DICTCOMP: m_comp(m, e); break;
    case E_LAMBDA:
        m_params(m, &e->u.lambda.params);
        m_expr(m, e->u.lambda.body);
        break;
    case E_IFEXP:
        m_expr(m, e->u.ifexp.test);
        m_expr(m, e->u.ifexp.body);
        m_expr(m, e->u.ifexp.orelse);
        break;
    case E_WALRUS:
        m_expr(m, e->u.walrus.target);
        m_expr(m, e->u.walrus.value);
        break;
    case E_STARRED: case E_DOUBLESTARRED: m_expr(m, e->u.starred.value); break;
    case E_YIELD: case E_YIELD_FROM: case E_AWAIT: m_expr(m, e->u.yield.value); break;
    default: break;
    }
}

static void m_pattern(Mangler *m, Pattern *p) {
    if (!p) return;
    p->name = mangle(m, p->name);
    m_expr(m, p->value);
    m_expr(m, p->cls);
    m_pattern(m, p->pattern);
    for (int i = 0; i < p->patterns.len; i++) m_pattern(m, p->patterns.items[i]);
    m_exprs(m, &p->keys);
    for (int i = 0; i < p->kw_patterns.len; i++) m_pattern(m, p->kw_patterns.items[i]);
}

static void m_stmt(Mangler *m, Stmt *s) {
    switch (s->kind) {
    case S_EXPR: m_expr(m, s->u.expr.value); break;
    case S_ASSIGN:
        m_exprs(m, &s->u.assign.targets);
        m_expr(m, s->u.assign.value);
        break;
    case S_AUGASSIGN:
        m_expr(m, s->u.augassign.target);
        m_expr(m, s->u.augassign.value);
        break;
    case S_ANNASSIGN:
        m_expr(m, s->u.annassign.target);
        m_expr(m, s->u.annassign.annotation);
        m_expr(m, s->u.annassign.value);
        break;
    case S_IF:
        m_expr(m, s->u.if_.test);
        m_stmts(m, &s->u.if_.body);
        m_stmts(m, &s->u.if_.orelse);
        break;
    case S_WHILE:
        m_expr(m, s->u.while_.test);
        m_stmts(m, &s->u.while_.body);
        m_stmts(m, &s->u.while_.orelse);
        break;
    case S_FOR:
        m_expr(m, s->u.for_.target);
        m_expr(m, s->u.for_.iter);
        m_stmts(m, &s->u.for_.body);
        m_stmts(m, &s->u.for_.orelse);
        break;
    case S_RETURN: m_expr(m, s->u.ret.value); break;
    case S_FUNCDEF:
        s->u.funcdef.name = mangle(m, s->u.funcdef.name);
        m_exprs(m, &s->u.funcdef.decorators);
        m_params(m, &s->u.funcdef.params);
        m_expr(m, s->u.funcdef.returns);
        m_stmts(m, &s->u.funcdef.body);
        break;
    case S_CLASSDEF: {
        const char *name = s->u.classdef.name; /* its body mangles with its own name, as written */
        s->u.classdef.name = mangle(m, name);
        m_exprs(m, &s->u.classdef.decorators);
        m_exprs(m, &s->u.classdef.bases);
        for (int i = 0; i < s->u.classdef.keywords.len; i++) m_expr(m, ((Keyword *)s->u.classdef.keywords.items[i])->value);
        const char *outer = m->cls;
        m->cls = name;
        m_stmts(m, &s->u.classdef.body);
        m->cls = outer;
        break;
    }
    case S_TRY:
        m_stmts(m, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.len; i++) {
            ExceptHandler *h = s->u.try_.handlers.items[i];
            m_expr(m, h->type);
            h->name = mangle(m, h->name);
            m_stmts(m, &h->body);
        }
        m_stmts(m, &s->u.try_.orelse);
        m_stmts(m, &s->u.try_.finalbody);
        break;
    case S_RAISE:
        m_expr(m, s->u.raise.exc);
        m_expr(m, s->u.raise.cause);
        break;
    case S_GLOBAL: case S_NONLOCAL:
        for (int i = 0; i < s->u.names.names.len; i++) s->u.names.names.items[i] = (void *)mangle(m, s->u.names.names.items[i]);
        break;
    case S_DEL: m_exprs(m, &s->u.del.targets); break;
    case S_ASSERT:
        m_expr(m, s->u.assert_.test);
        m_expr(m, s->u.assert_.msg);
        break;
    case S_WITH:
        for (int i = 0; i < s->u.with.items.len; i++) {
            WithItem *it = s->u.with.items.items[i];
            if (!it) continue;
            m_expr(m, it->context);
            m_expr(m, it->target);
        }
        m_stmts(m, &s->u.with.body);
        break;
    case S_MATCH:
        m_expr(m, s->u.match.subject);
        for (int i = 0; i < s->u.match.cases.len; i++) {
            MatchCase *c = s->u.match.cases.items[i];
            m_pattern(m, c->pattern);
            m_expr(m, c->guard);
            m_stmts(m, &c->body);
        }
        break;
    default: break; /* imports: CPython mangles an `as __name` too; not done */
    }
}

static void m_stmts(Mangler *m, PtrVec *v) {
    for (int i = 0; i < v->len; i++)
        if (v->items[i]) m_stmt(m, v->items[i]);
}

void sema_mangle_private(Arena *a, Module *module) {
    Mangler m = {a, NULL};
    for (int i = 0; i < module->body.len; i++) {
        Stmt *s = module->body.items[i];
        if (s) m_stmt(&m, s);
    }
}

const char *sema_shown_name(const Function *f) {
    const char *cls = f->method_of ? f->method_of->name : f->nested_class, *name = f->name;
    if (!cls || !name || name[0] != '_') return name;
    while (*cls == '_') cls++;
    size_t n = strlen(cls);
    if (n && !strncmp(name + 1, cls, n) && name[n + 1] == '_' && name[n + 2] == '_') return name + n + 1;
    return name;
}
