/* The compiler's data built into the library (native CLI, npm package):
 * the tables tools/rtindex.c and tools/genstdlib.c generate. The page's
 * compiler links src/emscripten/data_none.c instead (see api_data.h). */
#include "api_data.h"

/* build/gen/runtime_wat.c */
extern const char ml_runtime_wat[];
extern const unsigned long ml_runtime_wat_len;
extern const uint32_t ml_runtime_index_header[], ml_runtime_index_funcs[], ml_runtime_index_fields[],
    ml_runtime_index_data[], ml_runtime_index_hash[], ml_runtime_index_lists[];
extern const char ml_runtime_index_strings[];
/* build/gen/stdlib_sources.c */
extern const MlStdSource ml_stdlib_sources[];
extern const int ml_stdlib_source_count;

bool ml_data_builtin(MlData *out) {
    *out = (MlData){
        .runtime = {ml_runtime_wat,
                    ml_runtime_wat_len,
                    {ml_runtime_index_header, ml_runtime_index_funcs, ml_runtime_index_fields, ml_runtime_index_data,
                     ml_runtime_index_hash, ml_runtime_index_lists, ml_runtime_index_strings}},
        .stdlib = ml_stdlib_sources,
        .stdlib_count = ml_stdlib_source_count,
    };
    return true;
}
