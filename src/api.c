/* ml_compile: the whole pipeline, from source text to the artifacts.
 * Every allocation of a compilation lives in one arena, released once the
 * WAT and the artifacts made from the program are there, before the
 * assembler runs (finish); only the artifacts handed to the caller, and
 * what finish needs, are malloc'd. */
#include "api.h"
#include "api_data.h"
#include "api_result.h"
#include "api_units.h"

#include <stdlib.h>
#include <string.h>

#include "back/manifest.h"
#include "back/py_emit.h"
#include "back/wat_gen.h"
#include "bundle/lockfile.h"
#include "front/lexer.h"
#include "front/parser.h"
#include "front/source.h"
#include "front/translate.h"
#include "sema/sema.h"

static char *dup_n(const char *s, size_t n) {
    char *p = malloc(n + 1);
    if (!p) abort();
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}
static char *dup(const char *s) { return dup_n(s, strlen(s)); }

static const char *base_name(const char *path) {
    const char *b = strrchr(path, '/');
    return b ? b + 1 : path;
}

static int diag_order(const void *a, const void *b) {
    const Diag *x = *(const Diag *const *)a, *y = *(const Diag *const *)b;
    if (x->line != y->line) return x->line < y->line ? -1 : 1;
    if (x->col != y->col) return x->col < y->col ? -1 : 1;
    return x < y ? -1 : x > y;
}

/* Copy the diagnostics of the files' compilers (the entry's first) into
 * r, rendered and structured, each file's in source order (stages report
 * in their own order). */
static void collect_diags(Compiler *const *cs, int ncs, MlResult *r) {
    int n = 0;
    for (int k = 0; k < ncs; k++) n += cs[k]->diags.len;
    r->diag_count = n;
    r->diags = calloc((size_t)n + 1, sizeof *r->diags);
    Buf text;
    buf_init(&text);
    int i = 0;
    for (int k = 0; k < ncs; k++) {
        Compiler *c = cs[k];
        if (c->diags.len > 1) qsort(c->diags.items, (size_t)c->diags.len, sizeof(void *), diag_order);
        for (int j = 0; j < c->diags.len; j++, i++) {
            Diag *d = c->diags.items[j];
            r->diags[i].file = dup(c->filename);
            r->diags[i].line = d->line;
            r->diags[i].col = d->col;
            r->diags[i].message = dup(d->message);
            diag_render(c, d, &text);
        }
    }
    r->diagnostics = text.len ? buf_take(&text, NULL) : dup("");
    buf_free(&text);
}

/* Appends to files the artifacts of r with this role that were produced. */
static void add_artifacts(const MlResult *r, MlArtifactRole role, BundleFile *files, int *n) {
    for (int a = 0; a < ML_ARTIFACT_COUNT; a++) {
        size_t len;
        const unsigned char *data = ml_result_artifact(r, (MlArtifact)a, &len);
        if (ml_artifacts[a].role == role && data) files[(*n)++] = (BundleFile){ml_artifacts[a].file, data, len};
    }
}

/* What the last steps of a compile (assembling the WAT, build_graph.json,
 * build.lock.json) need, copied out of its arena (malloc'd): the arena
 * (the ASTs, sema's program, the lowering's data) is released before the
 * assembler builds its own module of the text, so that the two never take
 * memory at the same time (a 200,000-line file's peak). */
typedef struct Finish {
    bool pending;           /* the WAT is there to complete and assemble */
    WatOutput wat;          /* but for its imports (in the arena) */
    char *filename;         /* the entry's, for a diagnostic */
    const char *messages;   /* the language of messages (static) */
    const char *target, *lang; /* static */
    const char *source;     /* the caller's bytes, as given */
    size_t len;
    BundleModule *mods;     /* the program's imported modules (copies) */
    int nmods;
} Finish;

static void finish_free(Finish *f) {
    wat_output_free(&f->wat);
    free(f->filename);
    for (int i = 0; i < f->nmods; i++) {
        free((char *)f->mods[i].name);
        free((char *)f->mods[i].path);
        free((unsigned char *)f->mods[i].data);
    }
    free(f->mods);
}

/* source/len: the bytes as given, which build.lock.json hashes (c->src is
 * the program text, without a byte order mark). Ends with the WAT and the
 * artifacts made from it; fin receives what the rest needs (finish). */
static void compile_into(Compiler *c, const char *source, size_t len, const MlOptions *opts, MlResult *r,
                         PtrVec *units, Finish *fin) {
    const char *target = ml_target_name(opts->target);
    if (!target) {
        diag_error(c, 0, 0, "unknown target %d", (int)opts->target);
        return;
    }
    if (opts->messages && !lang_find(opts->messages)) {
        diag_error(c, 0, 0, "unknown language '%s'", opts->messages);
        return;
    }
    c->messages = opts->messages;
    c->gc_stress = opts->gc_stress;
    MlData builtin;
    const MlData *data = opts->data ? opts->data : ml_data_builtin(&builtin) ? &builtin : NULL;
    if (!data && !opts->check_only) {
        diag_error(c, 0, 0, "this compiler was built without its data file (multilingual_data.bin): give it to compile");
        r->needs_data = true;
        return;
    }
    if (!source_open(c, source, len, opts->lang)) return;
    c->watched_names = units_watched_names(c->arena);
    r->lang = dup(c->lang->code);

    Module *m = parse_source(c);
    if (!m) return;
    /* the modules it imports, each file read by the host and parsed */
    if (!units_load(c, m, opts, data, units, &r->needs_data)) return;
    int nunits = units->len;
    /* transpiled.py comes from the ASTs alone: emit it before the backend
     * can refuse a construct. */
    const Module **mods = arena_alloc(c->arena, sizeof *mods * (size_t)nunits);
    const char **names = arena_alloc(c->arena, sizeof *names * (size_t)nunits);
    const char **langs = arena_alloc(c->arena, sizeof *langs * (size_t)nunits);
    const char **files = arena_alloc(c->arena, sizeof *files * (size_t)nunits);
    bool *packages = arena_alloc(c->arena, sizeof *packages * (size_t)nunits);
    int npy = 0; /* the standard library's modules are CPython's own there */
    for (int i = 0; i < nunits; i++) {
        const Unit *u = units->items[i];
        if (u->stdlib) continue;
        mods[npy] = u->ast;
        names[npy] = u->name;
        langs[npy] = u->c->lang->code;
        files[npy] = i ? u->c->filename : base_name(c->filename);
        packages[npy++] = u->is_package;
    }
    Buf py;
    buf_init(&py);
    py_emit_program(mods, names, langs, files, packages, npy, &py);
    char *transpiled = buf_take(&py, NULL);

    Program *p = sema_analyze((Unit *const *)units->items, nunits);
    if (!p) {
        r->fallback_py = transpiled; /* kept by ml_compile if only refusals failed */
        return;
    }
    if (opts->check_only) {
        free(transpiled);
        return;
    }
    WatOutput wat = {0};
    if (!wat_generate(c, p, &data->runtime, &wat)) {
        wat_output_free(&wat);
        r->fallback_py = transpiled;
        return;
    }
    r->transpiled_py = transpiled;
    Buf b;
    buf_init(&b);
    manifest_emit(p, &wat.wasi_imports, target, &b);
    r->abi_manifest = buf_take(&b, NULL);
    renderer_emit(p, &b);
    r->renderer_template = buf_take(&b, NULL);
    buf_free(&b);

    fin->pending = true;
    fin->wat = wat;
    fin->filename = dup(c->filename);
    fin->messages = c->messages;
    fin->target = target;
    fin->lang = c->lang->code;
    fin->source = source;
    fin->len = len;
    fin->mods = calloc((size_t)nunits, sizeof *fin->mods);
    if (!fin->mods) abort();
    for (int i = 1; i < nunits; i++) { /* the program's modules (the standard library's are the compiler's) */
        const Unit *u = units->items[i];
        if (u->stdlib) continue;
        unsigned char *bytes = malloc(u->len ? u->len : 1);
        if (!bytes) abort();
        if (u->len) memcpy(bytes, u->bytes, u->len);
        fin->mods[fin->nmods++] = (BundleModule){dup(u->name), dup(u->c->filename), u->c->lang->code, bytes, u->len};
    }
}

/* The last steps, with the compile's arena released: the WAT completed
 * (wat_finish) and assembled (an invalid module is our bug, never the
 * user's: an internal error),
 * then build_graph.json, which lists the contents, and build.lock.json,
 * which hashes them and the graph. */
static void finish(Finish *fin, const MlOptions *opts, MlResult *r) {
    size_t wat_len;
    r->wat = wat_finish(&fin->wat, &wat_len);
    if (opts->assemble) {
        char *err = NULL;
        if (opts->assemble(opts->assemble_user, r->wat, wat_len, &r->wasm, &r->wasm_len, &err)) {
            Arena arena;
            arena_init(&arena);
            Compiler c = {0};
            c.arena = &arena;
            c.filename = fin->filename;
            c.messages = fin->messages;
            diag_error(&c, 0, 0, "internal error: the generated WAT could not be assembled: %s", err ? err : "?");
            free(err);
            Compiler *cs[1] = {&c};
            free(r->diags);
            free(r->diagnostics);
            collect_diags(cs, 1, r);
            r->ok = false;
            ml_result_drop_artifacts(r);
            arena_free(&arena);
            return;
        }
    }
    /* (from the manifest alone: made once the compile's memory is given
     * back, as the shim of 50,000 exports is 10 MB) */
    Buf b;
    buf_init(&b);
    host_shim_emit(r->abi_manifest, &b);
    r->host_shim = buf_take(&b, NULL);
    const char *src_name = base_name(fin->filename);
    BundleFile artifacts[ML_ARTIFACT_COUNT];
    int n = 0;
    add_artifacts(r, ML_ART_CONTENT, artifacts, &n);
    r->build_graph = bundle_graph_json_modules(src_name, fin->lang, fin->target, artifacts, n, fin->mods, fin->nmods);
    add_artifacts(r, ML_ART_GRAPH, artifacts, &n);
    r->build_lock = bundle_lock_json_modules(src_name, (const unsigned char *)fin->source, fin->len, artifacts, n,
                                             fin->mods, fin->nmods);
}

/* Whether every error of a failed compile is a refusal of something not
 * supported yet (sema's and the back end's "... not supported yet"): the
 * program is then valid Python the compiler cannot take, not a wrong one. */
static bool only_refusals(const MlResult *r) {
    for (int i = 0; i < r->diag_count; i++)
        if (!strstr(r->diags[i].message, "not supported yet")) return false;
    return r->diag_count > 0;
}

MlResult *ml_compile(const char *source, size_t len, const MlOptions *opts) {
    MlResult *r = calloc(1, sizeof *r);
    if (!r) abort();
    Arena arena;
    arena_init(&arena);
    Compiler c = {0};
    c.arena = &arena;
    c.filename = opts->filename ? opts->filename : "<input>";
    PtrVec units = {0};
    Finish fin = {0};
    compile_into(&c, source, len, opts, r, &units, &fin);
    /* the diagnostics of every file: the entry's, then the modules' */
    int ncs = units.len ? units.len : 1;
    Compiler **cs = arena_alloc(&arena, sizeof *cs * (size_t)ncs);
    cs[0] = &c;
    for (int i = 1; i < units.len; i++) cs[i] = ((Unit *)units.items[i])->c;
    collect_diags(cs, ncs, r);
    r->ok = r->diag_count == 0;
    /* Never a partial result: artifacts only when everything worked. */
    if (!r->ok) ml_result_drop_artifacts(r);
    if (r->ok || !only_refusals(r)) {
        free(r->fallback_py);
        r->fallback_py = NULL;
    }
    /* a big compile's arena leaves most of the heap free: given back to
     * the system before the module is assembled */
    arena_free_trim(&arena);
    if (r->ok && fin.pending) finish(&fin, opts, r);
    finish_free(&fin);
    return r;
}

MlTranslation *ml_translate(const char *source, size_t len, const char *from_lang, const char *to_lang,
                            const char *filename, const char *messages) {
    MlTranslation *t = calloc(1, sizeof *t);
    if (!t) abort();
    Arena arena;
    arena_init(&arena);
    Compiler c = {0};
    c.arena = &arena;
    c.filename = filename ? filename : "<input>";
    c.messages = messages && lang_find(messages) ? messages : NULL;
    const LangPack *to = to_lang ? lang_find(to_lang) : NULL;
    if (!to) {
        diag_error(&c, 0, 0, "unknown language '%s'", to_lang ? to_lang : "");
    } else if (source_open(&c, source, len, from_lang)) {
        t->lang = dup(c.lang->code);
        Buf out;
        buf_init(&out);
        /* The byte order mark is not program text, but the file keeps it. */
        if (c.bom) buf_puts(&out, "\xEF\xBB\xBF");
        PtrVec renames = {0};
        if (translate_source(&c, to, &out, &renames)) {
            t->text = buf_take(&out, NULL);
            t->rename_count = renames.len;
            t->renames = calloc((size_t)renames.len + 1, sizeof *t->renames);
            if (!t->renames) abort();
            for (int i = 0; i < renames.len; i++) {
                const TranslateRename *r = renames.items[i];
                t->renames[i] = (MlRename){dup(r->from), dup(r->to), dup(r->reason)};
            }
        }
        buf_free(&out);
    }
    MlResult diags = {0};
    Compiler *cs[1] = {&c};
    collect_diags(cs, 1, &diags);
    t->ok = t->text != NULL;
    t->diags = diags.diags;
    t->diag_count = diags.diag_count;
    t->diagnostics = diags.diagnostics;
    arena_free(&arena);
    return t;
}
