/* The lexer: lines, indentation, names and keywords (multi-word phrases of
 * the chosen language), operators (with their Unicode alternatives).
 * Numbers are in lex_number.c, strings in lex_string.c. It follows CPython's
 * tokenizer plus the multilingual extras. */
#include "lex_internal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/utf8.h"
#include "unicode_class.h"

/* ---- helpers shared with lex_number.c / lex_string.c ---------------------- */

int lex_decode(const Lexer *L, const char *p, uint32_t *cp) {
    unsigned char ch = (unsigned char)*p;
    if (ch < 0x80) {
        *cp = ch;
        return 1;
    }
    int n = utf8_decode(p, (size_t)(L->end - p), cp);
    if (n <= 0) { /* not expected: the source is validated */
        *cp = 0xFFFD;
        return 1;
    }
    return n;
}

int lex_col_at(Lexer *L, const char *ptr) {
    const char *q;
    int col;
    if (L->col_ptr && L->col_ptr <= ptr && L->col_ptr >= L->line_start) {
        q = L->col_ptr;
        col = L->col_val;
    } else {
        q = L->line_start;
        col = L->line_col0;
    }
    for (; q < ptr; q++)
        if (((unsigned char)*q & 0xC0) != 0x80) col++;
    L->col_ptr = ptr;
    L->col_val = col;
    return col;
}

void lex_consume_newline(Lexer *L) {
    int n = newline_len(L->p);
    L->p += n ? n : 1;
    L->line++;
    L->line_start = L->p;
    L->line_col0 = 1;
    L->col_ptr = L->p;
    L->col_val = 1;
}

void lex_error(Lexer *L, int line, int col, const char *fmt, ...) {
    if (L->stop) return;
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, diag_tr(L->c, fmt), ap);
    va_end(ap);
    diag_error(L->c, line, col, "%s", buf);
    if (++L->errors >= LEX_MAX_ERRORS) L->stop = true;
}

Token *lex_push(Lexer *L, TokKind kind, const char *start, size_t len, int line,
                int col) {
    return lex_push_as(L, kind, start, len, line, col, NULL);
}

Token *lex_push_as(Lexer *L, TokKind kind, const char *start, size_t len, int line,
                   int col, const char *text) {
    TokenList *out = L->out;
    if (out->len == L->cap) {
        int ncap = L->cap ? L->cap + L->cap / 2 + 16 : 256;
        if (L->heap) {
            Token *items = realloc(out->items, (size_t)ncap * sizeof(Token));
            if (!items) {
                fputs("multilingual: out of memory\n", stderr);
                abort();
            }
            out->items = items;
        } else {
            out->items = arena_grow(L->c->arena, out->items, (size_t)L->cap * sizeof(Token),
                                    (size_t)ncap * sizeof(Token));
        }
        L->cap = ncap;
    }
    Token *t = &out->items[out->len++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->line = line;
    t->col = col;
    t->start = start;
    t->len = len;
    t->text = text ? text : len == 0 ? "" : arena_strndup(L->c->arena, start, len);
    return t;
}

/* ---- names and keywords -------------------------------------------------- */

static const char *scan_word(const Lexer *L, const char *p) {
    while (p < L->end) {
        uint32_t cp;
        int n = lex_decode(L, p, &cp);
        if (!uc_is_id_continue(cp)) break;
        p += n;
    }
    return p;
}

/* Is [s, e) a string prefix (r b u f rb br fr rf, any case)? */
static bool is_string_prefix(const char *s, const char *e) {
    size_t n = (size_t)(e - s);
    if (n == 0 || n > 2) return false;
    char a = (char)(s[0] | 0x20), b = n == 2 ? (char)(s[1] | 0x20) : 0;
    if (n == 1) return a == 'r' || a == 'b' || a == 'u' || a == 'f';
    return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
}

/* Append the word [s, e) to buf, folding fullwidth ASCII letters, digits and
 * '_' (U+FF10..U+FF5A) to ASCII like Python's NFKC does. Returns false when
 * it does not fit. */
static bool append_folded(const Lexer *L, char *buf, size_t *len, size_t cap,
                          const char *s, const char *e) {
    while (s < e) {
        uint32_t cp;
        int n = lex_decode(L, s, &cp);
        if (cp >= 0xFF10 && cp <= 0xFF5A) {
            if (*len + 1 >= cap) return false;
            buf[(*len)++] = (char)(cp - 0xFF10 + 0x30);
        } else {
            if (*len + (size_t)n >= cap) return false;
            memcpy(buf + *len, s, (size_t)n);
            *len += (size_t)n;
        }
        s += n;
    }
    buf[*len] = '\0';
    return true;
}

typedef struct WordInfo {
    int kind; /* LEXTAB_KEYWORD, LEXTAB_BUILTIN, or -1 for a plain name */
    Concept concept;
    const char *canonical;
} WordInfo;

/* Does some spelling of the sorted table start with prefix[0..n)? */
static bool sorted_has_prefix(const void *base, int count, size_t stride, const char *prefix,
                              size_t n) {
    int lo = 0, hi = count; /* first spelling >= prefix */
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        const char *sp = *(const char *const *)((const char *)base + (size_t)mid * stride);
        if (strncmp(sp, prefix, n) < 0) lo = mid + 1;
        else hi = mid;
    }
    if (lo >= count) return false;
    const char *sp = *(const char *const *)((const char *)base + (size_t)lo * stride);
    return strncmp(sp, prefix, n) == 0;
}

/* Look the word or phrase [buf, len) up in c->lang. *phrase_start (when
 * asked) tells whether some multi-word spelling starts with this word. The
 * hash table is used when built (lex_source); lex_fragment searches the
 * sorted pack tables directly, which is cheaper for a few words. */
static WordInfo lookup(const Lexer *L, const char *buf, size_t len, bool *phrase_start) {
    WordInfo w = {-1, CONCEPT_NONE, NULL};
    if (L->tab.buckets) {
        uint32_t h = lextab_hash(buf, len);
        for (int i = lextab_find(&L->tab, buf, len, h); i >= 0;
             i = lextab_next(&L->tab, L->tab.e[i].next, buf, len, h)) {
            const LexEntry *e = &L->tab.e[i];
            if (e->kind == LEXTAB_PHRASE_START) {
                if (phrase_start) *phrase_start = true;
            } else if (w.kind < 0) {
                w.kind = e->kind;
                w.concept = e->concept;
                w.canonical = e->canonical;
            }
        }
        return w;
    }
    const LangPack *p = L->c->lang;
    if (!p) return w; /* language-neutral lexing: every word is a name */
    Concept k = lang_keyword(p, buf, len);
    if (k != CONCEPT_NONE) {
        w.kind = LEXTAB_KEYWORD;
        w.concept = k;
    } else if ((w.canonical = lang_builtin(p, buf, len)) != NULL) {
        w.kind = LEXTAB_BUILTIN;
    }
    if (phrase_start && len + 1 < 256) {
        char pre[256];
        memcpy(pre, buf, len);
        pre[len] = ' ';
        *phrase_start =
            sorted_has_prefix(p->keywords, p->keyword_count, sizeof p->keywords[0], pre, len + 1) ||
            sorted_has_prefix(p->builtins, p->builtin_count, sizeof p->builtins[0], pre, len + 1);
    }
    return w;
}

static void emit_word(Lexer *L, const char *s, const char *e, int line, int col, WordInfo w,
                      const char *folded, size_t flen) {
    if (w.kind == LEXTAB_KEYWORD) {
        Token *t = lex_push(L, TK_KEYWORD, s, (size_t)(e - s), line, col);
        t->concept = w.concept;
        t->soft = L->c->lang && lang_keyword_is_soft(L->c->lang, w.concept, t->text);
    } else {
        Token *t = lex_push(L, TK_NAME, s, (size_t)(e - s), line, col);
        if (w.kind == LEXTAB_BUILTIN)
            t->name = w.canonical;
        else if (flen == (size_t)(e - s) && memcmp(folded, s, flen) == 0)
            t->name = t->text;
        else
            t->name = arena_strndup(L->c->arena, folded, flen);
    }
    L->p = e;
}

static void lex_word(Lexer *L, const char *s, int line, int col) {
    const char *we0 = scan_word(L, s);
    if ((*we0 == '\'' || *we0 == '"') && is_string_prefix(s, we0)) {
        lex_string(L, s, we0, line, col);
        return;
    }
    char buf[256];
    size_t len = 0;
    if (!append_folded(L, buf, &len, sizeof buf, s, we0)) {
        /* Too long for any spelling: a plain name. */
        Token *t = lex_push(L, TK_NAME, s, (size_t)(we0 - s), line, col);
        t->name = t->text;
        L->p = we0;
        return;
    }
    bool phrase_start = false;
    WordInfo entry = lookup(L, buf, len, &phrase_start);
    if (phrase_start) {
        /* Up to two more words separated by spaces/tabs only; the longest
         * phrase that is a spelling wins. */
        const char *ws[3] = {s}, *we[3] = {we0};
        int nw = 1;
        while (nw < 3) {
            const char *q = we[nw - 1];
            while (*q == ' ' || *q == '\t') q++;
            if (q == we[nw - 1] || q >= L->end) break;
            uint32_t cp;
            lex_decode(L, q, &cp);
            if (!uc_is_id_start(cp)) break;
            const char *e = scan_word(L, q);
            if ((*e == '\'' || *e == '"') && is_string_prefix(q, e)) break;
            ws[nw] = q;
            we[nw] = e;
            nw++;
        }
        for (int m = nw; m >= 2; m--) {
            char pb[256];
            size_t pl = len;
            memcpy(pb, buf, len);
            bool ok = true;
            for (int k = 1; k < m && ok; k++) {
                if (pl + 2 >= sizeof pb) ok = false;
                else pb[pl++] = ' ';
                if (ok) ok = append_folded(L, pb, &pl, sizeof pb, ws[k], we[k]);
            }
            if (!ok) continue;
            WordInfo pe = lookup(L, pb, pl, NULL);
            if (pe.kind >= 0) {
                emit_word(L, s, we[m - 1], line, col, pe, pb, pl);
                return;
            }
        }
    }
    emit_word(L, s, we0, line, col, entry, buf, len);
}

/* ---- operators ----------------------------------------------------------- */

static const struct {
    const char *text;
    Op op;
} op_table[] = {
#define ML_OP_ROW(name, text) {text, OP_##name},
    ML_OPS(ML_OP_ROW)
#undef ML_OP_ROW
};

/* The ASCII spelling of op (a static string: tokens spelled so share it
 * rather than each having a copy; a million-token file has hundreds of
 * thousands of operators). */
static const char *op_spelling(Op op) {
    for (size_t i = 0; i < sizeof op_table / sizeof op_table[0]; i++)
        if (op_table[i].op == op) return op_table[i].text;
    return "";
}

static Op find_op(const char *s, size_t n) {
    for (size_t i = 0; i < sizeof op_table / sizeof op_table[0]; i++) {
        const char *t = op_table[i].text; /* equal n bytes, then its end */
        if (t[0] == s[0] && strncmp(t, s, n) == 0 && t[n] == 0) return op_table[i].op;
    }
    return OP_NONE;
}

/* ASCII spelling of an operator character or of a Unicode alternative. */
static const char *op_chars(uint32_t cp) {
    if (cp < 0x80) {
        static const char ascii_ops[] = "+-*/%=<>!&|^~@.,:;()[]{}";
        const char *p = cp ? strchr(ascii_ops, (int)cp) : NULL;
        if (!p) return NULL;
        static const char *const one[] = {"+", "-", "*", "/", "%", "=", "<", ">",
                                          "!", "&", "|", "^", "~", "@", ".", ",",
                                          ":", ";", "(", ")", "[", "]", "{", "}"};
        return one[p - ascii_ops];
    }
    switch (cp) {
    case 0xFF0B: return "+";
    case 0x2212: case 0xFF0D: return "-";
    case 0x00D7: case 0x22C5: case 0xFF0A: return "*";
    case 0x00F7: case 0xFF0F: return "/";
    case 0xFF05: return "%";
    case 0xFF1D: return "=";
    case 0xFF1C: return "<";
    case 0xFF1E: return ">";
    case 0x2264: return "<=";
    case 0x2265: return ">=";
    case 0x2260: return "!=";
    case 0x226A: return "<<";
    case 0x226B: return ">>";
    case 0x2192: return "->";
    case 0xFF08: return "(";
    case 0xFF09: return ")";
    case 0xFF3B: return "[";
    case 0xFF3D: return "]";
    case 0xFF5B: return "{";
    case 0xFF5D: return "}";
    case 0xFF0C: case 0x060C: return ",";
    case 0xFF1A: return ":";
    case 0xFF1B: case 0x061B: return ";";
    case 0xFF0E: return ".";
    default: return NULL;
    }
}

static bool is_nonprintable(uint32_t cp) {
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x200B && cp <= 0x200F) ||
           (cp >= 0x2028 && cp <= 0x202E) || (cp >= 0x2060 && cp <= 0x2064) ||
           cp == 0xFEFF || cp == 0xAD;
}

static void invalid_char(Lexer *L, const char *s, int n, uint32_t cp, int line, int col) {
    if (is_nonprintable(cp))
        lex_error(L, line, col, "invalid non-printable character U+%04X", (unsigned)cp);
    else
        lex_error(L, line, col, "invalid character '%.*s' (U+%04X)", n, s, (unsigned)cp);
}

static void track_bracket(Lexer *L, Op op, int line, int col) {
    char ch = 0;
    switch (op) {
    case OP_LPAREN: ch = '('; break;
    case OP_LBRACKET: ch = '['; break;
    case OP_LBRACE: ch = '{'; break;
    case OP_RPAREN: ch = ')'; break;
    case OP_RBRACKET: ch = ']'; break;
    case OP_RBRACE: ch = '}'; break;
    default: return;
    }
    if (ch == '(' || ch == '[' || ch == '{') {
        if (L->depth >= LEX_MAX_PARENS) {
            lex_error(L, line, col, "too many nested parentheses");
            L->stop = true;
            return;
        }
        L->paren[L->depth] = ch;
        L->paren_line[L->depth] = line;
        L->paren_col[L->depth] = col;
        L->depth++;
        return;
    }
    if (L->depth == 0) {
        lex_error(L, line, col, "unmatched '%c'", ch);
        return;
    }
    char open = L->paren[L->depth - 1];
    char want = open == '(' ? ')' : open == '[' ? ']' : '}';
    if (want != ch) {
        if (L->paren_line[L->depth - 1] != line)
            lex_error(L, line, col, "closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", ch,
                      open, L->paren_line[L->depth - 1]);
        else
            lex_error(L, line, col, "closing parenthesis '%c' does not match opening parenthesis '%c'", ch, open);
    }
    L->depth--;
}

static void lex_op(Lexer *L, const char *s, int line, int col) {
    char exp[16];
    size_t bound[4] = {0};
    const char *ends[4] = {s};
    int nchars = 0;
    size_t elen = 0;
    const char *q = s;
    while (nchars < 3 && q < L->end) {
        uint32_t cp;
        int n = lex_decode(L, q, &cp);
        const char *t = op_chars(cp);
        if (!t) break;
        size_t tl = strlen(t);
        memcpy(exp + elen, t, tl);
        elen += tl;
        q += n;
        nchars++;
        bound[nchars] = elen;
        ends[nchars] = q;
    }
    for (int k = nchars; k >= 1; k--) {
        Op op = find_op(exp, bound[k]);
        if (op != OP_NONE) {
            size_t n = (size_t)(ends[k] - s);
            const char *spelling = op_spelling(op);
            bool same = strlen(spelling) == n && memcmp(spelling, s, n) == 0;
            Token *t = lex_push_as(L, TK_OP, s, n, line, col, same ? spelling : NULL);
            t->op = op;
            L->p = ends[k];
            track_bracket(L, op, line, col);
            return;
        }
    }
    uint32_t cp;
    int n = lex_decode(L, s, &cp);
    invalid_char(L, s, n, cp, line, col);
    L->p = s + n;
}

/* ---- the token loop ------------------------------------------------------ */

static bool next_is_digit(const Lexer *L, const char *p) {
    uint32_t cp;
    lex_decode(L, p, &cp);
    return uc_digit_value(cp) >= 0;
}

static void lex_token(Lexer *L) {
    const char *s = L->p;
    int line = L->line, col = lex_col_at(L, s);
    uint32_t cp;
    lex_decode(L, s, &cp);
    if (cp == '"' || cp == '\'') {
        lex_string(L, s, s, line, col);
    } else if (uc_digit_value(cp) >= 0) {
        lex_number(L, s, line, col);
    } else if (cp == '.' && s + 1 < L->end && next_is_digit(L, s + 1)) {
        lex_number(L, s, line, col);
    } else if (uc_is_id_start(cp)) {
        lex_word(L, s, line, col);
    } else if (lex_unicode_quote_close(cp)) {
        lex_unicode_string(L, s, line, col);
    } else {
        lex_op(L, s, line, col);
    }
}

static void push_marker(Lexer *L, TokKind kind, int line, int col) {
    lex_push(L, kind, L->p, 0, line, col);
}

/* Skip spaces, tabs, form feeds and the accepted Unicode spaces. */
static void skip_space(Lexer *L) {
    for (;;) {
        char ch = *L->p;
        if (ch == ' ' || ch == '\t' || ch == '\f') {
            L->p++;
            continue;
        }
        if ((unsigned char)ch >= 0x80 && L->p < L->end) {
            uint32_t cp;
            int n = lex_decode(L, L->p, &cp);
            if (uc_is_extra_space(cp)) {
                L->p += n;
                continue;
            }
        }
        return;
    }
}

/* Whether the token just lexed at index i, the first of a top-level line,
 * may begin a stream's next chunk: the parser, done with the statements
 * before it, would read nothing from i on but the kind of token i (which
 * it reads as the chunk's end, an EOF: see parse_source). That holds when
 * token i is a plain name or a keyword that only begins a statement (def,
 * class, if, for, import ...: not else, elif, except, finally, case ...
 * which continue one; a file of defs had no boundary before its first
 * other statement) and the line before neither ends with ':' (a block
 * must follow) nor is a decorator (a def must follow). */
static bool begins_statement(const Token *t) {
    if (t->kind == TK_NAME) return true;
    if (t->kind != TK_KEYWORD) return false;
    switch ((Concept)t->concept) {
    case KW_COND_IF: case KW_LOOP_WHILE: case KW_LOOP_FOR: case KW_LOOP_BREAK: case KW_LOOP_CONTINUE:
    case KW_PASS: case KW_FUNC_DEF: case KW_RETURN: case KW_CLASS_DEF: case KW_IMPORT: case KW_FROM:
    case KW_TRY: case KW_RAISE: case KW_GLOBAL: case KW_NONLOCAL: case KW_DEL: case KW_ASSERT: case KW_WITH:
    case KW_ASYNC: case KW_MATCH: case KW_LET: case KW_CONST:
        return true;
    default: return false; /* else, elif, except, finally, case ... */
    }
}

static bool at_boundary(const Lexer *L, int i, bool after_decorator) {
    const Token *t = L->out->items;
    if (i < 2 || !begins_statement(&t[i]) || after_decorator) return false;
    int j = i - 1;
    while (j > 0 && t[j].kind == TK_DEDENT) j--;
    return j >= 1 && t[j].kind == TK_NEWLINE && !(t[j - 1].kind == TK_OP && t[j - 1].op == OP_COLON);
}

/* Lex on from where the last call stopped: to the end of the text, or, in
 * a stream, to a chunk boundary (L->boundary). */
static void lex_run(Lexer *L) {
    int *indents = L->indents, *alts = L->alts;
    if (!L->started) {
        L->started = true;
        L->nind = 1;
        indents[0] = alts[0] = 0;
        L->at_bol = !L->fragment;
        L->pending = false;
    }
    L->boundary = -1;
    int top_line = -1; /* index of the first token of a top-level line, once lexed */
    while (!L->stop) {
        if (L->at_bol) {
            L->at_bol = false;
            int colw = 0, alt = 0;
            const char *q = L->p;
            for (;; q++) {
                if (*q == ' ') colw++, alt++;
                else if (*q == '\t') colw = (colw / 8 + 1) * 8, alt++;
                else if (*q == '\f') colw = alt = 0;
                else break;
            }
            L->p = q;
            if (q >= L->end) break;
            if (*q == '#' || newline_len(q)) {
                while (L->p < L->end && !newline_len(L->p)) L->p++;
                if (L->p < L->end) lex_consume_newline(L);
                L->at_bol = true;
                continue;
            }
            int line = L->line, col = lex_col_at(L, q);
            if ((unsigned char)*q >= 0x80) {
                uint32_t cp;
                lex_decode(L, q, &cp);
                if (uc_is_extra_space(cp)) {
                    lex_error(L, line, col,
                              "invalid character U+%04X (%s) in indentation; "
                              "use spaces or tabs",
                              (unsigned)cp,
                              cp == 0xA0 ? "no-break space" : "ideographic space");
                }
            }
            int nind = L->nind;
            if (colw == indents[nind - 1]) {
                if (alt != alts[nind - 1])
                    lex_error(L, line, col, "inconsistent use of tabs and spaces in indentation");
            } else if (colw > indents[nind - 1]) {
                if (nind >= LEX_MAX_INDENT) {
                    lex_error(L, line, col, "too many levels of indentation");
                    L->stop = true;
                    break;
                }
                if (alt <= alts[nind - 1])
                    lex_error(L, line, col, "inconsistent use of tabs and spaces in indentation");
                indents[nind] = colw;
                alts[nind] = alt;
                nind++;
                push_marker(L, TK_INDENT, line, col);
            } else {
                while (nind > 1 && colw < indents[nind - 1]) {
                    nind--;
                    push_marker(L, TK_DEDENT, line, col);
                }
                if (colw != indents[nind - 1])
                    lex_error(L, line, col,
                              "unindent does not match any outer indentation level");
                else if (alt != alts[nind - 1])
                    lex_error(L, line, col, "inconsistent use of tabs and spaces in indentation");
            }
            L->nind = nind;
            if (nind == 1 && colw == 0) top_line = L->out->len;
        }
        skip_space(L);
        if (L->p >= L->end) break;
        char ch = *L->p;
        if (ch == '#') {
            while (L->p < L->end && !newline_len(L->p)) L->p++;
            continue;
        }
        if (newline_len(L->p)) {
            if (!L->fragment && L->depth == 0) {
                if (L->pending) {
                    int line = L->line, col = lex_col_at(L, L->p);
                    int nl = newline_len(L->p);
                    lex_push_as(L, TK_NEWLINE, L->p, (size_t)nl, line, col,
                                nl == 1 && *L->p == '\n' ? "\n" : NULL);
                    L->pending = false;
                }
                L->at_bol = true;
            }
            lex_consume_newline(L);
            continue;
        }
        if (ch == '\\') {
            int line = L->line, col = lex_col_at(L, L->p);
            if (newline_len(L->p + 1)) {
                L->p++;
                lex_consume_newline(L);
                if (L->p >= L->end)
                    lex_error(L, line, col, "unexpected EOF after line continuation character");
            } else if (L->p + 1 >= L->end) {
                lex_error(L, line, col, "unexpected EOF after line continuation character");
                L->p++;
            } else {
                lex_error(L, line, col, "unexpected character after line continuation character");
                L->p++;
            }
            continue;
        }
        lex_token(L);
        L->pending = true;
        if (top_line >= 0 && top_line < L->out->len) {
            bool after_decorator = L->top_decorator;
            const Token *first = &L->out->items[top_line];
            L->top_decorator = first->kind == TK_OP && first->op == OP_AT;
            if (L->chunk_min && L->out->len >= L->chunk_min && at_boundary(L, top_line, after_decorator)) {
                L->boundary = top_line;
                return;
            }
        }
        top_line = -1;
    }
    if (L->p > L->end) L->p = L->end;
    /* An open bracket at the end is worth reporting only when nothing went
     * wrong before: after an unterminated string or a mismatched closing
     * bracket it is a consequence, not a second mistake (CPython, too,
     * reports only the first). */
    if (L->depth > 0 && !L->stop && L->errors == 0) {
        int i = L->depth - 1;
        lex_error(L, L->paren_line[i], L->paren_col[i], "'%c' was never closed", L->paren[i]);
    }
    /* Position of the end for the closing tokens. */
    L->p = L->end;
    int line = L->line, col = lex_col_at(L, L->p);
    if (!L->fragment) {
        if (L->pending) push_marker(L, TK_NEWLINE, line, col);
        while (L->nind > 1) {
            L->nind--;
            push_marker(L, TK_DEDENT, line, col);
        }
    }
    push_marker(L, TK_EOF, line, col);
    L->done = true;
}

static void lexer_init(Lexer *L, Compiler *c, TokenList *out, const char *text,
                       size_t len, int line, int col, bool heap, int chunk_min) {
    memset(L, 0, sizeof *L);
    L->c = c;
    L->p = text;
    L->end = text + len;
    L->line = line;
    L->line_start = text;
    L->line_col0 = col;
    L->out = out;
    out->items = NULL;
    out->len = 0;
    L->heap = heap;
    /* Room for about one token per 4 bytes, so that the list rarely grows
     * (on the heap it grows in place, wasting nothing); a stream's holds a
     * chunk or two. */
    L->cap = (int)(len / 4) + 16;
    if (chunk_min && L->cap > 2 * chunk_min) L->cap = 2 * chunk_min;
    L->chunk_min = chunk_min;
    L->boundary = -1;
    size_t bytes = (size_t)L->cap * sizeof(Token);
    out->items = heap ? malloc(bytes) : arena_alloc(c->arena, bytes);
    if (!out->items) {
        fputs("multilingual: out of memory\n", stderr);
        abort();
    }
}

void token_list_free(TokenList *toks) {
    free(toks->items);
    toks->items = NULL;
    toks->len = 0;
}

/* A lexer over c's whole source, with c's language's words (none: every
 * word a name). */
static void lexer_init_source(Lexer *L, Compiler *c, TokenList *out, bool heap, int chunk_min) {
    const char *src = c->src ? c->src : "";
    size_t len = c->src ? c->src_len : 0;
    lexer_init(L, c, out, src, len, 1, 1, heap, chunk_min);
    if (c->lang) {
        const LangPack *packs[1] = {c->lang};
        bool with_builtins[1] = {true};
        lextab_build(&L->tab, packs, with_builtins, 1);
    }
}

static bool lex_whole(Compiler *c, TokenList *out, bool heap) {
    Lexer L;
    lexer_init_source(&L, c, out, heap, 0);
    int before = c->diags.len;
    lex_run(&L);
    lextab_free(&L.tab);
    return c->diags.len == before;
}

bool lex_source(Compiler *c, TokenList *out) { return lex_whole(c, out, false); }

bool lex_source_owned(Compiler *c, TokenList *out) { return lex_whole(c, out, true); }

/* ---- streams ------------------------------------------------------------ */

/* Tokens a chunk holds at least: big enough that the parser refills
 * rarely, small enough that the list stays a few megabytes. */
enum { LEX_CHUNK_TOKENS = 16384 };

struct LexStream {
    Lexer L;
    Token carry; /* the token the last chunk stopped before */
    bool has_carry;
    int chunk;   /* tokens a chunk has at least */
};

LexStream *lex_stream_open(Compiler *c, TokenList *out, int chunk_tokens) {
    LexStream *s = calloc(1, sizeof *s);
    if (!s) {
        fputs("multilingual: out of memory\n", stderr);
        abort();
    }
    s->chunk = chunk_tokens > 0 ? chunk_tokens : LEX_CHUNK_TOKENS;
    lexer_init_source(&s->L, c, out, true, s->chunk);
    return s;
}

bool lex_stream_next(LexStream *s, int keep_from) {
    Lexer *L = &s->L;
    TokenList *out = L->out;
    if (L->done) return false;
    if (L->started) { /* drop the chunk's end mark, then what the parser is done with */
        out->len--;
        if (keep_from > out->len) keep_from = out->len;
        if (keep_from > 0) {
            memmove(out->items, out->items + keep_from, sizeof(Token) * (size_t)(out->len - keep_from));
            out->len -= keep_from;
        }
    }
    if (s->has_carry) { /* the end mark's slot is free */
        out->items[out->len++] = s->carry;
        s->has_carry = false;
    }
    L->chunk_min = out->len + s->chunk;
    lex_run(L);
    if (L->boundary < 0) return false;
    /* The chunk ends with an EOF in place of the next chunk's first token,
     * which waits in carry. */
    Token *t = &out->items[L->boundary];
    s->carry = *t;
    s->has_carry = true;
    t->kind = TK_EOF;
    t->len = 0;
    t->text = t->name = "";
    out->len = L->boundary + 1;
    return true;
}

int lex_stream_errors(const LexStream *s) { return s->L.errors; }

void lex_stream_close(LexStream *s) {
    if (!s) return;
    lextab_free(&s->L.tab);
    free(s);
}

bool lex_fragment(Compiler *c, const char *text, size_t len, int line, int col,
                  TokenList *out) {
    Lexer L;
    /* A NUL-terminated copy, so that look-ahead never reads past the field. */
    char *copy = arena_strndup(c->arena, text ? text : "", text ? len : 0);
    lexer_init(&L, c, out, copy, text ? len : 0, line, col, false, 0);
    L.fragment = true;
    int before = c->diags.len;
    lex_run(&L);
    lextab_free(&L.tab);
    return c->diags.len == before;
}
