/* abi_manifest.json, in the shape of the seed's ABI document, keys sorted so
 * the text is deterministic. */
#include "manifest.h"

#include <stdlib.h>
#include <string.h>

typedef struct WasiSig {
    const char *name;
    const char *params; /* JSON array body */
    const char *result;
} WasiSig;

static const WasiSig wasi_sigs[] = {
    {"args_get", "\"i32\", \"i32\"", "i32"},
    {"args_sizes_get", "\"i32\", \"i32\"", "i32"},
    {"clock_time_get", "\"i32\", \"i64\", \"i32\"", "i32"},
    {"environ_get", "\"i32\", \"i32\"", "i32"},
    {"environ_sizes_get", "\"i32\", \"i32\"", "i32"},
    {"fd_close", "\"i32\"", "i32"},
    {"fd_fdstat_get", "\"i32\", \"i32\"", "i32"},
    {"fd_read", "\"i32\", \"i32\", \"i32\", \"i32\"", "i32"},
    {"fd_seek", "\"i32\", \"i64\", \"i32\", \"i32\"", "i32"},
    {"fd_write", "\"i32\", \"i32\", \"i32\", \"i32\"", "i32"},
    {"proc_exit", "\"i32\"", "void"},
    {"random_get", "\"i32\", \"i32\"", "i32"},
};

static const char *ret_type(Type t) { return t == T_NONE ? "void" : type_wasm(t); }

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void manifest_emit(const Program *p, const PtrVec *wasi_imports, const char *target, Buf *out) {
    buf_puts(out, "{\n  \"abi_version\": 1,\n  \"backend\": \"wat\",\n  \"exports\": [\n");
    /* Exports sorted by name for determinism independent of source order. */
    int n = p->functions.len;
    const char **names = calloc((size_t)n + 1, sizeof *names);
    int kept = 0;
    for (int i = 0; i < n; i++)
        if (!((Function *)p->functions.items[i])->is_lambda) names[kept++] = ((Function *)p->functions.items[i])->name;
    n = kept;
    qsort(names, (size_t)n, sizeof *names, cmp_str);
    bool first = true;
    for (int i = 0; i < n; i++) {
        const Function *f = sema_find_function(p, names[i]);
        if (!strcmp(f->name, "_start") || !strcmp(f->name, "memory")) continue;
        buf_puts(out, first ? "" : ",\n");
        first = false;
        buf_puts(out, "    {\n      \"arg_types\": [");
        for (int j = 0; j < f->params.len; j++)
            buf_printf(out, "%s\"%s\"", j ? ", " : "", type_wasm(((Symbol *)f->params.items[j])->type));
        buf_puts(out, "],\n      \"mode\": \"scalar_field\",\n      \"name\": ");
        buf_put_json_string(out, f->name, strlen(f->name));
        buf_printf(out, ",\n      \"return_type\": \"%s\"\n    }", ret_type(f->ret));
    }
    free(names);
    buf_printf(out, "%s    {\n      \"arg_types\": [],\n      \"mode\": \"scalar_field\",\n"
                    "      \"name\": \"_start\",\n      \"return_type\": \"void\"\n    }\n  ],\n",
               first ? "" : ",\n");
    buf_puts(out,
             "  \"memory_layout\": {\n"
             "    \"collections\": {\n"
             "      \"array<f64>\": {\n"
             "        \"element_size_bytes\": 8,\n"
             "        \"element_type\": \"f64\",\n"
             "        \"offset_formula\": \"base + index * 8\"\n"
             "      }\n"
             "    },\n"
             "    \"memory_export\": \"memory\",\n"
             "    \"primitive_types\": {\n"
             "      \"f64\": {\"alignment_bytes\": 8, \"size_bytes\": 8},\n"
             "      \"i32\": {\"alignment_bytes\": 4, \"size_bytes\": 4},\n"
             "      \"i64\": {\"alignment_bytes\": 8, \"size_bytes\": 8}\n"
             "    }\n"
             "  },\n");
    buf_puts(out, "  \"required_host_imports\": [");
    int k = 0;
    for (size_t i = 0; i < sizeof wasi_sigs / sizeof wasi_sigs[0]; i++) {
        bool used = false;
        for (int j = 0; j < wasi_imports->len; j++)
            if (!strcmp(wasi_imports->items[j], wasi_sigs[i].name)) used = true;
        if (!used) continue;
        buf_printf(out,
                   "%s\n    {\"module\": \"wasi_snapshot_preview1\", \"name\": \"%s\", \"param_types\": [%s], "
                   "\"return_type\": \"%s\"}",
                   k++ ? "," : "", wasi_sigs[i].name, wasi_sigs[i].params, wasi_sigs[i].result);
    }
    buf_puts(out, k ? "\n  ],\n" : "],\n");
    buf_printf(out, "  \"target\": \"%s\",\n", target);
    buf_puts(out,
             "  \"tuple_lowering\": {\n"
             "    \"out_params_memory_layout\": {\n"
             "      \"element_size_bytes\": 8,\n"
             "      \"element_type\": \"f64\",\n"
             "      \"header_bytes\": 4,\n"
             "      \"length_type\": \"i32\"\n"
             "    },\n"
             "    \"preferred\": \"out_params\",\n"
             "    \"supported\": [\"multi_value\", \"out_params\"]\n"
             "  }\n"
             "}\n");
}
