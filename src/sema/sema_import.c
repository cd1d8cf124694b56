/* Imports of the standard library's modules (stdlib.def): what an import
 * statement binds, what `m.name` and `name` mean afterwards, and the calls
 * of the modules' functions. Everything is resolved at compile time: a
 * module or member name has no storage, an unknown module or member is a
 * compile-time error at the import (or at `m.name`), never a run-time
 * surprise. */
#include <stdlib.h>
#include <string.h>

#include "sema_internal.h"

static int by_name(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* "bisect, heapq, math, typing": the modules of stdlib.def, sorted. */
static const char *offered(Sema *s) {
    const char *names[STD_COUNT];
    int n = 0;
    for (int m = STD_NONE + 1; m < STD_COUNT; m++)
        if (std_module_name((StdModuleId)m)[0] != '_') names[n++] = std_module_name((StdModuleId)m); /* _os: private */
    qsort(names, (size_t)n, sizeof names[0], by_name);
    const char *text = "";
    for (int i = 0; i < n; i++) text = arena_printf(s->c->arena, "%s%s%s", text, i ? ", " : "", names[i]);
    return text;
}

static void report_module(Sema *s, const char *name, int line, int col) {
    if (!s->report) return;
    if (std_offered_later(name)) diag_error(s->c, line, col, "the module '%s' is not supported yet", name);
    else /* a host without a module loader (ml_compile without load_module) */
        diag_error(s->c, line, col, "no module named '%s' (without other files, only the standard library's: %s)", name,
                   offered(s));
}

/* The program's module of that name (a Unit loaded for an import), or NULL. */
static Unit *unit_named(const Program *p, const char *name) {
    name = std_module_alias(name);
    for (int i = 1; i < p->units.len; i++) {
        Unit *u = p->units.items[i];
        if (!strcmp(u->name, name)) return u;
    }
    return NULL;
}

/* What an imported name stands for: a standard library module or member,
 * a module of the program, or one of its defs. */
typedef struct ImportTarget {
    StdModuleId module;
    const StdMember *member;
    Unit *unit;
    Function *fn;
} ImportTarget;

/* Bind `name` in f to what an import gives it. A name imported twice must
 * mean the same thing both times. */
static void bind_import(Sema *s, Function *f, const char *name, ImportTarget t, int line, int col) {
    sema_bind_name(s, f, name, line, col);
    Symbol *sym = sema_variable(s->p, f, name);
    if (!sym) return; /* nonlocal: reported as a rebinding of the outer name */
    if (!sym->import_module && !sym->import_unit && !sym->import_fn) {
        sym->import_module = t.module;
        sym->import_member = t.member;
        sym->import_unit = t.unit;
        sym->import_fn = t.fn;
        sym->import_line = line;
        sym->type = T_NONE; /* no storage is ever read or written */
    } else if (sym->import_module != t.module || sym->import_member != t.member || sym->import_unit != t.unit ||
               sym->import_fn != t.fn) {
        diag_error(s->c, line, col, "'%s' is imported at line %d as something else: rebinding an imported name is not supported yet",
                   name, sym->import_line);
    }
}

/* A name of module u imported as `as` into f: its def stays the def (calls
 * of it are direct); a global is copied into a variable of f when the
 * import runs, as CPython binds it. */
static void import_unit_name(Sema *s, Function *f, Stmt *st, Unit *u, const char *name, const char *as, int line,
                             int col) {
    Function *def = sema_function_named(u, name);
    if (def) {
        bind_import(s, f, as, (ImportTarget){STD_NONE, NULL, NULL, def}, line, col);
        return;
    }
    Symbol *from = strmap_get(&u->global_map, name);
    if (!from) return; /* reported by sema_import_stmt */
    if (from->import_fn || from->import_module || from->import_unit) {
        /* a name u imported itself (random.ml's `from _random import *`,
         * a package's `from . import square`): the same thing here */
        bind_import(s, f, as, (ImportTarget){from->import_module, from->import_member, from->import_unit, from->import_fn},
                    line, col);
        return;
    }
    sema_bind_name(s, f, as, line, col);
    Symbol *to = sema_variable(s->p, f, as);
    if (!to) return;
    ptrvec_push(s->c->arena, &st->u.import->copies, from);
    ptrvec_push(s->c->arena, &st->u.import->copies, to);
}

/* The public names of module u for `from u import *`: its __all__ when it
 * assigns one a list or tuple of str literals, else every name not
 * starting with '_' (defs and globals, in the order of its file). */
static void import_star(Sema *s, Function *f, Stmt *st, Unit *u, const Alias *al) {
    Symbol *all = strmap_get(&u->global_map, "__all__");
    if (all) {
        for (int i = 0; i < u->body->body.len; i++) {
            Stmt *a = u->body->body.items[i];
            if (a->kind != S_ASSIGN || a->u.assign.targets.len != 1) continue;
            Expr *t = a->u.assign.targets.items[0], *v = a->u.assign.value;
            if (t->kind != E_NAME || strcmp(t->u.name.name, "__all__") || (v->kind != E_LIST && v->kind != E_TUPLE)) continue;
            for (int k = 0; k < v->u.seq.items.len; k++) {
                Expr *n = v->u.seq.items.items[k];
                if (n->kind == E_STR) import_unit_name(s, f, st, u, n->u.str.data, n->u.str.data, al->line, al->col);
            }
            return;
        }
    }
    for (int i = 0; i < s->p->functions.len; i++) {
        Function *def = s->p->functions.items[i];
        if (def->unit == u && def->def && !def->method_of && !def->parent && def->name[0] != '_' &&
            sema_function_named(u, def->name) == def)
            import_unit_name(s, f, st, u, def->name, def->name, al->line, al->col);
    }
    for (int i = 0; i < s->p->globals.len; i++) {
        Symbol *g = s->p->globals.items[i];
        if (g->name[0] != '_' && strmap_get(&u->global_map, g->name) == g && !g->import_unit && !g->import_module &&
            !g->import_fn)
            import_unit_name(s, f, st, u, g->name, g->name, al->line, al->col);
    }
}

static void add_load(Sema *s, Stmt *st, Unit *u) {
    for (int i = 0; i < st->u.import->loads.len; i++)
        if (st->u.import->loads.items[i] == u) return;
    ptrvec_push(s->c->arena, &st->u.import->loads, u);
}

/* A module and the packages it is in, outermost first: importing pkg.util
 * runs pkg's top-level code, then pkg.util's. */
static void add_loads(Sema *s, Stmt *st, const char *name) {
    for (const char *dot = strchr(name, '.');; dot = strchr(dot + 1, '.')) {
        Unit *u = unit_named(s->p, dot ? arena_strndup(s->c->arena, name, (size_t)(dot - name)) : name);
        if (u) add_load(s, st, u);
        if (!dot) return;
    }
}

/* The absolute name of the module a from-import reads (a relative one's as
 * api_units.c resolved it), or NULL. */
static const char *from_module(const Stmt *st) {
    return st->u.import->level ? st->u.import->absolute : st->u.import->module;
}

void sema_collect_import(Sema *s, Function *f, Stmt *st) {
    PtrVec *aliases = &st->u.import->aliases;
    if (st->kind == S_IMPORT) {
        for (int i = 0; i < aliases->len; i++) {
            Alias *al = aliases->items[i];
            StdModuleId m = std_module_lookup(al->name);
            Unit *u = m ? NULL : unit_named(s->p, al->name);
            if (!m && !u) continue;
            if (u) add_loads(s, st, al->name);
            if (al->asname || m || !strchr(al->name, '.')) {
                bind_import(s, f, al->asname ? al->asname : al->name, (ImportTarget){m, NULL, u, NULL}, al->line,
                            al->col);
            } else { /* import pkg.util binds pkg (pkg.util is then its attribute) */
                const char *top = arena_strndup(s->c->arena, al->name, strcspn(al->name, "."));
                Unit *pkg = unit_named(s->p, top);
                if (pkg) bind_import(s, f, top, (ImportTarget){STD_NONE, NULL, pkg, NULL}, al->line, al->col);
            }
        }
        return;
    }
    const char *mod = from_module(st);
    StdModuleId m = mod ? std_module_lookup(mod) : STD_NONE;
    Unit *u = mod && !m ? unit_named(s->p, mod) : NULL;
    if (!m && !u) return; /* reported by sema_import_stmt (or by the loader) */
    if (u) add_loads(s, st, mod);
    for (int i = 0; i < aliases->len; i++) {
        Alias *al = aliases->items[i];
        const char *as = al->asname ? al->asname : al->name;
        if (u) {
            Unit *sub = strcmp(al->name, "*") ? unit_named(s->p, arena_printf(s->c->arena, "%s.%s", mod, al->name)) : NULL;
            if (sub && !sema_function_named(u, al->name) && !strmap_get(&u->global_map, al->name)) {
                /* from pkg import util: the submodule */
                add_load(s, st, sub);
                bind_import(s, f, as, (ImportTarget){STD_NONE, NULL, sub, NULL}, al->line, al->col);
            } else if (!strcmp(al->name, "*")) {
                import_star(s, f, st, u, al);
            } else {
                import_unit_name(s, f, st, u, al->name, as, al->line, al->col);
            }
            continue;
        }
        if (!strcmp(al->name, "*")) {
            /* every public member (no module here has __all__) */
            int n;
            const StdMember *all = std_members(&n);
            for (int k = 0; k < n; k++)
                if (all[k].module == m && all[k].name[0] != '_' && std_member(m, all[k].name) == &all[k])
                    bind_import(s, f, all[k].name, (ImportTarget){m, &all[k], NULL, NULL}, al->line, al->col);
            continue;
        }
        const StdMember *member = std_member(m, al->name);
        if (member) bind_import(s, f, as, (ImportTarget){m, member, NULL, NULL}, al->line, al->col);
    }
}

/* The analysis of an import statement: what could not be bound is
 * reported here (once, in the reporting pass); the variables it assigns
 * get the types of the globals they copy. */
/* A module of the standard library's own in C (_os: under io.ml and
 * os.ml), or the DOM builtins' _browser (a program names its builtins,
 * never the module, so that a WASI build cannot reach them): importable
 * by the standard library's modules only, as CPython has no such module.
 * True when refused (and reported). */
static bool private_module(Sema *s, const char *name, int line, int col) {
    if (name[0] != '_' || (!std_module_lookup(name) && strcmp(name, BROWSER_MODULE)) || s->unit->stdlib) return false;
    if (s->report) diag_error(s->c, line, col, "no module named '%s'", name);
    return true;
}

void sema_import_stmt(Sema *s, Stmt *st) {
    PtrVec *aliases = &st->u.import->aliases;
    PtrVec *copies = &st->u.import->copies;
    for (int i = 0; i + 1 < copies->len; i += 2) {
        Symbol *from = copies->items[i], *to = copies->items[i + 1];
        sema_symbol_assign(s, to, from->type == T_UNKNOWN ? T_UNKNOWN : from->type, st->line, st->col);
        /* the import checks that the module has bound it (a circular
         * import may run before): an ImportError otherwise, as CPython */
        from->needs_flag = true;
    }
    if (st->kind == S_IMPORT) {
        for (int i = 0; i < aliases->len; i++) {
            Alias *al = aliases->items[i];
            /* (the import of a builtin's module the loader added is the compiler's) */
            if (!st->u.import->implicit && private_module(s, al->name, al->line, al->col)) continue;
            if (!std_module_lookup(al->name) && !unit_named(s->p, al->name)) report_module(s, al->name, al->line, al->col);
        }
        return;
    }
    const char *mod = from_module(st);
    if (!mod) return; /* a relative import without a package: reported when loading */
    if (private_module(s, mod, st->u.import->mline, st->u.import->mcol)) return;
    StdModuleId m = std_module_lookup(mod);
    Unit *u = m ? NULL : unit_named(s->p, mod);
    if (u) {
        for (int i = 0; i < aliases->len; i++) {
            Alias *al = aliases->items[i];
            if (strcmp(al->name, "*") && !sema_function_named(u, al->name) && !strmap_get(&u->global_map, al->name) &&
                !unit_named(s->p, arena_printf(s->c->arena, "%s.%s", mod, al->name)) && s->report)
                diag_error(s->c, al->line, al->col, "cannot import name '%s' from '%s' (%s)", al->name, u->name,
                           u->c->filename);
        }
        return;
    }
    if (!m) {
        /* `from __future__ import annotations`: annotations are never
         * evaluated here anyway */
        if (!strcmp(mod, "__future__")) return;
        report_module(s, mod, st->u.import->mline, st->u.import->mcol);
        return;
    }
    for (int i = 0; i < aliases->len; i++) {
        Alias *al = aliases->items[i];
        if (strcmp(al->name, "*") && !std_member(m, al->name) && s->report)
            diag_error(s->c, al->line, al->col, "cannot import name '%s' from '%s'", al->name, std_module_name(m));
    }
}

/* A member of module m used as a value, not called (e: the name or the
 * attribute). */
static Type member_value(Sema *s, Expr *e, StdModuleId m, const StdMember *member) {
    if (member->kind == STD_KIND_CONST) {
        /* folded: the expression becomes the literal */
        e->kind = member->type == T_STR    ? E_STR
                  : member->type == T_BOOL ? E_BOOL
                  : member->type == T_INT  ? E_INT
                                           : E_FLOAT;
        if (member->type == T_STR) {
            e->u.str.data = member->text;
            e->u.str.len = strlen(member->text);
        } else if (member->type == T_INT) {
            e->u.int_lit.text = member->text;
            e->u.int_lit.value = strtoll(member->text, NULL, 10);
            e->u.int_lit.fits = true; /* the table's ints are int64s */
        } else if (member->type == T_BOOL) {
            e->u.bval = member->value != 0;
        } else {
            e->u.fval = member->value;
        }
        return member->type;
    }
    if (member->kind == STD_KIND_VALUE) { /* sys.argv: made where it is read */
        expr_set_std(e, member);
        return member->type;
    }
    /* typing's names as values (Matrix = List[List[float]], Optional[str]):
     * the runtime's typing forms (rt_type_expr.c); not those a class
     * derives from, whose classes would need typing's machinery */
    if (member->kind == STD_KIND_ANNOTATION && strcmp(member->name, "Generic") && strcmp(member->name, "Protocol") &&
        strcmp(member->name, "TypedDict")) {
        expr_set_std(e, member);
        return T_OBJ;
    }
    if (member->kind == STD_KIND_ANNOTATION || member->kind == STD_KIND_LATER) {
        sema_unsupported(s, e->line, e->col,
                         arena_printf(s->c->arena, "%s.%s%s is", std_module_name(m), member->name,
                                      member->kind == STD_KIND_ANNOTATION ? " outside annotations" : ""));
        return T_NEVER;
    }
    /* a function as a value: one of a single arity and no keyword-only
     * parameter is wrapped (objects in and out, a table slot) */
    const StdMember *row = std_value_row(m, member->name);
    if (!row) {
        sema_unsupported(s, e->line, e->col,
                         arena_printf(s->c->arena, "%s.%s used as a value (not called) is", std_module_name(m), member->name));
        return T_NEVER;
    }
    PtrVec *v = &s->p->module_values;
    bool seen = false;
    for (int i = 0; i < v->len; i++) seen |= v->items[i] == row;
    if (!seen) ptrvec_push(s->c->arena, v, (void *)row);
    expr_set_std(e, row);
    return T_OBJ;
}

static void no_attribute(Sema *s, const Expr *at, StdModuleId m, const char *name) {
    if (s->report) diag_error(s->c, at->line, at->col, "module '%s' has no attribute '%s'", std_module_name(m), name);
}

/* The imported symbol a name means, or NULL. */
static Symbol *imported(Sema *s, const Expr *name) {
    if (name->kind != E_NAME) return NULL;
    Symbol *sym = sema_resolve(s, name->u.name.name);
    return sym && (sym->import_module || sym->import_unit || sym->import_fn) ? sym : NULL;
}

/* A def of another file used as a value (a function object; its
 * parameters may then receive anything), as sema_name does for a def. */
static Type def_value(Sema *s, Expr *e, Function *f) {
    e->fn = f;
    f->as_value = true;
    for (int i = 0; i < f->params.len; i++) sema_symbol_assign(s, f->params.items[i], T_OBJ, e->line, e->col);
    return T_OBJ;
}

Function *sema_builtin_def(Sema *s, BuiltinId id) {
    Unit *u = unit_named(s->p, builtin_module(id));
    return u ? sema_function_named(u, builtin_name(id)) : NULL;
}

Type sema_builtin_def_value(Sema *s, Expr *e, Function *f) { return def_value(s, e, f); }

bool sema_builtin_target_ok(Sema *s, const Expr *name, BuiltinId id) {
    if (!builtin_needs_browser(id) || s->unit->browser) return true;
    /* a WASI runtime has no page: refused where it is named, not at run time */
    if (s->report)
        diag_error(s->c, name->line, name->col,
                   "'%s' needs the browser target: compile with --wasm-target browser", builtin_name(id));
    return false;
}

bool sema_import_name(Sema *s, Expr *e, Type *t) {
    Symbol *sym = imported(s, e);
    if (!sym) return false;
    e->sym = NULL; /* resolved now: nothing is read at run time */
    if (sym->import_fn) {
        *t = def_value(s, e, sym->import_fn);
    } else if (sym->import_unit) {
        sema_unsupported(s, e->line, e->col,
                         arena_printf(s->c->arena, "the module '%s' used as a value is", sym->import_unit->name));
        *t = T_NEVER;
    } else if (sym->import_member) {
        *t = member_value(s, e, sym->import_module, sym->import_member);
    } else {
        sema_unsupported(s, e->line, e->col,
                         arena_printf(s->c->arena, "the module '%s' used as a value is", std_module_name(sym->import_module)));
        *t = T_NEVER;
    }
    return true;
}

/* The module of the program an expression names, or NULL: a name an
 * import bound to one (import helpers), or a submodule reached from its
 * package (pkg.util, once imported: a name of pkg's own comes first). */
static Unit *unit_of(Sema *s, const Expr *e) {
    if (e->kind == E_NAME) {
        Symbol *sym = imported(s, e);
        return sym && sym->import_unit ? sym->import_unit : NULL;
    }
    if (e->kind != E_ATTR) return NULL;
    Unit *pkg = unit_of(s, e->u.attr.value);
    if (!pkg) return NULL;
    Symbol *g = strmap_get(&pkg->global_map, e->u.attr.name);
    if (g && g->import_unit) return g->import_unit; /* alpha.beta: alpha did `import beta` */
    if (sema_function_named(pkg, e->u.attr.name) || g) return NULL;
    return unit_named(s->p, arena_printf(s->c->arena, "%s.%s", pkg->name, e->u.attr.name));
}

/* m.name for a module m of the program: its def (e->fn) or its global
 * (e->sym, read where the expression is); false when it has neither
 * (reported). */
static bool unit_attr(Sema *s, Expr *e, Unit *u, Type *t) {
    if (unit_of(s, e)) { /* pkg.util itself */
        sema_unsupported(s, e->line, e->col, arena_printf(s->c->arena, "the module '%s.%s' used as a value is", u->name,
                                                          e->u.attr.name));
        *t = T_NEVER;
        return false;
    }
    Function *f = sema_function_named(u, e->u.attr.name);
    if (f) {
        *t = def_value(s, e, f);
        return true;
    }
    e->sym = strmap_get(&u->global_map, e->u.attr.name);
    if (e->sym && (e->sym->import_fn || e->sym->import_module)) { /* a name the module imported */
        Symbol *alias = e->sym;
        e->sym = NULL;
        if (alias->import_fn) *t = def_value(s, e, alias->import_fn);
        else if (alias->import_member) *t = member_value(s, e, alias->import_module, alias->import_member);
        else {
            sema_unsupported(s, e->line, e->col, arena_printf(s->c->arena, "the module '%s' used as a value is",
                                                              std_module_name(alias->import_module)));
            *t = T_NEVER;
        }
        return true;
    }
    /* read where the module may not have bound it yet (a circular import):
     * the read checks, CPython's AttributeError otherwise */
    if (e->sym) e->sym->needs_flag = true;
    if (!e->sym && !strcmp(e->u.attr.name, "__name__")) { /* the module's name, folded */
        e->kind = E_STR;
        e->u.str.data = u->name;
        e->u.str.len = strlen(u->name);
        *t = T_STR;
        return true;
    }
    if (e->sym) {
        *t = e->sym->type;
        return true;
    }
    if (s->report) diag_error(s->c, e->line, e->col, "module '%s' has no attribute '%s'", u->name, e->u.attr.name);
    *t = T_NEVER;
    return false;
}

bool sema_import_attr(Sema *s, Expr *e, Type *t) {
    Unit *u = unit_of(s, e->u.attr.value);
    if (u) { /* helpers.area, pkg.util.area */
        e->u.attr.value->type = T_NONE;
        unit_attr(s, e, u, t);
        return true;
    }
    Symbol *sym = imported(s, e->u.attr.value);
    if (!sym || sym->import_member || sym->import_fn || sym->import_unit) return false; /* area.x: the function's attribute */
    e->u.attr.value->type = T_NONE;
    const StdMember *member = std_member(sym->import_module, e->u.attr.name);
    if (!member && !strcmp(e->u.attr.name, "__name__")) { /* math.__name__, folded */
        e->kind = E_STR;
        e->u.str.data = std_module_name(sym->import_module);
        e->u.str.len = strlen(e->u.str.data);
        *t = T_STR;
        return true;
    }
    if (!member) {
        no_attribute(s, e, sym->import_module, e->u.attr.name);
        *t = T_NEVER;
        return true;
    }
    *t = member_value(s, e, sym->import_module, member);
    return true;
}

/* The default literal of a parameter ("keywords" in stdlib.def): a number,
 * None, True or False. */
static Expr *default_literal(Arena *a, const char *dflt, int line, int col) {
    if (!strcmp(dflt, "None")) return expr_new(a, E_NONE, line, col);
    if (!strcmp(dflt, "True") || !strcmp(dflt, "False")) {
        Expr *b = expr_new(a, E_BOOL, line, col);
        b->u.bval = dflt[0] == 'T';
        return b;
    }
    bool is_float = strpbrk(dflt, ".e") != NULL;
    Expr *value = expr_new(a, is_float ? E_FLOAT : E_INT, line, col);
    if (is_float) {
        value->u.fval = strtod(dflt, NULL);
    } else {
        value->u.int_lit.text = dflt;
        value->u.int_lit.value = strtoll(dflt, NULL, 10);
        value->u.int_lit.fits = true;
    }
    return value;
}

/* The values of the parameters after row r's required positional ones, in
 * r's order, appended to args: the call's positional argument (for one
 * before the `*`), or its keyword argument, else the default literal. */
static bool bind_params(Sema *s, Expr *e, const StdMember *r, PtrVec *args) {
    Arena *a = s->c->arena;
    int used = 0, npos = e->u.call.args.len, at = r->npos < 0 ? npos : r->npos;
    bool kwonly = false, ok = true;
    for (const char *p = r->keywords; *p; p += *p == ' ') {
        size_t len = strcspn(p, " ");
        if (len == 1 && *p == '*') {
            kwonly = true;
            p += len;
            continue;
        }
        size_t n = strcspn(p, "=");
        if (n > len) n = len; /* `name` without a default: required, by position or keyword */
        const char *name = arena_strndup(a, p, n), *dflt = n < len ? arena_strndup(a, p + n + 1, len - n - 1) : NULL;
        p += len;
        Expr *value = NULL;
        if (!kwonly && at < npos) value = e->u.call.args.items[at++];
        for (int k = 0; k < e->u.call.keywords.len; k++) {
            Keyword *kw = e->u.call.keywords.items[k];
            if (strcmp(kw->name, name)) continue;
            used++;
            if (value && s->report)
                diag_error(s->c, kw->line, kw->col, "%s() got multiple values for argument '%s'", r->name, name);
            ok &= !value;
            value = kw->value;
        }
        if (!value && !dflt) {
            if (s->report) diag_error(s->c, e->line, e->col, "%s() missing required argument: '%s'", r->name, name);
            ok = false;
            value = expr_new(a, E_NONE, e->line, e->col);
        }
        ptrvec_push(a, args, value ? value : default_literal(a, dflt, e->line, e->col));
    }
    if (used == e->u.call.keywords.len) return ok;
    for (int k = 0; k < e->u.call.keywords.len && s->report; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        size_t n = strlen(kw->name);
        bool known = false;
        for (const char *p = r->keywords; *p; p += strcspn(p, " "), p += *p == ' ')
            known |= !strncmp(p, kw->name, n) && (p[n] == '=' || p[n] == ' ' || !p[n]);
        if (!known) diag_error(s->c, kw->line, kw->col, "%s() got an unexpected keyword argument '%s'", r->name, kw->name);
    }
    return false;
}

/* The type of a row's result: a row giving bytes (T_BYTES, a receiver type
 * of methods.c) gives an object, and the program then has bytes objects
 * (their methods dispatch at run time: Program.uses_bytes). */
static Type result_type(Sema *s, Type ret) {
    if (ret != T_BYTES) return ret;
    s->p->uses_bytes = true;
    return T_OBJ;
}

/* A call of a module's function: its row, and its arguments rewritten once
 * into the row's order (a variadic function's packed into a tuple, the
 * keyword-only ones appended). */
static Type module_call(Sema *s, Expr *e, StdModuleId m, const char *name, const Expr *at) {
    CallInfo *ci = e->call;
    if (ci && ci->kind == CALL_MODULE) { /* rewritten by an earlier pass */
        for (int i = 0; i < e->u.call.args.len; i++) sema_expr(s, e->u.call.args.items[i]);
        return result_type(s, ci->sig->ret);
    }
    bool star = false; /* f(*xs): a variadic function's tuple takes xs's items */
    for (int i = 0; i < e->u.call.args.len; i++) {
        Expr *arg = e->u.call.args.items[i];
        star |= arg->kind == E_STARRED;
        sema_expr(s, arg->kind == E_STARRED ? arg->u.starred.value : arg);
    }
    for (int k = 0; k < e->u.call.keywords.len; k++) sema_expr(s, ((Keyword *)e->u.call.keywords.items[k])->value);
    const StdMember *any = std_member(m, name);
    if (!any) {
        no_attribute(s, at, m, name);
        return T_NEVER;
    }
    if (any->kind != STD_KIND_FN) {
        sema_unsupported(s, at->line, at->col,
                         arena_printf(s->c->arena, "%s %s.%s is", any->kind == STD_KIND_LATER ? "the function" : "calling",
                                      std_module_name(m), name));
        return T_NEVER;
    }
    for (int k = 0; k < e->u.call.keywords.len; k++)
        if (!((Keyword *)e->u.call.keywords.items[k])->name) {
            sema_unsupported(s, at->line, at->col, "** arguments to the standard library's functions are");
            return T_NEVER;
        }
    int npos = e->u.call.args.len;
    const StdMember *r = std_function_row(m, name, star ? -1 : npos);
    if (star && !r) {
        sema_unsupported(s, at->line, at->col,
                         "star arguments to the standard library's functions of a fixed number of arguments are");
        return T_NEVER;
    }
    if (!r) {
        int lo = 99, hi = -1;
        for (int n = 0; n <= 8; n++)
            if (std_function_row(m, name, n)) lo = n < lo ? n : lo, hi = n > hi ? n : hi;
        if (s->report) {
            const char *want = lo == hi ? arena_printf(s->c->arena, "%d", lo) : arena_printf(s->c->arena, "%d to %d", lo, hi);
            diag_error(s->c, at->line, at->col, "%s.%s() takes %s positional argument%s (%d given)", std_module_name(m), name,
                       want, hi == 1 ? "" : "s", npos);
        }
        return T_NEVER;
    }
    Arena *a = s->c->arena;
    PtrVec args = {0};
    if (r->npos < 0) {
        Expr *tuple = expr_new(a, E_TUPLE, e->line, e->col);
        tuple->u.seq.items = e->u.call.args;
        sema_expr(s, tuple);
        ptrvec_push(a, &args, tuple);
    } else {
        for (int i = 0; i < r->npos; i++) ptrvec_push(a, &args, e->u.call.args.items[i]);
    }
    if (!bind_params(s, e, r, &args)) return T_NEVER;
    for (int i = 0; i < args.len; i++) sema_expr(s, args.items[i]);
    e->u.call.args = args;
    e->u.call.keywords = (PtrVec){0};
    ci = e->call ? e->call : (e->call = arena_alloc(a, sizeof *e->call));
    ci->kind = CALL_MODULE;
    ci->sig = &r->sig;
    /* an argument may be a generator or an object with dunder methods the
     * runtime calls back, or ('C') a function it calls: the arguments are
     * kept where the collector sees them */
    ci->runs_user_code = strpbrk(r->sig.args, "OC") != NULL;
    return result_type(s, r->sig.ret);
}

bool sema_import_call(Sema *s, Expr *e, Type *t) {
    Expr *fn = e->u.call.func;
    Symbol *sym;
    if (fn->kind == E_ATTR && fn->u.attr.value->kind == E_ATTR && (sym = imported(s, fn->u.attr.value->u.attr.value)) &&
        sym->import_module && !sym->import_member) {
        /* sys.stdout.write(s): a function of a member, named "stdout.write" in the table */
        Expr *member = fn->u.attr.value;
        const char *name = arena_printf(s->c->arena, "%s.%s", member->u.attr.name, fn->u.attr.name);
        if (std_member(sym->import_module, name)) {
            member->u.attr.value->type = member->type = T_NONE;
            *t = module_call(s, e, sym->import_module, name, fn);
            return true;
        }
    }
    sym = imported(s, fn);
    if (sym && sym->import_fn) { /* from helpers import area; area(2) */
        fn->sym = NULL;
        *t = sema_user_call(s, e, sym->import_fn);
        return true;
    }
    Unit *u = fn->kind == E_ATTR ? unit_of(s, fn->u.attr.value) : NULL;
    if (u) {
        /* helpers.area(2), pkg.util.area(2): the def called directly;
         * helpers.Shape(...): the global's value called */
        fn->u.attr.value->type = T_NONE;
        Function *f = sema_function_named(u, fn->u.attr.name);
        Symbol *g = f ? NULL : strmap_get(&u->global_map, fn->u.attr.name);
        if (g && g->import_fn) f = g->import_fn; /* helpers.area where helpers did `from geo import area` */
        if (f) {
            fn->fn = NULL;
            *t = sema_user_call(s, e, f);
        } else if (g && g->import_member && g->import_member->kind == STD_KIND_FN) { /* helpers.sqrt(x) */
            *t = module_call(s, e, g->import_module, g->import_member->name, fn);
        } else {
            *t = sema_value_call(s, e);
        }
        return true;
    }
    sym = imported(s, fn);
    if (sym && sym->import_member) { /* from math import sqrt; sqrt(x) */
        fn->sym = NULL;
        *t = module_call(s, e, sym->import_module, sym->import_member->name, fn);
        return true;
    }
    if (fn->kind != E_ATTR) return false;
    sym = imported(s, fn->u.attr.value);
    if (!sym || !sym->import_module || sym->import_member) return false;
    fn->u.attr.value->type = T_NONE;
    *t = module_call(s, e, sym->import_module, fn->u.attr.name, fn);
    return true;
}
