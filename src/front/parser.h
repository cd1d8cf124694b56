/* The parser: tokens -> AST (Python 3.11 grammar plus the multilingual
 * extras `let`/`var`/`const`). */
#ifndef ML_PARSER_H
#define ML_PARSER_H
#include <stdbool.h>
#include "ast.h"
#include "lexer.h"

/* Parse a token list (from lex_source). Reports syntax errors to c with the
 * position of the offending token; returns NULL when there were errors. */
Module *parse_module(Compiler *c, const TokenList *toks);
/* Lex and parse c's source, as lex_source then parse_module would (the
 * same tree, the same errors: lexical ones alone when there are any), with
 * only a chunk of its tokens in memory at a time. */
Module *parse_source(Compiler *c);
/* parse_source with chunks of at least chunk_tokens tokens (0: the
 * default); tests parse with 1 to see that chunks change nothing. */
Module *parse_source_chunked(Compiler *c, int chunk_tokens);

#endif
