/* Names in a class body. CPython runs a class body with LOAD_NAME: a name
 * is looked up in the class's namespace as built so far, then outside the
 * class. So in
 *     class Grid:
 *         SIZE = 8
 *         CELLS = SIZE * SIZE
 *         def area(self): ...
 *         surface = area
 * SIZE and area are the class's own. Only names the body binds (assigns,
 * annotates with a value, defines with def or class) can be found there;
 * each reading of one in the body's own code is marked (Expr.class_scope):
 * the back end reads it from the class first and falls back to the name
 * outside, and sema types it object. Code in scopes of its own (lambda bodies, the
 * comprehensions after their first iterable, the methods) does not see
 * the class's names, as in CPython. */
#include <string.h>

#include "sema_internal.h"

typedef struct Bound {
    const char **names;
    int n;
} Bound;

static bool is_bound(const Bound *b, const char *name) {
    for (int i = 0; i < b->n; i++)
        if (!strcmp(b->names[i], name)) return true;
    return false;
}

static void mark(const Bound *b, Expr *e);

static void mark_vec(const Bound *b, const PtrVec *v) {
    for (int i = 0; i < v->len; i++) mark(b, v->items[i]);
}

static void mark(const Bound *b, Expr *e) {
    if (!e) return;
    switch (e->kind) {
    case E_NAME: e->class_scope = is_bound(b, e->u.name.name); return;
    case E_BINOP: mark(b, e->u.binop.left); mark(b, e->u.binop.right); return;
    case E_UNARY: mark(b, e->u.unary.operand); return;
    case E_AWAIT: mark(b, e->u.yield.value); return;
    case E_BOOLOP: mark_vec(b, &e->u.boolop.values); return;
    case E_COMPARE: mark(b, e->u.compare.left); mark_vec(b, &e->u.compare.comparators); return;
    case E_CALL:
        mark(b, e->u.call.func);
        mark_vec(b, &e->u.call.args);
        for (int i = 0; i < e->u.call.keywords.len; i++) mark(b, ((Keyword *)e->u.call.keywords.items[i])->value);
        return;
    case E_ATTR: mark(b, e->u.attr.value); return;
    case E_SUBSCRIPT: mark(b, e->u.subscript.value); mark(b, e->u.subscript.index); return;
    case E_SLICE: mark(b, e->u.slice.lower); mark(b, e->u.slice.upper); mark(b, e->u.slice.step); return;
    case E_TUPLE: case E_LIST: case E_SET: mark_vec(b, &e->u.seq.items); return;
    case E_DICT: mark_vec(b, &e->u.dict.keys); mark_vec(b, &e->u.dict.values); return;
    case E_IFEXP: mark(b, e->u.ifexp.test); mark(b, e->u.ifexp.body); mark(b, e->u.ifexp.orelse); return;
    case E_FSTRING: mark_vec(b, &e->u.fstr.parts); return;
    case E_FORMATTED: mark(b, e->u.formatted.value); mark(b, e->u.formatted.spec); return;
    case E_STARRED: case E_DOUBLESTARRED: mark(b, e->u.starred.value); return;
    case E_WALRUS: mark(b, e->u.walrus.value); return;
    case E_LAMBDA: /* its defaults only: the body is a scope of its own */
        for (int i = 0; i < e->u.lambda.params.len; i++) mark(b, ((Param *)e->u.lambda.params.items[i])->default_value);
        return;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP: /* the first iterable only */
        if (e->u.comp.generators.len) mark(b, ((Comprehension *)e->u.comp.generators.items[0])->iter);
        return;
    default: return;
    }
}

/* The names a class body (or an if or for in it) binds. */
static void bind_target(Bound *b, const Expr *t) {
    if (t->kind == E_NAME && !is_bound(b, t->u.name.name)) b->names[b->n++] = t->u.name.name;
    if (t->kind == E_TUPLE || t->kind == E_LIST)
        for (int k = 0; k < t->u.seq.items.len; k++) bind_target(b, t->u.seq.items.items[k]);
}

static int target_names(const Expr *t) {
    int n = t->kind == E_NAME;
    if (t->kind == E_TUPLE || t->kind == E_LIST)
        for (int k = 0; k < t->u.seq.items.len; k++) n += target_names(t->u.seq.items.items[k]);
    return n;
}

static void bound_names(Bound *b, const PtrVec *body) {
    for (int i = 0; i < body->len; i++) {
        const Stmt *x = body->items[i];
        if (x->kind == S_ASSIGN)
            for (int k = 0; k < x->u.assign.targets.len; k++) bind_target(b, x->u.assign.targets.items[k]);
        else if (x->kind == S_FOR) {
            bind_target(b, x->u.for_.target);
            bound_names(b, &x->u.for_.body);
            bound_names(b, &x->u.for_.orelse);
        }
        else if (x->kind == S_ANNASSIGN && x->u.annassign.value && x->u.annassign.target->kind == E_NAME)
            b->names[b->n++] = x->u.annassign.target->u.name.name;
        else if (x->kind == S_AUGASSIGN && x->u.augassign.target->kind == E_NAME)
            b->names[b->n++] = x->u.augassign.target->u.name.name;
        else if (x->kind == S_FUNCDEF) b->names[b->n++] = x->u.funcdef.name;
        else if (x->kind == S_CLASSDEF) b->names[b->n++] = x->u.classdef.name;
        else if (x->kind == S_IF) bound_names(b, &x->u.if_.body), bound_names(b, &x->u.if_.orelse);
    }
}

/* How many names a body may bind at most (the size of Bound's array). */
static int count_bindings(const PtrVec *body) {
    int n = 0;
    for (int i = 0; i < body->len; i++) {
        const Stmt *x = body->items[i];
        n += 1;
        if (x->kind == S_ASSIGN)
            for (int k = 0; k < x->u.assign.targets.len; k++) n += target_names(x->u.assign.targets.items[k]);
        if (x->kind == S_IF) n += count_bindings(&x->u.if_.body) + count_bindings(&x->u.if_.orelse);
        if (x->kind == S_FOR)
            n += target_names(x->u.for_.target) + count_bindings(&x->u.for_.body) + count_bindings(&x->u.for_.orelse);
    }
    return n;
}

/* The readings of bound names in what the body's statements evaluate. */
static void mark_body(const Bound *b, PtrVec *body) {
    for (int i = 0; i < body->len; i++) {
        Stmt *x = body->items[i];
        if (x->kind == S_ASSIGN) {
            mark(b, x->u.assign.value);
            for (int k = 0; k < x->u.assign.targets.len; k++) { /* CODES[name] = n reads CODES and name */
                Expr *t = x->u.assign.targets.items[k];
                if (t->kind == E_SUBSCRIPT || t->kind == E_ATTR) mark(b, t);
            }
        } else if (x->kind == S_DEL) {
            for (int k = 0; k < x->u.del.targets.len; k++) {
                Expr *t = x->u.del.targets.items[k];
                if (t->kind == E_SUBSCRIPT || t->kind == E_ATTR) mark(b, t);
            }
        }
        else if (x->kind == S_ANNASSIGN) mark(b, x->u.annassign.value);
        else if (x->kind == S_AUGASSIGN) mark(b, x->u.augassign.target), mark(b, x->u.augassign.value);
        else if (x->kind == S_EXPR) mark(b, x->u.expr.value);
        else if (x->kind == S_IF) {
            mark(b, x->u.if_.test);
            mark_body(b, &x->u.if_.body);
            mark_body(b, &x->u.if_.orelse);
        } else if (x->kind == S_FOR) {
            mark(b, x->u.for_.iter);
            mark_body(b, &x->u.for_.body);
            mark_body(b, &x->u.for_.orelse);
        } else if (x->kind == S_FUNCDEF) mark_vec(b, &x->u.funcdef.decorators);
        else if (x->kind == S_CLASSDEF) { /* what a class of the body reads where it runs (not its own body's) */
            mark_vec(b, &x->u.classdef.decorators);
            mark_vec(b, &x->u.classdef.bases);
            for (int k = 0; k < x->u.classdef.keywords.len; k++) mark(b, ((Keyword *)x->u.classdef.keywords.items[k])->value);
        }
    }
}

/* The class statement st: the names its body binds, then the readings of
 * them in what its body evaluates: assignments' and annotations' values,
 * expressions, conditions, its methods' decorators. (Defaults of methods
 * are evaluated in the class body too, but a call may inline them where
 * the class is out of reach: they keep the name outside.) */
void sema_class_scope_mark(Sema *s, Stmt *st) {
    PtrVec *body = &st->u.classdef.body;
    Bound b = {arena_alloc(s->c->arena, sizeof(char *) * (size_t)(count_bindings(body) + 1)), 0};
    bound_names(&b, body);
    if (b.n) mark_body(&b, body);
}
