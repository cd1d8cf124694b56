/* Language packs: per human language, the spellings of every keyword concept
 * and the localized aliases of builtin names. The data lives in
 * src/lang/packs/<code>.lang and is turned into C tables at build time. */
#ifndef ML_LANG_H
#define ML_LANG_H
#include <stddef.h>
#include "concepts.h"

typedef struct KeywordSpelling {
    const char *spelling; /* UTF-8; a multi-word spelling has single spaces */
    Concept concept;
} KeywordSpelling;

typedef struct BuiltinAlias {
    const char *alias;     /* localized name, e.g. "afficher" */
    const char *canonical; /* English builtin, e.g. "print" */
} BuiltinAlias;

typedef struct LangPack {
    const char *code; /* "fr" */
    const char *name; /* "Français" */
    /* Sorted by strcmp of spelling, for binary search. */
    const KeywordSpelling *keywords;
    int keyword_count;
    /* Sorted by strcmp of alias. */
    const BuiltinAlias *builtins;
    int builtin_count;
    /* Canonical (first-listed) spelling of each concept, NULL when the
     * language has none; indexed by Concept. Used by `translate`. */
    const char *const *canonical;
    /* First-listed (preferred) alias of each builtin that has one, sorted by
     * strcmp of canonical; used by lang_builtin_alias. */
    const BuiltinAlias *primary_aliases;
    int primary_alias_count;
} LangPack;

/* The packs, in the order of LANG_ORDER in src/lang/lang.mk (ties in
 * language detection go to the earlier one). Every list of the languages
 * (the CLI's usage and messages, the JS API's languages()) reads these. */
int lang_count(void);
const LangPack *lang_at(int index);
const LangPack *lang_find(const char *code); /* NULL when unknown */

/* Concept of an exact spelling (possibly multi-word) in this pack, or
 * CONCEPT_NONE. */
Concept lang_keyword(const LangPack *p, const char *text, size_t len);
/* Canonical English builtin for a localized alias, or NULL. */
const char *lang_builtin(const LangPack *p, const char *text, size_t len);
/* Localized alias of an English builtin (first listed), or NULL. */
const char *lang_builtin_alias(const LangPack *p, const char *canonical);

#endif
