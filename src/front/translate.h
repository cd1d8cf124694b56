/* `multilingual translate`: re-spell a program's keywords and localized
 * builtin names in another human language, keeping everything else (names,
 * strings, comments, layout) byte for byte. */
#ifndef ML_TRANSLATE_H
#define ML_TRANSLATE_H
#include <stdbool.h>
#include "diag.h"

/* c->src in c->lang (as source_open left them) -> appended to out, in `to`.
 * Reports to c (a syntax error of the source, a name that is a keyword of
 * the target language) and returns false on error. */
bool translate_source(Compiler *c, const LangPack *to, Buf *out);

#endif
