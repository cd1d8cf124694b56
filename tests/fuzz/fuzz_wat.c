/* libFuzzer target: the whole compiler but wabt (ml_compile with its own
 * assembler: parse, sema, lowering, both emitters, the runtime linked as
 * text, the module assembled), many times as many inputs a second as
 * fuzz_compile, whose every input also has wabt parse and validate the
 * WAT. A finding is a crash, a sanitizer report or an "internal error"
 * diagnostic (the assembler refusing the text is one); the module's
 * validity is fuzz_compile's part. */
#include "back/wasm/wat_asm.h"
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    MlOptions o = {0};
    o.filename = "fuzz.ml";
    o.target = ML_TARGET_WASI;
    o.assemble = ml_wat_assemble;
    MlResult *r = ml_compile((const char *)data, size, &o);
    for (int i = 0; i < r->diag_count; i++)
        if (strstr(r->diags[i].message, "internal error")) {
            fprintf(stderr, "fuzz: %d:%d: %s\n", r->diags[i].line, r->diags[i].col, r->diags[i].message);
            abort();
        }
    if (r->ok && (!r->wat || !r->wasm)) {
        fputs("fuzz: accepted without WAT or module\n", stderr);
        abort();
    }
    ml_result_free(r);
    return 0;
}
