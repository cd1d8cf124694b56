/* The parser, part 4: f-strings. The lexer hands over the raw body of an
 * f-string; here it is split into literal text (escapes decoded as Python
 * does, `{{`/`}}` -> braces) and replacement fields `{expr!c:spec}` (with the
 * `{expr=}` debugging form), whose expressions are lexed in place with
 * lex_fragment and parsed with the expression parser.
 * Grammar comments: see parser.c. */
#include "parser_internal.h"

#include <string.h>
#include "../util/utf8.h"

typedef struct FCur {
    const char *p, *end;
    int line, col;
} FCur;

/* Step over one code point of the body, counting lines and columns. */
static void fc_next(FCur *c) {
    if (c->p >= c->end) return;
    unsigned char ch = (unsigned char)*c->p;
    if (ch == '\n') {
        c->line++;
        c->col = 1;
        c->p++;
        return;
    }
    int n = ch < 0x80 ? 1 : (ch >> 5) == 6 ? 2 : (ch >> 4) == 14 ? 3 : (ch >> 3) == 30 ? 4 : 1;
    if (n > c->end - c->p) n = (int)(c->end - c->p);
    c->p += n;
    c->col++;
}

typedef struct SBuf {
    char *d;
    size_t len, cap;
} SBuf;

static void sb_put(Parser *P, SBuf *b, const char *s, size_t n) {
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 32;
        while (cap < b->len + n + 1) cap *= 2;
        b->d = arena_grow(P->c->arena, b->d, b->len, cap);
        b->cap = cap;
    }
    memcpy(b->d + b->len, s, n);
    b->len += n;
    b->d[b->len] = 0;
}

static void sb_putc(Parser *P, SBuf *b, char ch) { sb_put(P, b, &ch, 1); }

static int hexval(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* Decode the escape sequence at the backslash under c, like Python. */
static void decode_escape(Parser *P, FCur *c, SBuf *b) {
    int eline = c->line, ecol = c->col;
    fc_next(c);
    if (c->p >= c->end) {
        sb_putc(P, b, '\\');
        return;
    }
    char ch = *c->p;
    uint32_t v;
    char enc[4];
    switch (ch) {
    case '\n': fc_next(c); return;
    case '\\': case '\'': case '"': sb_putc(P, b, ch); fc_next(c); return;
    case 'a': sb_putc(P, b, '\a'); fc_next(c); return;
    case 'b': sb_putc(P, b, '\b'); fc_next(c); return;
    case 'f': sb_putc(P, b, '\f'); fc_next(c); return;
    case 'n': sb_putc(P, b, '\n'); fc_next(c); return;
    case 'r': sb_putc(P, b, '\r'); fc_next(c); return;
    case 't': sb_putc(P, b, '\t'); fc_next(c); return;
    case 'v': sb_putc(P, b, '\v'); fc_next(c); return;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
        v = 0;
        for (int i = 0; i < 3 && c->p < c->end && *c->p >= '0' && *c->p <= '7'; i++) {
            v = v * 8 + (uint32_t)(*c->p - '0');
            fc_next(c);
        }
        sb_put(P, b, enc, (size_t)utf8_encode(v, enc));
        return;
    case 'x': case 'u': case 'U': {
        int want = ch == 'x' ? 2 : ch == 'u' ? 4 : 8;
        fc_next(c);
        v = 0;
        for (int i = 0; i < want; i++) {
            int h = c->p < c->end ? hexval(*c->p) : -1;
            if (h < 0)
                p_error_at(P, eline, ecol, "%s",
                           ch == 'x' ? "truncated \\xXX escape"
                           : ch == 'u' ? "truncated \\uXXXX escape"
                                       : "truncated \\UXXXXXXXX escape");
            v = v * 16 + (uint32_t)h;
            fc_next(c);
        }
        if (v > 0x10FFFF) p_error_at(P, eline, ecol, "illegal Unicode character in \\U escape");
        if (v >= 0xD800 && v <= 0xDFFF)
            p_error_at(P, eline, ecol, "surrogate code point U+%04X is not supported in strings",
                       (unsigned)v);
        sb_put(P, b, enc, (size_t)utf8_encode(v, enc));
        return;
    }
    case 'N': p_error_at(P, eline, ecol, "\\N{...} escapes are not supported yet");
    default:
        /* Unknown escape: the backslash stays, the character is read next. */
        sb_putc(P, b, '\\');
        return;
    }
}

/* The expression of a replacement field: yield_expr | star_expressions,
 * lexed where it stands so that its tokens carry source positions. */
static Expr *parse_field_expr(Parser *P, const char *text, size_t len, int line, int col) {
    TokenList tl = {0};
    if (!lex_fragment(P->c, text, len, line, col, &tl)) p_abort(P);
    if (tl.len <= 0 || tl.items[tl.len - 1].kind != TK_EOF)
        p_error_at(P, line, col, "f-string: invalid syntax");
    /* A sub-parser over the fragment's tokens; errors still unwind to the
     * statement being parsed. Nesting is bounded by the quotes (3.11). */
    Parser subp = *P;
    Parser *sub = &subp;
    sub->toks = tl.items;
    sub->n = tl.len;
    sub->pos = 0;
    sub->parens = 0;
    sub->in_fstring = true;
    Expr *e = p_at_kw(sub, KW_YIELD) ? parse_yield_expr(sub) : parse_star_expressions(sub);
    if (p_peek(sub)->kind != TK_EOF) p_syntax_error(sub, p_peek(sub));
    if (e->kind == E_STARRED) p_error_at(sub, e->line, e->col, "can't use starred expression here");
    return e;
}

static void fbody(Parser *P, const Token *tok, FCur *c, int level, PtrVec *parts);

/* Append the pending literal text as an E_STR part. */
static void flush(Parser *P, SBuf *lit, int line, int col, PtrVec *parts) {
    if (lit->len == 0) return;
    Expr *e = expr_new(P->a, E_STR, line, col);
    e->u.str.data = lit->d;
    e->u.str.len = lit->len;
    ptrvec_push(P->a, parts, e);
    *lit = (SBuf){0};
}

static bool is_space(char ch) {
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
}

/* replacement_field: '{' field_expression ['='] ['!' ('s' | 'r' | 'a')] [':' format_spec] '}'
 * format_spec: fstring_middle, up to the field's '}'
 * The expression ends at the first '!', ':', '=' or '}' outside brackets and
 * strings ('!=', '==', '<=' and '>=' are operators); fields nest at most
 * PARSE_MAX_FSTRING_NEST deep. c is at the '{'. */
static void parse_field(Parser *P, const Token *tok, FCur *c, int level, PtrVec *parts) {
    int fline = c->line, fcol = c->col;
    if (level >= PARSE_MAX_FSTRING_NEST)
        p_error_at(P, fline, fcol, "f-string: expressions nested too deeply");
    fc_next(c);
    FCur start = *c;
    int nest = 0;
    char quote = 0;
    int qlen = 0;
    while (c->p < c->end) {
        char ch = *c->p;
        if (quote) {
            if (ch == '\\')
                p_error_at(P, c->line, c->col, "f-string expression part cannot include a backslash");
            if (ch == quote &&
                (qlen == 1 || (c->end - c->p >= 3 && c->p[1] == quote && c->p[2] == quote))) {
                for (int i = 0; i < qlen; i++) fc_next(c);
                quote = 0;
                continue;
            }
            fc_next(c);
            continue;
        }
        if (ch == '\\')
            p_error_at(P, c->line, c->col, "f-string expression part cannot include a backslash");
        if (ch == '\'' || ch == '"') {
            quote = ch;
            qlen = c->end - c->p >= 3 && c->p[1] == ch && c->p[2] == ch ? 3 : 1;
            for (int i = 0; i < qlen; i++) fc_next(c);
            continue;
        }
        if (ch == '#') p_error_at(P, c->line, c->col, "f-string expression part cannot include '#'");
        if (ch == '(' || ch == '[' || ch == '{') {
            nest++;
            fc_next(c);
            continue;
        }
        if (ch == ')' || ch == ']' || ch == '}') {
            if (nest == 0) {
                if (ch == '}') break;
                p_error_at(P, c->line, c->col, "f-string: unmatched '%c'", ch);
            }
            nest--;
            fc_next(c);
            continue;
        }
        if (nest == 0 && (ch == '!' || ch == ':' || ch == '=' || ch == '<' || ch == '>')) {
            char nx = c->end - c->p >= 2 ? c->p[1] : 0;
            if (nx == '=' && ch != ':') {
                fc_next(c);
                fc_next(c);
                continue;
            }
            if (ch == '<' || ch == '>') {
                fc_next(c);
                continue;
            }
            break;
        }
        fc_next(c);
    }
    if (quote) p_error_at(P, fline, fcol, "f-string: unterminated string");
    if (c->p >= c->end) p_error_at(P, fline, fcol, "f-string: expecting '}'");
    const char *expr_end = c->p;
    bool blank = true;
    for (const char *q = start.p; q < expr_end; q++)
        if (!is_space(*q)) blank = false;
    if (blank) p_error_at(P, fline, fcol, "f-string: empty expression not allowed");
    const char *dbg = NULL;
    size_t dbg_len = 0;
    if (*c->p == '=') {
        fc_next(c);
        while (c->p < c->end && is_space(*c->p)) fc_next(c);
        dbg = start.p;
        dbg_len = (size_t)(c->p - start.p);
    }
    char conv = 0;
    if (c->p < c->end && *c->p == '!') {
        fc_next(c);
        if (c->p >= c->end) p_error_at(P, fline, fcol, "f-string: expecting '}'");
        char ch = *c->p;
        if (ch != 's' && ch != 'r' && ch != 'a')
            p_error_at(P, c->line, c->col,
                       "f-string: invalid conversion character: expected 's', 'r', or 'a'");
        conv = ch;
        fc_next(c);
    }
    Expr *spec = NULL;
    bool has_spec = false;
    if (c->p < c->end && *c->p == ':') {
        fc_next(c);
        has_spec = true;
        Expr *sp = expr_new(P->a, E_FSTRING, c->line, c->col);
        fbody(P, tok, c, level + 1, &sp->u.fstr.parts);
        fstring_merge_parts(P, &sp->u.fstr.parts);
        if (sp->u.fstr.parts.len) spec = sp;
    }
    if (c->p >= c->end || *c->p != '}') p_error_at(P, c->line, c->col, "f-string: expecting '}'");
    fc_next(c);
    Expr *value = parse_field_expr(P, start.p, (size_t)(expr_end - start.p), start.line, start.col);
    if (dbg) {
        Expr *s = expr_new(P->a, E_STR, start.line, start.col);
        s->u.str.data = arena_strndup(P->c->arena, dbg, dbg_len);
        s->u.str.len = dbg_len;
        ptrvec_push(P->a, parts, s);
        if (!conv && !has_spec) conv = 'r';
    }
    Expr *f = expr_new(P->a, E_FORMATTED, fline, fcol);
    f->u.formatted.value = value;
    f->u.formatted.conversion = conv;
    f->u.formatted.spec = spec;
    ptrvec_push(P->a, parts, f);
}

/* fstring_middle: (literal_text | '{{' | '}}' | replacement_field)*
 * up to the end of the body (level 0), or up to the '}' that closes the
 * field whose format spec this is (level > 0), which is not consumed. */
static void fbody(Parser *P, const Token *tok, FCur *c, int level, PtrVec *parts) {
    SBuf lit = {0};
    int lline = c->line, lcol = c->col;
    while (c->p < c->end) {
        char ch = *c->p;
        if (ch == '{' || ch == '}') {
            if (level == 0 && c->end - c->p >= 2 && c->p[1] == ch) {
                if (lit.len == 0) {
                    lline = c->line;
                    lcol = c->col;
                }
                sb_putc(P, &lit, ch);
                fc_next(c);
                fc_next(c);
                continue;
            }
            if (ch == '}') {
                if (level == 0) p_error_at(P, c->line, c->col, "f-string: single '}' is not allowed");
                break;
            }
            flush(P, &lit, lline, lcol, parts);
            parse_field(P, tok, c, level, parts);
            continue;
        }
        if (lit.len == 0) {
            lline = c->line;
            lcol = c->col;
        }
        if (ch == '\\' && !tok->raw) {
            decode_escape(P, c, &lit);
            continue;
        }
        const char *s = c->p;
        fc_next(c);
        sb_put(P, &lit, s, (size_t)(c->p - s));
    }
    flush(P, &lit, lline, lcol, parts);
}

/* fstring: one TK_FSTRING token (its raw body) -> E_STR and E_FORMATTED parts */
void parse_fstring_token(Parser *P, const Token *t, PtrVec *parts) {
    if (!t->sval) return;
    FCur c = {t->sval, t->sval + t->slen, t->body_line, t->body_col};
    fbody(P, t, &c, 0, parts);
}
