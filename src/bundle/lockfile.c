#include "bundle/lockfile.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "bundle/json.h"
#include "bundle/sha256.h"
#include "ml_version.h"
#include "util/buf.h"

/* The lock file's own name (it cannot hash itself). */
/* The artifacts' file names as constants (ART_WAT is ART_WAT), for
 * the stage table below. */
#define ML_ARTIFACT(id, file, field, js, kind, role) static const char ART_##id[] = file;
#include "bundle/artifacts.def"
#undef ML_ARTIFACT
/* The lock file cannot hash itself. */
#define LOCK_JSON ART_BUILD_LOCK

const char *bundle_source_name(const char *path) {
    if (!path || !*path) return "<input>";
    const char *base = path;
    for (const char *p = path; *p; p++)
        if (*p == '/' || *p == '\\') base = p + 1;
    return *base ? base : "<input>";
}

/* Indices of files sorted by name (byte order, like Python's sort). */
static int *sorted_order(const BundleFile *files, int n) {
    int *idx = malloc(sizeof *idx * (size_t)(n > 0 ? n : 1));
    if (!idx) abort();
    for (int i = 0; i < n; i++) {
        int j = i;
        while (j > 0 && strcmp(files[idx[j - 1]].name, files[i].name) > 0) {
            idx[j] = idx[j - 1];
            j--;
        }
        idx[j] = i;
    }
    return idx;
}

static void put_tool(JsonWriter *w) {
    json_key(w, "tool");
    json_object_begin(w);
    json_key_string(w, "name", "multilingual");
    json_key_string(w, "version", ML_VERSION);
    json_object_end(w);
}

static int cmp_module(const void *a, const void *b) {
    return strcmp(((const BundleModule *)a)->name, ((const BundleModule *)b)->name);
}

/* The modules sorted by name (a malloc'd copy). */
static BundleModule *sorted_modules(const BundleModule *mods, int nmods) {
    BundleModule *s = malloc(sizeof *s * (size_t)(nmods + 1));
    if (!s) abort();
    if (nmods) memcpy(s, mods, sizeof *s * (size_t)nmods);
    qsort(s, (size_t)nmods, sizeof *s, cmp_module);
    return s;
}

char *bundle_lock_json(const char *source_name, const unsigned char *src, size_t src_len,
                       const BundleFile *files, int n) {
    return bundle_lock_json_modules(source_name, src, src_len, files, n, NULL, 0);
}

char *bundle_lock_json_modules(const char *source_name, const unsigned char *src, size_t src_len,
                               const BundleFile *files, int n, const BundleModule *mods, int nmods) {
    Buf b;
    buf_init(&b);
    JsonWriter w;
    json_init(&w, &b);
    char hex[SHA256_HEX_LEN + 1];
    int *order = sorted_order(files, n);

    json_object_begin(&w);
    json_key(&w, "artifacts");
    json_object_begin(&w);
    for (int k = 0; k < n; k++) {
        const BundleFile *f = &files[order[k]];
        if (!strcmp(f->name, LOCK_JSON)) continue; /* cannot hash itself */
        sha256_hex(f->data, f->len, hex);
        json_key(&w, f->name);
        json_object_begin(&w);
        json_key_uint(&w, "bytes", (unsigned long long)f->len);
        json_key_string(&w, "sha256", hex);
        json_object_end(&w);
    }
    json_object_end(&w);
    json_key_int(&w, "lock_version", 1);
    if (nmods) {
        BundleModule *sm = sorted_modules(mods, nmods);
        json_key(&w, "modules");
        json_object_begin(&w);
        for (int k = 0; k < nmods; k++) {
            sha256_hex(sm[k].data, sm[k].len, hex);
            json_key(&w, sm[k].name);
            json_object_begin(&w);
            json_key_uint(&w, "bytes", (unsigned long long)sm[k].len);
            json_key_string(&w, "path", bundle_source_name(sm[k].path));
            json_key_string(&w, "sha256", hex);
            json_object_end(&w);
        }
        json_object_end(&w);
        free(sm);
    }
    json_key(&w, "source");
    json_object_begin(&w);
    sha256_hex(src, src_len, hex);
    json_key_uint(&w, "bytes", (unsigned long long)src_len);
    json_key_string(&w, "path", bundle_source_name(source_name));
    json_key_string(&w, "sha256", hex);
    json_object_end(&w);
    put_tool(&w);
    json_object_end(&w);
    json_finish(&w);
    free(order);
    return buf_take(&b, NULL);
}

/* ---- build graph ---------------------------------------------------------- */

#define MAXL 8
#define SRC "$source" /* placeholder for the source's basename */

typedef struct Stage {
    const char *id;
    const char *deps[MAXL];
    const char *inputs[MAXL];
    const char *outputs[MAXL];
    bool produces_files; /* listed only when one output is a given file */
} Stage;

static const Stage STAGES[] = {
    {"read_source", {0}, {SRC}, {"source_text"}, false},
    {"detect_language", {"read_source"}, {"source_text"}, {"language"}, false},
    {"parse", {"read_source", "detect_language"}, {"source_text", "language"}, {"ast"}, false},
    {"analyze", {"parse"}, {"ast"}, {"typed_ast"}, false},
    {"lower_wat", {"analyze"}, {"typed_ast"}, {ART_WAT}, true},
    {"assemble_wasm", {"lower_wat"}, {ART_WAT}, {ART_WASM}, true},
    {"emit_abi_manifest", {"analyze"}, {"typed_ast"}, {ART_ABI_MANIFEST}, true},
    {"emit_host_shim", {"emit_abi_manifest"}, {ART_ABI_MANIFEST}, {ART_HOST_SHIM}, true},
    {"emit_renderer_template",
     {"emit_abi_manifest"},
     {ART_ABI_MANIFEST},
     {ART_RENDERER_TEMPLATE},
     true},
    {"transpile_python", {"parse"}, {"ast"}, {ART_TRANSPILED_PY}, true},
};

static bool has_file(const BundleFile *files, int n, const char *name) {
    for (int i = 0; i < n; i++)
        if (!strcmp(files[i].name, name)) return true;
    return false;
}

static bool stage_included(const Stage *s, const BundleFile *files, int n) {
    if (!s->produces_files) return true;
    for (int i = 0; i < MAXL && s->outputs[i]; i++)
        if (has_file(files, n, s->outputs[i])) return true;
    return false;
}

static bool id_included(const char *id, const BundleFile *files, int n) {
    for (size_t i = 0; i < sizeof STAGES / sizeof STAGES[0]; i++)
        if (!strcmp(STAGES[i].id, id)) return stage_included(&STAGES[i], files, n);
    return false;
}

static void put_names(JsonWriter *w, const char *key, const char *const *names,
                      const char *source) {
    json_key(w, key);
    json_array_begin(w);
    for (int i = 0; i < MAXL && names[i]; i++)
        json_string(w, !strcmp(names[i], SRC) ? source : names[i]);
    json_array_end(w);
}

/* All artifact names, sorted. */
static void put_artifacts(JsonWriter *w, const char *key, const BundleFile *files,
                          const int *order, int n) {
    json_key(w, key);
    json_array_begin(w);
    for (int k = 0; k < n; k++) json_string(w, files[order[k]].name);
    json_array_end(w);
}

char *bundle_graph_json(const char *source_name, const char *lang, const char *target,
                        const BundleFile *files, int n) {
    return bundle_graph_json_modules(source_name, lang, target, files, n, NULL, 0);
}

char *bundle_graph_json_modules(const char *source_name, const char *lang, const char *target,
                                const BundleFile *files, int n, const BundleModule *mods, int nmods) {
    const char *source = bundle_source_name(source_name);
    Buf b;
    buf_init(&b);
    JsonWriter w;
    json_init(&w, &b);
    int *order = sorted_order(files, n);
    const size_t nstages = sizeof STAGES / sizeof STAGES[0];

    json_object_begin(&w);
    put_artifacts(&w, "artifacts", files, order, n);
    json_key_int(&w, "graph_version", 1);
    json_key_string(&w, "language", lang ? lang : "");
    if (nmods) {
        BundleModule *sm = sorted_modules(mods, nmods);
        char hex[SHA256_HEX_LEN + 1];
        json_key(&w, "modules");
        json_array_begin(&w);
        for (int k = 0; k < nmods; k++) {
            sha256_hex(sm[k].data, sm[k].len, hex);
            json_object_begin(&w);
            json_key_string(&w, "language", sm[k].lang ? sm[k].lang : "");
            json_key_string(&w, "name", sm[k].name);
            json_key_string(&w, "path", bundle_source_name(sm[k].path));
            json_key_string(&w, "sha256", hex);
            json_object_end(&w);
        }
        json_array_end(&w);
        free(sm);
    }
    json_key(&w, "nodes");
    json_array_begin(&w);
    for (size_t i = 0; i < nstages; i++) {
        const Stage *s = &STAGES[i];
        if (!stage_included(s, files, n)) continue;
        json_object_begin(&w);
        json_key(&w, "deps");
        json_array_begin(&w);
        for (int d = 0; d < MAXL && s->deps[d]; d++)
            if (id_included(s->deps[d], files, n)) json_string(&w, s->deps[d]);
        json_array_end(&w);
        json_key_string(&w, "id", s->id);
        put_names(&w, "inputs", s->inputs, source);
        put_names(&w, "outputs", s->outputs, source);
        json_object_end(&w);
    }
    /* hash_artifacts: the source and every artifact but the lock itself (and
     * this graph, which is hashed too but depends on no content) feed
     * build.lock.json. */
    bool has_lock = has_file(files, n, LOCK_JSON);
    if (has_lock) {
        json_object_begin(&w);
        json_key(&w, "deps");
        json_array_begin(&w);
        json_string(&w, "read_source");
        for (size_t i = 0; i < nstages; i++)
            if (STAGES[i].produces_files && stage_included(&STAGES[i], files, n))
                json_string(&w, STAGES[i].id);
        json_array_end(&w);
        json_key_string(&w, "id", "hash_artifacts");
        json_key(&w, "inputs");
        json_array_begin(&w);
        json_string(&w, source);
        for (int k = 0; k < n; k++)
            if (strcmp(files[order[k]].name, LOCK_JSON))
                json_string(&w, files[order[k]].name);
        json_array_end(&w);
        json_key(&w, "outputs");
        json_array_begin(&w);
        json_string(&w, LOCK_JSON);
        json_array_end(&w);
        json_object_end(&w);
    }
    /* write_artifacts: atomic writes of everything under the directory lock. */
    json_object_begin(&w);
    json_key(&w, "deps");
    json_array_begin(&w);
    for (size_t i = 0; i < nstages; i++)
        if (STAGES[i].produces_files && stage_included(&STAGES[i], files, n))
            json_string(&w, STAGES[i].id);
    if (has_lock) json_string(&w, "hash_artifacts");
    json_array_end(&w);
    json_key_string(&w, "id", "write_artifacts");
    put_artifacts(&w, "inputs", files, order, n);
    json_key(&w, "lock");
    json_string(&w, BUNDLE_LOCK_NAME);
    put_artifacts(&w, "outputs", files, order, n);
    json_object_end(&w);
    json_array_end(&w);
    json_key_string(&w, "source", source);
    json_key_string(&w, "target", target ? target : "");
    put_tool(&w);
    json_object_end(&w);
    json_finish(&w);
    free(order);
    return buf_take(&b, NULL);
}
