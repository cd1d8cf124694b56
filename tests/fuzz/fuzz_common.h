/* Shared by the libFuzzer targets: compile with wabt's validation, and the
 * rule that makes a finding of anything the compiler says about itself. */
#ifndef ML_FUZZ_COMMON_H
#define ML_FUZZ_COMMON_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "wabt/wabt_bridge.h"

/* The compile entry point as the native CLI calls it (src/cli/posix/main.c)
 * in the tests: the module assembled by the compiler's assembler, and by
 * libwabt, which validates it and must give the same bytes. */
static inline MlResult *fuzz_compile(const char *src, size_t len, const char *lang) {
    MlOptions o = {0};
    o.filename = "fuzz.ml";
    o.lang = lang;
    o.target = ML_TARGET_WASI;
    o.assemble = ml_wabt_checked_assemble;
    return ml_compile(src, len, &o);
}

/* A compiler bug: the user's input may be refused only with a designed
 * error, never "internal error" (which also covers WAT that wabt refused),
 * and an accepted program's module must validate. */
static inline void fuzz_check_result(const MlResult *r) {
    for (int i = 0; i < r->diag_count; i++)
        if (strstr(r->diags[i].message, "internal error")) {
            fprintf(stderr, "fuzz: %d:%d: %s\n", r->diags[i].line, r->diags[i].col, r->diags[i].message);
            abort();
        }
    if (!r->ok) return;
    if (!r->wasm || !r->wasm_len) {
        fputs("fuzz: accepted without a module\n", stderr);
        abort();
    }
    char *err = NULL;
    if (ml_wabt_validate_binary(r->wasm, r->wasm_len, &err)) {
        fprintf(stderr, "fuzz: module.wasm does not validate: %s\n", err ? err : "?");
        abort();
    }
}

#endif
