/* Tokens produced by the lexer and consumed by the parser. */
#ifndef ML_TOKEN_H
#define ML_TOKEN_H
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include "../lang/concepts.h"

typedef enum TokKind {
    TK_EOF,
    TK_NEWLINE,
    TK_INDENT,
    TK_DEDENT,
    TK_NAME,    /* identifier; text = source spelling, name = canonical */
    TK_KEYWORD, /* concept set; text = source spelling */
    TK_INT,     /* int_text = ASCII decimal digits of the value */
    TK_FLOAT,   /* fval */
    TK_IMAG,    /* fval: the imaginary part of 2j */
    TK_STRING,  /* sval/slen = decoded UTF-8 value */
    TK_BYTES,   /* sval/slen = decoded bytes */
    TK_FSTRING, /* sval/slen = raw body (escapes not decoded), see fstring_* */
    TK_OP,      /* op set */
} TokKind;

/* Operators and delimiters; Unicode alternatives (×, ≤, （ …) map onto these. */
#define ML_OPS(X)                                                             \
    X(LPAREN, "(") X(RPAREN, ")") X(LBRACKET, "[") X(RBRACKET, "]")           \
    X(LBRACE, "{") X(RBRACE, "}") X(COMMA, ",") X(COLON, ":") X(SEMI, ";")    \
    X(DOT, ".") X(AT, "@") X(ELLIPSIS, "...") X(ARROW, "->")                  \
    X(ASSIGN, "=") X(WALRUS, ":=")                                            \
    X(PLUS, "+") X(MINUS, "-") X(STAR, "*") X(SLASH, "/") X(DSLASH, "//")     \
    X(PERCENT, "%") X(DSTAR, "**") X(AMP, "&") X(PIPE, "|") X(CARET, "^")     \
    X(TILDE, "~") X(LSHIFT, "<<") X(RSHIFT, ">>")                             \
    X(EQ, "==") X(NE, "!=") X(LT, "<") X(GT, ">") X(LE, "<=") X(GE, ">=")     \
    X(PLUS_ASSIGN, "+=") X(MINUS_ASSIGN, "-=") X(STAR_ASSIGN, "*=")           \
    X(SLASH_ASSIGN, "/=") X(DSLASH_ASSIGN, "//=") X(PERCENT_ASSIGN, "%=")     \
    X(DSTAR_ASSIGN, "**=") X(AMP_ASSIGN, "&=") X(PIPE_ASSIGN, "|=")           \
    X(CARET_ASSIGN, "^=") X(LSHIFT_ASSIGN, "<<=") X(RSHIFT_ASSIGN, ">>=")     \
    X(AT_ASSIGN, "@=")

typedef enum Op {
    OP_NONE = 0,
#define ML_OP_ENUM(name, text) OP_##name,
    ML_OPS(ML_OP_ENUM)
#undef ML_OP_ENUM
    OP_COUNT
} Op;

const char *op_text(Op op); /* "+" for OP_PLUS */

/* 64 bytes (a 4 MB file makes a million of them, all alive until the
 * parser has built the tree): the kind-specific values share a union, the
 * small enums are stored narrow. */
typedef struct Token {
    const char *start; /* points into the source */
    const char *text;  /* NUL-terminated source spelling (arena) */
    const char *name;  /* TK_NAME: canonical name (builtin alias mapped to
                          its English name), else == text */
    union {            /* read only for the kinds named */
        const char *int_text; /* TK_INT: decimal digits, no sign, no leading 0s */
        double fval;          /* TK_FLOAT, TK_IMAG */
        const char *sval;     /* TK_STRING/TK_BYTES/TK_FSTRING payload (arena) */
    };
    int line, col;     /* 1-based; col counts code points */
    uint32_t len;      /* bytes of source text */
    uint32_t slen;     /* bytes of sval */
    /* TK_FSTRING: where the body starts in the source, for positions of
     * errors inside replacement fields. */
    int body_line, body_col;
    uint16_t concept;  /* Concept: TK_KEYWORD */
    uint8_t kind;      /* TokKind */
    uint8_t op;        /* Op: TK_OP */
    bool raw;          /* string had an r prefix */
    bool soft;         /* TK_KEYWORD: another spelling of def than the
                          language's own (fn): a def only where one
                          starts (`fn name(`), else a name, as Python
                          programs use it */
} Token;
_Static_assert(CONCEPT_COUNT <= 0xffff && OP_COUNT <= 0xff && TK_OP <= 0xff, "Token's narrow fields");

/* Whether t, followed by n1 and n2, is a soft spelling of def used as a
 * name: anywhere but the start of a def (`fn name(`). */
bool tok_soft_def_is_name(const Token *t, const Token *n1, const Token *n2);

#endif
