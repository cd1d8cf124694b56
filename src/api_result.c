/* MlResult's artifacts and targets, by the tables (src/bundle/artifacts.def,
 * src/targets.def). Apart from ml_compile, so that a program that only
 * handles results, not compiles (the CLI core of the Emscripten build,
 * whose host compiles), links without the compiler. */
#include "api.h"
#include "api_result.h"

#include <stdlib.h>
#include <string.h>

/* Frees every artifact of r and forgets it. */
void ml_result_drop_artifacts(MlResult *r) {
#define ML_ARTIFACT_DROP_TEXT(field) free(r->field), r->field = NULL;
#define ML_ARTIFACT_DROP_BYTES(field) free(r->field), r->field = NULL, r->field##_len = 0;
#define ML_ARTIFACT(id, file, field, js, kind, role) ML_ARTIFACT_DROP_##kind(field)
#include "bundle/artifacts.def"
#undef ML_ARTIFACT
#undef ML_ARTIFACT_DROP_TEXT
#undef ML_ARTIFACT_DROP_BYTES
}

const char *ml_target_name(MlTarget target) {
    switch (target) {
#define ML_TARGET(id, name) \
    case ML_TARGET_##id: return #name;
#include "targets.def"
#undef ML_TARGET
    case ML_TARGET_COUNT: break;
    }
    return NULL;
}

void ml_result_free(MlResult *r) {
    if (!r) return;
    /* a host may give the count without the records (diags NULL) */
    for (int i = 0; r->diags && i < r->diag_count; i++) free(r->diags[i].message), free(r->diags[i].file);
    free(r->diags);
    free(r->diagnostics);
    free(r->lang);
    free(r->fallback_py);
    ml_result_drop_artifacts(r);
    free(r);
}

void ml_translation_free(MlTranslation *t) {
    if (!t) return;
    /* a host may give the count without the records (diags NULL) */
    for (int i = 0; t->diags && i < t->diag_count; i++) free(t->diags[i].message), free(t->diags[i].file);
    free(t->diags);
    free(t->diagnostics);
    free(t->lang);
    free(t->text);
    for (int i = 0; t->renames && i < t->rename_count; i++) {
        free(t->renames[i].from);
        free(t->renames[i].to);
        free(t->renames[i].reason);
    }
    free(t->renames);
    free(t);
}

const unsigned char *ml_result_artifact(const MlResult *r, MlArtifact a, size_t *len) {
    const unsigned char *data = NULL;
    *len = 0;
    switch (a) {
#define ML_ARTIFACT_GET_TEXT(field) data = (const unsigned char *)r->field, *len = data ? strlen(r->field) : 0;
#define ML_ARTIFACT_GET_BYTES(field) data = r->field, *len = data ? r->field##_len : 0;
#define ML_ARTIFACT(id, file, field, js, kind, role) \
    case ML_ARTIFACT_##id: ML_ARTIFACT_GET_##kind(field) break;
#include "bundle/artifacts.def"
#undef ML_ARTIFACT
#undef ML_ARTIFACT_GET_TEXT
#undef ML_ARTIFACT_GET_BYTES
    case ML_ARTIFACT_COUNT: break;
    }
    return data;
}
