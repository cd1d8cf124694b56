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
 * Returns false after reporting errors to c (the list is still terminated
 * by EOF so callers may inspect it). */
bool lex_source(Compiler *c, TokenList *out);

/* Lex one expression embedded at (line, col) of the source, such as an
 * f-string replacement field: no NEWLINE/INDENT/DEDENT, ends with EOF. */
bool lex_fragment(Compiler *c, const char *text, size_t len, int line, int col,
                  TokenList *out);

/* Detect the human language of a source from the words it uses: each
 * language scores one point per word or phrase that is one of its keywords
 * or localized builtin names; the highest score wins, ties go to the
 * earlier language in the fixed order, and no hit at all means English. */
const LangPack *detect_language(const char *src, size_t len);

#endif
