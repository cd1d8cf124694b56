/* The page's compiler has no data built in: the worker gives it
 * multilingual_data.bin once the first screen is up (see src/api_data.h). */
#include "api_data.h"

bool ml_data_builtin(MlData *out) {
    (void)out;
    return false;
}
