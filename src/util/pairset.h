/* A set of ordered pairs of pointers, in an arena: "has caller a already
 * recorded callee b", answered in constant time, so that a module body
 * calling 50,000 distinct defs is not quadratic. */
#ifndef ML_PAIRSET_H
#define ML_PAIRSET_H
#include <stdbool.h>

#include "arena.h"

typedef struct PairSetSlot {
    const void *a, *b;
} PairSetSlot;

typedef struct PairSet {
    PairSetSlot *slots;
    int cap, len; /* cap is 0 or a power of two */
} PairSet;

/* Adds (a, b); true when it was not there yet. a must not be NULL. */
bool pairset_add(Arena *arena, PairSet *s, const void *a, const void *b);

#endif
