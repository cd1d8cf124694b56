/* libFuzzer target: the compile entry point (ml_compile with libwabt).
 * Any input is a program in a detected language; it must be accepted with
 * a module that validates, or refused with designed errors (fuzz_common.h).
 * Crashes, leaks and undefined behaviour are found by the sanitizers. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    MlResult *r = fuzz_compile((const char *)data, size, NULL);
    fuzz_check_result(r);
    ml_result_free(r);
    return 0;
}
