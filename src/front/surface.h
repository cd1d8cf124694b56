/* Compound statement headers in a language's other word orders
 * (LangPack.forms: `range(5) para i:`), matched on tokens: by the parser
 * (parse_surface.c), which builds the canonical statement from them, and
 * by translate, which writes a header in the order natural to the target
 * language. */
#ifndef ML_SURFACE_H
#define ML_SURFACE_H
#include <stdbool.h>

#include "../lang/lang.h"
#include "../util/arena.h"
#include "token.h"

typedef struct SurfaceHeader {
    FormStmt stmt;
    int from[SLOT_COUNT], to[SLOT_COUNT]; /* the slots' tokens [from, to) */
    int colon;                             /* the ':' ending the header */
    int keyword;                           /* its first keyword or word */
} SurfaceHeader;

/* The header starting at toks[pos] in one of lang's forms (tried in
 * order): its keywords and words outside brackets and before the line's
 * first ':' outside brackets, in order, each slot a token at least. */
bool surface_match(const Token *toks, int n, int pos, const LangPack *lang, Arena *a, SurfaceHeader *h);
/* The header starting at toks[pos] in the canonical order: `for T in I:`,
 * `while C:`, `if C:`, `with X:`. */
bool surface_canonical(const Token *toks, int n, int pos, Arena *a, SurfaceHeader *h);
/* That order as a form (what translate writes when the target lists none). */
const SurfaceForm *surface_canonical_form(FormStmt stmt);

#endif
