/* Shared state of the parser (parser.c, parse_expr.c, parse_pattern.c,
 * parse_fstring.c). Not part of the public API; see parser.h.
 *
 * Errors: the first syntax error of a statement reports a diagnostic and
 * longjmps to the innermost statement guard (parser.c), which skips to the
 * next logical line and goes on, so a few more errors can be reported. */
#ifndef ML_PARSER_INTERNAL_H
#define ML_PARSER_INTERNAL_H
#include <setjmp.h>
#include <stdbool.h>
#include "parser.h"

#define PARSE_MAX_ERRORS 10
#define PARSE_MAX_PARENS 200   /* nested brackets */
#define PARSE_MAX_DEPTH 1000   /* nested expressions/statements in total */
/* Operators and postfixes made in a loop (a + b + ..., x[0][0]...): the
 * back ends walk the tree recursively; CPython compiles 3000-term sums and
 * gives up (RecursionError) before 30000. */
#define PARSE_MAX_CHAIN 3000
#define PARSE_MAX_FSTRING_NEST 2

typedef struct ParseShared {
    int errors;
    bool stop; /* too many errors: stop parsing */
    int yields; /* yield expressions parsed in the innermost def so far */
    StrMap *names; /* the module's Module.names */
    Module *module;
    TreeChunk *chunk; /* the one the statements being parsed go to */
    bool kept;        /* the statement being parsed has what keeps a chunk */
    bool top_def;     /* it is a def of the top level, not decorated: its
                         body goes to the chunk's bodies arena */
    int defs;         /* defs parsed so far */
} ParseShared;

typedef struct Parser {
    Compiler *c;
    Arena *a; /* the tree's nodes: the chunk's arena (see TreeChunk);
                 what outlives the tree (strings, maps) goes to c->arena */
    const Token *toks;
    int n;   /* tokens, the last one is EOF */
    int pos;
    int depth;  /* recursion depth (expressions, blocks) */
    int parens; /* open brackets */
    int fstring_nest; /* nesting of f-string replacement fields */
    bool in_fstring;  /* parsing an f-string field: messages get "f-string: " */
    const Token *open_toks[PARSE_MAX_PARENS]; /* the open brackets */
    ParseShared *shared;
    jmp_buf *jb; /* the innermost statement guard */
} Parser;

/* ---- positions ---- */
/* Sets e's end (unless already set: a parenthesized expression keeps its
 * own) to the end of the last token consumed, which is e's last token
 * when a parse function returns it. Returns e. */
Expr *p_end(Parser *P, Expr *e);

/* ---- tokens (parser.c) ---- */
static inline const Token *p_peek(const Parser *P) { return &P->toks[P->pos]; }
static inline const Token *p_peek_at(const Parser *P, int k) {
    int i = P->pos + k;
    if (i >= P->n) i = P->n - 1;
    if (i < 0) i = 0;
    return &P->toks[i];
}
static inline const Token *p_advance(Parser *P) {
    const Token *t = &P->toks[P->pos];
    if (P->pos < P->n - 1) P->pos++;
    return t;
}
static inline bool tok_is_op(const Token *t, Op op) { return t->kind == TK_OP && t->op == op; }
static inline bool tok_is_kw(const Token *t, Concept c) {
    return t->kind == TK_KEYWORD && t->concept == c;
}
static inline bool p_at_op(const Parser *P, Op op) { return tok_is_op(p_peek(P), op); }
static inline bool p_at_kw(const Parser *P, Concept c) { return tok_is_kw(p_peek(P), c); }
bool p_accept_op(Parser *P, Op op);
bool p_accept_kw(Parser *P, Concept c);
/* Consume op or fail with "expected 'X'". */
const Token *p_expect_op(Parser *P, Op op);
/* How the program's language spells a keyword concept (its canonical
 * spelling; English when the language has none), for messages. */
const char *p_spelling(const Parser *P, Concept c);
/* Soft keywords (match, case, default, let/var, const) usable as names. */
bool tok_is_soft_kw(const Token *t);
/* A NAME or a soft keyword. */
bool tok_is_name(const Token *t);
/* A name, or a keyword usable as a keyword argument's name before '='. */
bool tok_is_kwarg_name(const Token *t);
/* Canonical name of a name-like token. */
const char *tok_name(const Token *t);
/* Consume a name or fail with "invalid syntax". */
const Token *p_expect_name(Parser *P);

/* ---- errors (parser.c) ---- */
_Noreturn void p_error_at(Parser *P, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
_Noreturn void p_error(Parser *P, const Token *t, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* "invalid syntax" (or a more precise message) at t. */
_Noreturn void p_syntax_error(Parser *P, const Token *t);
/* Abort the statement after an error that was already reported (e.g. by the
 * lexer on an f-string field). */
_Noreturn void p_abort(Parser *P);
void p_enter(Parser *P, const Token *t);
static inline void p_leave(Parser *P) { P->depth--; }
void p_open_bracket(Parser *P, const Token *t);
static inline void p_close_bracket(Parser *P) { P->parens--; }
/* Expect the closing bracket for the opener tok (reports "'(' was never
 * closed" at EOF). */
void p_expect_close(Parser *P, const Token *open, Op close);

/* ---- expressions (parse_expr.c) ---- */
Expr *parse_expression(Parser *P);        /* expression (ternary, lambda) */
Expr *parse_named_expression(Parser *P);  /* expression or NAME := expression */
Expr *parse_star_expressions(Parser *P);  /* a, *b, c -> tuple */
Expr *parse_star_named_expression(Parser *P); /* *a | named_expression */
Expr *parse_disjunction(Parser *P);
Expr *parse_bitwise_or(Parser *P);
Expr *parse_yield_expr(Parser *P);        /* at YIELD */
/* star_targets: a, *b, c[0] (tuple when there is a comma); not validated. */
Expr *parse_star_targets(Parser *P);
Expr *parse_star_target(Parser *P); /* one target, no tuple */
/* Check an assignment/for/with target; what is "assign" or "delete". */
void check_target(Parser *P, Expr *e, bool del);
/* Call arguments after '(' up to and including ')'. */
void parse_call_args(Parser *P, const Token *open, PtrVec *args, PtrVec *keywords);
/* Parameters of def (closing ')') or lambda (closing ':'); consumes neither. */
void parse_params(Parser *P, bool is_lambda, PtrVec *out);
/* Adjacent string/bytes/f-string literals starting at the current token. */
Expr *parse_strings(Parser *P);
Expr *new_name(Parser *P, const Token *t);

/* ---- f-strings (parse_fstring.c) ---- */
/* Turn one TK_FSTRING token into parts appended to parts (E_STR and
 * E_FORMATTED nodes; adjacent literal text is merged by the caller). */
void parse_fstring_token(Parser *P, const Token *t, PtrVec *parts);
/* Join adjacent E_STR parts and drop empty ones (parse_expr.c). */
void fstring_merge_parts(Parser *P, PtrVec *parts);

/* ---- match statements and patterns (parse_pattern.c) ---- */
/* The patterns of a case clause (an open sequence becomes P_SEQUENCE). */
Pattern *parse_case_patterns(Parser *P);
/* Is the MATCH keyword at the current token the start of a match statement
 * (rather than a name such as `match = 1`)? */
bool looks_like_match(const Parser *P);
Stmt *parse_match(Parser *P); /* at MATCH */

/* ---- statements (parser.c) ---- */
/* ':' and an indented block (or a one-line suite); what names the
 * construct for "expected an indented block after <what> on line N". */
void parse_block(Parser *P, const Token *kw, const char *what, PtrVec *body);
void parse_else_block(Parser *P, PtrVec *orelse);
Stmt *parse_if_rest(Parser *P, const Token *kw, Stmt *top);
WithItem *parse_with_item(Parser *P);
/* A compound statement whose header is in one of the language's other
 * orders (LangPack.forms), or NULL (nothing consumed) (parse_surface.c). */
Stmt *parse_surface_stmt(Parser *P);
/* "'<spelling>' statement" for a keyword token. */
const char *p_stmt_what(Parser *P, const Token *kw);
/* Report an error without unwinding. */
void p_report(Parser *P, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Index after the block whose INDENT is at index i. */
int p_skip_block(const Parser *P, int i);
typedef void (*ParseFn)(Parser *P, PtrVec *out);
/* Run fn as one statement: after a syntax error, skip to the next line. */
void p_guarded(Parser *P, ParseFn fn, PtrVec *out);
/* The binary operator of an augmented assignment token, or OP_NONE. */
Op p_augassign_op(const Token *t);

#endif
