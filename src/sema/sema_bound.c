/* Definite assignment. A read of a variable that may run before the
 * variable is bound (or after `del`) must raise NameError or
 * UnboundLocalError as in CPython, not read a stale zero. The analysis is
 * conservative: a loop may run zero times, a branch may not run, code
 * after a loop sees only what was bound before it. Reads it cannot prove
 * safe get a run-time check of a per-variable "bound" flag; globals read
 * inside functions are always checked (the module may not have bound
 * them yet when the function runs). */
#include <stdlib.h>
#include <string.h>

#include "sema.h"

typedef struct State {
    bool *bound; /* by Symbol.index */
    bool dead;   /* after return/raise/break/continue: anything goes */
} State;

typedef struct Da {
    Program *p;
    Function *fn;
    int n;
    int nsyms; /* State.bound: the symbols, then (in a unit's main) the
                  program's functions by Function.index: whether a def
                  that runs late (Function.late) has run */
    Arena *a;
} Da;

static State st_copy(Da *d, const State *s) {
    State c = {arena_alloc(d->a, (size_t)d->n + 1), s->dead};
    memcpy(c.bound, s->bound, (size_t)d->n);
    return c;
}

/* What holds after either of two paths. */
static void st_meet(Da *d, State *into, const State *other) {
    if (other->dead) return;
    if (into->dead) {
        memcpy(into->bound, other->bound, (size_t)d->n);
        into->dead = false;
        return;
    }
    for (int i = 0; i < d->n; i++) into->bound[i] = into->bound[i] && other->bound[i];
}

/* Cells check for NULL when read instead: they are not tracked here. */
static bool tracked(Da *d, const Symbol *sym) {
    if (sym->is_cell || sym->kind == SYM_FREE) return false;
    return d->fn->is_main ? sym->kind == SYM_GLOBAL : sym->kind != SYM_GLOBAL;
}

static void read_name(Da *d, Expr *e, State *st) {
    Symbol *sym = e->sym;
    if (!sym) {
        /* a def that runs late, as a value: unbound until its def ran (a
         * call is late_call's) */
        Function *f = e->fn;
        if (f && f->late && !f->binding && e->kind == E_NAME) {
            bool ran = d->fn->is_main && f->unit == d->fn->unit && (st->dead || st->bound[d->nsyms + f->index]);
            if (!ran) e->maybe_unbound = true;
        }
        return;
    }
    if (!tracked(d, sym)) {
        if (sym->kind == SYM_GLOBAL && !d->fn->is_main) e->maybe_unbound = sym->needs_flag = true;
        return;
    }
    if (!st->dead && !st->bound[sym->index]) e->maybe_unbound = sym->needs_flag = true;
}

static void bind_sym(Da *d, Symbol *sym, State *st) {
    if (sym && tracked(d, sym)) st->bound[sym->index] = true;
}

static void da_expr(Da *d, Expr *e, State *st);

static void da_vec(Da *d, PtrVec *v, State *st) {
    for (int i = 0; i < v->len; i++)
        if (v->items[i]) da_expr(d, v->items[i], st);
}

static void da_target(Da *d, Expr *t, State *st) {
    switch (t->kind) {
    case E_NAME: bind_sym(d, t->sym, st); break;
    case E_TUPLE:
    case E_LIST:
        for (int i = 0; i < t->u.seq.items.len; i++) da_target(d, t->u.seq.items.items[i], st);
        break;
    case E_STARRED: da_target(d, t->u.starred.value, st); break;
    case E_SUBSCRIPT:
        da_expr(d, t->u.subscript.value, st);
        da_expr(d, t->u.subscript.index, st);
        break;
    default: break;
    }
}

/* A call, in the module's own code, of a def of the module that runs
 * late: after the def statement has run, the name is bound (a def's name
 * is never rebound or deleted: sema refuses both), so the call needs no
 * NameError test (CallInfo.def_ran). */
static void late_call(Da *d, Expr *e, State *st) {
    CallInfo *ci = e->call;
    if (!d->fn->is_main || !ci || !ci->callee || !ci->callee->late) return;
    if (ci->callee->unit != d->fn->unit) return;
    if (ci->kind != CALL_USER && ci->kind != CALL_USER_STAR && ci->kind != CALL_BAD_ARGS) return;
    if (!st->dead && st->bound[d->nsyms + ci->callee->index]) ci->def_ran = true;
}

static void da_expr(Da *d, Expr *e, State *st) {
    if (!e) return;
    if (e->hoisted) { /* computed before its statement (sema_await.c) */
        da_expr(d, e->hoisted, st);
        return;
    }
    switch (e->kind) {
    case E_NAME: read_name(d, e, st); break;
    case E_BINOP: da_expr(d, e->u.binop.left, st), da_expr(d, e->u.binop.right, st); break;
    case E_UNARY: da_expr(d, e->u.unary.operand, st); break;
    case E_AWAIT: da_expr(d, e->u.yield.value, st); break;
    case E_BOOLOP: {
        da_expr(d, e->u.boolop.values.items[0], st);
        State rest = st_copy(d, st); /* later operands may not run */
        for (int i = 1; i < e->u.boolop.values.len; i++) da_expr(d, e->u.boolop.values.items[i], &rest);
        break;
    }
    case E_COMPARE: da_expr(d, e->u.compare.left, st), da_vec(d, &e->u.compare.comparators, st); break;
    case E_CALL:
        late_call(d, e, st);
        da_expr(d, e->u.call.func, st);
        da_vec(d, &e->u.call.args, st);
        for (int i = 0; i < e->u.call.keywords.len; i++) da_expr(d, ((Keyword *)e->u.call.keywords.items[i])->value, st);
        break;
    case E_ATTR: da_expr(d, e->u.attr.value, st); break;
    case E_SUBSCRIPT: da_expr(d, e->u.subscript.value, st), da_expr(d, e->u.subscript.index, st); break;
    case E_SLICE:
        da_expr(d, e->u.slice.lower, st), da_expr(d, e->u.slice.upper, st), da_expr(d, e->u.slice.step, st);
        break;
    case E_TUPLE:
    case E_LIST:
    case E_SET: da_vec(d, &e->u.seq.items, st); break;
    case E_DICT: da_vec(d, &e->u.dict.keys, st), da_vec(d, &e->u.dict.values, st); break;
    case E_IFEXP: {
        da_expr(d, e->u.ifexp.test, st);
        State a = st_copy(d, st), b = st_copy(d, st);
        da_expr(d, e->u.ifexp.body, &a);
        da_expr(d, e->u.ifexp.orelse, &b);
        break;
    }
    case E_WALRUS:
        da_expr(d, e->u.walrus.value, st);
        da_target(d, e->u.walrus.target, st);
        break;
    case E_STARRED:
    case E_DOUBLESTARRED: da_expr(d, e->u.starred.value, st); break;
    case E_FSTRING: da_vec(d, &e->u.fstr.parts, st); break;
    case E_FORMATTED: da_expr(d, e->u.formatted.value, st), da_expr(d, e->u.formatted.spec, st); break;
    case E_LISTCOMP:
    case E_SETCOMP:
    case E_DICTCOMP:
    case E_GENEXP: {
        PtrVec *gens = &e->u.comp.generators;
        State in = st_copy(d, st);
        for (int i = 0; i < gens->len; i++) {
            Comprehension *c = gens->items[i];
            da_expr(d, c->iter, &in);
            da_target(d, c->target, &in);
            da_vec(d, &c->ifs, &in);
        }
        da_expr(d, e->u.comp.key, &in);
        da_expr(d, e->u.comp.elt, &in);
        break;
    }
    default: break;
    }
}

static void da_pattern(Da *d, Pattern *p, State *st) {
    if (!p) return;
    if (p->value) da_expr(d, p->value, st);
    for (int i = 0; i < p->keys.len; i++) da_expr(d, p->keys.items[i], st);
    if (p->name && (p->kind == P_CAPTURE || p->kind == P_AS || p->kind == P_STAR || p->kind == P_MAPPING)) {
        bind_sym(d, p->sym, st);
    }
    da_pattern(d, p->pattern, st);
    for (int i = 0; i < p->patterns.len; i++) da_pattern(d, p->patterns.items[i], st);
}

static void da_stmts(Da *d, PtrVec *body, State *st);
static void da_import(Da *d, Stmt *s, State *st);

/* try: a handler may start anywhere in the body, so it sees only what was
 * bound before the try; `as name` is unbound again after its handler (as
 * CPython deletes it); finally runs after every path, an exception's
 * included. */
static void da_try(Da *d, Stmt *s, State *st) {
    State entry = st_copy(d, st), out = st_copy(d, st);
    da_stmts(d, &s->u.try_.body, &out);
    da_stmts(d, &s->u.try_.orelse, &out);
    for (int i = 0; i < s->u.try_.handlers.len; i++) {
        ExceptHandler *h = s->u.try_.handlers.items[i];
        State hs = st_copy(d, &entry);
        if (h->type) da_expr(d, h->type, &hs);
        bind_sym(d, h->sym, &hs);
        da_stmts(d, &h->body, &hs);
        if (h->sym && tracked(d, h->sym)) hs.bound[h->sym->index] = false;
        st_meet(d, &out, &hs);
    }
    if (s->u.try_.finalbody.len) {
        State fin = st_copy(d, &out);
        bool normal_dead = out.dead;
        st_meet(d, &fin, &entry);
        da_stmts(d, &s->u.try_.finalbody, &fin);
        if (normal_dead) fin.dead = true; /* only the paths that leave */
        out = fin;
    }
    *st = out;
}

static void da_class_body(Da *d, PtrVec *body, State *st);

/* A class statement: its decorators, bases, defaults and class attributes
 * (annotations too, and those of the classes in its body) are read where
 * it runs. */
static void da_class(Da *d, Stmt *s, State *st) {
    for (int i = 0; i < s->u.classdef.decorators.len; i++) da_expr(d, s->u.classdef.decorators.items[i], st);
    for (int i = 0; i < s->u.classdef.bases.len; i++) da_expr(d, s->u.classdef.bases.items[i], st);
    for (int i = 0; i < s->u.classdef.keywords.len; i++)
        da_expr(d, ((Keyword *)s->u.classdef.keywords.items[i])->value, st);
    da_class_body(d, &s->u.classdef.body, st);
    if (s->cls) bind_sym(d, s->cls->binding, st); /* a class of a class body binds none */
}

/* What a class body's statements (or an if's or a for's in it) read. */
static void da_class_body(Da *d, PtrVec *body, State *st) {
    for (int i = 0; i < body->len; i++) {
        Stmt *b = body->items[i];
        if (b->kind == S_EXPR) da_expr(d, b->u.expr.value, st);
        if (b->kind == S_AUGASSIGN) da_expr(d, b->u.augassign.value, st);
        if (b->kind == S_IF) {
            da_expr(d, b->u.if_.test, st);
            da_class_body(d, &b->u.if_.body, st);
            da_class_body(d, &b->u.if_.orelse, st);
        }
        if (b->kind == S_FOR) {
            da_expr(d, b->u.for_.iter, st);
            da_class_body(d, &b->u.for_.body, st);
            da_class_body(d, &b->u.for_.orelse, st);
        }
        if (b->kind == S_ASSIGN) da_expr(d, b->u.assign.value, st);
        if (b->kind == S_ASSIGN || b->kind == S_DEL) { /* d[k] = v, del d[k] read d and k */
            PtrVec *targets = b->kind == S_ASSIGN ? &b->u.assign.targets : &b->u.del.targets;
            for (int k = 0; k < targets->len; k++) {
                Expr *t = targets->items[k];
                if (t->kind == E_SUBSCRIPT || t->kind == E_ATTR) da_expr(d, t, st);
            }
        }
        if (b->kind == S_ANNASSIGN) {
            if (b->u.annassign.value) da_expr(d, b->u.annassign.value, st);
            da_expr(d, b->u.annassign.annotation, st);
        }
        if (b->kind == S_FUNCDEF && b->fn)
            for (int k = 0; k < b->fn->defaults.len; k++) da_expr(d, b->fn->defaults.items[k], st);
        if (b->kind == S_CLASSDEF) da_class(d, b, st);
    }
}

static void da_stmt(Da *d, Stmt *s, State *st) {
    if (s->meaning) { /* what it stands for (sema_meaning) */
        da_stmts(d, s->meaning, st);
        return;
    }
    switch (s->kind) {
    case S_IMPORT:
    case S_IMPORT_FROM: da_import(d, s, st); break;
    case S_EXPR: da_expr(d, s->u.expr.value, st); break;
    case S_FUNCDEF:
        /* a def bound to a variable (nested, decorated): its decorators and
         * defaults are read where it runs */
        for (int i = 0; i < s->u.funcdef.decorators.len; i++) da_expr(d, s->u.funcdef.decorators.items[i], st);
        if (s->fn && s->fn->binding) {
            for (int k = 0; k < s->fn->defaults.len; k++) da_expr(d, s->fn->defaults.items[k], st);
            bind_sym(d, s->fn->binding, st);
        } else if (s->fn && s->fn->late && d->fn->is_main && s->fn->unit == d->fn->unit) {
            st->bound[d->nsyms + s->fn->index] = true;
        }
        break;
    case S_WITH: break; /* its meaning, above */
    case S_CLASSDEF: da_class(d, s, st); break;
    case S_ASSIGN:
        da_expr(d, s->u.assign.value, st);
        for (int i = 0; i < s->u.assign.targets.len; i++) da_target(d, s->u.assign.targets.items[i], st);
        break;
    case S_AUGASSIGN:
        da_expr(d, s->u.augassign.target, st); /* read first */
        da_expr(d, s->u.augassign.value, st);
        da_target(d, s->u.augassign.target, st);
        break;
    case S_ANNASSIGN:
        if (s->u.annassign.value) {
            da_expr(d, s->u.annassign.value, st);
            da_target(d, s->u.annassign.target, st);
        }
        break;
    case S_IF: {
        da_expr(d, s->u.if_.test, st);
        State a = st_copy(d, st), b = st_copy(d, st);
        da_stmts(d, &s->u.if_.body, &a);
        da_stmts(d, &s->u.if_.orelse, &b);
        st_meet(d, &a, &b);
        *st = a;
        break;
    }
    case S_WHILE: {
        da_expr(d, s->u.while_.test, st);
        State body = st_copy(d, st), orelse = st_copy(d, st);
        da_stmts(d, &s->u.while_.body, &body);
        da_stmts(d, &s->u.while_.orelse, &orelse);
        break; /* the body may not run: what it binds is not definite */
    }
    case S_FOR: {
        da_expr(d, s->u.for_.iter, st);
        State body = st_copy(d, st), orelse = st_copy(d, st);
        da_target(d, s->u.for_.target, &body);
        da_stmts(d, &s->u.for_.body, &body);
        da_stmts(d, &s->u.for_.orelse, &orelse);
        break;
    }
    case S_RETURN:
        da_expr(d, s->u.ret.value, st);
        st->dead = true;
        break;
    case S_TRY: da_try(d, s, st); break;
    case S_RAISE:
        da_expr(d, s->u.raise.exc, st);
        da_expr(d, s->u.raise.cause, st);
        st->dead = true;
        break;
    case S_BREAK:
    case S_CONTINUE: st->dead = true; break;
    case S_DEL:
        for (int i = 0; i < s->u.del.targets.len; i++) {
            Expr *t = s->u.del.targets.items[i];
            if (t->kind == E_NAME) {
                read_name(d, t, st); /* del of an unbound name raises */
                if (t->sym && tracked(d, t->sym)) {
                    ((Symbol *)t->sym)->needs_flag = true;
                    if (tracked(d, t->sym)) st->bound[((Symbol *)t->sym)->index] = false;
                }
            } else {
                da_target(d, t, st);
            }
        }
        break;
    case S_ASSERT: da_expr(d, s->u.assert_.test, st), da_expr(d, s->u.assert_.msg, st); break;
    case S_MATCH: {
        da_expr(d, s->u.match.subject, st);
        State out = st_copy(d, st); /* no case may match */
        for (int i = 0; i < s->u.match.cases.len; i++) {
            MatchCase *mc = s->u.match.cases.items[i];
            State c = st_copy(d, st);
            da_pattern(d, mc->pattern, &c);
            da_expr(d, mc->guard, &c);
            da_stmts(d, &mc->body, &c);
            st_meet(d, &out, &c);
        }
        *st = out;
        break;
    }
    default: break;
    }
}

static void da_import(Da *d, Stmt *s, State *st) {
    PtrVec *copies = &s->u.import->copies;
    for (int i = 1; i < copies->len; i += 2) bind_sym(d, copies->items[i], st);
}

static void da_stmts(Da *d, PtrVec *body, State *st) {
    for (int i = 0; i < body->len; i++) da_stmt(d, body->items[i], st);
}

static void da_function(Program *p, Function *f, Arena *a) {
    PtrVec *syms = f->is_main ? &p->globals : &f->locals;
    Da d = {p, f, syms->len + (f->is_main ? p->functions.len : 0), syms->len, a};
    for (int i = 0; i < syms->len; i++) ((Symbol *)syms->items[i])->index = i;
    State st = {arena_alloc(a, (size_t)d.n + 1), false};
    for (int i = 0; i < f->params.len; i++) st.bound[((Symbol *)f->params.items[i])->index] = true;
    da_stmts(&d, &f->body, &st);
}

void sema_bound(Program *p) {
    Arena a;
    arena_init(&a);
    for (int u = 0; u < p->units.len; u++) da_function(p, ((Unit *)p->units.items[u])->body, &a);
    for (int i = 0; i < p->functions.len; i++) da_function(p, p->functions.items[i], &a);
    arena_free(&a);
}
