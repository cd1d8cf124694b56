/* Imports of the standard library's modules (stdlib.def): what an import
 * statement binds, what `m.name` and `name` mean afterwards, and the calls
 * of the modules' functions. Everything is resolved at compile time: a
 * module or member name has no storage, an unknown module or member is a
 * compile-time error at the import (or at `m.name`), never a run-time
 * surprise. */
#include <stdlib.h>
#include <string.h>

#include "sema_internal.h"

/* Modules of CPython's standard library a program may import that this
 * compiler does not offer yet: their imports say so, instead of "no module
 * named". */
static const char *const not_yet[] = {
    "abc", "argparse", "array", "asyncio", "base64", "calendar", "cmath", "collections", "copy", "csv",
    "dataclasses", "datetime", "decimal", "enum", "fractions", "functools", "hashlib", "io", "itertools",
    "json", "operator", "os", "pathlib", "pprint", "queue", "random", "re", "shutil", "statistics", "string",
    "struct", "sys", "textwrap", "threading", "time", "timeit", "turtle", "unittest", "uuid",
};

static bool offered_later(const char *name) {
    size_t n = strcspn(name, ".");
    for (size_t i = 0; i < sizeof not_yet / sizeof not_yet[0]; i++)
        if (strlen(not_yet[i]) == n && !strncmp(not_yet[i], name, n)) return true;
    return false;
}

static int by_name(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

/* "bisect, heapq, math, typing": the modules of stdlib.def, sorted. */
static const char *offered(Sema *s) {
    const char *names[STD_COUNT];
    int n = 0;
    for (int m = STD_NONE + 1; m < STD_COUNT; m++) names[n++] = std_module_name((StdModuleId)m);
    qsort(names, (size_t)n, sizeof names[0], by_name);
    const char *text = "";
    for (int i = 0; i < n; i++) text = arena_printf(s->c->arena, "%s%s%s", text, i ? ", " : "", names[i]);
    return text;
}

static void report_module(Sema *s, const char *name, int line, int col) {
    if (!s->report) return;
    if (offered_later(name)) diag_error(s->c, line, col, "the module '%s' is not supported yet", name);
    else
        diag_error(s->c, line, col,
                   "no module named '%s' (the standard library offers: %s; modules of the program's own files are not "
                   "supported yet)",
                   name, offered(s));
}

/* Bind `name` in f to module m (member NULL) or to one of its members. A
 * name imported twice must mean the same thing both times. */
static void bind_import(Sema *s, Function *f, const char *name, StdModuleId m, const StdMember *member, int line,
                        int col) {
    sema_bind_name(s, f, name, line, col);
    Symbol *sym = sema_variable(s->p, f, name);
    if (!sym) return; /* nonlocal: reported as a rebinding of the outer name */
    if (!sym->import_module) {
        sym->import_module = m;
        sym->import_member = member;
        sym->import_line = line;
        sym->type = T_NONE; /* no storage is ever read or written */
    } else if (sym->import_module != m || sym->import_member != member) {
        diag_error(s->c, line, col, "'%s' is imported at line %d as something else: rebinding an imported name is not supported yet",
                   name, sym->import_line);
    }
}

void sema_collect_import(Sema *s, Function *f, Stmt *st) {
    PtrVec *aliases = &st->u.import.aliases;
    if (st->kind == S_IMPORT) {
        for (int i = 0; i < aliases->len; i++) {
            Alias *al = aliases->items[i];
            StdModuleId m = std_module_lookup(al->name);
            if (m) bind_import(s, f, al->asname ? al->asname : al->name, m, NULL, al->line, al->col);
        }
        return;
    }
    StdModuleId m = st->u.import.level == 0 && st->u.import.module ? std_module_lookup(st->u.import.module) : STD_NONE;
    if (!m) return; /* reported by sema_import_stmt */
    for (int i = 0; i < aliases->len; i++) {
        Alias *al = aliases->items[i];
        if (!strcmp(al->name, "*")) {
            /* every public member (no module here has __all__) */
            int n;
            const StdMember *all = std_members(&n);
            for (int k = 0; k < n; k++)
                if (all[k].module == m && all[k].name[0] != '_' && std_member(m, all[k].name) == &all[k])
                    bind_import(s, f, all[k].name, m, &all[k], al->line, al->col);
            continue;
        }
        const StdMember *member = std_member(m, al->name);
        if (member) bind_import(s, f, al->asname ? al->asname : al->name, m, member, al->line, al->col);
    }
}

/* The analysis of an import statement: what could not be bound is
 * reported here (once, in the reporting pass). */
void sema_import_stmt(Sema *s, Stmt *st) {
    PtrVec *aliases = &st->u.import.aliases;
    if (st->kind == S_IMPORT) {
        for (int i = 0; i < aliases->len; i++) {
            Alias *al = aliases->items[i];
            if (!std_module_lookup(al->name)) report_module(s, al->name, al->line, al->col);
        }
        return;
    }
    if (st->u.import.level > 0) {
        sema_unsupported(s, st->line, st->col, "relative imports are");
        return;
    }
    StdModuleId m = std_module_lookup(st->u.import.module);
    if (!m) {
        /* `from __future__ import annotations`: annotations are never
         * evaluated here anyway */
        if (!strcmp(st->u.import.module, "__future__")) return;
        report_module(s, st->u.import.module, st->u.import.mline, st->u.import.mcol);
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
        e->std = member;
        return member->type;
    }
    if (member->kind == STD_KIND_ANNOTATION) {
        sema_unsupported(s, e->line, e->col,
                         arena_printf(s->c->arena, "%s.%s outside annotations is", std_module_name(m), member->name));
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
    e->std = row;
    return T_OBJ;
}

static void no_attribute(Sema *s, const Expr *at, StdModuleId m, const char *name) {
    if (s->report) diag_error(s->c, at->line, at->col, "module '%s' has no attribute '%s'", std_module_name(m), name);
}

/* The imported symbol a name means, or NULL. */
static Symbol *imported(Sema *s, const Expr *name) {
    if (name->kind != E_NAME) return NULL;
    Symbol *sym = sema_resolve(s, name->u.name.name);
    return sym && sym->import_module ? sym : NULL;
}

bool sema_import_name(Sema *s, Expr *e, Type *t) {
    Symbol *sym = imported(s, e);
    if (!sym) return false;
    e->sym = NULL; /* resolved now: nothing is read at run time */
    if (sym->import_member) {
        *t = member_value(s, e, sym->import_module, sym->import_member);
    } else {
        sema_unsupported(s, e->line, e->col,
                         arena_printf(s->c->arena, "the module '%s' used as a value is", std_module_name(sym->import_module)));
        *t = T_NEVER;
    }
    return true;
}

bool sema_import_attr(Sema *s, Expr *e, Type *t) {
    Symbol *sym = imported(s, e->u.attr.value);
    if (!sym || sym->import_member) return false;
    e->u.attr.value->type = T_NONE;
    const StdMember *member = std_member(sym->import_module, e->u.attr.name);
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
        const char *name = arena_strndup(a, p, n), *dflt = arena_strndup(a, p + n + 1, len - n - 1);
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
        ptrvec_push(a, args, value ? value : default_literal(a, dflt, e->line, e->col));
    }
    if (used == e->u.call.keywords.len) return ok;
    for (int k = 0; k < e->u.call.keywords.len && s->report; k++) {
        Keyword *kw = e->u.call.keywords.items[k];
        size_t n = strlen(kw->name);
        bool known = false;
        for (const char *p = r->keywords; *p; p += strcspn(p, " "), p += *p == ' ')
            known |= !strncmp(p, kw->name, n) && p[n] == '=';
        if (!known) diag_error(s->c, kw->line, kw->col, "%s() got an unexpected keyword argument '%s'", r->name, kw->name);
    }
    return false;
}

/* A call of a module's function: its row, and its arguments rewritten once
 * into the row's order (a variadic function's packed into a tuple, the
 * keyword-only ones appended). */
static Type module_call(Sema *s, Expr *e, StdModuleId m, const char *name, const Expr *at) {
    CallInfo *ci = e->call;
    if (ci && ci->kind == CALL_MODULE) { /* rewritten by an earlier pass */
        for (int i = 0; i < e->u.call.args.len; i++) sema_expr(s, e->u.call.args.items[i]);
        return ci->sig->ret;
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
        sema_unsupported(s, at->line, at->col, arena_printf(s->c->arena, "calling %s.%s is", std_module_name(m), name));
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
    return r->sig.ret;
}

bool sema_import_call(Sema *s, Expr *e, Type *t) {
    Expr *fn = e->u.call.func;
    Symbol *sym = imported(s, fn);
    if (sym && sym->import_member) { /* from math import sqrt; sqrt(x) */
        fn->sym = NULL;
        *t = module_call(s, e, sym->import_module, sym->import_member->name, fn);
        return true;
    }
    if (fn->kind != E_ATTR) return false;
    sym = imported(s, fn->u.attr.value);
    if (!sym || sym->import_member) return false;
    fn->u.attr.value->type = T_NONE;
    *t = module_call(s, e, sym->import_module, fn->u.attr.name, fn);
    return true;
}
