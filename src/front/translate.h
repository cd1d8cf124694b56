/* `multilingual translate`: re-spell a program's keywords and localized
 * builtin names in another human language, keeping everything else (names,
 * strings, comments, layout) byte for byte, except names the target
 * language reserves. */
#ifndef ML_TRANSLATE_H
#define ML_TRANSLATE_H
#include <stdbool.h>
#include "diag.h"

/* A name of the program that the target language reserves (a keyword, or
 * one of its builtins), renamed consistently: `i` -> `i_` in Svenska. */
typedef struct TranslateRename {
    const char *from, *to; /* arena */
    const char *reason;    /* "a keyword in Svenska", "the builtin 'len' in Español" */
} TranslateRename;

/* c->src in c->lang (as source_open left them) -> appended to out, in `to`.
 * Names that would collide in the target language are renamed (underscores
 * appended) and listed in *renames (TranslateRename*, in order of first use;
 * renames may be NULL). Reports to c (a syntax error of the source) and
 * returns false on error. */
bool translate_source(Compiler *c, const LangPack *to, Buf *out, PtrVec *renames);

#endif
