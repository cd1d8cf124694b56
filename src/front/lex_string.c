/* String literals: ' " ''' """ with the prefixes r b u f (rb br rf fr), escapes
 * decoded as Python does; f-strings keep their raw body for the parser; and
 * the Unicode quote pairs «…» 「…」 “…” ‘…’ (one line, no escapes). Newlines
 * inside a literal (CRLF, CR) become "\n". */
#include <string.h>

#include "../util/utf8.h"
#include "lex_internal.h"

typedef struct StrFlags {
    bool raw, bytes, fmt;
} StrFlags;

static StrFlags parse_prefix(const char *s, const char *q) {
    StrFlags f = {false, false, false};
    for (; s < q; s++) {
        char ch = (char)(*s | 0x20);
        if (ch == 'r') f.raw = true;
        else if (ch == 'b') f.bytes = true;
        else if (ch == 'f') f.fmt = true;
    }
    return f;
}

static int hex_value(char ch) {
    if (ch >= '0' && ch <= '9') return ch - '0';
    if (ch >= 'a' && ch <= 'f') return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F') return ch - 'A' + 10;
    return -1;
}

/* Is the closing delimiter at p? */
static bool at_close(const char *p, char quote, bool triple) {
    if (*p != quote) return false;
    return !triple || (p[1] == quote && p[2] == quote);
}

static void unterminated(Lexer *L, int line, int col, bool triple) {
    /* two whole sentences, which the message catalogs translate */
    if (triple) lex_error(L, line, col, "unterminated triple-quoted string literal (detected at line %d)", L->line);
    else lex_error(L, line, col, "unterminated string literal (detected at line %d)", L->line);
}

/* Decode the escape after the backslash at L->p into out; advances L->p. */
static void decode_escape(Lexer *L, StrFlags f, char *out, size_t *len) {
    const char *bs = L->p;
    const char *p = bs + 1;
    int eline = L->line, ecol = lex_col_at(L, bs);
    char ch = *p;
    uint32_t v;
    int nd;
    if (newline_len(p)) {
        L->p = p;
        lex_consume_newline(L);
        return;
    }
    switch (ch) {
    case '\\': case '\'': case '"':
        out[(*len)++] = ch;
        L->p = p + 1;
        return;
    case 'a': out[(*len)++] = '\a'; L->p = p + 1; return;
    case 'b': out[(*len)++] = '\b'; L->p = p + 1; return;
    case 'f': out[(*len)++] = '\f'; L->p = p + 1; return;
    case 'n': out[(*len)++] = '\n'; L->p = p + 1; return;
    case 'r': out[(*len)++] = '\r'; L->p = p + 1; return;
    case 't': out[(*len)++] = '\t'; L->p = p + 1; return;
    case 'v': out[(*len)++] = '\v'; L->p = p + 1; return;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        v = 0;
        for (nd = 0; nd < 3 && p[nd] >= '0' && p[nd] <= '7'; nd++) v = v * 8 + (uint32_t)(p[nd] - '0');
        L->p = p + nd;
        if (f.bytes)
            out[(*len)++] = (char)(v & 0xFF);
        else
            *len += (size_t)utf8_encode(v, out + *len);
        return;
    case 'x': {
        int h1 = hex_value(p[1]), h2 = h1 >= 0 ? hex_value(p[2]) : -1;
        if (h1 < 0 || h2 < 0) {
            lex_error(L, eline, ecol, "truncated \\xXX escape");
            L->p = p + 1;
            return;
        }
        v = (uint32_t)(h1 * 16 + h2);
        L->p = p + 3;
        if (f.bytes)
            out[(*len)++] = (char)v;
        else
            *len += (size_t)utf8_encode(v, out + *len);
        return;
    }
    case 'u': case 'U':
        if (f.bytes) break;
        {
            int want = ch == 'u' ? 4 : 8;
            v = 0;
            for (nd = 0; nd < want; nd++) {
                int h = hex_value(p[1 + nd]);
                if (h < 0) break;
                v = v * 16 + (uint32_t)h;
            }
            if (nd < want) {
                lex_error(L, eline, ecol, ch == 'u' ? "truncated \\uXXXX escape"
                                                    : "truncated \\UXXXXXXXX escape");
                L->p = p + 1 + nd;
                return;
            }
            L->p = p + 1 + want;
            if (v > 0x10FFFF) {
                lex_error(L, eline, ecol, "illegal Unicode character in \\U escape");
                return;
            }
            if (v >= 0xD800 && v <= 0xDFFF) {
                lex_error(L, eline, ecol,
                          "surrogate code point U+%04X is not supported in strings", (unsigned)v);
                return;
            }
            *len += (size_t)utf8_encode(v, out + *len);
            return;
        }
    case 'N':
        if (f.bytes) break;
        lex_error(L, eline, ecol, "\\N{...} escapes are not supported yet");
        p++;
        if (*p == '{') {
            const char *q = p;
            while (q < L->end && *q != '}' && *q != '\n' && *q != '\r' && *q != '"' && *q != '\'')
                q++;
            if (*q == '}') p = q + 1;
        }
        L->p = p;
        return;
    default:
        break;
    }
    /* Unknown escape: kept as written (backslash and the character). */
    out[(*len)++] = '\\';
    L->p = p;
}

void lex_string(Lexer *L, const char *s, const char *q, int line, int col) {
    StrFlags f = parse_prefix(s, q);
    char quote = *q;
    bool triple = q[1] == quote && q[2] == quote;
    const char *body = q + (triple ? 3 : 1);
    L->p = body;
    int body_line = L->line, body_col = lex_col_at(L, body);
    /* Decoded text is never longer than the source text of the body. The
     * extent is unknown yet, so find it first (cheaply) for the allocation. */
    const char *e = body;
    while (e < L->end && !at_close(e, quote, triple)) {
        if (*e == '\\' && e + 1 < L->end) {
            int nl = newline_len(e + 1);
            e += 1 + (nl ? nl : 1);
            continue;
        }
        if (!triple && newline_len(e)) break;
        e++;
    }
    char *out = arena_alloc(L->c->arena, (size_t)(e - body) + 8);
    size_t len = 0;
    bool closed = false, bad_bytes = false;
    int depth = 0; /* f-strings: nesting of replacement fields */
    while (L->p < L->end) {
        const char *p = L->p;
        char ch = *p;
        if (depth == 0 && at_close(p, quote, triple)) {
            closed = true;
            break;
        }
        if (newline_len(p)) {
            if (!triple) break;
            out[len++] = '\n';
            lex_consume_newline(L);
            continue;
        }
        if (f.fmt) {
            /* Raw body; find the end: quotes inside {fields} may be the
             * other kind of quote and do not end the literal. */
            if (depth == 0) {
                if (ch == '\\') {
                    char nx = p[1];
                    out[len++] = '\\';
                    L->p = p + 1;
                    if (newline_len(L->p)) {
                        out[len++] = '\n';
                        lex_consume_newline(L);
                    } else if (nx == '\\' || nx == quote) {
                        out[len++] = nx;
                        L->p++;
                    } else if (nx == 'N' && p[2] == '{' && !f.raw) {
                        const char *r = p + 1;
                        while (r < L->end && *r != '}' && !newline_len(r) &&
                               !at_close(r, quote, triple))
                            out[len++] = *r++;
                        if (*r == '}') out[len++] = *r++;
                        L->p = r;
                    }
                    continue;
                }
                if (ch == '{' && p[1] == '{') {
                    out[len++] = '{';
                    out[len++] = '{';
                    L->p = p + 2;
                    continue;
                }
                if (ch == '{') depth = 1;
                out[len++] = ch;
                L->p = p + 1;
                continue;
            }
            /* Inside a replacement field. */
            if (ch == '{') depth++;
            else if (ch == '}') depth--;
            else if (ch == '\'' || ch == '"') {
                if (at_close(p, quote, triple)) { /* ends the f-string (3.11) */
                    closed = true;
                    break;
                }
                /* A nested string literal: copy it whole. */
                bool t3 = p[1] == ch && p[2] == ch;
                int qn = t3 ? 3 : 1;
                memcpy(out + len, p, (size_t)qn);
                len += (size_t)qn;
                L->p = p + qn;
                while (L->p < L->end && !at_close(L->p, ch, t3) && !at_close(L->p, quote, triple)) {
                    if (newline_len(L->p)) {
                        if (!t3 && !triple) break;
                        out[len++] = '\n';
                        lex_consume_newline(L);
                        continue;
                    }
                    if (*L->p == '\\' && L->p + 1 < L->end && !newline_len(L->p + 1))
                        out[len++] = *L->p++;
                    out[len++] = *L->p++;
                }
                if (at_close(L->p, ch, t3)) {
                    memcpy(out + len, L->p, (size_t)qn);
                    len += (size_t)qn;
                    L->p += qn;
                }
                continue;
            }
            out[len++] = ch;
            L->p = p + 1;
            continue;
        }
        if (ch == '\\') {
            if (f.raw) {
                /* A backslash keeps the next character from closing. */
                out[len++] = '\\';
                L->p = p + 1;
                if (newline_len(L->p)) {
                    out[len++] = '\n';
                    lex_consume_newline(L);
                } else if (L->p < L->end && (*L->p == quote || *L->p == '\\')) {
                    out[len++] = *L->p++;
                }
                continue;
            }
            L->p = p;
            decode_escape(L, f, out, &len);
            continue;
        }
        if (f.bytes && (unsigned char)ch >= 0x80) {
            if (!bad_bytes)
                lex_error(L, L->line, lex_col_at(L, p),
                          "bytes can only contain ASCII literal characters");
            bad_bytes = true;
        }
        out[len++] = ch;
        L->p = p + 1;
    }
    if (!closed) unterminated(L, line, col, triple);
    const char *end = closed ? L->p + (triple ? 3 : 1) : L->p;
    out[len] = '\0';
    Token *t = lex_push(L, f.fmt ? TK_FSTRING : f.bytes ? TK_BYTES : TK_STRING, s,
                        (size_t)(end - s), line, col);
    t->sval = out;
    t->slen = len;
    t->raw = f.raw;
    t->body_line = body_line;
    t->body_col = body_col;
    L->p = end;
}

uint32_t lex_unicode_quote_close(uint32_t open) {
    switch (open) {
    case 0x00AB: return 0x00BB; /* « » */
    case 0x300C: return 0x300D; /* 「 」 */
    case 0x201C: return 0x201D; /* “ ” */
    case 0x2018: return 0x2019; /* ‘ ’ */
    default: return 0;
    }
}

void lex_unicode_string(Lexer *L, const char *s, int line, int col) {
    uint32_t open, cp;
    int n = lex_decode(L, s, &open);
    uint32_t close = lex_unicode_quote_close(open);
    const char *body = s + n, *p = body;
    bool closed = false;
    int cn = 0;
    while (p < L->end && !newline_len(p)) {
        cn = lex_decode(L, p, &cp);
        if (cp == close) {
            closed = true;
            break;
        }
        p += cn;
    }
    if (!closed) {
        lex_error(L, line, col, "unterminated string literal (detected at line %d)", L->line);
        cn = 0;
    }
    const char *end = p + cn;
    Token *t = lex_push(L, TK_STRING, s, (size_t)(end - s), line, col);
    t->sval = arena_strndup(L->c->arena, body, (size_t)(p - body));
    t->slen = (size_t)(p - body);
    t->body_line = line;
    t->body_col = col + 1;
    L->p = end;
}
