/* The build artifacts (declared in src/bundle/artifacts.def) as C values. */
#ifndef ML_ARTIFACTS_H
#define ML_ARTIFACTS_H

typedef enum MlArtifact {
#define ML_ARTIFACT(id, file, field, js, kind, role) ML_ARTIFACT_##id,
#include "bundle/artifacts.def"
#undef ML_ARTIFACT
    ML_ARTIFACT_COUNT
} MlArtifact;

typedef enum MlArtifactKind { ML_ART_TEXT, ML_ART_BYTES } MlArtifactKind;
typedef enum MlArtifactRole { ML_ART_CONTENT, ML_ART_GRAPH, ML_ART_LOCK } MlArtifactRole;

typedef struct MlArtifactInfo {
    const char *file;
    MlArtifactKind kind;
    MlArtifactRole role;
} MlArtifactInfo;

/* Indexed by MlArtifact, in the table's order. */
extern const MlArtifactInfo ml_artifacts[ML_ARTIFACT_COUNT];

#endif
