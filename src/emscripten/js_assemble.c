#include "emscripten/js_assemble.h"

#include <emscripten.h>

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
        var p = mlCopy(out.wasm);
        if (!p) return 1;
        HEAPU32[wasm >>> 2] = p;
        HEAPU32[wasm_len >>> 2] = out.wasm.length;
        return 0;
    }
    var q = mlCopy(new TextEncoder().encode(String(out && out.error || 'wabt.js: unknown error')));
    if (q) HEAPU32[error >>> 2] = q;
    return 1;
});

int ml_js_assemble(void *user, const char *wat, size_t wat_len, unsigned char **wasm, size_t *wasm_len,
                   char **error) {
    (void)user;
    *wasm = NULL;
    *wasm_len = 0;
    *error = NULL;
    return ml_js_assemble_call(wat, wat_len, wasm, wasm_len, error);
}
