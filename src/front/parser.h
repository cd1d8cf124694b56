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

#endif
