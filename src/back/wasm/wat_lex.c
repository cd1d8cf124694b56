/* WAT tokens, numbers and strings (see wat_lex.h). */
#include "wat_lex.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Character classes (the lexer's inner loops test one table entry per
 * byte): SPACE, and END_ATOM for what ends an atom (space, parentheses,
 * a quote, a comment's ';'). */
enum { SPACE = 1, END_ATOM = 2, SPECIAL = 4 };
#define S (SPACE | END_ATOM)
#define X (END_ATOM | SPECIAL)
static const unsigned char CLASS[256] = {
    ['\t'] = S, ['\n'] = S, ['\r'] = S, [' '] = S,
    ['('] = X, [')'] = X, ['"'] = X, [';'] = X,
};
#undef S
#undef X

/* Past white space and comments. */
static const char *skip(const char *p, const char *end) {
    for (;;) {
        while (p < end && (CLASS[(unsigned char)*p] & SPACE)) p++;
        if (p + 1 < end && p[0] == ';' && p[1] == ';') {
            while (p < end && *p != '\n') p++;
        } else if (p + 1 < end && p[0] == '(' && p[1] == ';') {
            int depth = 0;
            while (p < end) {
                if (p + 1 < end && p[0] == '(' && p[1] == ';') depth++, p += 2;
                else if (p + 1 < end && p[0] == ';' && p[1] == ')') {
                    p += 2;
                    if (--depth == 0) break;
                } else p++;
            }
        } else {
            return p;
        }
    }
}

static const char *string_end(const char *p, const char *end) {
    for (p++; p < end && *p != '"'; p++)
        if (*p == '\\' && p + 1 < end) p++;
    return p < end ? p + 1 : end;
}

WatTok wat_next(WatLex *lx) {
    const char *p = skip(lx->p, lx->end);
    WatTok t = {p, 0, 0};
    if (p >= lx->end) {
        lx->p = p;
        return t;
    }
    const char *q;
    if (*p == '(' || *p == ')') {
        t.kind = *p;
        q = p + 1;
    } else if (*p == '"') {
        t.kind = '"';
        q = string_end(p, lx->end);
    } else {
        t.kind = 'a';
        q = p;
        while (q < lx->end && !(CLASS[(unsigned char)*q] & END_ATOM)) q++;
    }
    t.n = (uint32_t)(q - p);
    lx->p = q;
    return t;
}

/* The word that ends at `end` (white space before it skipped), from the
 * text's start `begin` on. */
static WatTok word_before(const char *begin, const char *end) {
    while (end > begin && (CLASS[(unsigned char)end[-1]] & SPACE)) end--;
    const char *w = end;
    while (w > begin && !(CLASS[(unsigned char)w[-1]] & END_ATOM)) w--;
    return (WatTok){w, (uint32_t)(end - w), w < end ? 'a' : 0};
}

bool wat_find_group(WatLex *lx, WatTok *before) {
    const char *p = lx->p, *end = lx->end;
    for (;;) {
        while (p < end && !(CLASS[(unsigned char)*p] & SPECIAL)) p++;
        if (p >= end) break;
        if (*p == '"') {
            p = string_end(p, end);
        } else if (*p == ';' || (*p == '(' && p + 1 < end && p[1] == ';')) {
            const char *q = skip(p, end);
            p = q > p ? q : p + 1; /* a lone ';' is no comment: stepped over */
        } else if (*p == ')') {
            lx->p = p;
            return false;
        } else {
            lx->p = p;
            *before = word_before(lx->begin, p);
            /* a call_indirect's table index comes between it and its type */
            if (before->kind && (before->s[0] == '$' || (before->s[0] >= '0' && before->s[0] <= '9'))) {
                WatTok w = word_before(lx->begin, before->s);
                if (wat_is(w, "call_indirect")) *before = w;
            }
            return true;
        }
    }
    lx->p = end;
    return false;
}

WatTok wat_peek(const WatLex *lx) {
    WatLex copy = *lx;
    return wat_next(&copy);
}


bool wat_skip_rest(WatLex *lx) {
    int depth = 1;
    const char *p = lx->p, *end = lx->end;
    while (p < end) {
        p = skip(p, end);
        if (p >= end) break;
        if (*p == '"') {
            p = string_end(p, end);
        } else if (*p == '(') {
            depth++, p++;
        } else if (*p == ')') {
            p++;
            if (--depth == 0) {
                lx->p = p;
                return true;
            }
        } else {
            p++;
        }
    }
    lx->p = end;
    return false;
}

static int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Digits (with underscores between them) in base 10 or 16; false on
 * overflow of 64 bits or a stray character. */
static bool digits(const char *p, const char *end, int base, uint64_t *out) {
    uint64_t v = 0;
    bool any = false;
    for (; p < end; p++) {
        if (*p == '_' && any) continue;
        int d = hex_digit(*p);
        if (d < 0 || d >= base) return false;
        if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) return false;
        v = v * (uint64_t)base + (uint64_t)d;
        any = true;
    }
    *out = v;
    return any;
}

bool wat_uint(WatTok t, uint64_t *mag, bool *neg) {
    if (t.kind != 'a' || !t.n) return false;
    const char *p = t.s, *end = t.s + t.n;
    *neg = false;
    if (*p == '-' || *p == '+') *neg = *p++ == '-';
    if (end - p > 2 && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) return digits(p + 2, end, 16, mag);
    return digits(p, end, 10, mag);
}

/* "nan", "inf", "nan:0x..." (after the sign); false if t is none of them. */
static bool special(const char *p, const char *end, int mant_bits, uint64_t *mant, bool *is_nan, bool *ok) {
    size_t n = (size_t)(end - p);
    *ok = true;
    if (n == 3 && !memcmp(p, "inf", 3)) {
        *is_nan = false;
        *mant = 0;
        return true;
    }
    if (n == 3 && !memcmp(p, "nan", 3)) {
        *is_nan = true;
        *mant = (uint64_t)1 << (mant_bits - 1); /* the canonical NaN */
        return true;
    }
    if (n > 6 && !memcmp(p, "nan:0x", 6)) {
        *is_nan = true;
        *ok = digits(p + 6, end, 16, mant) && *mant && *mant < (uint64_t)1 << mant_bits;
        return true;
    }
    return false;
}

/* The bits of a float constant of `width` 64 or 32: specials, or a
 * finite number through strtod / strtof (exact for hex floats, correctly
 * rounded for decimal ones; underscores removed first). */
static bool float_bits(WatTok t, int width, uint64_t *bits) {
    if (t.kind != 'a' || !t.n) return false;
    const char *p = t.s, *end = t.s + t.n;
    bool neg = false;
    if (*p == '-' || *p == '+') neg = *p++ == '-';
    uint64_t sign = neg ? (uint64_t)1 << (width - 1) : 0;
    uint64_t mant;
    bool is_nan, ok;
    if (special(p, end, width == 64 ? 52 : 23, &mant, &is_nan, &ok)) {
        *bits = sign | (width == 64 ? 0x7FF0000000000000ull : 0x7F800000u) | (is_nan ? mant : 0);
        return ok;
    }
    char tmp[512];
    size_t n = 0;
    for (; p < end; p++) {
        if (*p == '_') continue;
        if (n + 1 >= sizeof tmp) return false;
        tmp[n++] = *p;
    }
    tmp[n] = 0;
    if (!n || tmp[0] < '0' || tmp[0] > '9') return false; /* a digit first: no second sign, no "nan(...)" */
    char *stop;
    if (width == 64) {
        double v = strtod(tmp, &stop);
        if (*stop || isinf(v)) return false;
        memcpy(bits, &v, sizeof v);
    } else {
        float v = strtof(tmp, &stop);
        if (*stop || isinf(v)) return false;
        uint32_t b;
        memcpy(&b, &v, sizeof b);
        *bits = b;
    }
    *bits |= sign; /* the text's sign (strtod saw none) */
    return true;
}

bool wat_f64_bits(WatTok t, uint64_t *bits) { return float_bits(t, 64, bits); }

bool wat_f32_bits(WatTok t, uint32_t *bits) {
    uint64_t b = 0;
    bool ok = float_bits(t, 32, &b);
    *bits = (uint32_t)b;
    return ok;
}

bool wat_string(WatTok t, Buf *out) {
    if (t.kind != '"' || t.n < 2 || t.s[t.n - 1] != '"') return false;
    const char *p = t.s + 1, *end = t.s + t.n - 1;
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '\\') q++;
        buf_putn(out, p, (size_t)(q - p));
        if (q == end) break;
        if (q + 1 >= end) return false;
        char c = q[1];
        p = q + 2;
        switch (c) {
        case 'n': buf_putc(out, '\n'); break;
        case 't': buf_putc(out, '\t'); break;
        case 'r': buf_putc(out, '\r'); break;
        case '\\': buf_putc(out, '\\'); break;
        case '\'': buf_putc(out, '\''); break;
        case '"': buf_putc(out, '"'); break;
        case 'u': { /* \u{hex}: the code point in UTF-8 */
            const char *close = memchr(p, '}', (size_t)(end - p));
            uint64_t cp;
            if (*p != '{' || !close || !digits(p + 1, close, 16, &cp) || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000))
                return false;
            char u[4];
            int n;
            if (cp < 0x80) u[0] = (char)cp, n = 1;
            else if (cp < 0x800) u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 63)), n = 2;
            else if (cp < 0x10000)
                u[0] = (char)(0xE0 | cp >> 12), u[1] = (char)(0x80 | ((cp >> 6) & 63)), u[2] = (char)(0x80 | (cp & 63)), n = 3;
            else
                u[0] = (char)(0xF0 | cp >> 18), u[1] = (char)(0x80 | ((cp >> 12) & 63)),
                u[2] = (char)(0x80 | ((cp >> 6) & 63)), u[3] = (char)(0x80 | (cp & 63)), n = 4;
            buf_putn(out, u, (size_t)n);
            p = close + 1;
            break;
        }
        default: {
            int hi = hex_digit(c), lo = p < end ? hex_digit(*p) : -1;
            if (hi < 0 || lo < 0) return false;
            buf_putc(out, (char)(hi * 16 + lo));
            p++;
        }
        }
    }
    return true;
}
