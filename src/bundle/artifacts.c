#include "bundle/artifacts.h"

const MlArtifactInfo ml_artifacts[ML_ARTIFACT_COUNT] = {
#define ML_ARTIFACT(id, file, field, js, kind, role) [ML_ARTIFACT_##id] = {file, ML_ART_##kind, ML_ART_##role},
#include "bundle/artifacts.def"
#undef ML_ARTIFACT
};
