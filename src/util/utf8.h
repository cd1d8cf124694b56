/* UTF-8 decoding and the Unicode character classes the lexer needs. */
#ifndef ML_UTF8_H
#define ML_UTF8_H
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* Decode one code point at s (n bytes available). Returns its byte length
 * (1..4) and stores the code point, or returns 0 for invalid UTF-8. */
int utf8_decode(const char *s, size_t n, uint32_t *cp);
/* The same, also accepting encoded surrogates (WTF-8, as a "\ud800"
 * escape in a string literal produces). */
int utf8_decode_wtf8(const char *s, size_t n, uint32_t *cp);
/* Encode cp into out (room for 4 bytes); returns the byte count. */
int utf8_encode(uint32_t cp, char *out);
/* Byte offset of the first invalid sequence, or -1 when s is valid UTF-8. */
long utf8_validate(const char *s, size_t n);
/* Number of code points in valid UTF-8. */
size_t utf8_count(const char *s, size_t n);

#endif
