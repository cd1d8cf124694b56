/* The Emscripten build's exports: thin wrappers around ml_compile for
 * shim/compiler.mjs. Compiled only by emcc (web/web.mk); the native build's
 * source list does not include src/emscripten/.
 *
 * WAT -> wasm is done by wabt.js (the npm package `wabt`, libwabt built with
 * Emscripten), through a JS function the shim installs as Module.mlAssemble
 * before compiling. It must configure wabt exactly like the native bridge
 * (src/wabt/wabt_bridge.cc) so that both builds give the same bytes. */
#include <emscripten.h>
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "lang/lang.h"

/* Calls Module.mlAssemble(watBytes), which returns {wasm: Uint8Array} or
 * {error: string} (or throws). Copies the result into malloc'd memory of
 * this module. Returns 0 on success. */
EM_JS(int, ml_js_assemble_call, (const char *wat, size_t wat_len, unsigned char **wasm, size_t *wasm_len, char **error), {
    var out;
    try {
        if (typeof Module['mlAssemble'] != 'function') throw new Error('Module.mlAssemble is not installed');
        out = Module['mlAssemble'](HEAPU8.subarray(wat >>> 0, (wat >>> 0) + (wat_len >>> 0)));
    } catch (e) {
        out = { error: String(e && e.message || e) };
    }
    if (out && out.wasm) {
        var n = out.wasm.length;
        var p = _malloc(n ? n : 1);
        if (!p) return 1;
        HEAPU8.set(out.wasm, p); /* HEAPU8 read after _malloc: memory may have grown */
        HEAPU32[wasm >> 2] = p;
        HEAPU32[wasm_len >> 2] = n;
        return 0;
    }
    var text = new TextEncoder().encode(String(out && out.error || 'wabt.js: unknown error'));
    var q = _malloc(text.length + 1);
    if (q) {
        HEAPU8.set(text, q);
        HEAPU8[q + text.length] = 0;
        HEAPU32[error >> 2] = q;
    }
    return 1;
});

static int assemble(void *user, const char *wat, size_t wat_len, unsigned char **wasm, size_t *wasm_len,
                    char **error) {
    (void)user;
    *wasm = NULL;
    *wasm_len = 0;
    *error = NULL;
    return ml_js_assemble_call(wat, wat_len, wasm, wasm_len, error);
}

/* lang: a language code, or "" (or NULL) to detect; target: MlTarget;
 * assemble: 0 to stop after WAT (no module.wasm, no build.lock.json). */
EMSCRIPTEN_KEEPALIVE MlResult *ml_js_compile(const char *source, int len, const char *lang, int target,
                                             const char *filename, int do_assemble) {
    MlOptions opts = {
        .filename = filename && *filename ? filename : "main.ml",
        .lang = lang && *lang ? lang : NULL,
        .target = (MlTarget)target,
        .assemble = do_assemble ? assemble : NULL,
        .assemble_user = NULL,
    };
    return ml_compile(source, len > 0 ? (size_t)len : 0, &opts);
}

EMSCRIPTEN_KEEPALIVE void ml_js_free(MlResult *r) { ml_result_free(r); }

EMSCRIPTEN_KEEPALIVE int ml_js_ok(const MlResult *r) { return r->ok; }

/* Field numbers, shared with shim/compiler.mjs. */
enum {
    F_LANG,
    F_DIAGNOSTICS,
    F_WAT,
    F_WASM,
    F_ABI_MANIFEST,
    F_HOST_SHIM,
    F_RENDERER_TEMPLATE,
    F_TRANSPILED_PY,
    F_BUILD_GRAPH,
    F_BUILD_LOCK,
};

static const char *field(const MlResult *r, int which) {
    switch (which) {
    case F_LANG: return r->lang;
    case F_DIAGNOSTICS: return r->diagnostics;
    case F_WAT: return r->wat;
    case F_WASM: return (const char *)r->wasm;
    case F_ABI_MANIFEST: return r->abi_manifest;
    case F_HOST_SHIM: return r->host_shim;
    case F_RENDERER_TEMPLATE: return r->renderer_template;
    case F_TRANSPILED_PY: return r->transpiled_py;
    case F_BUILD_GRAPH: return r->build_graph;
    case F_BUILD_LOCK: return r->build_lock;
    default: return NULL;
    }
}

/* Address of a field (0 when absent) and its length in bytes (-1 when
 * absent; text fields are NUL-terminated, the length excludes the NUL). */
EMSCRIPTEN_KEEPALIVE const char *ml_js_field(const MlResult *r, int which) { return field(r, which); }

EMSCRIPTEN_KEEPALIVE int ml_js_field_len(const MlResult *r, int which) {
    const char *p = field(r, which);
    if (!p) return -1;
    return which == F_WASM ? (int)r->wasm_len : (int)strlen(p);
}

EMSCRIPTEN_KEEPALIVE int ml_js_diag_count(const MlResult *r) { return r->diag_count; }
EMSCRIPTEN_KEEPALIVE int ml_js_diag_line(const MlResult *r, int i) { return r->diags[i].line; }
EMSCRIPTEN_KEEPALIVE int ml_js_diag_col(const MlResult *r, int i) { return r->diags[i].col; }
EMSCRIPTEN_KEEPALIVE const char *ml_js_diag_message(const MlResult *r, int i) { return r->diags[i].message; }

EMSCRIPTEN_KEEPALIVE const char *ml_js_version(void) { return ML_VERSION; }

/* The language codes, space-separated, in pack order (static storage). */
EMSCRIPTEN_KEEPALIVE const char *ml_js_languages(void) {
    static char codes[256];
    if (!codes[0]) {
        size_t n = 0;
        for (int i = 0; i < lang_count(); i++) {
            const char *c = lang_at(i)->code;
            size_t k = strlen(c);
            if (n + k + 2 > sizeof codes) break;
            if (n) codes[n++] = ' ';
            memcpy(codes + n, c, k);
            n += k;
        }
        codes[n] = 0;
    }
    return codes;
}

/* ml_translate for the shim: from_lang "" (or NULL) detects. Returns the
 * result, read with the accessors below and freed with ml_js_translation_free. */
EMSCRIPTEN_KEEPALIVE MlTranslation *ml_js_translate(const char *source, int len, const char *from_lang,
                                                    const char *to_lang, const char *filename) {
    return ml_translate(source, len > 0 ? (size_t)len : 0, from_lang && *from_lang ? from_lang : NULL, to_lang,
                        filename && *filename ? filename : "main.ml");
}

EMSCRIPTEN_KEEPALIVE void ml_js_translation_free(MlTranslation *t) { ml_translation_free(t); }
/* NULL (0) when absent; NUL-terminated text otherwise. */
EMSCRIPTEN_KEEPALIVE const char *ml_js_translation_text(const MlTranslation *t) { return t->text; }
EMSCRIPTEN_KEEPALIVE const char *ml_js_translation_lang(const MlTranslation *t) { return t->lang; }
EMSCRIPTEN_KEEPALIVE const char *ml_js_translation_diagnostics(const MlTranslation *t) { return t->diagnostics; }
EMSCRIPTEN_KEEPALIVE int ml_js_translation_diag_count(const MlTranslation *t) { return t->diag_count; }
EMSCRIPTEN_KEEPALIVE int ml_js_translation_diag_line(const MlTranslation *t, int i) { return t->diags[i].line; }
EMSCRIPTEN_KEEPALIVE int ml_js_translation_diag_col(const MlTranslation *t, int i) { return t->diags[i].col; }
EMSCRIPTEN_KEEPALIVE const char *ml_js_translation_diag_message(const MlTranslation *t, int i) {
    return t->diags[i].message;
}

/* Bytes currently allocated by malloc (for leak checks in tests). */
EMSCRIPTEN_KEEPALIVE int ml_js_heap_in_use(void) { return (int)mallinfo().uordblks; }
