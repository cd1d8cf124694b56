/* map() and filter() are lazy, as CPython's: each item is computed when the
 * consumer asks for it (a loop that breaks early calls f no further, an
 * infinite iterable is fine, next() takes one). The call is rewritten
 * before it is analysed, into the generator expression it behaves as:
 *     map(f, it)          ->  (f(x) for x in it)
 *     map(f, a, b)        ->  (f(x0, x1) for (x0, x1) in zip(a, b))
 *     filter(f, it)       ->  (x for x in it if f(x))
 *     filter(None, it)    ->  (x for x in it if x)
 * Where the whole of it is consumed at once (list(map(...)), sorted(...),
 * ", ".join(map(str, xs)): Expr.consumed_whole) the eager form the back
 * end builds is kept: the same values in the same order, faster. */
#include <string.h>

#include "sema_internal.h"

/* x0, x1 ...: the genexp's own variables (its first iterable is evaluated
 * outside it, so they hide nothing of the program's) */
static const char *var(Arena *a, int i) { return arena_printf(a, "_ml_x%d", i); }

bool sema_lazy_map(Sema *s, Expr *e) {
    BuiltinId id = e->u.call.func->builtin;
    int n = e->u.call.args.len;
    if (e->consumed_whole || e->u.call.keywords.len || (id == BI_FILTER ? n != 2 : n < 2 || n > 5)) return false;
    for (int i = 0; i < n; i++)
        if (((Expr *)e->u.call.args.items[i])->kind == E_STARRED) return false;
    Arena *a = s->c->arena;
    int line = e->line, col = e->col;
    Expr *f = e->u.call.args.items[0];
    Comprehension *gen = arena_alloc(a, sizeof *gen);
    Expr *elt;
    if (id == BI_FILTER) {
        gen->target = expr_name(a, var(a, 0), line, col);
        gen->iter = e->u.call.args.items[1];
        Expr *test;
        if (f->kind == E_NONE) {
            test = expr_name(a, var(a, 0), line, col);
        } else {
            Expr *x = expr_name(a, var(a, 0), line, col);
            test = expr_call(a, f, 1, &x, line, col);
        }
        ptrvec_push(a, &gen->ifs, test);
        elt = expr_name(a, var(a, 0), line, col);
    } else {
        elt = expr_call(a, f, 0, NULL, line, col);
        for (int i = 1; i < n; i++) ptrvec_push(a, &elt->u.call.args, expr_name(a, var(a, i - 1), line, col));
        if (n == 2) {
            gen->target = expr_name(a, var(a, 0), line, col);
            gen->iter = e->u.call.args.items[1];
        } else {
            gen->target = expr_new(a, E_TUPLE, line, col);
            Expr *zip = expr_call(a, expr_name(a, "zip", line, col), 0, NULL, line, col);
            for (int i = 1; i < n; i++) {
                ptrvec_push(a, &gen->target->u.seq.items, expr_name(a, var(a, i - 1), line, col));
                ptrvec_push(a, &zip->u.call.args, e->u.call.args.items[i]);
            }
            gen->iter = zip;
        }
    }
    e->kind = E_GENEXP;
    memset(&e->u, 0, sizeof e->u);
    e->u.comp.elt = elt;
    ptrvec_push(a, &e->u.comp.generators, gen);
    return true;
}
