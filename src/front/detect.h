/* Language detection from the words of a source (detect.c). Callers want
 * the front door (source.h), which decides the language of a compilation;
 * this is the scoring it starts from. */
#ifndef ML_DETECT_H
#define ML_DETECT_H
#include <stddef.h>
#include "../lang/lang.h"

/* Each language scores one point per word or phrase that is one of its
 * keywords or localized builtin names (uses as a plain name do not count);
 * the highest score wins, ties go to the earlier language in the fixed
 * order, and no hit at all means English. src is valid UTF-8 without a byte
 * order mark (len bytes, no terminator needed). */
const LangPack *detect_language(const char *src, size_t len);

#endif
