/* Language detection: which of the 17 packs does a source use?
 *
 * The source is read by the lexer itself, in its language-neutral mode
 * (every word a name), so detection and lexing agree on what is a word,
 * a string or a comment; the words and what follows each come from its
 * tokens. Each pack then scores one point per occurrence of one of its
 * keywords or localized builtin names (the longest phrase of up to 3 words
 * separated by spaces/tabs wins, as in the lexer); English scores its
 * keywords only. Highest score wins, no hit at all means English. Packs
 * that share words can tie (中文 and 日本語 share 整数, 真, 集合, 断言 and
 * 表示, which is `repr` in one and `print` in the other); a tie goes to
 *   1. 日本語 when the source has kana (hiragana or katakana, which only
 *      Japanese writes; not the middle dot ・, which Chinese uses too),
 *   2. else the pack in which more statements are calls of its `print`
 *      (`表示("こんにちは")` is a print statement; a repr whose value is
 *      thrown away is no program),
 *   3. else the earlier pack in the fixed order.
 *
 * An occurrence that is plainly used as a name does not count: after '.',
 * before an assignment ('=', '+=', ...) or an attribute '.', and, for
 * keywords that cannot end an expression, before ')', ']', '}', ',' or a
 * binary operator; operators (and, or, in, ...) also not at the end of a
 * line or before ':'. So an English program full of `i = i + 1` does not
 * score for Swedish, where `i` means `in`, nor `return x + y` for Spanish,
 * where `y` means `and`.
 *
 * Detection only counts; the front door (source.c) makes the decision,
 * which also weighs whether the program parses. */
#include "detect.h"

#include <stdlib.h>
#include <string.h>

#include "lex_table.h"
#include "lexer.h"

/* What follows a word on its line. */
enum {
    NEXT_OTHER,  /* name, literal, '(', '[', '{', ':=', unary '-'/'+'... */
    NEXT_ASSIGN, /* '=' (not '=='), augmented assignment */
    NEXT_DOT,    /* '.' attribute */
    NEXT_CLOSE,  /* ')' ']' '}' ',' */
    NEXT_STAR,   /* '*' or '**' */
    NEXT_BINOP,  /* == != < > <= >= / // % & | ^ @ << >>, '+'/'-' before a space */
    NEXT_END,    /* end of line or file (a comment ends the line too) */
    NEXT_COLON,  /* ':' */
};

typedef struct Word {
    const Token *t;     /* a TK_NAME token; t->name is its folded spelling */
    unsigned char next; /* NEXT_* */
    bool after_dot;     /* preceded by '.' */
    bool joins_next;    /* the next word follows after spaces/tabs only */
    bool stmt_call;     /* begins a statement and is called: `word(` */
} Word;

typedef struct WordVec {
    Word *items;
    size_t len;
} WordVec;

static unsigned char classify_op(const Token *op) {
    switch (op->op) {
    case OP_COLON: return NEXT_COLON;
    case OP_DOT: return NEXT_DOT;
    case OP_RPAREN: case OP_RBRACKET: case OP_RBRACE: case OP_COMMA: return NEXT_CLOSE;
    case OP_STAR: case OP_DSTAR: return NEXT_STAR;
    case OP_PLUS: case OP_MINUS: {
        /* binary when followed by a space, as in `x - 1`; unary in `x -1`
         * is rare enough to be read as an operand */
        char after = op->start[op->len];
        return after == ' ' || after == '\t' ? NEXT_BINOP : NEXT_OTHER;
    }
    case OP_EQ: case OP_NE: case OP_LT: case OP_GT: case OP_LE: case OP_GE: case OP_SLASH:
    case OP_DSLASH: case OP_PERCENT: case OP_AMP: case OP_PIPE: case OP_CARET: case OP_AT:
    case OP_LSHIFT: case OP_RSHIFT:
        return NEXT_BINOP;
    case OP_ASSIGN: case OP_PLUS_ASSIGN: case OP_MINUS_ASSIGN: case OP_STAR_ASSIGN:
    case OP_SLASH_ASSIGN: case OP_DSLASH_ASSIGN: case OP_PERCENT_ASSIGN: case OP_DSTAR_ASSIGN:
    case OP_AMP_ASSIGN: case OP_PIPE_ASSIGN: case OP_CARET_ASSIGN: case OP_LSHIFT_ASSIGN:
    case OP_RSHIFT_ASSIGN: case OP_AT_ASSIGN:
        return NEXT_ASSIGN;
    default: return NEXT_OTHER;
    }
}

/* What follows the word w: the next token, when it is on the same line. */
static unsigned char classify_next(const Token *w, const Token *next) {
    if (next->kind == TK_EOF || next->kind == TK_NEWLINE || next->line != w->line) return NEXT_END;
    return next->kind == TK_OP ? classify_op(next) : NEXT_OTHER;
}

/* Is [from, to) only spaces and tabs (and not empty)? */
static bool only_blanks(const char *from, const char *to) {
    if (from >= to) return false;
    for (; from < to; from++)
        if (*from != ' ' && *from != '\t') return false;
    return true;
}

static void collect_words(const TokenList *toks, WordVec *v) {
    v->items = malloc(sizeof(Word) * (size_t)(toks->len ? toks->len : 1));
    v->len = 0;
    if (!v->items) return; /* out of memory: detection sees no words */
    for (int i = 0; i + 1 < toks->len; i++) {
        const Token *t = &toks->items[i];
        if (t->kind != TK_NAME) continue;
        const Token *prev = i > 0 ? &toks->items[i - 1] : NULL;
        const Token *next = &toks->items[i + 1];
        Word w;
        w.t = t;
        w.after_dot = prev && prev->kind == TK_OP && prev->op == OP_DOT;
        w.next = classify_next(t, next);
        w.joins_next = next->kind == TK_NAME && only_blanks(t->start + t->len, next->start);
        w.stmt_call = (!prev || prev->kind == TK_NEWLINE || prev->kind == TK_INDENT || prev->kind == TK_DEDENT) &&
                      next->kind == TK_OP && next->op == OP_LPAREN;
        v->items[v->len++] = w;
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

/* Hiragana or katakana (U+3040..U+30FF, UTF-8 E3 81 80..E3 83 BF) but the
 * katakana middle dot U+30FB (E3 83 BB), which Chinese text uses too. */
static bool has_kana(const char *s, size_t n) {
    for (size_t i = 0; i + 2 < n; i++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)s[i + 1], c = (unsigned char)s[i + 2];
        if (a == 0xE3 && b >= 0x81 && b <= 0x83 && !(b == 0x81 && c < 0x80) && !(b == 0x83 && c == 0xBB))
            return true;
    }
    return false;
}

#define MAX_PACKS 32

/* Entries of the phrase [i, i+m) of words, or -1 (too long / no entry). */
static int find_phrase(const LexTable *t, const WordVec *v, size_t i, int m, char *buf,
                       size_t cap, size_t *len_out, uint32_t *hash_out) {
    size_t len = 0;
    for (int k = 0; k < m; k++) {
        const char *word = v->items[i + (size_t)k].t->name;
        size_t n = strlen(word);
        if (len + n + 2 > cap) return -1;
        if (k) buf[len++] = ' ';
        memcpy(buf + len, word, n);
        len += n;
    }
    uint32_t h = lextab_hash(buf, len);
    *len_out = len;
    *hash_out = h;
    return lextab_find(t, buf, len, h);
}

/* What the words scored so far: each pack's points, its print
 * statements (tie-break 2), and the word (counted over the whole source)
 * before which its longest phrase so far leaves nothing to count. */
typedef struct Scores {
    int score[MAX_PACKS];
    int print_stmts[MAX_PACKS];
    size_t skip_until[MAX_PACKS];
} Scores;

/* Scores the words of v, the first of which is the source's word number
 * base. A phrase never spans two chunks of words: its words are on one
 * line, and a chunk ends at a statement's end. */
static void score_words(const LexTable *t, const WordVec *v, size_t base, Scores *sc) {
    char bufs[3][256];
    for (size_t i = 0; i < v->len; i++) {
        size_t lens[3];
        uint32_t hashes[3];
        int first[3] = {-1, -1, -1};
        first[0] = find_phrase(t, v, i, 1, bufs[0], sizeof bufs[0], &lens[0], &hashes[0]);
        bool phrase = false;
        for (int e = first[0]; e >= 0; e = lextab_next(t, t->e[e].next, bufs[0], lens[0], hashes[0]))
            if (t->e[e].kind == LEXTAB_PHRASE_START) phrase = true;
        if (phrase) {
            for (int m = 2; m <= 3; m++) {
                if (i + (size_t)m > v->len || !v->items[i + (size_t)m - 2].joins_next) break;
                first[m - 1] = find_phrase(t, v, i, m, bufs[m - 1], sizeof bufs[m - 1],
                                           &lens[m - 1], &hashes[m - 1]);
            }
        }
        /* For each pack, the longest matching phrase starting here. */
        bool done[MAX_PACKS] = {false};
        for (int m = 3; m >= 1; m--) {
            for (int e = first[m - 1]; e >= 0;
                 e = lextab_next(t, t->e[e].next, bufs[m - 1], lens[m - 1], hashes[m - 1])) {
                const LexEntry *x = &t->e[e];
                if (x->kind == LEXTAB_PHRASE_START || done[x->pack] || base + i < sc->skip_until[x->pack])
                    continue;
                done[x->pack] = true;
                sc->skip_until[x->pack] = base + i + (size_t)m;
                const Word *w0 = &v->items[i], *wl = &v->items[i + (size_t)m - 1];
                bool counts = x->kind == LEXTAB_KEYWORD ? keyword_counts(x->concept, w0, wl)
                                                        : builtin_counts(w0, wl);
                if (counts) sc->score[x->pack]++;
                if (counts && m == 1 && x->kind == LEXTAB_BUILTIN && w0->stmt_call && x->canonical &&
                    !strcmp(x->canonical, "print"))
                    sc->print_stmts[x->pack]++;
            }
        }
    }
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

    /* The words, from a language-neutral lexing of a private copy (the
     * lexer needs the terminating NUL) in a private arena; its errors are
     * the compilation's business, not detection's. The source is lexed a
     * chunk of statements at a time and each chunk's words scored before
     * the next is lexed (a 100,000-line file's tokens and words, all held,
     * were 80 MB for the few kilobytes of scores). */
    Arena arena;
    arena_init(&arena);
    Compiler neutral = {0};
    neutral.arena = &arena;
    neutral.filename = "";
    neutral.src = arena_strndup(&arena, src, len);
    neutral.src_len = len;
    TokenList toks = {0};
    LexStream *stream = lex_stream_open(&neutral, &toks, 0);
    Scores sc = {0};
    size_t base = 0;
    for (bool more = true; more;) {
        more = lex_stream_next(stream, toks.len); /* the last chunk dropped */
        WordVec v;
        collect_words(&toks, &v);
        score_words(&t, &v, base, &sc);
        base += v.len;
        free(v.items);
    }
    lex_stream_close(stream);
    token_list_free(&toks);

    const LangPack *best = en;
    int best_score = 0, best_i = -1;
    bool kana = has_kana(src, len);
    for (int i = 0; i < np; i++) {
        if (sc.score[i] > best_score) {
            best_score = sc.score[i];
            best = packs[i];
            best_i = i;
        } else if (sc.score[i] == best_score && best_i >= 0) {
            bool ja = kana && !strcmp(packs[i]->code, "ja"), best_ja = kana && !strcmp(best->code, "ja");
            if (ja > best_ja || (ja == best_ja && sc.print_stmts[i] > sc.print_stmts[best_i])) {
                best = packs[i];
                best_i = i;
            }
        }
    }
    lextab_free(&t);
    arena_free(&arena);
    return best;
}
