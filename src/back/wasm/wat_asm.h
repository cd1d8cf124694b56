/* The assembler: the module's WAT text (as src/back/wat_module.c prints
 * it: the runtime's functions in wasm2wat's flat style, the generated ones
 * in ir_print's) to a WebAssembly binary, without a parsed module in
 * memory: two passes over the text, the first collecting declarations
 * (types, function and global names), the second writing the sections.
 * Its output is byte for byte what wabt writes for the same text with the
 * options of src/wabt/ml_features.def (canonical LEB128s, no names
 * section, the types in wabt's order): tests/wat_asm compares the two on
 * every corpus program.
 *
 * It does not validate: the text is the code generator's, and a module
 * that fails validation is a bug of the generator that the tests catch
 * (they validate every module they build with wabt). What it rejects,
 * with a position, is text it cannot encode: an unknown instruction, an
 * undefined name, a malformed number. */
#ifndef ML_WAT_ASM_H
#define ML_WAT_ASM_H
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Matches MlAssembleFn (src/api.h); `user` is unused. Returns 0 with
 * *wasm (malloc'd) and *wasm_len set and *error = NULL, or non-zero with
 * *wasm = NULL and *error a malloc'd "module.wat:LINE:COL: error: ...". */
int ml_wat_assemble(void *user, const char *wat, size_t wat_len, unsigned char **wasm, size_t *wasm_len,
                    char **error);

#ifdef __cplusplus
}
#endif
#endif
