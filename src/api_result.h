/* Shared by src/api.c and src/api_result.c. */
#ifndef ML_API_RESULT_H
#define ML_API_RESULT_H
#include "api.h"

/* Frees every artifact of r and forgets it (r stays valid). */
void ml_result_drop_artifacts(MlResult *r);

#endif
