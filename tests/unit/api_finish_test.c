/* ml_compile's last steps (src/api.c, finish): the WAT is assembled after
 * the compile's arena is released, then build_graph.json and
 * build.lock.json are made. An assembler that fails gives one designed
 * diagnostic (an internal error: an invalid module is our bug) and no
 * artifact; one that works gives all of them, imported modules' sources
 * hashed in the lock. Linked with the whole library (build/obj). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "back/wasm/wat_asm.h"

#include "check.h"

static int failing_assembler(void *user, const char *wat, size_t len, unsigned char **wasm, size_t *wasm_len,
                             char **error) {
    (void)user, (void)wat, (void)len;
    *wasm = NULL;
    *wasm_len = 0;
    *error = malloc(32);
    strcpy(*error, "module.wat:1:2: error: refused");
    return 1;
}

static const char helper_src[] = "def twice(x):\n    return 2 * x\n";

static int load_helper(void *user, const char *name, const char *importer, char **path, char **source, size_t *len,
                       char **looked) {
    (void)user, (void)importer;
    *looked = NULL;
    if (strcmp(name, "helper")) return 1;
    *source = malloc(sizeof helper_src);
    memcpy(*source, helper_src, sizeof helper_src);
    *len = sizeof helper_src - 1;
    *path = malloc(16);
    strcpy(*path, "helper.ml");
    return 0;
}

int main(void) {
    size_t len;
    const char *src = "import helper\nprint(helper.twice(21))\n";
    MlOptions o = {0};
    o.filename = "prog.ml";
    o.lang = "en";
    o.load_module = load_helper;

    o.assemble = failing_assembler;
    MlResult *r = ml_compile(src, strlen(src), &o);
    CHECK(!r->ok);
    CHECK(r->diag_count == 1);
    CHECK(r->diag_count == 1 && r->diags[0].line == 0 && !strcmp(r->diags[0].file, "prog.ml"));
    CHECK(r->diagnostics && strstr(r->diagnostics, "prog.ml: error: internal error: the generated WAT "
                                                    "could not be assembled: module.wat:1:2: error: refused") == r->diagnostics);
    for (int a = 0; a < ML_ARTIFACT_COUNT; a++) CHECK(ml_result_artifact(r, (MlArtifact)a, &len) == NULL);
    ml_result_free(r);

    o.assemble = ml_wat_assemble;
    r = ml_compile(src, strlen(src), &o);
    CHECK(r->ok);
    CHECK(r->diag_count == 0);
    for (int a = 0; a < ML_ARTIFACT_COUNT; a++) CHECK(ml_result_artifact(r, (MlArtifact)a, &len) != NULL);
    CHECK(r->wasm_len > 8 && !memcmp(r->wasm, "\0asm", 4));
    CHECK(r->build_lock && strstr(r->build_lock, "helper.ml"));
    CHECK(r->build_graph && strstr(r->build_graph, "\"prog.ml\""));
    ml_result_free(r);

    if (failures) return 1;
    puts("api_finish_test: ok");
    return 0;
}
