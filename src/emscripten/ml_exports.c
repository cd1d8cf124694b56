/* The Emscripten build's exports for the JS API: thin wrappers around
 * ml_compile and ml_translate for shim/compiler.mjs. Compiled only by emcc
 * (web/web.mk); the native build's source list does not include
 * src/emscripten/. */
#include <emscripten.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "back/wasm/wat_asm.h"
#include "lang/lang.h"
#include "util/buf.h"

/* The module loader of compile(source, {files | loadModule}): calls
 * Module.mlLoadModule(name, importer) (shim/compiler.mjs installs it for
 * the call), which returns {path, source} (source a str or bytes) or
 * {looked} (where it looked), or is absent (no other files). */
EM_JS(int, ml_js_find_module, (const char *name, const char *importer, char **path, char **source, size_t *len,
                               char **looked), {
    var load = Module['mlLoadModule'];
    if (typeof load != 'function') return 2; /* none: the files map, if any */
    var r = load(mlString(name), mlString(importer));
    var enc = new TextEncoder();
    if (r && r.path !== undefined && r.source !== undefined) {
        var bytes = typeof r.source == 'string' ? enc.encode(r.source) : new Uint8Array(r.source);
        var p = mlCopy(enc.encode(String(r.path))), q = mlCopy(bytes);
        if (!p || !q) return 1;
        HEAPU32[path >>> 2] = p;
        HEAPU32[source >>> 2] = q;
        HEAPU32[len >>> 2] = bytes.length;
        return 0;
    }
    if (r && r.looked) {
        var l = mlCopy(enc.encode(String(r.looked)));
        if (l) HEAPU32[looked >>> 2] = l;
    }
    return 1;
});

/* The file `file` of Module.mlFiles (a map of names to texts or bytes)
 * into *source and *len; non-zero when the map has no such file. */
EM_JS(int, ml_js_read_file, (const char *file, char **source, size_t *len), {
    var files = Module['mlFiles'], name = mlString(file);
    if (!files || !Object.prototype.hasOwnProperty.call(files, name)) return 1;
    var text = files[name];
    var bytes = typeof text == 'string' ? new TextEncoder().encode(text) : new Uint8Array(text);
    var q = mlCopy(bytes);
    if (!q) return 1;
    HEAPU32[source >>> 2] = q;
    HEAPU32[len >>> 2] = bytes.length;
    return 0;
});

/* compile()'s loader: the caller's loadModule, or its map of files, where a
 * module's file (ml_module_file's names) is looked for beside the
 * importing file, then at the top of the map */
static int load_module(void *user, const char *name, const char *importer, char **path, char **source, size_t *len,
                       char **looked) {
    (void)user;
    *path = *source = *looked = NULL;
    *len = 0;
    int rc = ml_js_find_module(name, importer, path, source, len, looked);
    if (rc != 2) return rc;
    const char *slash = strrchr(importer, '/');
    size_t n = slash ? (size_t)(slash - importer) + 1 : 0;
    for (int d = n ? 0 : 1; d < 2; d++) {
        char *dir = malloc(n + 1);
        if (!dir) abort();
        memcpy(dir, importer, d ? 0 : n);
        dir[d ? 0 : n] = 0;
        char *file;
        for (int form = 0; (file = ml_module_file(dir, name, form)); form++) {
            if (!ml_js_read_file(file, source, len)) {
                *path = file;
                free(dir);
                return 0;
            }
            free(file);
        }
        free(dir);
    }
    const char *where = "the files given to compile()";
    *looked = malloc(strlen(where) + 1);
    if (*looked) memcpy(*looked, where, strlen(where) + 1);
    return 1;
}

/* lang: a language code, or "" (or NULL) to detect; target: MlTarget;
 * assemble: 0 to stop after WAT (no module.wasm, no build.lock.json);
 * messages: the diagnostics' language code, or "" for the program's;
 * data: ml_js_data_open's, or 0 for the data built in (none in the
 * page's compiler); check_only: 1 for diagnostics only. */
EMSCRIPTEN_KEEPALIVE MlResult *ml_js_compile(const char *source, int len, const char *lang, int target,
                                             const char *filename, int do_assemble, const char *messages,
                                             const MlData *data, int check_only) {
    MlOptions opts = {
        .filename = filename && *filename ? filename : "main.ml",
        .lang = lang && *lang ? lang : NULL,
        .messages = messages && *messages ? messages : NULL,
        .target = (MlTarget)target,
        .assemble = do_assemble ? ml_wat_assemble : NULL,
        .assemble_user = NULL,
        .load_module = load_module,
        .data = data,
        .check_only = check_only != 0,
    };
    return ml_compile(source, len > 0 ? (size_t)len : 0, &opts);
}

EMSCRIPTEN_KEEPALIVE void ml_js_free(MlResult *r) { ml_result_free(r); }

/* multilingual_data.bin's bytes (malloc'd by the caller, kept while the
 * data is in use) -> the data, or 0 with *error (malloc'd) set. */
EMSCRIPTEN_KEEPALIVE MlData *ml_js_data_open(const unsigned char *bytes, int len, char **error) {
    return ml_data_open(bytes, len > 0 ? (size_t)len : 0, error);
}
EMSCRIPTEN_KEEPALIVE void ml_js_data_free(MlData *d) { ml_data_free(d); }
/* 1 when the compile needs the data it was not given (compile again with it) */
EMSCRIPTEN_KEEPALIVE int ml_js_needs_data(const MlResult *r) { return r->needs_data; }

EMSCRIPTEN_KEEPALIVE int ml_js_ok(const MlResult *r) { return r->ok; }

EMSCRIPTEN_KEEPALIVE const char *ml_js_lang(const MlResult *r) { return r->lang; }
EMSCRIPTEN_KEEPALIVE const char *ml_js_diagnostics(const MlResult *r) { return r->diagnostics; }
/* transpiled.py of a program refused only for what is not supported yet, or 0 */
EMSCRIPTEN_KEEPALIVE const char *ml_js_fallback_py(const MlResult *r) { return r->fallback_py; }

/* Artifact `id` (an MlArtifact: the `id` of ARTIFACTS in
 * build/gen/ml_tables.mjs): its address (0 when absent) and its length in
 * bytes (-1 when absent; a text artifact's length excludes its NUL). */
EMSCRIPTEN_KEEPALIVE const unsigned char *ml_js_artifact(const MlResult *r, int id) {
    size_t len;
    return id >= 0 && id < ML_ARTIFACT_COUNT ? ml_result_artifact(r, (MlArtifact)id, &len) : NULL;
}

EMSCRIPTEN_KEEPALIVE int ml_js_artifact_len(const MlResult *r, int id) {
    size_t len;
    if (id < 0 || id >= ML_ARTIFACT_COUNT || !ml_result_artifact(r, (MlArtifact)id, &len)) return -1;
    return (int)len;
}

EMSCRIPTEN_KEEPALIVE int ml_js_diag_count(const MlResult *r) { return r->diag_count; }
EMSCRIPTEN_KEEPALIVE const char *ml_js_diag_file(const MlResult *r, int i) { return r->diags[i].file; }
EMSCRIPTEN_KEEPALIVE int ml_js_diag_line(const MlResult *r, int i) { return r->diags[i].line; }
EMSCRIPTEN_KEEPALIVE int ml_js_diag_col(const MlResult *r, int i) { return r->diags[i].col; }
EMSCRIPTEN_KEEPALIVE const char *ml_js_diag_message(const MlResult *r, int i) { return r->diags[i].message; }

/* The language codes of the packs, space-separated, in pack order
 * (malloc'd; free with free). */
EMSCRIPTEN_KEEPALIVE char *ml_js_languages(void) {
    Buf b;
    buf_init(&b);
    for (int i = 0; i < lang_count(); i++) buf_printf(&b, "%s%s", i ? " " : "", lang_at(i)->code);
    return buf_take(&b, NULL);
}

/* ml_translate for the shim: from_lang "" (or NULL) detects. Returns the
 * result, read with the accessors below and freed with ml_js_translation_free. */
EMSCRIPTEN_KEEPALIVE MlTranslation *ml_js_translate(const char *source, int len, const char *from_lang,
                                                    const char *to_lang, const char *filename, const char *messages) {
    return ml_translate(source, len > 0 ? (size_t)len : 0, from_lang && *from_lang ? from_lang : NULL, to_lang,
                        filename && *filename ? filename : "main.ml", messages && *messages ? messages : NULL);
}

EMSCRIPTEN_KEEPALIVE void ml_js_translation_free(MlTranslation *t) { ml_translation_free(t); }
/* NULL (0) when absent; NUL-terminated text otherwise. */
EMSCRIPTEN_KEEPALIVE const char *ml_js_translation_text(const MlTranslation *t) { return t->text; }
EMSCRIPTEN_KEEPALIVE const char *ml_js_translation_lang(const MlTranslation *t) { return t->lang; }
EMSCRIPTEN_KEEPALIVE const char *ml_js_translation_diagnostics(const MlTranslation *t) { return t->diagnostics; }
EMSCRIPTEN_KEEPALIVE int ml_js_translation_rename_count(const MlTranslation *t) { return t->rename_count; }
/* field 0: the old name, 1: the new one, 2: the reason */
EMSCRIPTEN_KEEPALIVE const char *ml_js_translation_rename(const MlTranslation *t, int i, int field) {
    const MlRename *r = &t->renames[i];
    return field == 0 ? r->from : field == 1 ? r->to : r->reason;
}
EMSCRIPTEN_KEEPALIVE int ml_js_translation_diag_count(const MlTranslation *t) { return t->diag_count; }
EMSCRIPTEN_KEEPALIVE int ml_js_translation_diag_line(const MlTranslation *t, int i) { return t->diags[i].line; }
EMSCRIPTEN_KEEPALIVE int ml_js_translation_diag_col(const MlTranslation *t, int i) { return t->diags[i].col; }
EMSCRIPTEN_KEEPALIVE const char *ml_js_translation_diag_message(const MlTranslation *t, int i) {
    return t->diags[i].message;
}

/* Bytes currently allocated by malloc (for leak checks in tests). */
EMSCRIPTEN_KEEPALIVE int ml_js_heap_in_use(void) { return (int)mallinfo().uordblks; }
