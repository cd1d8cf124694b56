#include "translate.h"

#include <string.h>

#include "lexer.h"
#include "parser.h"
#include "unicode_class.h"
#include "../util/utf8.h"

/* The target spelling of a source word, or NULL to keep it: keywords by
 * concept, localized builtin aliases by their English builtin. */
static const char *respell(const LangPack *from, const LangPack *to, const char *w, size_t n) {
    Concept k = lang_keyword(from, w, n);
    if (k != CONCEPT_NONE) return to->canonical[k];
    const char *builtin = lang_builtin(from, w, n);
    if (!builtin) {
        /* English builtin names are builtins in every language */
        char word[64];
        if (n < sizeof word) {
            memcpy(word, w, n);
            word[n] = 0;
            if (lang_builtin_alias(to, word)) builtin = lang_builtin_alias(to, word) ? word : NULL;
        }
        if (builtin) return lang_builtin_alias(to, builtin);
    }
    if (builtin) {
        const char *alias = lang_builtin_alias(to, builtin);
        return alias ? alias : builtin;
    }
    return NULL;
}

/* A name of the program must stay a name in the target language. */
static bool name_ok(Compiler *c, const LangPack *to, const Token *t) {
    const char *w = t->text;
    size_t n = strlen(w);
    if (lang_keyword(to, w, n) != CONCEPT_NONE) {
        diag_error(c, t->line, t->col, "'%s' is a keyword in %s: rename it before translating", w, to->name);
        return false;
    }
    const char *b = lang_builtin(to, w, n);
    if (b && strcmp(b, t->name)) {
        diag_error(c, t->line, t->col, "'%s' is the builtin '%s' in %s: rename it before translating", w, b, to->name);
        return false;
    }
    return true;
}

/* The word at s[i..] (an identifier), re-spelled into out; returns the
 * index after it. */
static size_t respell_word(const LangPack *from, const LangPack *to, const char *s, size_t n, size_t i,
                           Buf *out) {
    size_t j = i;
    while (j < n) {
        uint32_t cp;
        int l = utf8_decode(s + j, n - j, &cp);
        if (l <= 0 || !uc_is_id_continue(cp)) break;
        j += (size_t)l;
    }
    const char *r = respell(from, to, s + i, j - i);
    if (r) buf_puts(out, r);
    else buf_putn(out, s + i, j - i);
    return j;
}

static size_t fstring_field(const LangPack *from, const LangPack *to, const char *s, size_t n, size_t i,
                            Buf *out);

/* The rest of a replacement field after its expression: the `=` of the
 * debugging form, the conversion (`!r`) and the format spec are text, kept
 * as they are (the spec `e` or `o` is not Italian `and` or Spanish `or`),
 * except the fields nested in the spec. Returns the index after the '}'. */
static size_t fstring_field_tail(const LangPack *from, const LangPack *to, const char *s, size_t n, size_t i,
                                 Buf *out) {
    while (i < n) {
        char ch = s[i++];
        buf_putc(out, ch);
        if (ch == '}') return i;
        if (ch == '{') i = fstring_field(from, to, s, n, i, out);
    }
    return i;
}

/* A replacement field whose '{' is before s[i]: the words of its
 * expression are re-spelled, the strings inside it are kept (they are
 * values: f"{d['print']}" must still read the key 'print'). The
 * expression ends where parse_fstring.c ends it: at '!', ':' or '=' (not
 * '!=', '==') or at the '}', outside brackets and strings. Returns the index
 * after the field. */
static size_t fstring_field(const LangPack *from, const LangPack *to, const char *s, size_t n, size_t i,
                            Buf *out) {
    int nest = 0;
    char quote = 0;
    while (i < n) {
        char ch = s[i];
        char next = i + 1 < n ? s[i + 1] : 0;
        if (quote) {
            if (ch == quote) quote = 0;
            buf_putc(out, ch);
            i++;
            continue;
        }
        if (ch == '\'' || ch == '"') quote = ch;
        else if (ch == '(' || ch == '[' || ch == '{') nest++;
        else if (ch == ')' || ch == ']' || ch == '}') {
            if (nest == 0) return fstring_field_tail(from, to, s, n, i, out);
            nest--;
        } else if (nest == 0 && (ch == ':' || ((ch == '!' || ch == '=') && next != '='))) {
            return fstring_field_tail(from, to, s, n, i, out);
        } else if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
            buf_putn(out, s + i, 2);
            i += 2;
            continue;
        }
        uint32_t cp;
        int l = utf8_decode(s + i, n - i, &cp);
        if (l > 0 && uc_is_id_start(cp)) {
            i = respell_word(from, to, s, n, i, out);
            continue;
        }
        buf_putc(out, ch);
        i++;
    }
    return i;
}

/* An f-string body: literal text and `{{`/`}}` are kept, replacement fields
 * are re-spelled. */
static void fstring_body(const LangPack *from, const LangPack *to, const char *s, size_t n, Buf *out) {
    size_t i = 0;
    while (i < n) {
        char ch = s[i];
        if ((ch == '{' || ch == '}') && i + 1 < n && s[i + 1] == ch) {
            buf_putn(out, s + i, 2);
            i += 2;
            continue;
        }
        buf_putc(out, ch);
        i++;
        if (ch == '{') i = fstring_field(from, to, s, n, i, out);
    }
}

bool translate_source(Compiler *c, const LangPack *to, Buf *out) {
    TokenList toks;
    /* Only a program is translated: re-spelling the words of something
     * that does not parse would give text that means nothing in either
     * language, so its errors are reported as check reports them. */
    if (!lex_source(c, &toks) || !parse_module(c, &toks)) return false;
    size_t start = out->len; /* out may hold a byte order mark already */
    const char *src = c->src, *copied = src;
    bool ok = true;
    for (int i = 0; i < toks.len; i++) {
        const Token *t = &toks.items[i];
        if (t->len == 0 || t->start < copied) continue;
        const char *replacement = NULL;
        if (t->kind == TK_KEYWORD) {
            replacement = to->canonical[t->concept];
            if (!replacement) {
                diag_error(c, t->line, t->col, "'%s' has no spelling in %s", t->text, to->name);
                ok = false;
                continue;
            }
        } else if (t->kind == TK_NAME && i > 0 && toks.items[i - 1].kind == TK_OP && toks.items[i - 1].op == OP_DOT) {
            /* attribute and method names are not builtins */
        } else if (t->kind == TK_NAME) {
            /* a builtin name (localized or English): the target's alias,
             * else the English name (which works in every language) */
            const char *alias = lang_builtin_alias(to, t->name);
            if (alias || strcmp(t->name, t->text)) {
                replacement = alias ? alias : t->name;
            } else if (!name_ok(c, to, t)) {
                ok = false;
                continue;
            }
        } else if (t->kind == TK_FSTRING) {
            /* copy the prefix and quotes, re-spell the fields of the body */
            const char *b = t->start;
            const char *e = t->start + t->len;
            const char *open = b;
            while (open < e && *open != '"' && *open != '\'') open++;
            size_t q = (open + 2 < e && open[1] == open[0] && open[2] == open[0]) ? 3 : 1;
            buf_putn(out, copied, (size_t)(b - copied));
            buf_putn(out, b, (size_t)(open - b) + q);
            fstring_body(c->lang, to, open + q, (size_t)(e - open) - 2 * q, out);
            buf_putn(out, e - q, q);
            copied = e;
            continue;
        }
        buf_putn(out, copied, (size_t)(t->start - copied));
        if (replacement) buf_puts(out, replacement);
        else buf_putn(out, t->start, t->len);
        copied = t->start + t->len;
    }
    buf_putn(out, copied, (size_t)(src + c->src_len - copied));
    if (!ok) return false;
    /* The result must still be a program in the target language. */
    Compiler check = *c;
    check.lang = to;
    check.src = buf_cstr(out) + start;
    check.src_len = out->len - start;
    check.diags = (PtrVec){0};
    TokenList t2;
    if (!lex_source(&check, &t2) || !parse_module(&check, &t2)) {
        diag_error(c, 0, 0, "internal error: the translation does not parse in %s", to->name);
        return false;
    }
    return true;
}
