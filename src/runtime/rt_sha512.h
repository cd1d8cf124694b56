/* SHA-512 (FIPS 180-4) of a byte string, for random.seed(str/bytes), which
 * CPython 3.11 seeds with the bytes followed by their SHA-512 digest
 * (rt_random.c), and for hashlib (rt_hashlib.c), with SHA-384.
 * Runtime-internal (wasm32 build and native tests). */
#ifndef ML_RT_SHA512_H
#define ML_RT_SHA512_H
#include <stdint.h>

#define RT_SHA512_BYTES 64
/* out = SHA-512(data[0, n)) */
void rt_sha512(const uint8_t *data, uint32_t n, uint8_t out[RT_SHA512_BYTES]);
/* out[0, 48) = SHA-384(data[0, n)) (hashlib; out has room for 64) */
void rt_sha384(const uint8_t *data, uint32_t n, uint8_t out[RT_SHA512_BYTES]);

#endif
