/* The random module's shared internals (rt_random.c: the generator and the
 * integer functions; rt_random_seq.c: the sequence functions;
 * rt_random_dist.c: the distributions). Runtime-internal (wasm32 build and
 * native tests). The module's entry points are in rt_abi.h ("random
 * module"). */
#ifndef ML_RT_RANDOM_H
#define ML_RT_RANDOM_H
#include "rt_bigint.h"

/* The generator: one per module instance, as CPython's module-level
 * functions share one Random instance. Zero-initialized means "not seeded
 * yet": the first word drawn (which twists, left being 0) seeds it from the OS (rt_random_seed_os), as
 * CPython seeds at import. */
#define RT_MT_N 624
typedef struct RtRandom {
    uint32_t mt[RT_MT_N];
    uint32_t left;    /* words of mt not drawn yet (0: twist first) */
    int32_t seeded;
    int32_t has_gauss; /* Random.gauss_next is not None */
    double gauss_next;
} RtRandom;
extern RtRandom rt_random_state;

/* genrand_uint32: the next 32-bit output of MT19937 */
uint32_t rt_random_u32(void);
/* Random._randbelow (_randbelow_with_getrandbits) of n > 0: a C integer ... */
uint64_t rt_random_below_u64(uint64_t n);
/* ... and of a tagged int n > 0 */
int64_t rt_random_below(int64_t n);

#endif
