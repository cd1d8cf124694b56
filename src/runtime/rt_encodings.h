/* The text encodings bytes(s, enc), s.encode(enc), b.decode(enc) and
 * str(b, enc) know, and their error handlers: one table for the runtime
 * (rt_bytes.c: names met at run time) and for sema (a literal naming
 * another encoding or handler is refused at compile time: CPython knows
 * many more). Self-contained: included by the wasm32 runtime and by the
 * native compiler. */
#ifndef ML_RT_ENCODINGS_H
#define ML_RT_ENCODINGS_H
#include <stdint.h>

enum { RT_ENC_UNKNOWN = 0, RT_ENC_UTF8, RT_ENC_ASCII, RT_ENC_LATIN1 };
enum { RT_ERRORS_STRICT = 0, RT_ERRORS_IGNORE, RT_ERRORS_REPLACE, RT_ERRORS_UNKNOWN };

static inline int rt_enc_eq(const char *a, const char *b) {
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

/* The encoding a name means, as CPython's codec lookup reads it: case
 * ignored, every run of other characters than letters, digits and '.'
 * one '_' (none at either end), '.' as '_'. */
static inline int rt_encoding_kind(const char *s, uint32_t n) {
    static const struct {
        const char *name;
        int kind;
    } names[] = {
        {"utf_8", RT_ENC_UTF8},       {"utf8", RT_ENC_UTF8},         {"u8", RT_ENC_UTF8},
        {"utf", RT_ENC_UTF8},         {"cp65001", RT_ENC_UTF8},      {"ascii", RT_ENC_ASCII},
        {"us_ascii", RT_ENC_ASCII},   {"646", RT_ENC_ASCII},         {"us", RT_ENC_ASCII},
        {"latin_1", RT_ENC_LATIN1},   {"latin1", RT_ENC_LATIN1},     {"latin", RT_ENC_LATIN1},
        {"l1", RT_ENC_LATIN1},        {"iso_8859_1", RT_ENC_LATIN1}, {"iso8859_1", RT_ENC_LATIN1},
        {"8859", RT_ENC_LATIN1},      {"cp819", RT_ENC_LATIN1},      {"iso_ir_100", RT_ENC_LATIN1},
    };
    char norm[24];
    uint32_t k = 0;
    int punct = 0;
    for (uint32_t i = 0; i < n; i++) {
        char c = s[i];
        int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
        if (!alnum) {
            punct = 1;
            continue;
        }
        if (k + 2 >= sizeof norm) return RT_ENC_UNKNOWN;
        if (punct && k) norm[k++] = '_';
        punct = 0;
        norm[k++] = c == '.' ? '_' : c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
    }
    norm[k] = 0;
    for (uint32_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (rt_enc_eq(norm, names[i].name)) return names[i].kind;
    return RT_ENC_UNKNOWN;
}

/* CPython's name of the codec, in its messages */
static inline const char *rt_encoding_name(int kind) {
    return kind == RT_ENC_UTF8 ? "utf-8" : kind == RT_ENC_ASCII ? "ascii" : "latin-1";
}

static inline int rt_errors_kind(const char *s) {
    return rt_enc_eq(s, "strict") ? RT_ERRORS_STRICT : rt_enc_eq(s, "ignore") ? RT_ERRORS_IGNORE
         : rt_enc_eq(s, "replace") ? RT_ERRORS_REPLACE : RT_ERRORS_UNKNOWN;
}

#endif
