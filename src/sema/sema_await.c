/* What the statements of an async def stand for.
 *
 * A coroutine is a generator (lower_gen.c) whose suspensions are its
 * awaits: `await v` is `yield from` over v's awaitable (rt_await_iter).
 * The generator lowering resumes a yield only where it stands as a
 * statement or an assignment's value, so an await anywhere else in a
 * statement is hoisted: the statement stands for (its `meaning`, analysed
 * and lowered in its place; transpiled.py writes the statement as it is)
 *     __awaitK = await v      (one per await, innermost and leftmost first)
 *     the statement, the await read as __awaitK
 * An `and`/`or` or a conditional expression with an await where it may
 * not run is hoisted whole, as the statements it stands for:
 *     __awaitK = A                      __awaitK = A if T else B:
 *     if __awaitK: __awaitK = B         if T: __awaitK = A
 *     (`a and b`; `or`: if not)         else: __awaitK = B
 * Awaits in a chained comparison's later operands, a lambda or a generator
 * expression are not hoisted (sema_expr refuses them). Operands that run
 * before an await (calls, operations: not names or literals) are computed
 * into variables first (materialize), so `f() + await g()` still calls f
 * first.
 *
 * A list, set or dict comprehension with an await, or an `async for`
 * clause, is hoisted the same way, as the loops it stands for
 * (sema_await_comp.c); a generator expression with them is an
 * asynchronous generator: refused.
 *
 * `async for` and `async with` stand for the statements of their PEP 492
 * definitions, written with awaits in yield positions:
 *     it = ITER.__aiter__()       (__ml_aiter: with CPython's TypeErrors)
 *     while True:
 *         try: v = await it.__anext__()      (__ml_anext)
 *         except StopAsyncIteration: [done = True]; break
 *         TARGET = v
 *         BODY
 *     [if done: ELSE]
 * and sema_with_meaning's async form (__aenter__/__aexit__ awaited). */
#include "sema_await.h"

Stmt *hoist_assign(Arena *a, Expr *target, Expr *value, int line, int col) {
    Stmt *st = stmt_new(a, S_ASSIGN, line, col);
    ptrvec_push(a, &st->u.assign.targets, target);
    st->u.assign.value = value;
    return st;
}

static Expr *await_of(Arena *a, Expr *value, int line, int col) {
    Expr *e = expr_new(a, E_AWAIT, line, col);
    e->u.yield.value = value;
    return e;
}

static bool h_conditional(Hoist *h, Expr *e);

/* An operand computed before an await among its siblings: into a variable
 * first, so that it runs first, as in CPython (`(lock.locked(), await
 * lock.acquire())`). Names and literals stay where they are: an await
 * cannot rebind a local. */
static void materialize(Hoist *h, Expr *e) {
    if (!e || e->hoisted) return;
    switch (e->kind) {
    case E_NAME: case E_INT: case E_FLOAT: case E_IMAG: case E_STR: case E_BYTES: case E_BOOL: case E_NONE:
    case E_ELLIPSIS: return;
    case E_LAMBDA: /* made where it is; its defaults first */
        for (int i = 0; i < e->u.lambda.params.len; i++) materialize(h, ((Param *)e->u.lambda.params.items[i])->default_value);
        return;
    case E_STARRED: case E_DOUBLESTARRED: materialize(h, e->u.starred.value); return;
    default: break;
    }
    Expr *v = arena_alloc(h->a, sizeof *v); /* the value, computed by the assignment */
    *v = *e;
    Expr *name = expr_name(h->a, arena_printf(h->a, "__await%d", h->s->await_count++), e->line, e->col);
    ptrvec_push(h->a, &h->out, hoist_assign(h->a, name, v, e->line, e->col));
    e->hoisted = expr_name(h->a, name->u.name.name, e->line, e->col);
}

/* await v inside an expression: v's own awaits first, then this one. */
static void h_await(Hoist *h, Expr *e) {
    hoist_expr(h, e->u.yield.value);
    Expr *name = expr_name(h->a, arena_printf(h->a, "__await%d", h->s->await_count++), e->line, e->col);
    Expr *aw = await_of(h->a, e->u.yield.value, e->line, e->col);
    aw->end_line = e->end_line, aw->end_col = e->end_col; /* a traceback's carets */
    ptrvec_push(h->a, &h->out, hoist_assign(h->a, name, aw, e->line, e->col));
    e->hoisted = expr_name(h->a, name->u.name.name, e->line, e->col);
}

static void kid(Hoist *h, PtrVec *k, Expr **slot) { ptrvec_push(h->a, k, slot); }

/* The operands k (slots, in the order they run): an operand with an await
 * has those before it computed first. callee: the slot of a call's
 * function, which stays in place (its receiver does not). */
static void h_kids(Hoist *h, PtrVec *k, Expr **callee) {
    for (int i = 0; i < k->len; i++) {
        Expr *c = *(Expr **)k->items[i];
        if (hoist_has_await(c))
            for (int j = 0; j < i; j++) {
                Expr **before = k->items[j];
                if (before != callee) materialize(h, *before);
                else if ((*before)->kind == E_ATTR) materialize(h, (*before)->u.attr.value);
            }
        hoist_expr(h, c);
    }
}

/* The operands of e that always run, in the order they run. */
void hoist_expr(Hoist *h, Expr *e) {
    if (!e || e->hoisted) return; /* hoisted already: the statement's copy */
    PtrVec k = {0};
    Expr **callee = NULL;
    switch (e->kind) {
    case E_AWAIT: h_await(h, e); return;
    case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP:
        if (hoist_comp_is_async(e)) hoist_comprehension(h, e);
        return;
    case E_BOOLOP:
        if (h_conditional(h, e)) return;
        hoist_expr(h, e->u.boolop.values.items[0]);
        return;
    case E_IFEXP:
        if (h_conditional(h, e)) return;
        hoist_expr(h, e->u.ifexp.test);
        return;
    case E_FSTRING:
        for (int i = 0; i < e->u.fstr.parts.len; i++) kid(h, &k, (Expr **)&e->u.fstr.parts.items[i]);
        break;
    case E_FORMATTED:
        kid(h, &k, &e->u.formatted.value);
        if (e->u.formatted.spec) kid(h, &k, &e->u.formatted.spec);
        break;
    case E_BINOP:
        kid(h, &k, &e->u.binop.left);
        kid(h, &k, &e->u.binop.right);
        break;
    case E_UNARY: kid(h, &k, &e->u.unary.operand); break;
    case E_COMPARE:
        if (h_conditional(h, e)) return;
        kid(h, &k, &e->u.compare.left);
        kid(h, &k, (Expr **)&e->u.compare.comparators.items[0]);
        break;
    case E_CALL:
        kid(h, &k, callee = &e->u.call.func);
        for (int i = 0; i < e->u.call.args.len; i++) kid(h, &k, (Expr **)&e->u.call.args.items[i]);
        for (int i = 0; i < e->u.call.keywords.len; i++) kid(h, &k, &((Keyword *)e->u.call.keywords.items[i])->value);
        break;
    case E_ATTR: kid(h, &k, &e->u.attr.value); break;
    case E_SUBSCRIPT:
        kid(h, &k, &e->u.subscript.value);
        kid(h, &k, &e->u.subscript.index);
        break;
    case E_SLICE:
        if (e->u.slice.lower) kid(h, &k, &e->u.slice.lower);
        if (e->u.slice.upper) kid(h, &k, &e->u.slice.upper);
        if (e->u.slice.step) kid(h, &k, &e->u.slice.step);
        break;
    case E_TUPLE: case E_LIST: case E_SET:
        for (int i = 0; i < e->u.seq.items.len; i++) kid(h, &k, (Expr **)&e->u.seq.items.items[i]);
        break;
    case E_DICT:
        for (int i = 0; i < e->u.dict.values.len; i++) {
            if (e->u.dict.keys.items[i]) kid(h, &k, (Expr **)&e->u.dict.keys.items[i]);
            kid(h, &k, (Expr **)&e->u.dict.values.items[i]);
        }
        break;
    case E_WALRUS: kid(h, &k, &e->u.walrus.value); break;
    case E_LAMBDA: /* its defaults are computed where it is */
        for (int i = 0; i < e->u.lambda.params.len; i++) {
            Param *pa = e->u.lambda.params.items[i];
            if (pa->default_value) kid(h, &k, &pa->default_value);
        }
        break;
    case E_STARRED: case E_DOUBLESTARRED: kid(h, &k, &e->u.starred.value); break;
    default: return; /* literals, names; lambdas, generator expressions, yields: refused or not ours */
    }
    h_kids(h, &k, callee);
}

/* `a and b`, `a or b`, `a if t else b` with an await in an operand that
 * may not run: the statements it stands for (the top of the file); false
 * when it has none. */
static bool h_conditional(Hoist *h, Expr *e) {
    Arena *a = h->a;
    int line = e->line, col = e->col;
    if (e->kind == E_BOOLOP) {
        bool later = false;
        for (int i = 1; i < e->u.boolop.values.len; i++) later |= hoist_has_await(e->u.boolop.values.items[i]);
        if (!later) return false;
    } else if (e->kind == E_COMPARE) {
        bool later = false;
        for (int i = 1; i < e->u.compare.comparators.len; i++) later |= hoist_has_await(e->u.compare.comparators.items[i]);
        if (!later) return false;
    } else if (!hoist_has_await(e->u.ifexp.body) && !hoist_has_await(e->u.ifexp.orelse)) {
        return false;
    }
    const char *t = arena_printf(a, "__await%d", h->s->await_count++);
    if (e->kind == E_COMPARE) {
        /* a < b < c: o0 = a; o1 = b; t = o0 < o1; if t: o2 = c; t = o1 < o2 */
        int n = e->u.compare.comparators.len;
        const char **o = arena_alloc(a, sizeof(char *) * (size_t)(n + 1));
        for (int i = 0; i <= n; i++) o[i] = arena_printf(a, "%s_%d", t, i);
        hoist_expr(h, e->u.compare.left);
        ptrvec_push(a, &h->out, hoist_assign(a, expr_name(a, o[0], line, col), e->u.compare.left, line, col));
        PtrVec *body = &h->out;
        for (int i = 0; i < n; i++) {
            Expr *c = e->u.compare.comparators.items[i];
            ptrvec_push(a, body, hoist_assign(a, expr_name(a, o[i + 1], line, col), c, line, col));
            Expr *cmp = expr_new(a, E_COMPARE, c->line, c->col);
            cmp->end_line = e->end_line, cmp->end_col = e->end_col;
            cmp->u.compare.left = expr_name(a, o[i], line, col);
            cmp->u.compare.ops = arena_alloc(a, sizeof(CmpOp));
            cmp->u.compare.ops[0] = e->u.compare.ops[i];
            ptrvec_push(a, &cmp->u.compare.comparators, expr_name(a, o[i + 1], line, col));
            ptrvec_push(a, body, hoist_assign(a, expr_name(a, t, line, col), cmp, line, col));
            if (i + 1 < n) {
                Stmt *st = stmt_new(a, S_IF, line, col);
                st->u.if_.test = expr_name(a, t, line, col);
                ptrvec_push(a, body, st);
                body = &st->u.if_.body;
            }
        }
    } else if (e->kind == E_IFEXP) {
        hoist_expr(h, e->u.ifexp.test);
        Stmt *st = stmt_new(a, S_IF, line, col);
        st->u.if_.test = e->u.ifexp.test;
        ptrvec_push(a, &st->u.if_.body, hoist_assign(a, expr_name(a, t, line, col), e->u.ifexp.body, line, col));
        ptrvec_push(a, &st->u.if_.orelse, hoist_assign(a, expr_name(a, t, line, col), e->u.ifexp.orelse, line, col));
        ptrvec_push(a, &h->out, st);
    } else {
        hoist_expr(h, e->u.boolop.values.items[0]);
        ptrvec_push(a, &h->out, hoist_assign(a, expr_name(a, t, line, col), e->u.boolop.values.items[0], line, col));
        PtrVec *body = &h->out;
        for (int i = 1; i < e->u.boolop.values.len; i++) {
            Stmt *st = stmt_new(a, S_IF, line, col);
            Expr *test = expr_name(a, t, line, col);
            if (!e->u.boolop.is_and) {
                Expr *not_ = expr_new(a, E_UNARY, line, col);
                not_->u.unary.op = OP_NONE;
                not_->u.unary.operand = test;
                test = not_;
            }
            st->u.if_.test = test;
            ptrvec_push(a, &st->u.if_.body, hoist_assign(a, expr_name(a, t, line, col), e->u.boolop.values.items[i], line, col));
            ptrvec_push(a, body, st);
            body = &st->u.if_.body;
        }
    }
    e->hoisted = expr_name(a, t, line, col);
    return true;
}

/* A statement's own value: an await standing there is in a yield position
 * (only what it awaits is searched). */
static void h_value(Hoist *h, Expr *v) {
    if (v && (v->kind == E_AWAIT || v->kind == E_YIELD || v->kind == E_YIELD_FROM) && !v->hoisted)
        hoist_expr(h, v->u.yield.value); /* `yield await x` in an async generator too */
    else hoist_expr(h, v);
}

/* An assignment target's operands (o.x, a[i]). */
static void h_target(Hoist *h, Expr *t) {
    if (!t) return;
    switch (t->kind) {
    case E_ATTR: hoist_expr(h, t->u.attr.value); return;
    case E_SUBSCRIPT: hoist_expr(h, t->u.subscript.value), hoist_expr(h, t->u.subscript.index); return;
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->u.seq.items.len; i++) h_target(h, t->u.seq.items.items[i]);
        return;
    case E_STARRED: h_target(h, t->u.starred.value); return;
    default: return;
    }
}

/* A new variable of the meaning, read as e at e's place. */
static Expr *fresh(Hoist *h, Expr *e) {
    Expr *name = expr_name(h->a, arena_printf(h->a, "__await%d", h->s->await_count++), e->line, e->col);
    ptrvec_push(h->a, &h->out, hoist_assign(h->a, name, e, e->line, e->col));
    return expr_name(h->a, name->u.name.name, e->line, e->col);
}

static Expr *same_name(Arena *a, const Expr *n) { return expr_name(a, n->u.name.name, n->line, n->col); }

/* `t op= v` with an await in v: CPython reads t (after its object, or its
 * container and key) before v runs, and stores back there after:
 *     [__o = obj | __c = container; __k = key]
 *     __t = t                    (its value now)
 *     v's awaits ...
 *     __t op= v                  (in place where the value's type says so)
 *     t = __t
 * An await may run code that rebinds a global or an item. */
static void aug_awaiting(Hoist *h, Stmt *st) {
    Arena *a = h->a;
    Expr *t = st->u.augassign.target, *read, *store;
    h_target(h, t);
    if (t->kind == E_ATTR) {
        Expr *o = fresh(h, t->u.attr.value);
        read = expr_new(a, E_ATTR, t->line, t->col);
        read->u.attr = t->u.attr;
        read->u.attr.value = o;
        store = expr_new(a, E_ATTR, t->line, t->col);
        store->u.attr = t->u.attr;
        store->u.attr.value = same_name(a, o);
    } else if (t->kind == E_SUBSCRIPT) {
        Expr *c = fresh(h, t->u.subscript.value), *k = fresh(h, t->u.subscript.index);
        read = expr_new(a, E_SUBSCRIPT, t->line, t->col);
        read->u.subscript.value = c;
        read->u.subscript.index = k;
        store = expr_new(a, E_SUBSCRIPT, t->line, t->col);
        store->u.subscript.value = same_name(a, c);
        store->u.subscript.index = same_name(a, k);
    } else {
        read = same_name(a, t);
        store = same_name(a, t);
    }
    read->end_line = t->end_line, read->end_col = t->end_col;
    store->end_line = t->end_line, store->end_col = t->end_col;
    Expr *cur = fresh(h, read);
    hoist_expr(h, st->u.augassign.value);
    Stmt *op = stmt_new(a, S_AUGASSIGN, st->line, st->col);
    op->u.augassign = st->u.augassign;
    op->u.augassign.target = cur;
    ptrvec_push(a, &h->out, op);
    ptrvec_push(a, &h->out, hoist_assign(a, store, same_name(a, cur), st->line, st->col));
}

/* `while TEST:` with an await in TEST (and no else): `while True:` whose
 * body computes the awaits, then `if not TEST: break`. */
static Stmt *while_awaiting(Hoist *h, Stmt *st) {
    Arena *a = h->a;
    Stmt *w = stmt_new(a, S_WHILE, st->line, st->col);
    Expr *t = expr_new(a, E_BOOL, st->line, st->col);
    t->u.bval = true;
    w->u.while_.test = t;
    w->u.while_.body = h->out;
    Expr *not_ = expr_new(a, E_UNARY, st->line, st->col);
    not_->u.unary.op = OP_NONE;
    not_->u.unary.operand = st->u.while_.test;
    Stmt *stop = stmt_new(a, S_IF, st->line, st->col);
    stop->u.if_.test = not_;
    ptrvec_push(a, &stop->u.if_.body, stmt_new(a, S_BREAK, st->line, st->col));
    ptrvec_push(a, &w->u.while_.body, stop);
    for (int i = 0; i < st->u.while_.body.len; i++) ptrvec_push(a, &w->u.while_.body, st->u.while_.body.items[i]);
    return w;
}

/* The awaits of st's own expressions (not its bodies'), hoisted: its
 * meaning, or NULL when it has none to hoist. */
static PtrVec *hoisted(Sema *s, Stmt *st) {
    Hoist h = {s->c->arena, s, {0}};
    switch (st->kind) {
    case S_EXPR: h_value(&h, st->u.expr.value); break;
    case S_ASSIGN:
        h_value(&h, st->u.assign.value);
        for (int i = 0; i < st->u.assign.targets.len; i++) h_target(&h, st->u.assign.targets.items[i]);
        break;
    case S_AUGASSIGN:
        if (hoist_has_await(st->u.augassign.value) &&
            !(st->u.augassign.target->kind == E_SUBSCRIPT && st->u.augassign.target->u.subscript.index->kind == E_SLICE)) {
            aug_awaiting(&h, st);
            PtrVec *m = arena_alloc(h.a, sizeof *m);
            *m = h.out;
            return m;
        }
        h_target(&h, st->u.augassign.target);
        hoist_expr(&h, st->u.augassign.value);
        break;
    case S_ANNASSIGN: hoist_expr(&h, st->u.annassign.value); break;
    case S_RETURN: hoist_expr(&h, st->u.ret.value); break;
    case S_IF: hoist_expr(&h, st->u.if_.test); break;
    case S_WHILE:
        if (st->u.while_.orelse.len) return NULL; /* refused where the await is */
        hoist_expr(&h, st->u.while_.test);
        if (!h.out.len) return NULL;
        PtrVec *m = arena_alloc(h.a, sizeof *m);
        ptrvec_push(h.a, m, while_awaiting(&h, st));
        return m;
    case S_FOR: hoist_expr(&h, st->u.for_.iter); break;
    case S_WITH:
        if (st->u.with.items.len) hoist_expr(&h, ((WithItem *)st->u.with.items.items[0])->context);
        break;
    case S_RAISE:
        hoist_expr(&h, st->u.raise.exc);
        hoist_expr(&h, st->u.raise.cause);
        break;
    case S_ASSERT: hoist_expr(&h, st->u.assert_.test); break;
    case S_DEL:
        for (int i = 0; i < st->u.del.targets.len; i++) h_target(&h, st->u.del.targets.items[i]);
        break;
    case S_MATCH: hoist_expr(&h, st->u.match.subject); break;
    case S_FUNCDEF: /* a def inside: its decorators, then its defaults, run where it is */
        for (int i = 0; i < st->u.funcdef.decorators.len; i++) hoist_expr(&h, st->u.funcdef.decorators.items[i]);
        for (int i = 0; i < st->u.funcdef.params.len; i++)
            hoist_expr(&h, ((Param *)st->u.funcdef.params.items[i])->default_value);
        break;
    default: break;
    }
    if (!h.out.len) return NULL;
    Stmt *copy = arena_alloc(h.a, sizeof *copy);
    *copy = *st;
    copy->meaning = NULL;
    ptrvec_push(h.a, &h.out, copy);
    PtrVec *m = arena_alloc(h.a, sizeof *m);
    *m = h.out;
    return m;
}

/* async for (see the top of the file). */
static PtrVec *async_for(Sema *s, Stmt *st) {
    Arena *a = s->c->arena;
    int line = st->line, col = st->col, k = s->await_count++;
    Expr *it = expr_name(a, arena_printf(a, "__afor%d_it", k), line, col);
    Expr *v = expr_name(a, arena_printf(a, "__afor%d_v", k), line, col);
    Expr *done = st->u.for_.orelse.len ? expr_name(a, arena_printf(a, "__afor%d_done", k), line, col) : NULL;
    PtrVec *m = arena_alloc(a, sizeof *m);
    ptrvec_push(a, m, hoist_assign(a, it, expr_call(a, expr_name(a, "__ml_aiter", line, col), 1, &st->u.for_.iter, line, col), line, col));
    if (done) {
        Expr *f = expr_new(a, E_BOOL, line, col);
        f->u.bval = false;
        ptrvec_push(a, m, hoist_assign(a, done, f, line, col));
    }
    Stmt *loop = stmt_new(a, S_WHILE, line, col);
    Expr *t = expr_new(a, E_BOOL, line, col);
    t->u.bval = true;
    loop->u.while_.test = t;
    Stmt *try_ = stmt_new(a, S_TRY, line, col);
    Expr *it_read = expr_name(a, it->u.name.name, line, col);
    Expr *next = expr_call(a, expr_name(a, "__ml_anext", line, col), 1, &it_read, line, col);
    ptrvec_push(a, &try_->u.try_.body, hoist_assign(a, v, await_of(a, next, line, col), line, col));
    ExceptHandler *h = arena_alloc(a, sizeof *h);
    h->type = expr_name(a, "StopAsyncIteration", line, col);
    h->line = line, h->col = col;
    if (done) {
        Expr *tr = expr_new(a, E_BOOL, line, col);
        tr->u.bval = true;
        ptrvec_push(a, &h->body, hoist_assign(a, expr_name(a, done->u.name.name, line, col), tr, line, col));
    }
    ptrvec_push(a, &h->body, stmt_new(a, S_BREAK, line, col));
    ptrvec_push(a, &try_->u.try_.handlers, h);
    ptrvec_push(a, &loop->u.while_.body, try_);
    ptrvec_push(a, &loop->u.while_.body, hoist_assign(a, st->u.for_.target, expr_name(a, v->u.name.name, line, col), line, col));
    for (int i = 0; i < st->u.for_.body.len; i++) ptrvec_push(a, &loop->u.while_.body, st->u.for_.body.items[i]);
    ptrvec_push(a, m, loop);
    if (st->u.for_.iter->kind == E_CALL) {
        /* its own async generator (`async for x in gen()`), left by break:
         * CPython's reference count gives it to the finalizer hook here */
        Expr *it_arg = expr_name(a, it->u.name.name, line, col);
        Stmt *rel = stmt_new(a, S_EXPR, line, col);
        rel->u.expr.value = expr_call(a, expr_name(a, "__ml_agen_release", line, col), 1, &it_arg, line, col);
        ptrvec_push(a, m, rel);
    }
    if (done) {
        Stmt *els = stmt_new(a, S_IF, line, col);
        els->u.if_.test = expr_name(a, done->u.name.name, line, col);
        els->u.if_.body = st->u.for_.orelse;
        ptrvec_push(a, m, els);
    }
    return m;
}

PtrVec *sema_meaning(Sema *s, Function *f, Stmt *st) {
    if (st->meaning) return st->meaning;
    if (st->kind == S_WITH && !st->u.with.is_async) return sema_with_meaning(s, st);
    if (!f || !f->is_coroutine) return NULL; /* await, async for and with outside one are refused */
    if ((st->meaning = hoisted(s, st))) return st->meaning;
    if (st->kind == S_FOR && st->u.for_.is_async) return st->meaning = async_for(s, st);
    if (st->kind == S_WITH) return sema_with_meaning(s, st);
    return NULL;
}
