/* Which of a file's module-level defs are function values bound to a
 * global where the def runs, rather than fixed functions (sema_class.c's
 * "decorated defs at module level" machinery makes them):
 *   - a def inside a block of the module (if, while, for, with, try,
 *     match): it defines its name only if and when that statement runs;
 *   - a name two defs define (the later def replaces the earlier, where
 *     it runs);
 *   - a def whose name the module also assigns (`f = memo(f)`, `f = 3`).
 * A fixed function keeps its name for the whole program and is called
 * directly with typed arguments; a value is called through the function
 * table, as CPython would call whatever the name holds at that moment. */
#include <string.h>

#include "sema_internal.h"

static void bind_target(Arena *a, StrMap *out, const Expr *t) {
    switch (t->kind) {
    case E_NAME: strmap_put(a, out, t->u.name.name, (void *)t); break;
    case E_TUPLE: case E_LIST:
        for (int i = 0; i < t->u.seq.items.len; i++) bind_target(a, out, t->u.seq.items.items[i]);
        break;
    case E_STARRED: bind_target(a, out, t->u.starred.value); break;
    default: break; /* an attribute or an item: no name bound */
    }
}

static void assigned_in(Arena *a, StrMap *out, const PtrVec *body);

/* The names a module-level statement binds other than by a top-level
 * `def` (its blocks included, their defs too; not the bodies of defs and
 * classes). in_block: st is inside a block of the module. */
static void assigned_by(Arena *a, StrMap *out, const Stmt *st, bool in_block) {
    switch (st->kind) {
    case S_FUNCDEF:
        if (in_block) strmap_put(a, out, st->u.funcdef.name, (void *)st);
        break;
    case S_ASSIGN:
        for (int i = 0; i < st->u.assign.targets.len; i++) bind_target(a, out, st->u.assign.targets.items[i]);
        break;
    case S_AUGASSIGN: bind_target(a, out, st->u.augassign.target); break;
    case S_ANNASSIGN:
        if (st->u.annassign.value) bind_target(a, out, st->u.annassign.target);
        break;
    case S_FOR:
        bind_target(a, out, st->u.for_.target);
        assigned_in(a, out, &st->u.for_.body);
        assigned_in(a, out, &st->u.for_.orelse);
        break;
    case S_WHILE:
        assigned_in(a, out, &st->u.while_.body);
        assigned_in(a, out, &st->u.while_.orelse);
        break;
    case S_IF:
        assigned_in(a, out, &st->u.if_.body);
        assigned_in(a, out, &st->u.if_.orelse);
        break;
    case S_WITH:
        for (int i = 0; i < st->u.with.items.len; i++) {
            const WithItem *w = st->u.with.items.items[i];
            if (w->target) bind_target(a, out, w->target);
        }
        assigned_in(a, out, &st->u.with.body);
        break;
    case S_TRY:
        assigned_in(a, out, &st->u.try_.body);
        for (int i = 0; i < st->u.try_.handlers.len; i++) {
            const ExceptHandler *h = st->u.try_.handlers.items[i];
            if (h->name) strmap_put(a, out, h->name, (void *)h);
            assigned_in(a, out, &h->body);
        }
        assigned_in(a, out, &st->u.try_.orelse);
        assigned_in(a, out, &st->u.try_.finalbody);
        break;
    case S_MATCH:
        for (int i = 0; i < st->u.match.cases.len; i++)
            assigned_in(a, out, &((const MatchCase *)st->u.match.cases.items[i])->body);
        break;
    case S_CLASSDEF: strmap_put(a, out, st->u.classdef.name, (void *)st); break;
    case S_IMPORT: case S_IMPORT_FROM:
        for (int i = 0; i < st->u.import->aliases.len; i++) {
            const Alias *al = st->u.import->aliases.items[i];
            const char *name = al->asname ? al->asname : al->name;
            if (!al->asname && st->kind == S_IMPORT && strchr(name, '.')) /* import a.b binds a */
                name = arena_strndup(a, name, (size_t)(strchr(name, '.') - name));
            strmap_put(a, out, name, (void *)al);
        }
        break;
    default: break;
    }
}

static void assigned_in(Arena *a, StrMap *out, const PtrVec *body) {
    for (int i = 0; i < body->len; i++) assigned_by(a, out, body->items[i], true);
}

void sema_module_value_defs(Arena *a, const PtrVec *body, StrMap *value_names) {
    /* the two maps are only asked here: in an arena of their own,
     * released at the end (a 200,000-line module assigns as many names) */
    Arena scratch;
    arena_init(&scratch);
    StrMap assigned = {0}, defined = {0};
    for (int i = 0; i < body->len; i++) assigned_by(&scratch, &assigned, body->items[i], false);
    for (int i = 0; i < body->len; i++) {
        const Stmt *st = body->items[i];
        if (st->kind != S_FUNCDEF) continue;
        const char *name = st->u.funcdef.name;
        if (strmap_get(&defined, name) || strmap_get(&assigned, name)) strmap_put(a, value_names, name, (void *)st);
        strmap_put(&scratch, &defined, name, (void *)st);
    }
    arena_free(&scratch);
}
