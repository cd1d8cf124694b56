/* Language detection: which of the 17 packs does a source use?
 *
 * The words of the source (not inside strings or comments) are collected
 * once. Each pack then scores one point per occurrence of one of its
 * keywords or localized builtin names (the longest phrase of up to 3 words
 * separated by spaces/tabs wins, as in the lexer); English scores its
 * keywords only. Highest score wins, ties go to the earlier pack in the fixed
 * order, no hit at all means English.
 *
 * An occurrence that is plainly used as a name does not count: after '.',
 * before an assignment ('=', '+=', ...) or an attribute '.', and, for
 * keywords that cannot end an expression, before ')', ']', '}', ',' or a
 * binary operator; operators (and, or, in, ...) also not at the end of a
 * line or before ':'. So an English program full of `i = i + 1` does not
 * score for Swedish, where `i` means `in`, nor `return x + y` for Spanish,
 * where `y` means `and`. */
#include <stdlib.h>
#include <string.h>

#include "lex_table.h"
#include "lexer.h"
#include "../util/utf8.h"
#include "unicode_class.h"

/* What follows a word (after spaces/tabs on the same line). */
enum {
    NEXT_OTHER,  /* name, literal, '(', '[', '{', ':', '-', '+', newline... */
    NEXT_ASSIGN, /* '=' (not '=='), augmented assignment */
    NEXT_DOT,    /* '.' attribute */
    NEXT_CLOSE,  /* ')' ']' '}' ',' */
    NEXT_STAR,   /* '*' or '**' */
    NEXT_BINOP,  /* == != < > <= >= / // % & | ^ @, '+'/'-' before a space */
    NEXT_END,    /* end of line or file, comment */
    NEXT_COLON,  /* ':' (not ':=') */
};

typedef struct Word {
    const char *s;
    unsigned len;
    unsigned char next;  /* NEXT_* */
    bool after_dot;      /* preceded by '.' */
    bool joins_next;     /* the next word follows after spaces/tabs only */
} Word;

typedef struct WordVec {
    Word *items;
    size_t len, cap;
} WordVec;

static int decode(const char *p, const char *end, uint32_t *cp) {
    if ((unsigned char)*p < 0x80) {
        *cp = (unsigned char)*p;
        return 1;
    }
    int n = utf8_decode(p, (size_t)(end - p), cp);
    if (n <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    return n;
}

static const char *skip_word(const char *p, const char *end) {
    while (p < end) {
        uint32_t cp;
        int n = decode(p, end, &cp);
        if (!uc_is_id_continue(cp)) break;
        p += n;
    }
    return p;
}

static bool is_prefix(const char *s, size_t n) {
    if (n == 0 || n > 2) return false;
    char a = (char)(s[0] | 0x20), b = n == 2 ? (char)(s[1] | 0x20) : 0;
    if (n == 1) return a == 'r' || a == 'b' || a == 'u' || a == 'f';
    return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
}

/* Skip an ASCII-quoted string whose first quote is at p. */
static const char *skip_string(const char *p, const char *end) {
    char q = *p;
    bool triple = p + 2 < end && p[1] == q && p[2] == q;
    p += triple ? 3 : 1;
    while (p < end) {
        if (*p == '\\') {
            p += 2;
            continue;
        }
        if (*p == q) {
            if (!triple) return p + 1;
            if (p + 2 < end && p[1] == q && p[2] == q) return p + 3;
        }
        if (!triple && (*p == '\n' || *p == '\r')) return p;
        p++;
    }
    return end;
}

static uint32_t quote_close(uint32_t open) {
    switch (open) {
    case 0x00AB: return 0x00BB;
    case 0x300C: return 0x300D;
    case 0x201C: return 0x201D;
    case 0x2018: return 0x2019;
    default: return 0;
    }
}

static unsigned char classify_next(const char *p, const char *end) {
    while (p < end && (*p == ' ' || *p == '\t')) p++;
    if (p >= end) return NEXT_END;
    char a = *p, b = p + 1 < end ? p[1] : 0, c = p + 2 < end ? p[2] : 0;
    switch (a) {
    case '\n': case '\r': case '#': return NEXT_END;
    case ':': return b == '=' ? NEXT_OTHER : NEXT_COLON;
    case '=': return b == '=' ? NEXT_BINOP : NEXT_ASSIGN;
    case '.': return b == '.' ? NEXT_OTHER : NEXT_DOT;
    case ')': case ']': case '}': case ',': return NEXT_CLOSE;
    case '+': case '-':
        if (b == '=') return NEXT_ASSIGN;
        return b == ' ' || b == '\t' ? NEXT_BINOP : NEXT_OTHER;
    case '*':
        if (b == '=' || (b == '*' && c == '=')) return NEXT_ASSIGN;
        return NEXT_STAR;
    case '/':
        if (b == '=' || (b == '/' && c == '=')) return NEXT_ASSIGN;
        return NEXT_BINOP;
    case '<': case '>':
        if (b == a && c == '=') return NEXT_ASSIGN;
        return NEXT_BINOP;
    case '%': case '&': case '|': case '^': case '@':
        return b == '=' ? NEXT_ASSIGN : NEXT_BINOP;
    case '!': return b == '=' ? NEXT_BINOP : NEXT_OTHER;
    default: return NEXT_OTHER;
    }
}

static void push_word(WordVec *v, Word w) {
    if (v->len == v->cap) {
        size_t ncap = v->cap ? v->cap * 2 : 256;
        Word *n = realloc(v->items, ncap * sizeof *n);
        if (!n) return; /* out of memory: detection just sees fewer words */
        v->items = n;
        v->cap = ncap;
    }
    v->items[v->len++] = w;
}

static void collect_words(const char *src, size_t len, WordVec *v) {
    const char *p = src, *end = src + len;
    if (len >= 3 && memcmp(src, "\xEF\xBB\xBF", 3) == 0) p += 3;
    char prev = 0; /* previous significant ASCII character, 0 for other */
    while (p < end) {
        char ch = *p;
        if (ch == ' ' || ch == '\t' || ch == '\f') {
            p++;
            continue;
        }
        if (ch == '\n' || ch == '\r') {
            p++;
            prev = '\n';
            continue;
        }
        if (ch == '#') {
            while (p < end && *p != '\n' && *p != '\r') p++;
            continue;
        }
        if (ch == '"' || ch == '\'') {
            p = skip_string(p, end);
            prev = '"';
            continue;
        }
        uint32_t cp;
        int n = decode(p, end, &cp);
        if (uc_is_id_start(cp)) {
            const char *e = skip_word(p, end);
            if (e < end && (*e == '"' || *e == '\'') && is_prefix(p, (size_t)(e - p))) {
                p = skip_string(e, end);
                prev = '"';
                continue;
            }
            Word w;
            w.s = p;
            w.len = (unsigned)(e - p);
            w.after_dot = prev == '.';
            w.next = classify_next(e, end);
            w.joins_next = false;
            if (v->len > 0) {
                Word *last = &v->items[v->len - 1];
                const char *q = last->s + last->len;
                if (q < p) {
                    while (q < p && (*q == ' ' || *q == '\t')) q++;
                    if (q == p) last->joins_next = true;
                }
            }
            push_word(v, w);
            p = e;
            prev = 'a';
            continue;
        }
        if (uc_digit_value(cp) >= 0) {
            p = skip_word(p, end);
            prev = '0';
            continue;
        }
        uint32_t close = quote_close(cp);
        if (close) {
            const char *q = p + n;
            while (q < end && *q != '\n' && *q != '\r') {
                uint32_t c2;
                int m = decode(q, end, &c2);
                q += m;
                if (c2 == close) break;
            }
            p = q;
            prev = '"';
            continue;
        }
        prev = n == 1 ? ch : 0;
        p += n;
    }
}

/* Does the keyword concept k count for the phrase first..last? Operators
 * (and, or, in, not in, is, not, as) need an operand after them in every
 * word order; other keywords may end a line or precede ':' (`else:`, and the
 * ja/ar/hi/bn/ta surface orders such as `x > 3 もし:`). */
static bool keyword_counts(Concept k, const Word *first, const Word *last) {
    if (first->after_dot) return false;
    if (last->next == NEXT_ASSIGN || last->next == NEXT_DOT) return false;
    if (k == KW_TRUE || k == KW_FALSE || k == KW_NONE) return true;
    bool op = k == KW_AND || k == KW_OR || k == KW_IN || k == KW_NOT_IN || k == KW_IS ||
              k == KW_NOT || k == KW_AS;
    switch (last->next) {
    case NEXT_CLOSE: return k == KW_YIELD;
    case NEXT_BINOP: return false;
    case NEXT_STAR:
        return k == KW_IMPORT || k == KW_RETURN || k == KW_YIELD || k == KW_LAMBDA || k == KW_IN;
    case NEXT_END:
    case NEXT_COLON: return !op;
    default: return true;
    }
}

static bool builtin_counts(const Word *first, const Word *last) {
    return !first->after_dot && last->next != NEXT_ASSIGN;
}

#define MAX_PACKS 32

/* Entries of the phrase [i, i+m) of words, or -1 (too long / no entry). */
static int find_phrase(const LexTable *t, const WordVec *v, size_t i, int m, char *buf,
                       size_t cap, size_t *len_out, uint32_t *hash_out) {
    size_t len = 0;
    for (int k = 0; k < m; k++) {
        const Word *w = &v->items[i + (size_t)k];
        if (len + w->len + 2 > cap) return -1;
        if (k) buf[len++] = ' ';
        memcpy(buf + len, w->s, w->len);
        len += w->len;
    }
    uint32_t h = lextab_hash(buf, len);
    *len_out = len;
    *hash_out = h;
    return lextab_find(t, buf, len, h);
}

const LangPack *detect_language(const char *src, size_t len) {
    const LangPack *en = lang_find("en");
    if (!en) en = lang_at(0);
    if (!src) return en;
    int np = lang_count();
    if (np > MAX_PACKS) np = MAX_PACKS;
    const LangPack *packs[MAX_PACKS];
    bool with_builtins[MAX_PACKS];
    for (int i = 0; i < np; i++) {
        packs[i] = lang_at(i);
        with_builtins[i] = strcmp(packs[i]->code, "en") != 0;
    }
    LexTable t;
    lextab_build(&t, packs, with_builtins, np);
    WordVec v = {NULL, 0, 0};
    collect_words(src, len, &v);

    int score[MAX_PACKS] = {0};
    size_t skip_until[MAX_PACKS] = {0}; /* words already used by a phrase */
    char bufs[3][256];
    for (size_t i = 0; i < v.len; i++) {
        size_t lens[3];
        uint32_t hashes[3];
        int first[3] = {-1, -1, -1};
        first[0] = find_phrase(&t, &v, i, 1, bufs[0], sizeof bufs[0], &lens[0], &hashes[0]);
        bool phrase = false;
        for (int e = first[0]; e >= 0; e = lextab_next(&t, t.e[e].next, bufs[0], lens[0], hashes[0]))
            if (t.e[e].kind == LEXTAB_PHRASE_START) phrase = true;
        if (phrase) {
            for (int m = 2; m <= 3; m++) {
                if (i + (size_t)m > v.len || !v.items[i + (size_t)m - 2].joins_next) break;
                first[m - 1] = find_phrase(&t, &v, i, m, bufs[m - 1], sizeof bufs[m - 1],
                                           &lens[m - 1], &hashes[m - 1]);
            }
        }
        /* For each pack, the longest matching phrase starting here. */
        bool done[MAX_PACKS] = {false};
        for (int m = 3; m >= 1; m--) {
            for (int e = first[m - 1]; e >= 0;
                 e = lextab_next(&t, t.e[e].next, bufs[m - 1], lens[m - 1], hashes[m - 1])) {
                const LexEntry *x = &t.e[e];
                if (x->kind == LEXTAB_PHRASE_START || done[x->pack] || i < skip_until[x->pack])
                    continue;
                done[x->pack] = true;
                skip_until[x->pack] = i + (size_t)m;
                const Word *w0 = &v.items[i], *wl = &v.items[i + (size_t)m - 1];
                bool counts = x->kind == LEXTAB_KEYWORD ? keyword_counts(x->concept, w0, wl)
                                                        : builtin_counts(w0, wl);
                if (counts) score[x->pack]++;
            }
        }
    }
    const LangPack *best = en;
    int best_score = 0;
    for (int i = 0; i < np; i++) {
        if (score[i] > best_score) {
            best_score = score[i];
            best = packs[i];
        }
    }
    free(v.items);
    lextab_free(&t);
    return best;
}
