/* Concept names: the X-macro of concepts.h as strings. */
#include "lang/concepts.h"

#include <string.h>

static const char *const concept_names[CONCEPT_COUNT] = {
    [CONCEPT_NONE] = NULL,
#define ML_CONCEPT_NAME(name) [KW_##name] = #name,
    ML_CONCEPTS(ML_CONCEPT_NAME)
#undef ML_CONCEPT_NAME
};

const char *concept_name(Concept c) {
    if ((int)c <= (int)CONCEPT_NONE || (int)c >= (int)CONCEPT_COUNT) return NULL;
    return concept_names[c];
}

Concept concept_from_name(const char *name) {
    if (!name) return CONCEPT_NONE;
    for (int i = 1; i < CONCEPT_COUNT; i++)
        if (strcmp(concept_names[i], name) == 0) return (Concept)i;
    return CONCEPT_NONE;
}
