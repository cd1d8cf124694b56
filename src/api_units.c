/* The files of a program: the entry file, then every module of the
 * program's own it imports, directly or through another module, found and
 * read by the host's loader (MlOptions.load_module), each parsed with its
 * own compiler record (file name, source, language detected on its own,
 * diagnostics). The standard library's modules are not files: sema knows
 * them (src/sema/stdlib.def). */
#include "api_units.h"

#include <stdlib.h>
#include <string.h>

#include "front/lexer.h"
#include "front/parser.h"
#include "front/source.h"
#include "sema/builtins.h"
#include "sema/stdlib.h"

/* A module an import statement needs, where it is written. An optional one
 * is a name `from m import x` imports that may be a submodule m.x (loaded
 * if it exists; otherwise x is an attribute of m). */
typedef struct ImportSite {
    const char *name;
    int line, col;
    bool optional;
    /* the statement's place in its body; guarded: under a try catching
     * ImportError, where a module that is not there raises when the
     * import runs (`try: import numpy / except ImportError: ...`) */
    Stmt **slot;
    bool guarded;
} ImportSite;

/* Where the sites of one statement are added */
typedef struct SiteOf {
    Stmt **slot;
    bool guarded;
} SiteOf;

static void add_site(Arena *a, PtrVec *out, const char *name, int line, int col, bool optional, SiteOf at) {
    ImportSite *site = arena_alloc(a, sizeof *site);
    *site = (ImportSite){name, line, col, optional, at.slot, at.guarded};
    ptrvec_push(a, out, site);
}

/* "a", "a.b", "a.b.c" for "a.b.c": a submodule runs after its packages. */
static void add_dotted(Arena *a, PtrVec *out, const char *name, int line, int col, bool optional, SiteOf at) {
    for (const char *dot = strchr(name, '.'); dot; dot = strchr(dot + 1, '.'))
        add_site(a, out, arena_strndup(a, name, (size_t)(dot - name)), line, col, false, at);
    add_site(a, out, name, line, col, optional, at);
}

/* Whether a handler's type catches a failed import: ImportError,
 * ModuleNotFoundError, Exception, BaseException, a bare except, or a tuple
 * holding one of them. */
static bool catches_import_error(const Expr *type) {
    if (!type) return true;
    if (type->kind == E_TUPLE) {
        for (int i = 0; i < type->u.seq.items.len; i++)
            if (catches_import_error(type->u.seq.items.items[i])) return true;
        return false;
    }
    if (type->kind != E_NAME) return false;
    static const char *const names[] = {"ImportError", "ModuleNotFoundError", "Exception", "BaseException"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(type->u.name.name, names[i])) return true;
    return false;
}

/* The import statement at site->slot becomes `raise
 * ModuleNotFoundError("No module named '...'")` at its place (once per
 * statement: its first missing module is the one CPython names). False
 * for `import a, b` with b missing, whose a CPython binds first: reported
 * as not found, as without the try. */
static bool raise_instead(Arena *a, const ImportSite *site) {
    Stmt *import = *site->slot;
    if (import->kind == S_RAISE) return true;
    if (import->kind == S_IMPORT && import->u.import->aliases.len > 1) {
        const char *first = ((const Alias *)import->u.import->aliases.items[0])->name;
        size_t n = strlen(site->name);
        if (strncmp(first, site->name, n) || (first[n] && first[n] != '.')) return false;
    }
    Stmt *r = stmt_new(a, S_RAISE, import->line, import->col);
    Expr *call = expr_new(a, E_CALL, import->line, import->col);
    Expr *fn = expr_new(a, E_NAME, import->line, import->col);
    fn->u.name.name = fn->u.name.src_name = "ModuleNotFoundError";
    Expr *msg = expr_new(a, E_STR, import->line, import->col);
    msg->u.str.data = arena_printf(a, "No module named '%s'", site->name);
    msg->u.str.len = strlen(msg->u.str.data);
    call->u.call.func = fn;
    ptrvec_push(a, &call->u.call.args, msg);
    r->u.raise.exc = call;
    r->u.raise.import = import;
    *site->slot = r;
    return true;
}

/* The package a relative import of `level` dots starts from, in the file
 * of unit u: its own name if it is a package's __init__, else its parent's,
 * then one level up per extra dot. NULL when there is none (the entry file,
 * or too many dots), which CPython reports as an ImportError. */
static const char *relative_base(Arena *a, const Unit *u, int level) {
    if (!u->index) return NULL;
    const char *base = u->name;
    for (int up = u->is_package ? 1 : 0; up < level; up++) {
        const char *dot = strrchr(base, '.');
        if (!dot) return NULL;
        base = arena_strndup(a, base, (size_t)(dot - base));
    }
    return base;
}

/* The modules a body imports, at any depth (in defs, classes, blocks), in
 * source order. Relative imports are resolved here (Stmt.u.import->absolute);
 * one that has no package is reported. */
static void import_sites(Arena *a, const Unit *u, PtrVec *body, bool guarded, PtrVec *out) {
    for (int i = 0; i < body->len; i++) {
        Stmt *st = body->items[i];
        SiteOf at = {(Stmt **)&body->items[i], guarded};
        switch (st->kind) {
        case S_IMPORT:
            for (int k = 0; k < st->u.import->aliases.len; k++) {
                const Alias *al = st->u.import->aliases.items[k];
                add_dotted(a, out, al->name, al->line, al->col, false, at);
            }
            break;
        case S_IMPORT_FROM: {
            const char *mod = st->u.import->module;
            if (st->u.import->level > 0) {
                const char *base = relative_base(a, u, st->u.import->level);
                if (!base) {
                    diag_error(u->c, st->line, st->col, "attempted relative import with no known parent package");
                    break;
                }
                mod = st->u.import->absolute = mod ? arena_printf(a, "%s.%s", base, mod) : base;
            }
            if (!mod) break;
            add_dotted(a, out, mod, st->u.import->mline, st->u.import->mcol, false, at);
            for (int k = 0; k < st->u.import->aliases.len; k++) {
                const Alias *al = st->u.import->aliases.items[k];
                if (strcmp(al->name, "*"))
                    add_site(a, out, arena_printf(a, "%s.%s", mod, al->name), al->line, al->col, true, at);
            }
            break;
        }
        case S_IF:
            import_sites(a, u, &st->u.if_.body, guarded, out);
            import_sites(a, u, &st->u.if_.orelse, guarded, out);
            break;
        case S_WHILE:
            import_sites(a, u, &st->u.while_.body, guarded, out);
            import_sites(a, u, &st->u.while_.orelse, guarded, out);
            break;
        case S_FOR:
            import_sites(a, u, &st->u.for_.body, guarded, out);
            import_sites(a, u, &st->u.for_.orelse, guarded, out);
            break;
        case S_TRY: {
            bool catches = false;
            for (int k = 0; k < st->u.try_.handlers.len; k++)
                catches |= catches_import_error(((const ExceptHandler *)st->u.try_.handlers.items[k])->type);
            import_sites(a, u, &st->u.try_.body, guarded || catches, out);
            for (int k = 0; k < st->u.try_.handlers.len; k++)
                import_sites(a, u, &((ExceptHandler *)st->u.try_.handlers.items[k])->body, guarded, out);
            import_sites(a, u, &st->u.try_.orelse, guarded, out);
            import_sites(a, u, &st->u.try_.finalbody, guarded, out);
            break;
        }
        case S_WITH: import_sites(a, u, &st->u.with.body, guarded, out); break;
        /* a def's body runs when it is called, outside this try */
        case S_FUNCDEF: import_sites(a, u, &st->u.funcdef.body, false, out); break;
        case S_CLASSDEF: import_sites(a, u, &st->u.classdef.body, guarded, out); break;
        case S_MATCH:
            for (int k = 0; k < st->u.match.cases.len; k++)
                import_sites(a, u, &((MatchCase *)st->u.match.cases.items[k])->body, guarded, out);
            break;
        default: break;
        }
    }
}

static Unit *new_unit(Arena *a, const char *name, Compiler *c, Module *m) {
    Unit *u = arena_alloc(a, sizeof *u);
    u->name = name;
    u->c = c;
    u->ast = m;
    return u;
}

static bool loaded(const PtrVec *units, const char *name) {
    for (int i = 0; i < units->len; i++)
        if (!strcmp(((const Unit *)units->items[i])->name, name)) return true;
    return false;
}

const StrMap *units_watched_names(Arena *a) {
    StrMap *m = arena_alloc(a, sizeof *m);
    for (int id = BI_NONE + 1; id < BI_COUNT; id++)
        if (builtin_module((BuiltinId)id)) strmap_put(a, m, builtin_name((BuiltinId)id), (void *)1);
    return m;
}

/* Reads, lexes and parses one module; its errors go to its own record.
 * entry: the program's file, whose messages' language and watched names
 * every module shares. */
static Unit *open_module(Arena *a, const char *name, const char *path, const char *source, size_t len,
                         const char *lang, const Compiler *entry) {
    Compiler *c = arena_alloc(a, sizeof *c);
    c->arena = a;
    c->messages = entry->messages; /* each file's own language, unless forced */
    c->filename = arena_strdup(a, path);
    c->watched_names = entry->watched_names;
    Module *m = NULL;
    /* imported modules are detected (lang NULL): each file is in its own
     * language; the standard library's are English */
    if (source_open(c, source, len, lang)) m = parse_source(c);
    Unit *u = new_unit(a, arena_strdup(a, name), c, m);
    u->bytes = (const unsigned char *)arena_strndup(a, source, len);
    u->len = len;
    /* a folder's __init__ file: a package (its relative imports start from itself) */
    const char *base = strrchr(c->filename, '/');
    base = base ? base + 1 : c->filename;
    u->is_package = !strcmp(base, "__init__.ml") || !strcmp(base, "__init__.multi");
    return u;
}

/* The builtins written in the language, in the standard library's modules
 * (builtins.def's STDLIB): a module that names one imports that module
 * first, unwritten (open() is io.open(); sema calls it, transpiled.py leaves
 * it to CPython's builtin). */
static void import_builtin_modules(Arena *a, Unit *u) {
    for (int id = BI_NONE + 1; id < BI_COUNT; id++) {
        const char *module = builtin_module((BuiltinId)id);
        if (!module || !strmap_get(&u->ast->names, builtin_name((BuiltinId)id)) || !strcmp(u->name, module)) continue;
        Stmt *st = stmt_new(a, S_IMPORT, 1, 1);
        Alias *al = arena_alloc(a, sizeof *al);
        al->name = module;
        al->asname = arena_printf(a, "<%s>", builtin_name((BuiltinId)id)); /* no name of the program's */
        al->line = al->col = 1;
        ptrvec_push(a, &st->u.import->aliases, al);
        st->u.import->implicit = true;
        ptrvec_push(a, &u->ast->body, NULL); /* first: before anything can call it */
        memmove(&u->ast->body.items[1], &u->ast->body.items[0], sizeof(void *) * (size_t)(u->ast->body.len - 1));
        u->ast->body.items[0] = st;
    }
}

/* `from typing import NamedTuple [as N]` at the top level of a file: the
 * name is collections._NamedTuple (src/stdlib/collections.ml), a class
 * whose subclasses become named tuples as CPython's typing.NamedTuple
 * makes them. Its alias moves to a statement of its own, right after,
 * importing that class from collections (transpiled.py still writes the
 * typing import). */
static void typing_named_tuple(Arena *a, Unit *u) {
    PtrVec *body = &u->ast->body;
    for (int i = 0; i < body->len; i++) {
        Stmt *st = body->items[i];
        if (!st || st->kind != S_IMPORT_FROM || st->u.import->level || !st->u.import->module ||
            strcmp(st->u.import->module, "typing") || st->u.import->typing_named_tuple)
            continue;
        PtrVec *aliases = &st->u.import->aliases;
        for (int k = 0; k < aliases->len; k++) {
            Alias *al = aliases->items[k];
            if (strcmp(al->name, "NamedTuple")) continue;
            Stmt *nt = st;
            if (aliases->len > 1) { /* the others stay typing's */
                nt = stmt_new(a, S_IMPORT_FROM, st->line, st->col);
                nt->u.import->mline = st->u.import->mline;
                nt->u.import->mcol = st->u.import->mcol;
                ptrvec_push(a, &nt->u.import->aliases, al);
                memmove(&aliases->items[k], &aliases->items[k + 1], sizeof(void *) * (size_t)(aliases->len - k - 1));
                aliases->len--;
                ptrvec_push(a, body, NULL);
                memmove(&body->items[i + 2], &body->items[i + 1], sizeof(void *) * (size_t)(body->len - i - 2));
                body->items[i + 1] = nt;
            }
            Alias *to = arena_alloc(a, sizeof *to);
            *to = *al;
            to->name = "_NamedTuple";
            if (!to->asname) to->asname = "NamedTuple";
            nt->u.import->aliases.items[0] = to;
            nt->u.import->module = "collections";
            nt->u.import->typing_named_tuple = true;
            break;
        }
    }
}

bool units_load(Compiler *entry, Module *m, const MlOptions *opts, const MlData *data, PtrVec *units,
                bool *needs_data) {
    Arena *a = entry->arena;
    ptrvec_push(a, units, new_unit(a, "__main__", entry, m));
    bool ok = true;
    for (int next = 0; next < units->len; next++) {
        Unit *importer = units->items[next];
        if (!importer->ast) continue;
        import_builtin_modules(a, importer);
        typing_named_tuple(a, importer);
        PtrVec sites = {0};
        int before = importer->c->diags.len;
        import_sites(a, importer, &importer->ast->body, false, &sites);
        if (importer->c->diags.len > before) ok = false;
        Stmt **failed = NULL; /* the statement of the last module not found */
        for (int i = 0; i < sites.len; i++) {
            ImportSite *site = sites.items[i];
            /* once a.b is not found, neither a.b.c nor the names it gives */
            if (site->slot == failed || (*site->slot)->kind == S_RAISE) continue;
            site->name = std_module_alias(site->name); /* os.path: posixpath */
            if (std_module_lookup(site->name) || !strcmp(site->name, "__future__") || loaded(units, site->name)) continue;
            if (site->optional) { /* a member of the standard library's module is no file */
                const char *dot = strrchr(site->name, '.');
                if (std_module_lookup(arena_strndup(a, site->name, (size_t)(dot - site->name)))) continue;
            }
            if (!data && !site->optional) { /* the standard library's? only the data can say */
                diag_error(importer->c, site->line, site->col,
                           "importing '%s' needs the compiler's data file, which is not loaded yet", site->name);
                *needs_data = true;
                ok = false;
                continue;
            }
            const MlStdSource *std = site->optional ? NULL : ml_data_stdlib(data, site->name);
            if (std) { /* the standard library's, in the language: before the program's files */
                Unit *u = open_module(a, site->name, arena_printf(a, "<stdlib>/%s.ml", site->name), std->text,
                                      (size_t)std->len, "en", entry);
                u->index = units->len;
                u->stdlib = true;
                ptrvec_push(a, units, u);
                if (!u->ast) ok = false;
                continue;
            }
            /* without a loader, sema says which modules there are */
            if (!opts->load_module) {
                if (site->guarded && !site->optional) (void)raise_instead(a, site);
                continue;
            }
            char *path = NULL, *source = NULL, *looked = NULL;
            size_t len = 0;
            if (opts->load_module(opts->load_user, site->name, importer->c->filename, &path, &source, &len, &looked)) {
                free(path);
                free(source);
                if (site->optional) { /* from m import x: x is m's attribute, not a submodule */
                    free(looked);
                    continue;
                }
                if (site->guarded && raise_instead(a, site)) { /* the program expects it may not be there */
                    free(looked);
                    continue;
                }
                if (std_offered_later(site->name)) { /* sema says it is not offered yet */
                    free(looked);
                    continue;
                }
                if (looked)
                    diag_error(importer->c, site->line, site->col, "no module named '%s' (looked in %s)", site->name, looked);
                else
                    diag_error(importer->c, site->line, site->col, "no module named '%s'", site->name);
                failed = site->slot;
                free(looked);
                ok = false;
                continue;
            }
            Unit *u = open_module(a, site->name, path, source, len, NULL, entry);
            u->index = units->len;
            free(path);
            free(source);
            free(looked);
            ptrvec_push(a, units, u);
            if (!u->ast) ok = false;
        }
    }
    for (int i = 0; i < units->len; i++) ((Unit *)units->items[i])->browser = opts->target == ML_TARGET_BROWSER;
    return ok;
}
