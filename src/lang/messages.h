/* The compiler's messages in the program's language: per language pack, a
 * catalog keyed by the English printf format exactly as the source writes
 * it (gettext's way, so that no call site changes). The data lives in
 * src/lang/messages/<code>.po and is turned into C tables at build time by
 * tools/genmsgs, which checks that each translation takes the same
 * conversions as its English format. */
#ifndef ML_MESSAGES_H
#define ML_MESSAGES_H

typedef struct MsgEntry {
    const char *id;  /* the English format, e.g. "invalid syntax" */
    const char *str; /* its translation, e.g. "syntaxe invalide" */
} MsgEntry;

typedef struct MsgCatalog {
    const char *code; /* a pack's code; NULL ends ml_msg_catalogs */
    const MsgEntry *entries; /* sorted by strcmp of id */
    int count;
} MsgCatalog;

extern const MsgCatalog ml_msg_catalogs[]; /* generated */

/* The translation of the English format msgid into the language `code`,
 * or msgid itself when the language has none for it (English, a language
 * without a catalog, a message not translated yet). */
const char *lang_message(const char *code, const char *msgid) __attribute__((format_arg(2)));

#endif
