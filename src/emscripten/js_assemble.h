/* WAT -> wasm in the Emscripten build: by wabt.js, through the JS function a
 * host installs as Module.mlAssemble (shim/assembler.mjs makeAssembler,
 * configured from the same table as the native libwabt bridge, so both builds
 * give the same bytes). An MlAssembleFn; `user` is unused. */
#ifndef ML_JS_ASSEMBLE_H
#define ML_JS_ASSEMBLE_H
#include <stddef.h>

int ml_js_assemble(void *user, const char *wat, size_t wat_len, unsigned char **wasm, size_t *wasm_len,
                   char **error);

#endif
