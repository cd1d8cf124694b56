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
#include "sema/stdlib.h"

/* An import of a module, where it is written. */
typedef struct ImportSite {
    const char *name;
    int line, col;
} ImportSite;

static void add_site(Arena *a, PtrVec *out, const char *name, int line, int col) {
    ImportSite *site = arena_alloc(a, sizeof *site);
    *site = (ImportSite){name, line, col};
    ptrvec_push(a, out, site);
}

/* The modules a body imports, at any depth (in defs, classes, blocks), in
 * source order. */
static void import_sites(Arena *a, const PtrVec *body, PtrVec *out) {
    for (int i = 0; i < body->len; i++) {
        const Stmt *st = body->items[i];
        switch (st->kind) {
        case S_IMPORT:
            for (int k = 0; k < st->u.import.aliases.len; k++) {
                const Alias *al = st->u.import.aliases.items[k];
                add_site(a, out, al->name, al->line, al->col);
            }
            break;
        case S_IMPORT_FROM:
            if (st->u.import.level == 0 && st->u.import.module)
                add_site(a, out, st->u.import.module, st->u.import.mline, st->u.import.mcol);
            break;
        case S_IF:
            import_sites(a, &st->u.if_.body, out);
            import_sites(a, &st->u.if_.orelse, out);
            break;
        case S_WHILE:
            import_sites(a, &st->u.while_.body, out);
            import_sites(a, &st->u.while_.orelse, out);
            break;
        case S_FOR:
            import_sites(a, &st->u.for_.body, out);
            import_sites(a, &st->u.for_.orelse, out);
            break;
        case S_TRY:
            import_sites(a, &st->u.try_.body, out);
            for (int k = 0; k < st->u.try_.handlers.len; k++)
                import_sites(a, &((const ExceptHandler *)st->u.try_.handlers.items[k])->body, out);
            import_sites(a, &st->u.try_.orelse, out);
            import_sites(a, &st->u.try_.finalbody, out);
            break;
        case S_WITH: import_sites(a, &st->u.with.body, out); break;
        case S_FUNCDEF: import_sites(a, &st->u.funcdef.body, out); break;
        case S_CLASSDEF: import_sites(a, &st->u.classdef.body, out); break;
        case S_MATCH:
            for (int k = 0; k < st->u.match.cases.len; k++)
                import_sites(a, &((const MatchCase *)st->u.match.cases.items[k])->body, out);
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

/* Reads, lexes and parses one module; its errors go to its own record. */
static Unit *open_module(Arena *a, const char *name, char *path, char *source, size_t len) {
    Compiler *c = arena_alloc(a, sizeof *c);
    c->arena = a;
    c->filename = arena_strdup(a, path);
    Module *m = NULL;
    /* imported modules are always detected: each file is in its own language */
    if (source_open(c, source, len, NULL)) {
        TokenList toks;
        if (lex_source(c, &toks)) m = parse_module(c, &toks);
    }
    Unit *u = new_unit(a, arena_strdup(a, name), c, m);
    u->bytes = (const unsigned char *)arena_strndup(a, source, len);
    u->len = len;
    return u;
}

bool units_load(Compiler *entry, Module *m, const MlOptions *opts, PtrVec *units) {
    Arena *a = entry->arena;
    ptrvec_push(a, units, new_unit(a, "__main__", entry, m));
    bool ok = true;
    for (int next = 0; next < units->len; next++) {
        Unit *importer = units->items[next];
        if (!importer->ast) continue;
        PtrVec sites = {0};
        import_sites(a, &importer->ast->body, &sites);
        for (int i = 0; i < sites.len; i++) {
            const ImportSite *site = sites.items[i];
            if (std_module_lookup(site->name) || !strcmp(site->name, "__future__") || loaded(units, site->name)) continue;
            /* without a loader, sema says which modules there are */
            if (!opts->load_module) continue;
            if (strchr(site->name, '.')) {
                diag_error(importer->c, site->line, site->col, "packages (import %s) are not supported yet", site->name);
                ok = false;
                continue;
            }
            char *path = NULL, *source = NULL, *looked = NULL;
            size_t len = 0;
            if (opts->load_module(opts->load_user, site->name, importer->c->filename, &path, &source, &len, &looked)) {
                free(path);
                free(source);
                if (std_offered_later(site->name)) { /* sema says it is not offered yet */
                    free(looked);
                    continue;
                }
                if (looked)
                    diag_error(importer->c, site->line, site->col, "no module named '%s' (looked in %s)", site->name, looked);
                else
                    diag_error(importer->c, site->line, site->col, "no module named '%s'", site->name);
                free(looked);
                ok = false;
                continue;
            }
            Unit *u = open_module(a, site->name, path, source, len);
            free(path);
            free(source);
            free(looked);
            ptrvec_push(a, units, u);
            if (!u->ast) ok = false;
        }
    }
    return ok;
}
