/* The private module _hashlib (stdlib.def) under src/stdlib/hashlib.ml: the
 * digest of a byte string by MD5 (RFC 1321), SHA-1, SHA-224 and SHA-256
 * (FIPS 180-4) here, SHA-384 and SHA-512 by rt_sha512.c. The hash objects
 * (update, digest, hexdigest, copy) are hashlib.ml's: they keep the bytes
 * and ask for the digest of all of them. */
#include "rt_internal.h"
#include "rt_obj.h"
#include "rt_sha512.h"

static uint32_t rotl(uint32_t x, unsigned n) { return (x << n) | (x >> (32 - n)); }
static uint32_t rotr(uint32_t x, unsigned n) { return (x >> n) | (x << (32 - n)); }

/* The message padded to whole 64-byte blocks: the 1 bit, zeros, the
 * length in bits (little-endian for MD5, big-endian for the SHAs). */
static uint8_t *pad64(const uint8_t *p, uint32_t n, uint32_t *blocks, int little) {
    uint32_t total = (n + 9 + 63) / 64 * 64;
    uint8_t *m = rt_alloc(total);
    for (uint32_t i = 0; i < n; i++) m[i] = p[i];
    m[n] = 0x80;
    for (uint32_t i = n + 1; i < total; i++) m[i] = 0;
    uint64_t bits = (uint64_t)n * 8;
    for (int i = 0; i < 8; i++) m[little ? total - 8 + i : total - 1 - i] = (uint8_t)(bits >> (8 * i));
    *blocks = total / 64;
    return m;
}

static uint32_t be32(const uint8_t *p) { return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]; }
static uint32_t le32(const uint8_t *p) { return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0]; }

static void md5(const uint8_t *p, uint32_t n, uint8_t out[16]) {
    static const uint32_t K[64] = {
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391};
    static const uint8_t S[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22,
                                  5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 5, 9,  14, 20,
                                  4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                                  6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};
    uint32_t h[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476}, blocks;
    uint8_t *m = pad64(p, n, &blocks, 1);
    for (uint32_t b = 0; b < blocks; b++) {
        uint32_t w[16];
        for (int i = 0; i < 16; i++) w[i] = le32(m + 64 * b + 4 * i);
        uint32_t a = h[0], bb = h[1], c = h[2], d = h[3];
        for (int i = 0; i < 64; i++) {
            uint32_t f;
            int g;
            if (i < 16) f = (bb & c) | (~bb & d), g = i;
            else if (i < 32) f = (d & bb) | (~d & c), g = (5 * i + 1) % 16;
            else if (i < 48) f = bb ^ c ^ d, g = (3 * i + 5) % 16;
            else f = c ^ (bb | ~d), g = (7 * i) % 16;
            uint32_t t = d;
            d = c, c = bb;
            bb = bb + rotl(a + f + K[i] + w[g], S[i]);
            a = t;
        }
        h[0] += a, h[1] += bb, h[2] += c, h[3] += d;
    }
    for (int i = 0; i < 16; i++) out[i] = (uint8_t)(h[i / 4] >> (8 * (i % 4)));
}

static void sha1(const uint8_t *p, uint32_t n, uint8_t out[20]) {
    uint32_t h[5] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}, blocks;
    uint8_t *m = pad64(p, n, &blocks, 0);
    for (uint32_t b = 0; b < blocks; b++) {
        uint32_t w[80];
        for (int i = 0; i < 16; i++) w[i] = be32(m + 64 * b + 4 * i);
        for (int i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
        uint32_t a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4];
        for (int i = 0; i < 80; i++) {
            uint32_t f, k;
            if (i < 20) f = (bb & c) | (~bb & d), k = 0x5a827999;
            else if (i < 40) f = bb ^ c ^ d, k = 0x6ed9eba1;
            else if (i < 60) f = (bb & c) | (bb & d) | (c & d), k = 0x8f1bbcdc;
            else f = bb ^ c ^ d, k = 0xca62c1d6;
            uint32_t t = rotl(a, 5) + f + e + k + w[i];
            e = d, d = c, c = rotl(bb, 30), bb = a, a = t;
        }
        h[0] += a, h[1] += bb, h[2] += c, h[3] += d, h[4] += e;
    }
    for (int i = 0; i < 20; i++) out[i] = (uint8_t)(h[i / 4] >> (24 - 8 * (i % 4)));
}

/* SHA-256, or SHA-224 (its other initial values, the digest cut to 28) */
static void sha256(const uint8_t *p, uint32_t n, uint8_t *out, int is224) {
    static const uint32_t K[64] = {
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};
    static const uint32_t H256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                     0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    static const uint32_t H224[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                     0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
    uint32_t h[8], blocks;
    for (int i = 0; i < 8; i++) h[i] = is224 ? H224[i] : H256[i];
    uint8_t *m = pad64(p, n, &blocks, 0);
    for (uint32_t b = 0; b < blocks; b++) {
        uint32_t w[64];
        for (int i = 0; i < 16; i++) w[i] = be32(m + 64 * b + 4 * i);
        for (int i = 16; i < 64; i++) {
            uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t a = h[0], bb = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
        for (int i = 0; i < 64; i++) {
            uint32_t t1 = k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
            uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & bb) ^ (a & c) ^ (bb & c));
            k = g, g = f, f = e, e = d + t1, d = c, c = bb, bb = a, a = t1 + t2;
        }
        h[0] += a, h[1] += bb, h[2] += c, h[3] += d, h[4] += e, h[5] += f, h[6] += g, h[7] += k;
    }
    for (int i = 0; i < (is224 ? 28 : 32); i++) out[i] = (uint8_t)(h[i / 4] >> (24 - 8 * (i % 4)));
}

/* _hashlib.digest(name, data): the digest (bytes) of data (bytes) by the
 * algorithm hashlib.ml names: md5, sha1, sha224, sha256, sha384, sha512 */
RtObj *rt_hashlib_digest(RtObj *name, RtObj *data) {
    uint32_t n;
    const char *p = rt_bytes_view(data, &n);
    if (RT_OBJ_TYPE(name) != RT_TYPE_STR || !p) {
        rt_raise_cstr(RT_EXC_TYPE, "_hashlib.digest() takes a name and bytes");
        return 0;
    }
    const char *a = ((RtStr *)name)->data;
    const uint8_t *u = (const uint8_t *)p;
    uint8_t out[RT_SHA512_BYTES];
    uint32_t size;
    if (rt_cstr_eq(a, "md5")) md5(u, n, out), size = 16;
    else if (rt_cstr_eq(a, "sha1")) sha1(u, n, out), size = 20;
    else if (rt_cstr_eq(a, "sha224")) sha256(u, n, out, 1), size = 28;
    else if (rt_cstr_eq(a, "sha256")) sha256(u, n, out, 0), size = 32;
    else if (rt_cstr_eq(a, "sha384")) rt_sha384(u, n, out), size = 48;
    else if (rt_cstr_eq(a, "sha512")) rt_sha512(u, n, out), size = 64;
    else {
        rt_raise_fmt(RT_EXC_VALUE, "unsupported hash type %s", a);
        return 0;
    }
    return rt_bytes_make(RT_TYPE_BYTES, (const char *)out, size);
}
