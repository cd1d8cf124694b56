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

/* The source lexed a chunk at a time (a 200,000-line file is a million
 * tokens, of which the parser needs one statement at a time): each chunk
 * ends at a top-level statement boundary with an EOF token standing for the
 * rest, the last one with the real EOF. out is the caller's (on the heap,
 * token_list_free); its texts are in c's arena. */
typedef struct LexStream LexStream;
/* chunk_tokens: the least a chunk holds (0: the default, 16,384; tests
 * use 1, a chunk per boundary, to check that the parse is the same). */
LexStream *lex_stream_open(Compiler *c, TokenList *out, int chunk_tokens);
/* Lex the next chunk into out, first dropping the tokens before index
 * keep_from and the last chunk's end mark (pointers into out are stale
 * after). Returns false when there was no more to lex: out then ends with
 * the real EOF. Errors go to c as lex_source's do. */
bool lex_stream_next(LexStream *s, int keep_from);
/* Errors reported so far. */
int lex_stream_errors(const LexStream *s);
void lex_stream_close(LexStream *s);

/* Lex one expression embedded at (line, col) of the source, such as an
 * f-string replacement field: no NEWLINE/INDENT/DEDENT, ends with EOF. */
bool lex_fragment(Compiler *c, const char *text, size_t len, int line, int col,
                  TokenList *out);

#endif
