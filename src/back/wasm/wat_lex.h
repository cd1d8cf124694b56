/* Tokens of WAT text for the assembler (wat_asm.c): parentheses, strings,
 * atoms (keywords, numbers, $names, offset=/align= immediates); comments
 * (";; ..." to the end of the line, nested "(; ... ;)") and white space
 * skipped. Also the text forms of numbers and strings. */
#ifndef ML_WAT_LEX_H
#define ML_WAT_LEX_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "../../util/buf.h"

typedef struct WatTok {
    const char *s; /* into the text; a string token includes its quotes */
    uint32_t n;
    char kind;     /* '(' ')' '"' (string) 'a' (atom), 0 at the end */
} WatTok;

typedef struct WatLex {
    const char *begin, *p, *end;
} WatLex;

WatTok wat_next(WatLex *lx);
WatTok wat_peek(const WatLex *lx);
/* Whether t is the atom `word` (inline: the length of a literal word is
 * then a constant). */
static inline bool wat_is(WatTok t, const char *word) {
    size_t n = strlen(word);
    return t.kind == 'a' && n == t.n && !memcmp(t.s, word, n);
}
/* Past atoms, strings and comments (without reading them as tokens: a
 * scan of the characters) to the next '(' (true: the lexer is at it, and
 * *before is the atom before it, or call_indirect for one with a table
 * index between) or ')' (false: the lexer is at it, or at the end). */
bool wat_find_group(WatLex *lx, WatTok *before);
/* After a '(' token whose field is not wanted: past its matching ')'
 * (strings and comments skipped). False if the text ends first. */
bool wat_skip_rest(WatLex *lx);

/* Integers as WAT writes them: an optional sign, decimal or 0x hex digits
 * (underscores between digits allowed). *neg tells the sign apart from
 * the magnitude so that each caller checks its own range. */
bool wat_uint(WatTok t, uint64_t *mag, bool *neg);
/* The bits of an f64 / f32 constant: decimal or hex floats, inf, nan,
 * nan:0x payloads, with a sign. */
bool wat_f64_bits(WatTok t, uint64_t *bits);
bool wat_f32_bits(WatTok t, uint32_t *bits);
/* A string token's bytes (escapes decoded) appended to out. */
bool wat_string(WatTok t, Buf *out);

#endif
