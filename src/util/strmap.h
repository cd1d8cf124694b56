/* A map from NUL-terminated strings to pointers, in an arena: the symbol
 * tables of the compiler, so that finding a name costs the same in a
 * 10-line and in a 200,000-line program. Keys are not copied (they live in
 * the arena, as every name does). */
#ifndef ML_STRMAP_H
#define ML_STRMAP_H
#include "arena.h"

typedef struct StrMapSlot {
    const char *key;
    void *value;
} StrMapSlot;

typedef struct StrMap {
    StrMapSlot *slots;
    int cap, len; /* cap is 0 or a power of two */
} StrMap;

/* NULL when absent. */
void *strmap_get(const StrMap *m, const char *key);
/* Insert or replace. */
void strmap_put(Arena *a, StrMap *m, const char *key, void *value);

#endif
