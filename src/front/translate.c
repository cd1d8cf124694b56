#include "translate.h"

#include <string.h>

#include "lexer.h"
#include "parser.h"
#include "surface.h"
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

/* Why a name of the program cannot stay as it is in the target language
 * (arena text), or NULL when it can: a keyword of the target, or one of its
 * builtins (other than the builtin the name already is). */
static const char *collision(Compiler *c, const LangPack *to, const char *w, const char *name) {
    size_t n = strlen(w);
    Concept k = lang_keyword(to, w, n);
    if (k != CONCEPT_NONE && !lang_keyword_is_soft(to, k, w)) return arena_printf(c->arena, "a keyword in %s", to->name);
    const char *b = lang_builtin(to, w, n);
    if (b && strcmp(b, name)) return arena_printf(c->arena, "the builtin '%s' in %s", b, to->name);
    return NULL;
}

/* The state of one translation: the renames decided in the first pass
 * (collect), applied in the second. */
typedef struct Translator {
    Compiler *c;
    const LangPack *from, *to;
    bool collect;    /* first pass: find the names to rename */
    PtrVec renames;  /* TranslateRename* */
    PtrVec words;    /* every word of the program (char*), to pick new names */
    PtrVec attrs;    /* words bound in a class body: their attributes are renamed too */
} Translator;

static bool vec_has(const PtrVec *v, const char *w) {
    for (int i = 0; i < v->len; i++)
        if (!strcmp(v->items[i], w)) return true;
    return false;
}

static TranslateRename *find_rename(const Translator *T, const char *w) {
    for (int i = 0; i < T->renames.len; i++) {
        TranslateRename *r = T->renames.items[i];
        if (!strcmp(r->from, w)) return r;
    }
    return NULL;
}

/* First pass: a user name w (not a builtin of the source) as the lexer reads
 * it (a token's t->name: fullwidth letters folded to ASCII ones); records
 * that it needs renaming when it collides in the target language. */
static void note_name(Translator *T, const char *w) {
    if (!vec_has(&T->words, w)) ptrvec_push(T->c->arena, &T->words, (void *)w);
    if (find_rename(T, w)) return;
    const char *why = collision(T->c, T->to, w, w);
    if (!why) return;
    TranslateRename *r = arena_alloc(T->c->arena, sizeof *r);
    r->from = w;
    r->to = NULL;
    r->reason = why;
    ptrvec_push(T->c->arena, &T->renames, r);
}

/* The new names: the old one with underscores appended until it is a name
 * in the target language that the program does not use already. */
static void choose_names(Translator *T) {
    for (int i = 0; i < T->renames.len; i++) {
        TranslateRename *r = T->renames.items[i];
        size_t n = strlen(r->from);
        for (size_t k = 1;; k++) {
            char *cand = arena_alloc(T->c->arena, n + k + 1);
            memcpy(cand, r->from, n);
            memset(cand + n, '_', k);
            cand[n + k] = 0;
            bool taken = collision(T->c, T->to, cand, cand) || vec_has(&T->words, cand);
            for (int j = 0; j < i && !taken; j++) taken = !strcmp(((TranslateRename *)T->renames.items[j])->to, cand);
            if (!taken) {
                r->to = cand;
                break;
            }
        }
    }
}

/* The word at s[i..] (an identifier), re-spelled into out; returns the
 * index after it. after_dot: an attribute name. */
static size_t respell_word(Translator *T, const char *s, size_t n, size_t i, bool after_dot, Buf *out) {
    size_t j = i;
    while (j < n) {
        uint32_t cp;
        int l = utf8_decode(s + j, n - j, &cp);
        if (l <= 0 || !uc_is_id_continue(cp)) break;
        j += (size_t)l;
    }
    const char *r = after_dot ? NULL : respell(T->from, T->to, s + i, j - i);
    if (!r) {
        char *w = arena_strndup(T->c->arena, s + i, j - i);
        if (T->collect) {
            if (!after_dot) note_name(T, w);
            else if (!vec_has(&T->words, w)) ptrvec_push(T->c->arena, &T->words, w);
        } else {
            const TranslateRename *rn = find_rename(T, w);
            if (rn && (!after_dot || vec_has(&T->attrs, w))) r = rn->to;
        }
    }
    if (r) buf_puts(out, r);
    else buf_putn(out, s + i, j - i);
    return j;
}

static size_t fstring_field(Translator *T, const char *s, size_t n, size_t i,
                            Buf *out);

/* The rest of a replacement field after its expression: the `=` of the
 * debugging form, the conversion (`!r`) and the format spec are text, kept
 * as they are (the spec `e` or `o` is not Italian `and` or Spanish `or`),
 * except the fields nested in the spec. Returns the index after the '}'. */
static size_t fstring_field_tail(Translator *T, const char *s, size_t n, size_t i,
                                 Buf *out) {
    while (i < n) {
        char ch = s[i++];
        buf_putc(out, ch);
        if (ch == '}') return i;
        if (ch == '{') i = fstring_field(T, s, n, i, out);
    }
    return i;
}

/* A replacement field whose '{' is before s[i]: the words of its
 * expression are re-spelled, the strings inside it are kept (they are
 * values: f"{d['print']}" must still read the key 'print'). The
 * expression ends where parse_fstring.c ends it: at '!', ':' or '=' (not
 * '!=', '==') or at the '}', outside brackets and strings. Returns the index
 * after the field. */
static size_t fstring_field(Translator *T, const char *s, size_t n, size_t i,
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
            if (nest == 0) return fstring_field_tail(T, s, n, i, out);
            nest--;
        } else if (nest == 0 && (ch == ':' || ((ch == '!' || ch == '=') && next != '='))) {
            return fstring_field_tail(T, s, n, i, out);
        } else if ((ch == '!' || ch == '=' || ch == '<' || ch == '>') && next == '=') {
            buf_putn(out, s + i, 2);
            i += 2;
            continue;
        }
        uint32_t cp;
        int l = utf8_decode(s + i, n - i, &cp);
        if (l > 0 && uc_is_id_start(cp)) {
            size_t k = out->len;
            while (k > 0 && (out->data[k - 1] == ' ' || out->data[k - 1] == '\t')) k--;
            i = respell_word(T, s, n, i, k > 0 && out->data[k - 1] == '.', out);
            continue;
        }
        buf_putc(out, ch);
        i++;
    }
    return i;
}

/* An f-string body: literal text and `{{`/`}}` are kept, replacement fields
 * are re-spelled. */
static void fstring_body(Translator *T, const char *s, size_t n, Buf *out) {
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
        if (ch == '{') i = fstring_field(T, s, n, i, out);
    }
}

/* The source's f-string token t re-spelled into out (prefix and quotes
 * kept, the fields of the body re-spelled). */
static void fstring_token(Translator *T, const Token *t, Buf *out) {
    const char *b = t->start;
    const char *e = t->start + t->len;
    const char *open = b;
    while (open < e && *open != '"' && *open != '\'') open++;
    size_t q = (open + 2 < e && open[1] == open[0] && open[2] == open[0]) ? 3 : 1;
    buf_putn(out, b, (size_t)(open - b) + q);
    fstring_body(T, open + q, (size_t)(e - open) - 2 * q, out);
    buf_putn(out, e - q, q);
}

static bool after_dot(const TokenList *toks, int i) {
    return i > 0 && toks->items[i - 1].kind == TK_OP && toks->items[i - 1].op == OP_DOT;
}

/* A name token that is a builtin (localized, or English with a spelling in
 * the target): its spelling in the target, else NULL (a user name; its
 * t->name is its spelling as the lexer reads it, fullwidth letters folded). */
static const char *builtin_spelling(const LangPack *from, const LangPack *to, const Token *t) {
    const char *alias = lang_builtin_alias(to, t->name);
    if (alias) return alias;
    if (strcmp(t->name, t->text) && lang_builtin(from, t->text, strlen(t->text))) return t->name;
    return NULL;
}

/* First pass: the user names that collide in the target language, and which
 * of them are bound in a class body (their attributes are renamed too:
 * `class C: i = 0` ... `C.i`). */
static void collect_renames(Translator *T, const TokenList *toks) {
    enum { BLOCK_OTHER, BLOCK_CLASS, BLOCK_FUNC };
    int stack[256];
    int depth = 0, pending = -1;
    stack[0] = BLOCK_OTHER;
    Buf scratch;
    buf_init(&scratch);
    for (int i = 0; i < toks->len; i++) {
        const Token *t = &toks->items[i];
        switch (t->kind) {
        case TK_KEYWORD:
            if (t->concept == KW_CLASS_DEF) pending = BLOCK_CLASS;
            else if (t->concept == KW_FUNC_DEF) pending = BLOCK_FUNC;
            break;
        case TK_NEWLINE:
            if (i + 1 < toks->len && toks->items[i + 1].kind != TK_INDENT) pending = -1;
            break;
        case TK_INDENT: {
            int kind = pending >= 0 ? pending : stack[depth];
            if (depth + 1 < (int)(sizeof stack / sizeof stack[0])) stack[++depth] = kind;
            pending = -1;
            break;
        }
        case TK_DEDENT:
            if (depth > 0) depth--;
            break;
        case TK_NAME:
            if (after_dot(toks, i)) {
                if (!vec_has(&T->words, t->text)) ptrvec_push(T->c->arena, &T->words, (void *)t->text);
            } else if (!builtin_spelling(T->from, T->to, t)) {
                note_name(T, t->name);
                if (stack[depth] == BLOCK_CLASS && find_rename(T, t->name) && !vec_has(&T->attrs, t->name))
                    ptrvec_push(T->c->arena, &T->attrs, (void *)t->name);
            }
            break;
        case TK_FSTRING:
            scratch.len = 0;
            fstring_token(T, t, &scratch);
            break;
        default:
            break;
        }
    }
    buf_free(&scratch);
    choose_names(T);
}

/* Token i re-spelled into out, after the source text since *copied (the
 * layout between tokens); *copied moves past it. False when a keyword has
 * no spelling in the target (reported). */
static bool emit_token(Translator *T, const TokenList *toks, int i, const char **copied, Buf *out) {
    Compiler *c = T->c;
    const LangPack *to = T->to;
    const Token *t = &toks->items[i];
    if (t->len == 0 || t->start < *copied) return true;
    const char *replacement = NULL;
    const Token *n1 = i + 1 < toks->len ? t + 1 : NULL, *n2 = i + 2 < toks->len ? t + 2 : NULL;
    if (t->kind == TK_KEYWORD && (after_dot(toks, i) || tok_soft_def_is_name(t, n1, n2))) {
        /* an attribute spelled like a keyword of the source's language
         * (math.e in Portuguese, where e is `and`), or fn as a name: a
         * name, kept */
    } else if (t->kind == TK_KEYWORD) {
        replacement = to->canonical[t->concept];
        if (!replacement) {
            diag_error(c, t->line, t->col, "'%s' has no spelling in %s", t->text, to->name);
            return false;
        }
    } else if (t->kind == TK_NAME && after_dot(toks, i)) {
        /* attribute and method names are not builtins; the attributes
         * of a renamed class-body name follow it */
        const TranslateRename *r = find_rename(T, t->text);
        if (r && vec_has(&T->attrs, t->text)) replacement = r->to;
    } else if (t->kind == TK_NAME) {
        /* a builtin name (localized or English): the target's alias,
         * else the English name (which works in every language) */
        replacement = builtin_spelling(c->lang, to, t);
        if (!replacement) {
            /* a user name: renamed, or as the lexer reads it */
            const TranslateRename *r = find_rename(T, t->name);
            if (r) replacement = r->to;
            else if (strcmp(t->name, t->text)) replacement = t->name;
        }
    } else if (t->kind == TK_FSTRING) {
        buf_putn(out, *copied, (size_t)(t->start - *copied));
        fstring_token(T, t, out);
        *copied = t->start + t->len;
        return true;
    }
    buf_putn(out, *copied, (size_t)(t->start - *copied));
    if (replacement) buf_puts(out, replacement);
    else buf_putn(out, t->start, t->len);
    *copied = t->start + t->len;
    return true;
}

/* Tokens [from, to) re-spelled, with the layout between them. */
static bool emit_range(Translator *T, const TokenList *toks, int from, int to, Buf *out) {
    const char *copied = toks->items[from].start;
    bool ok = true;
    for (int i = from; i < to; i++) ok &= emit_token(T, toks, i, &copied, out);
    return ok;
}

/* A for/while/if/with header (h) written in the target's order: its first
 * form for the statement, else the canonical one; parts one space apart. */
static bool emit_header(Translator *T, const TokenList *toks, const SurfaceHeader *h, Buf *out) {
    const SurfaceForm *form = surface_canonical_form(h->stmt);
    for (int i = 0; i < T->to->form_count; i++)
        if (T->to->forms[i].stmt == h->stmt) {
            form = &T->to->forms[i];
            break;
        }
    bool ok = true;
    for (int k = 0; k < form->nparts; k++) {
        const FormPart *pt = &form->parts[k];
        if (k) buf_putc(out, ' ');
        if (pt->kind == PART_SLOT) {
            ok &= emit_range(T, toks, h->from[pt->slot], h->to[pt->slot], out);
        } else if (pt->kind == PART_WORD) {
            buf_puts(out, pt->word);
        } else if (T->to->canonical[pt->concept]) {
            buf_puts(out, T->to->canonical[pt->concept]);
        } else {
            const Token *kw = &toks->items[h->keyword];
            diag_error(T->c, kw->line, kw->col, "'%s' has no spelling in %s", kw->text, T->to->name);
            ok = false;
        }
    }
    return ok;
}

/* Whether token i starts a statement (a header may start there). */
static bool statement_start(const TokenList *toks, int i) {
    TokKind self = toks->items[i].kind;
    if (self == TK_NEWLINE || self == TK_INDENT || self == TK_DEDENT || self == TK_EOF) return false;
    if (i == 0) return true;
    TokKind k = toks->items[i - 1].kind;
    return k == TK_NEWLINE || k == TK_INDENT || k == TK_DEDENT;
}

bool translate_source(Compiler *c, const LangPack *to, Buf *out, PtrVec *renames) {
    TokenList toks;
    /* Only a program is translated: re-spelling the words of something
     * that does not parse would give text that means nothing in either
     * language, so its errors are reported as check reports them. */
    if (!lex_source_owned(c, &toks) || !parse_module(c, &toks)) {
        token_list_free(&toks);
        return false;
    }
    Translator T = {.c = c, .from = c->lang, .to = to, .collect = true};
    collect_renames(&T, &toks);
    T.collect = false;
    size_t start = out->len; /* out may hold a byte order mark already */
    const char *src = c->src, *copied = src;
    bool ok = true;
    for (int i = 0; i < toks.len; i++) {
        /* a for/while/if/with header goes to the order natural to the
         * target (one written in another order than the canonical one
         * goes to the target's, or the canonical one) */
        SurfaceHeader h;
        bool other = false;
        if (statement_start(&toks, i) &&
            (surface_canonical(toks.items, toks.len, i, c->arena, &h) ||
             (other = surface_match(toks.items, toks.len, i, c->lang, c->arena, &h)))) {
            bool target_has = false;
            for (int f = 0; f < to->form_count; f++) target_has |= to->forms[f].stmt == h.stmt;
            if (other || target_has) {
                buf_putn(out, copied, (size_t)(toks.items[i].start - copied));
                ok &= emit_header(&T, &toks, &h, out);
                copied = toks.items[h.colon].start;
                i = h.colon - 1;
                continue;
            }
        }
        ok &= emit_token(&T, &toks, i, &copied, out);
    }
    buf_putn(out, copied, (size_t)(src + c->src_len - copied));
    token_list_free(&toks);
    if (!ok) return false;
    if (renames) *renames = T.renames;
    /* The result must still be a program in the target language. */
    Compiler check = *c;
    check.lang = to;
    check.src = buf_cstr(out) + start;
    check.src_len = out->len - start;
    check.diags = (PtrVec){0};
    TokenList t2;
    bool parses = lex_source_owned(&check, &t2) && parse_module(&check, &t2);
    token_list_free(&t2);
    if (!parses) {
        diag_error(c, 0, 0, "internal error: the translation does not parse in %s", to->name);
        return false;
    }
    return true;
}
