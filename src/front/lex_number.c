/* Number literals: decimal integers (any length, digits of any script),
 * 0x/0o/0b integers (converted to decimal text with a small bignum), floats
 * (strtod on an ASCII copy without underscores). As CPython's tokenizer:
 * underscores only between digits, no leading zeros in non-zero decimal
 * integers, and a number may not run into a name. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lex_internal.h"
#include "unicode_class.h"

/* Value of the digit at p (any script) and its byte length, or -1. */
static int digit_at(const Lexer *L, const char *p, int *n) {
    if (p >= L->end) return -1;
    uint32_t cp;
    *n = lex_decode(L, p, &cp);
    return uc_digit_value(cp);
}

static bool is_name_char_at(const Lexer *L, const char *p) {
    if (p >= L->end) return false;
    uint32_t cp;
    lex_decode(L, p, &cp);
    return uc_is_id_continue(cp);
}

/* Skip the identifier characters that follow a malformed number, so that
 * one mistake gives one error. */
static const char *skip_name_chars(const Lexer *L, const char *p) {
    while (p < L->end) {
        uint32_t cp;
        int n = lex_decode(L, p, &cp);
        if (!uc_is_id_continue(cp)) break;
        p += n;
    }
    return p;
}

/* Decimal text of the digits d[0..n) in base radix (2, 8 or 16). */
static const char *radix_to_decimal(Arena *a, const unsigned char *d, size_t n, int radix) {
    /* Little-endian limbs in base 1e9. */
    const uint32_t BASE = 1000000000u;
    uint32_t *limbs = arena_alloc(a, (n / 6 + 2) * sizeof *limbs);
    size_t nl = 1;
    limbs[0] = 0;
    for (size_t i = 0; i < n; i++) {
        uint64_t carry = d[i];
        for (size_t k = 0; k < nl; k++) {
            uint64_t v = (uint64_t)limbs[k] * (uint64_t)radix + carry;
            limbs[k] = (uint32_t)(v % BASE);
            carry = v / BASE;
        }
        if (carry) limbs[nl++] = (uint32_t)carry;
    }
    char *out = arena_alloc(a, nl * 9 + 1);
    size_t len = 0;
    char tmp[16];
    int t = snprintf(tmp, sizeof tmp, "%u", (unsigned)limbs[nl - 1]);
    memcpy(out, tmp, (size_t)t);
    len = (size_t)t;
    for (size_t k = nl - 1; k-- > 0;) {
        snprintf(out + len, 10, "%09u", (unsigned)limbs[k]);
        len += 9;
    }
    out[len] = '\0';
    return out;
}

static const char *radix_name(int radix) {
    return radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
}

static void lex_radix(Lexer *L, const char *s, int line, int col, int radix) {
    const char *p = s + 2;
    /* Digits without underscores, as values. */
    const char *e = p;
    while ((*e >= '0' && *e <= '9') || ((*e | 0x20) >= 'a' && (*e | 0x20) <= 'f') || *e == '_')
        e++;
    unsigned char *digits = arena_alloc(L->c->arena, (size_t)(e - p) + 1);
    size_t nd = 0;
    bool bad = false;
    for (;;) {
        const char *q = p;
        if (*q == '_') q++;
        int v = -1;
        char ch = *q;
        if (ch >= '0' && ch <= '9') v = ch - '0';
        else if (ch >= 'a' && ch <= 'f') v = ch - 'a' + 10;
        else if (ch >= 'A' && ch <= 'F') v = ch - 'A' + 10;
        if (v < 0 || v >= radix) {
            if (v >= 0 && radix != 16 && v < 10) {
                lex_error(L, line, col, "invalid digit '%c' in %s literal", ch, radix_name(radix));
                bad = true;
                p = skip_name_chars(L, q);
            } else if (q != p || nd == 0 || is_name_char_at(L, q)) {
                lex_error(L, line, col, "invalid %s literal", radix_name(radix));
                bad = true;
                p = skip_name_chars(L, q);
            }
            break;
        }
        digits[nd++] = (unsigned char)v;
        p = q + 1;
    }
    Token *t = lex_push(L, TK_INT, s, (size_t)(p - s), line, col);
    t->int_text = bad ? "0" : radix_to_decimal(L->c->arena, digits, nd, radix);
    L->p = p;
}

/* Scan digitpart: digit (['_'] digit)*, appending ASCII digits to out.
 * Returns the end, or NULL after an error about a misplaced '_'. */
static const char *scan_digits(Lexer *L, const char *p, char *out, size_t *len) {
    int n;
    int v = digit_at(L, p, &n);
    if (v < 0) return p;
    for (;;) {
        out[(*len)++] = (char)('0' + v);
        p += n;
        v = digit_at(L, p, &n);
        if (v >= 0) continue;
        if (*p == '_') {
            v = digit_at(L, p + 1, &n);
            if (v < 0) return NULL;
            p++;
            continue;
        }
        return p;
    }
}

/* "0" to "99", static. */
static const char *small_int_text(int v) {
#define ONE(d) {(char)('0' + (d)), 0, 0}
#define TWO(t, d) {(char)('0' + (t)), (char)('0' + (d)), 0}
#define TEN(t) TWO(t, 0), TWO(t, 1), TWO(t, 2), TWO(t, 3), TWO(t, 4), TWO(t, 5), TWO(t, 6), TWO(t, 7), TWO(t, 8), TWO(t, 9)
    static const char texts[100][3] = {ONE(0), ONE(1), ONE(2), ONE(3), ONE(4), ONE(5), ONE(6), ONE(7), ONE(8), ONE(9),
                                       TEN(1), TEN(2), TEN(3), TEN(4), TEN(5), TEN(6), TEN(7), TEN(8), TEN(9)};
#undef ONE
#undef TWO
#undef TEN
    return texts[v];
}

void lex_number(Lexer *L, const char *s, int line, int col) {
    if (s[0] == '0') {
        char x = (char)(s[1] | 0x20);
        int radix = x == 'x' ? 16 : x == 'o' ? 8 : x == 'b' ? 2 : 0;
        if (radix) {
            lex_radix(L, s, line, col, radix);
            return;
        }
    }
    /* ASCII copy: at most one byte per source byte of the literal (bounded
     * by the run of characters a number can contain), plus "e" and NUL. */
    const char *e = s;
    for (;;) {
        int n;
        if (*e == '_' || *e == '.' || *e == 'e' || *e == 'E' || *e == '+' || *e == '-')
            e++;
        else if (digit_at(L, e, &n) >= 0)
            e += n;
        else
            break;
    }
    /* on the stack unless long: only an int's digits are kept (below) */
    char small[64];
    char *buf = (size_t)(e - s) + 4 <= sizeof small ? small : arena_alloc(L->c->arena, (size_t)(e - s) + 4);
    size_t len = 0, int_len;
    bool is_float = false;
    const char *p = s;
    if (*p != '.') {
        p = scan_digits(L, p, buf, &len);
        if (!p) goto invalid;
    }
    int_len = len;
    if (*p == '.' && !(p[1] == '.' && p[2] == '.')) {
        is_float = true;
        buf[len++] = '.';
        p++;
        int n;
        if (digit_at(L, p, &n) >= 0) {
            p = scan_digits(L, p, buf, &len);
            if (!p) goto invalid;
        }
    }
    if (*p == 'e' || *p == 'E') {
        const char *q = p + 1;
        if (*q == '+' || *q == '-') q++;
        int n;
        if (digit_at(L, q, &n) >= 0) {
            is_float = true;
            buf[len++] = 'e';
            if (p[1] == '-') buf[len++] = '-';
            p = scan_digits(L, q, buf, &len);
            if (!p) goto invalid;
        }
    }
    if (*p == 'j' || *p == 'J') { /* an imaginary literal: 2j, 1.5e3J, 010j (leading zeros allowed) */
        p++;
        if (is_name_char_at(L, p)) goto invalid;
        buf[len] = '\0';
        Token *t = lex_push(L, TK_IMAG, s, (size_t)(p - s), line, col);
        t->fval = strtod(buf, NULL);
        L->p = p;
        return;
    }
    if (is_name_char_at(L, p)) goto invalid;
    buf[len] = '\0';
    if (is_float) {
        Token *t = lex_push(L, TK_FLOAT, s, (size_t)(p - s), line, col);
        t->fval = strtod(buf, NULL);
    } else {
        /* Leading zeros are fine only when the value is zero. */
        size_t z = 0;
        while (z + 1 < int_len && buf[z] == '0') z++;
        if (z > 0 && buf[z] != '0')
            lex_error(L, line, col,
                      "leading zeros in decimal integer literals are not permitted; "
                      "use an 0o prefix for octal integers");
        /* The digits, kept: 0 to 99 are static strings (a large program
         * has hundreds of thousands of them), others a copy; a plain
         * decimal literal's digits are its spelling too. */
        size_t n = (size_t)(p - s), dn = int_len - z;
        const char *digits = dn <= 2   ? small_int_text(atoi(buf + z))
                             : buf == small ? arena_strndup(L->c->arena, buf + z, dn)
                                            : buf + z;
        bool same = z == 0 && n == int_len && memcmp(buf, s, n) == 0;
        Token *t = lex_push_as(L, TK_INT, s, n, line, col, same ? digits : NULL);
        t->int_text = digits;
    }
    L->p = p;
    return;

invalid:
    lex_error(L, line, col, "invalid decimal literal");
    {
        const char *e = s;
        while (e < L->end) {
            uint32_t cp;
            int n = lex_decode(L, e, &cp);
            if (!(uc_is_id_continue(cp) || cp == '.')) break;
            e += n;
        }
        if (e == s) e = s + 1;
        Token *t = lex_push(L, TK_INT, s, (size_t)(e - s), line, col);
        t->int_text = "0";
        L->p = e;
    }
}
