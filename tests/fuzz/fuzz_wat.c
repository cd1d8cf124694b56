/* libFuzzer target: the whole compiler but wabt (ml_compile with no
 * assembler: parse, sema, lowering, both emitters, the runtime linked as
 * text), about 20 times as many inputs a second as fuzz_compile, whose
 * every input also has wabt parse ~100 KB of WAT. A finding is a crash, a
 * sanitizer report or an "internal error" diagnostic; the WAT's validity is
 * fuzz_compile's part. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    MlOptions o = {0};
    o.filename = "fuzz.ml";
    o.target = ML_TARGET_WASI;
    MlResult *r = ml_compile((const char *)data, size, &o);
    for (int i = 0; i < r->diag_count; i++)
        if (strstr(r->diags[i].message, "internal error")) {
            fprintf(stderr, "fuzz: %d:%d: %s\n", r->diags[i].line, r->diags[i].col, r->diags[i].message);
            abort();
        }
    if (r->ok && !r->wat) {
        fputs("fuzz: accepted without WAT\n", stderr);
        abort();
    }
    ml_result_free(r);
    return 0;
}
