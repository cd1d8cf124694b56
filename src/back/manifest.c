/* abi_manifest.json, in the shape of the seed's ABI document, keys sorted so
 * the text is deterministic. */
#include "manifest.h"

#include "export_abi.h"
#include "../runtime/rt_abi.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

typedef struct WasiSig {
    const char *name;
    const char *params; /* JSON array body */
    const char *result;
} WasiSig;

/* Every WASI call the runtime may import (src/runtime/rt_internal.h), by
 * name; tests/files.test.mjs checks a module's manifest against its
 * imports. */
static const WasiSig wasi_sigs[] = {
    {"args_get", "\"i32\", \"i32\"", "i32"},
    {"args_sizes_get", "\"i32\", \"i32\"", "i32"},
    {"clock_time_get", "\"i32\", \"i64\", \"i32\"", "i32"},
    {"environ_get", "\"i32\", \"i32\"", "i32"},
    {"environ_sizes_get", "\"i32\", \"i32\"", "i32"},
    {"fd_close", "\"i32\"", "i32"},
    {"fd_fdstat_get", "\"i32\", \"i32\"", "i32"},
    {"fd_filestat_get", "\"i32\", \"i32\"", "i32"},
    {"fd_prestat_dir_name", "\"i32\", \"i32\", \"i32\"", "i32"},
    {"fd_prestat_get", "\"i32\", \"i32\"", "i32"},
    {"fd_read", "\"i32\", \"i32\", \"i32\", \"i32\"", "i32"},
    {"fd_readdir", "\"i32\", \"i32\", \"i32\", \"i64\", \"i32\"", "i32"},
    {"fd_seek", "\"i32\", \"i64\", \"i32\", \"i32\"", "i32"},
    {"fd_write", "\"i32\", \"i32\", \"i32\", \"i32\"", "i32"},
    {"path_create_directory", "\"i32\", \"i32\", \"i32\"", "i32"},
    {"path_filestat_get", "\"i32\", \"i32\", \"i32\", \"i32\", \"i32\"", "i32"},
    {"path_open", "\"i32\", \"i32\", \"i32\", \"i32\", \"i32\", \"i64\", \"i64\", \"i32\", \"i32\"", "i32"},
    {"path_remove_directory", "\"i32\", \"i32\", \"i32\"", "i32"},
    {"path_rename", "\"i32\", \"i32\", \"i32\", \"i32\", \"i32\", \"i32\"", "i32"},
    {"path_unlink_file", "\"i32\", \"i32\", \"i32\"", "i32"},
    {"poll_oneoff", "\"i32\", \"i32\", \"i32\", \"i32\"", "i32"},
    {"proc_exit", "\"i32\"", "void"},
    {"random_get", "\"i32\", \"i32\"", "i32"},
};

/* Every "env" function the runtime may import: the page host's DOM calls
 * (src/runtime/rt_dom.c, implemented by shim/dom.mjs), by name. */
static const WasiSig env_sigs[] = {
    {"dom_append", "\"i32\", \"i32\"", "i32"},
    {"dom_cancel", "\"i32\"", "void"},
    {"dom_class", "\"i32\", \"i32\", \"i32\", \"i32\"", "i32"},
    {"dom_create", "\"i32\", \"i32\"", "i32"},
    {"dom_event", "\"i32\"", "i32"},
    {"dom_get", "\"i32\", \"i32\"", "i32"},
    {"dom_get_attr", "\"i32\", \"i32\", \"i32\"", "i32"},
    {"dom_listen", "\"i32\", \"i32\", \"i32\"", "i32"},
    {"dom_query", "\"i32\", \"i32\"", "i32"},
    {"dom_query_all", "\"i32\", \"i32\"", "i32"},
    {"dom_read", "\"i32\", \"i32\"", "i32"},
    {"dom_remove", "\"i32\"", "i32"},
    {"dom_set", "\"i32\", \"i32\", \"i32\", \"i32\"", "void"},
    {"dom_set_attr", "\"i32\", \"i32\", \"i32\", \"i32\", \"i32\"", "i32"},
    {"dom_style", "\"i32\", \"i32\", \"i32\", \"i32\", \"i32\"", "void"},
    {"dom_take", "\"i32\"", "void"},
    {"dom_timer", "\"f64\", \"i32\"", "i32"},
};

/* the RtBig layout the manifest states is wasm32's (no pointer before d) */
_Static_assert(offsetof(RtBig, n) == 16 && offsetof(RtBig, neg) == 20 && offsetof(RtBig, d) == 24, "RtBig layout");
_Static_assert(RT_INT_SMALL_MAX == ((int64_t)1 << 61) - 1, "small ints are 62-bit");

static int cmp_name(const void *a, const void *b) {
    return strcmp((*(const Function *const *)a)->name, (*(const Function *const *)b)->name);
}

/* The wasm-level signature of an export, from its ABI kinds. */
static void wasm_params(const Function *f, Buf *out) {
    int k = 0;
    for (int j = 0; j < f->params.len; j++) {
        Type t = ((const Symbol *)f->params.items[j])->type;
        AbiKind a = abi_param_kind(f, j);
        if (a == ABI_STR || a == ABI_F64_ARRAY || a == ABI_VALUE) buf_printf(out, "%s\"i32\", \"i32\"", k++ ? ", " : "");
        else buf_printf(out, "%s\"%s\"", k++ ? ", " : "", type_wasm(t));
    }
    if (abi_result_kind(f) == ABI_TUPLE) buf_printf(out, "%s\"i32\"", k ? ", " : "");
}

static void wasm_results(const Function *f, Buf *out) {
    switch (abi_result_kind(f)) {
    case ABI_VOID: break;
    case ABI_TUPLE: case ABI_POINTS: buf_puts(out, "\"i32\""); break;
    default: buf_printf(out, "\"%s\"", type_wasm(f->ret));
    }
}

static void put_name(Buf *out, const char *name, const char *suffix) {
    Buf b;
    buf_init(&b);
    buf_puts(&b, name);
    buf_puts(&b, suffix);
    buf_put_json_string(out, b.data, b.len);
    buf_free(&b);
}

static void export_entry(const Function *f, Buf *out) {
    AbiKind r = abi_result_kind(f);
    int arity = r == ABI_TUPLE ? abi_tuple_arity(f) : 0;
    buf_puts(out, "    {\n      \"arg_types\": [");
    for (int j = 0; j < f->params.len; j++) {
        buf_puts(out, j ? ", \"" : "\"");
        abi_put_param_type(out, f, j);
        buf_puts(out, "\"");
    }
    buf_printf(out, "],\n      \"mode\": \"%s\",\n      \"name\": ", render_mode_name(f->render_mode));
    buf_put_json_string(out, f->name, strlen(f->name));
    /* a host names the parameter a value does not fit (its TypeError) */
    buf_puts(out, ",\n      \"param_names\": [");
    for (int j = 0; j < f->params.len; j++) {
        const char *pn = ((const Symbol *)f->params.items[j])->name;
        if (j) buf_puts(out, ", ");
        buf_put_json_string(out, pn, strlen(pn));
    }
    buf_puts(out, "]");
    buf_puts(out, ",\n      \"return_type\": \"");
    if (r == ABI_TUPLE)
        for (int i = 0; i < arity; i++) buf_puts(out, i ? ",f64" : "tuple<f64");
    buf_puts(out, r == ABI_TUPLE ? ">" : abi_kind_name(r));
    buf_puts(out, "\",\n");
    if (r == ABI_POINTS) {
        buf_puts(out, "      \"stream_output\": {\n        \"count_export\": ");
        put_name(out, f->name, ABI_POINT_COUNT_SUFFIX);
        buf_puts(out,
                 ",\n"
                 "        \"item_layout\": {\n"
                 "          \"fields\": [\n"
                 "            {\"name\": \"x\", \"offset_bytes\": 0, \"type\": \"f64\"},\n"
                 "            {\"name\": \"y\", \"offset_bytes\": 8, \"type\": \"f64\"}\n"
                 "          ],\n"
                 "          \"kind\": \"struct\",\n"
                 "          \"stride_bytes\": 16\n"
                 "        },\n"
                 "        \"kind\": \"points\",\n"
                 "        \"writer_export\": ");
        put_name(out, f->name, ABI_WRITE_POINTS_SUFFIX);
        buf_puts(out, ",\n        \"writer_signature\": {\"arg_types\": [\"i32\", \"i32\"], \"return_type\": \"i32\"}\n"
                      "      },\n");
    }
    if (r == ABI_TUPLE) {
        buf_printf(out, "      \"tuple_return\": {\n        \"arity\": %d,\n        \"lowering\": \"out_params\",\n"
                        "        \"multi_value_export\": ", arity);
        put_name(out, f->name, ABI_MULTI_VALUE_SUFFIX);
        buf_puts(out, "\n      },\n");
    }
    buf_puts(out, "      \"wasm_params\": [");
    wasm_params(f, out);
    buf_puts(out, "],\n      \"wasm_results\": [");
    wasm_results(f, out);
    buf_puts(out, "]\n    }");
}

/* The rows of sigs the module imports (names in used), as manifest entries
 * of that module; *k counts the entries written so far. */
static void put_imports(Buf *out, const char *module, const WasiSig *sigs, size_t n, const PtrVec *used, int *k) {
    for (size_t i = 0; i < n; i++) {
        bool found = false;
        for (int j = 0; j < used->len; j++)
            if (!strcmp(used->items[j], sigs[i].name)) found = true;
        if (!found) continue;
        buf_printf(out,
                   "%s\n    {\"module\": \"%s\", \"name\": \"%s\", \"param_types\": [%s], \"return_type\": \"%s\"}",
                   (*k)++ ? "," : "", module, sigs[i].name, sigs[i].params, sigs[i].result);
    }
}

void manifest_emit(const Program *p, const PtrVec *wasi_imports, const char *target, Buf *out) {
    buf_puts(out, "{\n  \"abi_version\": 1,\n  \"backend\": \"wat\",\n  \"exports\": [\n");
    /* Exports sorted by name for determinism independent of source order. */
    int n = p->functions.len;
    const Function **sorted = calloc((size_t)n + 1, sizeof *sorted);
    int kept = 0;
    for (int i = 0; i < n; i++) {
        const Function *f = p->functions.items[i];
        if (abi_is_exported(f)) sorted[kept++] = f;
    }
    n = kept;
    qsort(sorted, (size_t)n, sizeof *sorted, cmp_name);
    for (int i = 0; i < n; i++) {
        export_entry(sorted[i], out);
        buf_puts(out, ",\n");
    }
    free(sorted);
    buf_puts(out, "    {\n      \"arg_types\": [],\n      \"mode\": \"scalar_field\",\n"
                  "      \"name\": \"_start\",\n      \"param_names\": [],\n      \"return_type\": \"void\",\n"
                  "      \"wasm_params\": [],\n      \"wasm_results\": []\n    }\n  ],\n");
    buf_puts(out,
             "  \"memory_layout\": {\n"
             "    \"collections\": {\n"
             "      \"array<f64>\": {\n"
             "        \"element_size_bytes\": 8,\n"
             "        \"element_type\": \"f64\",\n"
             "        \"offset_formula\": \"base + index * 8\"\n"
             "      }\n"
             "    },\n"
             );
    /* Where a host puts arguments (str, array<f64>) and out-params: one
     * scratch area of the module, valid until the next call of the export. */
    if (abi_uses_host_buffer(p))
        buf_puts(out, "    \"host_buffer\": {\"arg_types\": [\"i32\"], \"export\": \"" ABI_HOST_BUFFER
                      "\", \"return_type\": \"i32\", \"valid_until\": \"next call of the export\"},\n");
    if (abi_uses_big_int(p))
        buf_puts(out, "    \"big_int_result\": {\"export\": \"" ABI_BIG_INT "\", \"return_type\": \"i32\", \"sentinel\": \""
                      ABI_BIG_INT_SENTINEL "\"},\n");
    buf_puts(out,
             "    \"memory_export\": \"memory\",\n");
    /* How a host reads the objects an export returns ("str", "object"):
     * the runtime's layouts (src/runtime/rt_abi.h), wasm32. An int object
     * whose value is outside the small range (small_bits) is an RtBig: its
     * value is a handle, its magnitude 32-bit limbs. A list whose type word
     * has bool_items_flag holds bytes (0, 1), float_items_flag 16-byte
     * items whose first 8 bytes are the f64 (RtFloatItem), else objects. */
    buf_printf(out,
               "    \"objects\": {\n"
               "      \"bool\": {\"type_code\": %d, \"value_offset\": 8, \"value_type\": \"i64\"},\n"
               "      \"bytes\": {\"byte_length_offset\": 8, \"data_offset\": %d, \"type_code\": %d},\n"
               "      \"float\": {\"type_code\": %d, \"value_offset\": 8, \"value_type\": \"f64\"},\n"
               "      \"header\": {\"size_bytes\": 8, \"type_mask\": %u, \"type_offset\": 0},\n"
               "      \"int\": {\"big\": {\"limb_bits\": 32, \"limb_count_offset\": %d, \"limbs_offset\": %d, "
               "\"negative_offset\": %d}, \"small_bits\": 62, \"type_code\": %d, \"value_offset\": 8, "
               "\"value_type\": \"i64\"},\n"
               "      \"list\": {\"bool_items_flag\": %u, \"float_item_size_bytes\": %d, \"float_items_flag\": %u, "
               "\"items_pointer_offset\": 16, \"length_offset\": 8, \"type_code\": %d},\n"
               "      \"none\": {\"type_code\": %d},\n"
               "      \"str\": {\"byte_length_offset\": 8, \"data_offset\": %d, \"encoding\": \"utf-8\", \"type_code\": %d},\n"
               "      \"tuple\": {\"items_offset\": 16, \"length_offset\": 8, \"type_code\": %d}\n"
               "    },\n",
               RT_TYPE_BOOL, RT_STR_HEADER_BYTES, RT_TYPE_BYTES, RT_TYPE_FLOAT, RT_TYPE_MASK, (int)offsetof(RtBig, n), (int)offsetof(RtBig, d),
               (int)offsetof(RtBig, neg), RT_TYPE_INT, (unsigned)RT_FLAG_LIST_BOOLS, (int)sizeof(RtFloatItem),
               (unsigned)RT_FLAG_LIST_FLOATS, RT_TYPE_LIST, RT_TYPE_NONE, RT_STR_HEADER_BYTES,
               RT_TYPE_STR, RT_TYPE_TUPLE);
    buf_puts(out,
             "    \"primitive_types\": {\n"
             "      \"f64\": {\"alignment_bytes\": 8, \"size_bytes\": 8},\n"
             "      \"i32\": {\"alignment_bytes\": 4, \"size_bytes\": 4},\n"
             "      \"i64\": {\"alignment_bytes\": 8, \"size_bytes\": 8}\n"
             "    }");
    /* The encoding of arguments of shaped types (ABI_VALUE): its tags, read
     * by the host's encoder (src/runtime/rt_host_value.c has the format). */
    if (abi_uses_host_buffer(p)) {
        buf_puts(out, ",\n    \"value_encoding\": {\"block_alignment_bytes\": 8, \"containers\": {\"list\": 0, "
                      "\"set\": 2, \"tuple\": 1}, \"tags\": {");
        int t = 0;
#define HOST_VALUE_TAG(name, text, number) buf_printf(out, "%s\"%s\": %d", t++ ? ", " : "", text, number);
#include "../runtime/rt_host_value.def"
#undef HOST_VALUE_TAG
        buf_puts(out, "}}");
    }
    buf_puts(out, "\n  },\n");
    buf_puts(out, "  \"flush_export\": \"" ABI_FLUSH "\",\n");
    /* call after an export call ended in an exception (its frames are dead) */
    buf_puts(out, "  \"reset_export\": \"" ABI_RESET "\",\n");
    buf_puts(out, "  \"required_host_imports\": [");
    int k = 0;
    put_imports(out, "env", env_sigs, sizeof env_sigs / sizeof env_sigs[0], wasi_imports, &k);
    put_imports(out, "wasi_snapshot_preview1", wasi_sigs, sizeof wasi_sigs / sizeof wasi_sigs[0], wasi_imports, &k);
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
