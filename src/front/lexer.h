/* The lexer: UTF-8 source -> tokens, in one human language. */
#ifndef ML_LEXER_H
#define ML_LEXER_H
#include <stdbool.h>
#include "diag.h"
#include "token.h"

typedef struct TokenList {
    Token *items;
    int len;
} TokenList;

/* Lex the whole source of c (c->src, c->lang). Produces NEWLINE, INDENT and
 * DEDENT as Python does (none inside brackets; blank and comment-only lines
 * produce nothing; a final NEWLINE and the closing DEDENTs, then EOF).
 * c->src is the program text as the front door (source.h) leaves it: valid
 * UTF-8, NUL-terminated, no byte order mark. With c->lang NULL the lexing is
 * language-neutral (every word is a TK_NAME): language detection reads the
 * source through it, so that detection and the lexer agree on what is a
 * word, a string or a comment. Returns false after reporting errors to c
 * (the list is still terminated by EOF so callers may inspect it). */
bool lex_source(Compiler *c, TokenList *out);
/* lex_source with the list outside the arena (a 4 MB file makes a million
 * tokens of 100 bytes, needed only until the parser has built the tree):
 * the caller frees it with token_list_free once done with the tokens (their
 * texts stay in the arena). */
bool lex_source_owned(Compiler *c, TokenList *out);
void token_list_free(TokenList *toks);

/* Lex one expression embedded at (line, col) of the source, such as an
 * f-string replacement field: no NEWLINE/INDENT/DEDENT, ends with EOF. */
bool lex_fragment(Compiler *c, const char *text, size_t len, int line, int col,
                  TokenList *out);

#endif
