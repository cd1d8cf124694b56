/* SHA-256 (FIPS 180-4), own implementation: hashes for build.lock.json. */
#ifndef ML_SHA256_H
#define ML_SHA256_H
#include <stddef.h>
#include <stdint.h>

#define SHA256_DIGEST_LEN 32
#define SHA256_HEX_LEN 64 /* without the NUL */

typedef struct Sha256 {
    uint32_t h[8];
    uint64_t total;        /* bytes hashed so far */
    unsigned char buf[64]; /* pending partial block */
    size_t buf_len;
} Sha256;

void sha256_init(Sha256 *s);
void sha256_update(Sha256 *s, const void *data, size_t len);
void sha256_final(Sha256 *s, unsigned char out[SHA256_DIGEST_LEN]);

/* One-shot helpers. hex is lowercase and NUL-terminated (65 bytes). */
void sha256(const void *data, size_t len, unsigned char out[SHA256_DIGEST_LEN]);
void sha256_hex(const void *data, size_t len, char hex[SHA256_HEX_LEN + 1]);
void sha256_to_hex(const unsigned char digest[SHA256_DIGEST_LEN], char hex[SHA256_HEX_LEN + 1]);

/* Tests: whether this machine hashes with the CPU's SHA extensions, and
 * the portable block function (to check the two agree). */
int sha256_uses_cpu_extensions(void);
void sha256_portable_block(uint32_t h[8], const unsigned char block[64]);

#endif
