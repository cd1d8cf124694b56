/* The only C++ in the project: a thin bridge to libwabt (native build).
 * Both functions are callable from C and keep no global state. */
#ifndef ML_WABT_BRIDGE_H
#define ML_WABT_BRIDGE_H
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Matches MlAssembleFn (src/api.h); `user` is unused (may be NULL).
 * Parses the WAT text, resolves names, validates with exactly the features
 * of src/wabt/ml_features.def, and writes the binary with that file's writer
 * options (deterministic). Returns 0 with *wasm and *wasm_len set (malloc'd;
 * never NULL on success) and *error = NULL; otherwise non-zero with *wasm =
 * NULL and *error a malloc'd text holding wabt's messages, each as
 * "module.wat:LINE:COL: error: ..." followed by the source line and a caret. */
int ml_wabt_assemble(void *user, const char *wat, size_t wat_len,
                     unsigned char **wasm, size_t *wasm_len, char **error);

/* Reads a wasm binary (same feature set) and validates it. Returns 0 when
 * valid (*error = NULL), non-zero with a malloc'd *error otherwise. `error`
 * may be NULL when the caller does not want the text. */
int ml_wabt_validate_binary(const unsigned char *wasm, size_t len, char **error);

/* Matches MlAssembleFn: the compiler's own assembler (src/back/wasm,
 * ml_wat_assemble) checked against libwabt, for tests (the native CLI with
 * ML_VALIDATE in the environment, the fuzz targets): wabt assembles the
 * same text, which validates the module, and the two must give the same
 * bytes. Fails with wabt's messages for an invalid module, or with the
 * offset where the two differ. */
int ml_wabt_checked_assemble(void *user, const char *wat, size_t wat_len,
                             unsigned char **wasm, size_t *wasm_len, char **error);

#ifdef __cplusplus
}
#endif
#endif
