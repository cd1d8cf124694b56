/* Language packs: per human language, the spellings of every keyword concept
 * and the localized aliases of builtin names. The data lives in
 * src/lang/packs/<code>.lang and is turned into C tables at build time. */
#ifndef ML_LANG_H
#define ML_LANG_H
#include <stdbool.h>
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

/* A compound statement's header written in another order than the
 * canonical one (`for target in iterable:`, `while condition:`, `if
 * condition:`, `with context:`): a pack line such as
 *     form for = <iterable> LOOP_FOR <target>
 * lists its parts, the ':' ending the header implied. The parser accepts
 * these besides the canonical order and builds the same statement. */
typedef enum FormStmt { FORM_FOR, FORM_WHILE, FORM_IF, FORM_WITH } FormStmt;
typedef enum FormSlot { SLOT_ITERABLE, SLOT_TARGET, SLOT_CONDITION, SLOT_CONTEXT, SLOT_COUNT } FormSlot;
typedef enum FormPartKind { PART_SLOT, PART_KEYWORD, PART_WORD } FormPartKind;
typedef struct FormPart {
    FormPartKind kind;
    FormSlot slot;      /* PART_SLOT */
    Concept concept;    /* PART_KEYWORD */
    const char *word;   /* PART_WORD: a name token with this text */
} FormPart;
typedef struct SurfaceForm {
    FormStmt stmt;
    const FormPart *parts;
    int nparts;
} SurfaceForm;

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
    /* The other orders of statement headers, in file order. */
    const SurfaceForm *forms;
    int form_count;
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
/* Whether spelling, a keyword of concept c in p, is soft: another spelling
 * of def than p's own (English's fn), a keyword only where a def starts
 * and a name elsewhere, as Python programs use it. */
bool lang_keyword_is_soft(const LangPack *p, Concept c, const char *spelling);
/* Canonical English builtin for a localized alias, or NULL. */
const char *lang_builtin(const LangPack *p, const char *text, size_t len);
/* Localized alias of an English builtin (first listed), or NULL. */
const char *lang_builtin_alias(const LangPack *p, const char *canonical);

#endif
