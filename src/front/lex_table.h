/* Hash table of keyword spellings and builtin aliases of one or more
 * language packs, for the lexer (one pack) and language detection (all of
 * them). Built per call (no global state), heap-allocated. */
#ifndef ML_LEX_TABLE_H
#define ML_LEX_TABLE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "../lang/lang.h"

enum { LEXTAB_KEYWORD, LEXTAB_BUILTIN, LEXTAB_PHRASE_START };

typedef struct LexEntry {
    const char *s; /* spelling (or first word of a multi-word one) */
    uint32_t len, hash;
    int next;      /* next entry in the bucket chain, -1 at the end */
    int pack;      /* index given to lextab_add_pack */
    int kind;      /* LEXTAB_* */
    Concept concept;       /* LEXTAB_KEYWORD */
    const char *canonical; /* LEXTAB_BUILTIN */
} LexEntry;

typedef struct LexTable {
    LexEntry *e;
    int n, cap;
    int *buckets;
    uint32_t mask;
} LexTable;

/* packs[0..npacks): with_builtins[i] says whether pack i's builtin aliases
 * are entered (language detection counts English keywords only). Returns
 * false when out of memory (the table is then empty but usable). */
bool lextab_build(LexTable *t, const LangPack *const *packs, const bool *with_builtins,
                  int npacks);
void lextab_free(LexTable *t);
uint32_t lextab_hash(const char *s, size_t len);
/* First entry whose spelling is s[0..len) (any kind, any pack), or -1; walk
 * on with lextab_next. */
int lextab_find(const LexTable *t, const char *s, size_t len, uint32_t hash);
int lextab_next(const LexTable *t, int i, const char *s, size_t len, uint32_t hash);

#endif
