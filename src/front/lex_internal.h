/* Shared state of the lexer (lexer.c, lex_number.c, lex_string.c). Not part
 * of the public API; see lexer.h. */
#ifndef ML_LEX_INTERNAL_H
#define ML_LEX_INTERNAL_H
#include <stdbool.h>
#include <stdint.h>
#include "lex_table.h"
#include "lexer.h"
#include "position.h"

#define LEX_MAX_ERRORS 20
#define LEX_MAX_INDENT 100
#define LEX_MAX_PARENS 200

typedef struct Lexer {
    Compiler *c;
    const char *p, *end; /* cursor and end of the text; *end == '\0' */
    int line;            /* line of p */
    const char *line_start;
    int line_col0;       /* column of line_start (1, except a fragment's first line) */
    const char *col_ptr; /* cache for col_at: column of col_ptr on this line */
    int col_val;
    TokenList *out;
    int cap;
    bool heap;     /* out->items is malloc'd (lex_source), else in the arena */
    LexTable tab;  /* keywords and builtin aliases of c->lang */
    int errors;
    bool stop;     /* too many errors */
    bool fragment; /* lex_fragment: newlines are whitespace */
    int depth;     /* open brackets */
    char paren[LEX_MAX_PARENS];
    int paren_line[LEX_MAX_PARENS], paren_col[LEX_MAX_PARENS];
    /* The token loop's state, kept between calls: a stream (lex_stream_*)
     * is lexed a chunk at a time. */
    bool started, done;
    bool at_bol;   /* at the beginning of a line (indentation next) */
    bool pending;  /* tokens since the last NEWLINE */
    int nind;      /* open indentation levels (indents[0] = 0) */
    int indents[LEX_MAX_INDENT], alts[LEX_MAX_INDENT];
    /* A stream stops at the first statement boundary (see at_boundary)
     * once the list has chunk_min tokens; boundary is then the index of the
     * token it stopped before (-1: none, the source is lexed to the end). */
    int chunk_min;
    int boundary;
    bool top_decorator; /* the last top-level line began with '@' */
} Lexer;

/* Column (1-based, code points) of ptr, which must be on the current line. */
int lex_col_at(Lexer *L, const char *ptr);
/* Step over the newline at L->p and start the next line. */
void lex_consume_newline(Lexer *L);
void lex_error(Lexer *L, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Append a token spanning [start, start+len) at (line, col); text is copied. */
Token *lex_push(Lexer *L, TokKind kind, const char *start, size_t len, int line,
                int col);
/* lex_push with text, a string that outlives the compile and reads as the
 * token's source spelling, as its text instead of a copy (NULL: copy). */
Token *lex_push_as(Lexer *L, TokKind kind, const char *start, size_t len, int line,
                   int col, const char *text);
/* Decode the code point at p (p < L->end); returns its byte length (>= 1). */
int lex_decode(const Lexer *L, const char *p, uint32_t *cp);

/* String literal whose first quote is at q; prefix is [s, q) (may be empty). */
void lex_string(Lexer *L, const char *s, const char *q, int line, int col);
/* «…», 「…」, “…”, ‘…’: closing code point for an opening one, else 0. */
uint32_t lex_unicode_quote_close(uint32_t open);
void lex_unicode_string(Lexer *L, const char *s, int line, int col);
/* Number starting at s (a digit of any script, or '.' followed by one). */
void lex_number(Lexer *L, const char *s, int line, int col);

#endif
