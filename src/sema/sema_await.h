/* Shared by sema_await.c (awaits, async for and with) and
 * sema_await_comp.c (async comprehensions): the statements being made
 * for one statement's meaning. */
#ifndef ML_SEMA_AWAIT_H
#define ML_SEMA_AWAIT_H
#include "sema_internal.h"

typedef struct Hoist {
    Arena *a;
    Sema *s;
    PtrVec out; /* the statements made so far, run before the statement */
} Hoist;

Stmt *hoist_assign(Arena *a, Expr *target, Expr *value, int line, int col);
/* The awaits of e that always run, hoisted in the order they run. */
void hoist_expr(Hoist *h, Expr *e);
/* Does e hold an await (not hoisted yet, not inside a lambda) or an
 * `async for` clause? */
bool hoist_has_await(const Expr *e);
bool hoist_comp_is_async(const Expr *e);
/* A list, set or dict comprehension with awaits: the loops it stands for. */
void hoist_comprehension(Hoist *h, Expr *e);

#endif
