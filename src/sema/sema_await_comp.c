/* Async comprehensions: a list, set or dict comprehension with an await,
 * or an `async for` clause, in a statement of an async def stands for the
 * loops it is (its variables renamed __acompK_x, so that they stay its
 * own), run before the statement, which reads the result's variable:
 *     __acompK = []
 *     [async] for __acompK_x in ITER:
 *         if COND: __acompK.append(ELT)
 * The loops are copies (transpiled.py writes the comprehension as
 * written); their awaits are then hoisted as any statement's
 * (sema_await.c). */
#include <string.h>

#include "sema_await.h"

static bool vec_has_await(const PtrVec *v) {
    for (int i = 0; i < v->len; i++)
        if (hoist_has_await(v->items[i])) return true;
    return false;
}

bool sema_comp_is_async(const Expr *e) { return hoist_comp_is_async(e); }

bool hoist_comp_is_async(const Expr *e) {
    if (hoist_has_await(e->u.comp.elt) || hoist_has_await(e->u.comp.key)) return true;
    for (int i = 0; i < e->u.comp.generators.len; i++) {
        const Comprehension *c = e->u.comp.generators.items[i];
        if (c->is_async || hoist_has_await(c->iter) || vec_has_await(&c->ifs)) return true;
    }
    return false;
}

bool hoist_has_await(const Expr *e) {
    if (!e || e->hoisted) return false;
    switch (e->kind) {
    case E_AWAIT: return true;
    case E_FSTRING: return vec_has_await(&e->u.fstr.parts);
    case E_FORMATTED: return hoist_has_await(e->u.formatted.value) || hoist_has_await(e->u.formatted.spec);
    case E_BINOP: return hoist_has_await(e->u.binop.left) || hoist_has_await(e->u.binop.right);
    case E_UNARY: return hoist_has_await(e->u.unary.operand);
    case E_BOOLOP: return vec_has_await(&e->u.boolop.values);
    case E_COMPARE: return hoist_has_await(e->u.compare.left) || vec_has_await(&e->u.compare.comparators);
    case E_CALL:
        if (hoist_has_await(e->u.call.func) || vec_has_await(&e->u.call.args)) return true;
        for (int i = 0; i < e->u.call.keywords.len; i++)
            if (hoist_has_await(((Keyword *)e->u.call.keywords.items[i])->value)) return true;
        return false;
    case E_ATTR: return hoist_has_await(e->u.attr.value);
    case E_SUBSCRIPT: return hoist_has_await(e->u.subscript.value) || hoist_has_await(e->u.subscript.index);
    case E_SLICE: return hoist_has_await(e->u.slice.lower) || hoist_has_await(e->u.slice.upper) || hoist_has_await(e->u.slice.step);
    case E_TUPLE: case E_LIST: case E_SET: return vec_has_await(&e->u.seq.items);
    case E_DICT: return vec_has_await(&e->u.dict.keys) || vec_has_await(&e->u.dict.values);
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP: return hoist_comp_is_async(e);
    case E_IFEXP: return hoist_has_await(e->u.ifexp.test) || hoist_has_await(e->u.ifexp.body) || hoist_has_await(e->u.ifexp.orelse);
    case E_WALRUS: return hoist_has_await(e->u.walrus.value);
    case E_STARRED: case E_DOUBLESTARRED: return hoist_has_await(e->u.starred.value);
    default: return false;
    }
}

/* The comprehension's variables and their new names. */
typedef struct Renames {
    PtrVec from, to; /* const char* */
} Renames;

static void collect_targets(Hoist *h, Renames *r, const Expr *t, int k) {
    if (!t) return;
    if (t->kind == E_NAME) {
        for (int i = 0; i < r->from.len; i++)
            if (!strcmp(r->from.items[i], t->u.name.name)) return;
        ptrvec_push(h->a, &r->from, (void *)t->u.name.name);
        ptrvec_push(h->a, &r->to, arena_printf(h->a, "__acomp%d_%s", k, t->u.name.name));
    } else if (t->kind == E_TUPLE || t->kind == E_LIST) {
        for (int i = 0; i < t->u.seq.items.len; i++) collect_targets(h, r, t->u.seq.items.items[i], k);
    } else if (t->kind == E_STARRED) {
        collect_targets(h, r, t->u.starred.value, k);
    }
}

static Expr *copy_expr(Hoist *h, const Expr *e, const Renames *r);

static PtrVec copy_vec(Hoist *h, const PtrVec *v, const Renames *r) {
    PtrVec out = {0};
    for (int i = 0; i < v->len; i++) ptrvec_push(h->a, &out, copy_expr(h, v->items[i], r));
    return out;
}

/* e with the comprehension's variables renamed (a copy: transpiled.py
 * writes the comprehension as written). A lambda inside is kept as it is. */
static Expr *copy_expr(Hoist *h, const Expr *e, const Renames *r) {
    if (!e || e->kind == E_LAMBDA) return (Expr *)e;
    Expr *c = arena_alloc(h->a, sizeof *c);
    *c = *e;
    switch (e->kind) {
    case E_NAME:
        for (int i = 0; i < r->from.len; i++)
            if (!strcmp(r->from.items[i], e->u.name.name)) {
                c->u.name.name = c->u.name.src_name = r->to.items[i];
                break;
            }
        break;
    case E_FSTRING: c->u.fstr.parts = copy_vec(h, &e->u.fstr.parts, r); break;
    case E_FORMATTED:
        c->u.formatted.value = copy_expr(h, e->u.formatted.value, r);
        c->u.formatted.spec = copy_expr(h, e->u.formatted.spec, r);
        break;
    case E_BINOP:
        c->u.binop.left = copy_expr(h, e->u.binop.left, r);
        c->u.binop.right = copy_expr(h, e->u.binop.right, r);
        break;
    case E_UNARY: c->u.unary.operand = copy_expr(h, e->u.unary.operand, r); break;
    case E_BOOLOP: c->u.boolop.values = copy_vec(h, &e->u.boolop.values, r); break;
    case E_COMPARE:
        c->u.compare.left = copy_expr(h, e->u.compare.left, r);
        c->u.compare.comparators = copy_vec(h, &e->u.compare.comparators, r);
        break;
    case E_CALL:
        c->u.call.func = copy_expr(h, e->u.call.func, r);
        c->u.call.args = copy_vec(h, &e->u.call.args, r);
        c->u.call.keywords = (PtrVec){0};
        for (int i = 0; i < e->u.call.keywords.len; i++) {
            Keyword *kw = arena_alloc(h->a, sizeof *kw);
            *kw = *(Keyword *)e->u.call.keywords.items[i];
            kw->value = copy_expr(h, kw->value, r);
            ptrvec_push(h->a, &c->u.call.keywords, kw);
        }
        break;
    case E_ATTR: c->u.attr.value = copy_expr(h, e->u.attr.value, r); break;
    case E_SUBSCRIPT:
        c->u.subscript.value = copy_expr(h, e->u.subscript.value, r);
        c->u.subscript.index = copy_expr(h, e->u.subscript.index, r);
        break;
    case E_SLICE:
        c->u.slice.lower = copy_expr(h, e->u.slice.lower, r);
        c->u.slice.upper = copy_expr(h, e->u.slice.upper, r);
        c->u.slice.step = copy_expr(h, e->u.slice.step, r);
        break;
    case E_TUPLE: case E_LIST: case E_SET: c->u.seq.items = copy_vec(h, &e->u.seq.items, r); break;
    case E_DICT:
        c->u.dict.keys = copy_vec(h, &e->u.dict.keys, r);
        c->u.dict.values = copy_vec(h, &e->u.dict.values, r);
        break;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP:
        c->u.comp.elt = copy_expr(h, e->u.comp.elt, r);
        c->u.comp.key = copy_expr(h, e->u.comp.key, r);
        c->u.comp.generators = (PtrVec){0};
        for (int i = 0; i < e->u.comp.generators.len; i++) {
            Comprehension *g = arena_alloc(h->a, sizeof *g);
            *g = *(Comprehension *)e->u.comp.generators.items[i];
            g->target = copy_expr(h, g->target, r);
            g->iter = copy_expr(h, g->iter, r);
            g->ifs = copy_vec(h, &g->ifs, r);
            ptrvec_push(h->a, &c->u.comp.generators, g);
        }
        break;
    case E_IFEXP:
        c->u.ifexp.test = copy_expr(h, e->u.ifexp.test, r);
        c->u.ifexp.body = copy_expr(h, e->u.ifexp.body, r);
        c->u.ifexp.orelse = copy_expr(h, e->u.ifexp.orelse, r);
        break;
    case E_WALRUS:
        c->u.walrus.target = copy_expr(h, e->u.walrus.target, r);
        c->u.walrus.value = copy_expr(h, e->u.walrus.value, r);
        break;
    case E_STARRED: case E_DOUBLESTARRED: c->u.starred.value = copy_expr(h, e->u.starred.value, r); break;
    case E_AWAIT: case E_YIELD: case E_YIELD_FROM: c->u.yield.value = copy_expr(h, e->u.yield.value, r); break;
    default: break;
    }
    return c;
}

static Stmt *expr_stmt(Arena *a, Expr *v) {
    Stmt *st = stmt_new(a, S_EXPR, v->line, v->col);
    st->u.expr.value = v;
    return st;
}

/* [ELT for ...] with awaits: the loops it stands for, before the statement
 * (the first iterable as written: it is evaluated outside). */
void hoist_comprehension(Hoist *h, Expr *e) {
    Arena *a = h->a;
    int line = e->line, col = e->col, k = h->s->await_count++;
    Renames r = {{0}, {0}};
    const PtrVec *gens = &e->u.comp.generators;
    for (int i = 0; i < gens->len; i++) collect_targets(h, &r, ((Comprehension *)gens->items[i])->target, k);
    Expr *acc = expr_name(a, arena_printf(a, "__acomp%d", k), line, col);
    Expr *init = e->kind == E_LISTCOMP ? expr_new(a, E_LIST, line, col)
                 : e->kind == E_DICTCOMP ? expr_new(a, E_DICT, line, col)
                                         : expr_call(a, expr_name(a, "set", line, col), 0, NULL, line, col);
    /* the innermost statement: acc.append(ELT) / acc.add(ELT) / acc[KEY] = VALUE */
    Stmt *inner;
    Expr *acc_read = expr_name(a, acc->u.name.name, line, col);
    if (e->kind == E_DICTCOMP) {
        Expr *item = expr_new(a, E_SUBSCRIPT, line, col);
        item->u.subscript.value = acc_read;
        item->u.subscript.index = copy_expr(h, e->u.comp.key, &r);
        inner = hoist_assign(a, item, copy_expr(h, e->u.comp.elt, &r), line, col);
    } else {
        Expr *elt = copy_expr(h, e->u.comp.elt, &r);
        inner = expr_stmt(a, expr_call(a, expr_attr(a, acc_read, e->kind == E_LISTCOMP ? "append" : "add", line, col), 1,
                                        (Expr *[]){elt}, line, col));
    }
    for (int i = gens->len; i-- > 0;) {
        const Comprehension *c = gens->items[i];
        for (int j = c->ifs.len; j-- > 0;) {
            Stmt *test = stmt_new(a, S_IF, line, col);
            test->u.if_.test = copy_expr(h, c->ifs.items[j], &r);
            ptrvec_push(a, &test->u.if_.body, inner);
            inner = test;
        }
        Stmt *loop = stmt_new(a, S_FOR, line, col);
        loop->u.for_.target = copy_expr(h, c->target, &r);
        loop->u.for_.iter = i == 0 ? c->iter : copy_expr(h, c->iter, &r);
        loop->u.for_.is_async = c->is_async;
        ptrvec_push(a, &loop->u.for_.body, inner);
        inner = loop;
    }
    hoist_expr(h, ((Comprehension *)gens->items[0])->iter); /* its awaits first, as CPython evaluates it first */
    ptrvec_push(a, &h->out, hoist_assign(a, acc, init, line, col));
    ptrvec_push(a, &h->out, inner);
    e->hoisted = expr_name(a, acc->u.name.name, line, col);
}

