/* ml_compile: the whole pipeline, from source text to the 8 artifacts.
 * Every allocation of a compilation lives in one arena, released at the
 * end; only the artifacts handed to the caller are malloc'd. */
#include "api.h"

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

/* Copy the diagnostics of c into r, rendered and structured, in source
 * order (stages report in their own order). */
static void collect_diags(Compiler *c, MlResult *r) {
    if (c->diags.len > 1) qsort(c->diags.items, (size_t)c->diags.len, sizeof(void *), diag_order);
    r->diag_count = c->diags.len;
    r->diags = calloc((size_t)c->diags.len + 1, sizeof *r->diags);
    Buf text;
    buf_init(&text);
    for (int i = 0; i < c->diags.len; i++) {
        Diag *d = c->diags.items[i];
        r->diags[i].line = d->line;
        r->diags[i].col = d->col;
        r->diags[i].message = dup(d->message);
        diag_render(c, d, &text);
    }
    r->diagnostics = text.len ? buf_take(&text, NULL) : dup("");
    buf_free(&text);
}

/* source/len: the bytes as given, which build.lock.json hashes (c->src is
 * the program text, without a byte order mark). */
static void compile_into(Compiler *c, const char *source, size_t len, const MlOptions *opts, MlResult *r) {
    const char *target = opts->target == ML_TARGET_BROWSER ? "browser" : "wasi";
    if (!source_open(c, source, len, opts->lang)) return;
    r->lang = dup(c->lang->code);

    TokenList toks;
    if (!lex_source(c, &toks)) return;
    Module *m = parse_module(c, &toks);
    if (!m) return;
    /* transpiled.py comes from the AST alone: emit it before the backend
     * can refuse a construct. */
    Buf py;
    buf_init(&py);
    py_emit_module(m, c->lang->code, base_name(c->filename), &py);
    char *transpiled = buf_take(&py, NULL);

    Program *p = sema_analyze(c, m);
    if (!p) {
        free(transpiled);
        return;
    }
    WatOutput wat = {0};
    if (!wat_generate(c, p, &wat)) {
        free(wat.wat);
        free(transpiled);
        return;
    }
    r->transpiled_py = transpiled;
    r->wat = wat.wat;
    Buf b;
    buf_init(&b);
    manifest_emit(p, &wat.wasi_imports, target, &b);
    r->abi_manifest = buf_take(&b, NULL);
    host_shim_emit(r->abi_manifest, &b);
    r->host_shim = buf_take(&b, NULL);
    renderer_emit(p, &b);
    r->renderer_template = buf_take(&b, NULL);
    buf_free(&b);

    if (opts->assemble) {
        char *err = NULL;
        if (opts->assemble(opts->assemble_user, r->wat, wat.len, &r->wasm, &r->wasm_len, &err)) {
            /* An invalid module is our bug, never the user's. */
            diag_error(c, 0, 0, "internal error: generated WAT failed validation: %s", err ? err : "?");
            free(err);
            return;
        }
    }
    BundleFile files[8];
    int n = 0;
    files[n++] = (BundleFile){"abi_manifest.json", (const unsigned char *)r->abi_manifest, strlen(r->abi_manifest)};
    files[n++] = (BundleFile){"host_shim.js", (const unsigned char *)r->host_shim, strlen(r->host_shim)};
    files[n++] = (BundleFile){"module.wat", (const unsigned char *)r->wat, strlen(r->wat)};
    if (r->wasm) files[n++] = (BundleFile){"module.wasm", r->wasm, r->wasm_len};
    files[n++] = (BundleFile){"renderer_template.js", (const unsigned char *)r->renderer_template,
                              strlen(r->renderer_template)};
    files[n++] = (BundleFile){"transpiled.py", (const unsigned char *)r->transpiled_py, strlen(r->transpiled_py)};
    const char *src_name = base_name(c->filename);
    r->build_graph = bundle_graph_json(src_name, c->lang->code, target, files, n);
    files[n++] = (BundleFile){"build_graph.json", (const unsigned char *)r->build_graph, strlen(r->build_graph)};
    r->build_lock = bundle_lock_json(src_name, (const unsigned char *)source, len, files, n);
}

MlResult *ml_compile(const char *source, size_t len, const MlOptions *opts) {
    MlResult *r = calloc(1, sizeof *r);
    if (!r) abort();
    Arena arena;
    arena_init(&arena);
    Compiler c = {0};
    c.arena = &arena;
    c.filename = opts->filename ? opts->filename : "<input>";
    compile_into(&c, source, len, opts, r);
    collect_diags(&c, r);
    r->ok = c.diags.len == 0;
    if (!r->ok) {
        /* Never a partial result: artifacts only when everything worked. */
        free(r->wat), r->wat = NULL;
        free(r->wasm), r->wasm = NULL, r->wasm_len = 0;
        free(r->abi_manifest), r->abi_manifest = NULL;
        free(r->host_shim), r->host_shim = NULL;
        free(r->renderer_template), r->renderer_template = NULL;
        free(r->transpiled_py), r->transpiled_py = NULL;
        free(r->build_graph), r->build_graph = NULL;
        free(r->build_lock), r->build_lock = NULL;
    }
    arena_free(&arena);
    return r;
}

void ml_result_free(MlResult *r) {
    if (!r) return;
    for (int i = 0; i < r->diag_count; i++) free(r->diags[i].message);
    free(r->diags);
    free(r->diagnostics);
    free(r->lang);
    free(r->wat);
    free(r->wasm);
    free(r->abi_manifest);
    free(r->host_shim);
    free(r->renderer_template);
    free(r->transpiled_py);
    free(r->build_graph);
    free(r->build_lock);
    free(r);
}

MlTranslation *ml_translate(const char *source, size_t len, const char *from_lang, const char *to_lang,
                            const char *filename) {
    MlTranslation *t = calloc(1, sizeof *t);
    if (!t) abort();
    Arena arena;
    arena_init(&arena);
    Compiler c = {0};
    c.arena = &arena;
    c.filename = filename ? filename : "<input>";
    const LangPack *to = to_lang ? lang_find(to_lang) : NULL;
    if (!to) {
        diag_error(&c, 0, 0, "unknown language '%s'", to_lang ? to_lang : "");
    } else if (source_open(&c, source, len, from_lang)) {
        t->lang = dup(c.lang->code);
        Buf out;
        buf_init(&out);
        /* The byte order mark is not program text, but the file keeps it. */
        if (c.bom) buf_puts(&out, "\xEF\xBB\xBF");
        if (translate_source(&c, to, &out)) t->text = buf_take(&out, NULL);
        buf_free(&out);
    }
    MlResult diags = {0};
    collect_diags(&c, &diags);
    t->ok = t->text != NULL;
    t->diags = diags.diags;
    t->diag_count = diags.diag_count;
    t->diagnostics = diags.diagnostics;
    arena_free(&arena);
    return t;
}

void ml_translation_free(MlTranslation *t) {
    if (!t) return;
    for (int i = 0; i < t->diag_count; i++) free(t->diags[i].message);
    free(t->diags);
    free(t->diagnostics);
    free(t->lang);
    free(t->text);
    free(t);
}
