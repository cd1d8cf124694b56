/* The per-compilation context and its diagnostics. Every stage reports
 * errors here; nothing is printed directly, so the CLI prints them to stderr
 * and the browser shows them in the editor. */
#ifndef ML_DIAG_H
#define ML_DIAG_H
#include <stdbool.h>
#include <stddef.h>
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/strmap.h"
#include "../lang/lang.h"

typedef struct Diag {
    int line, col; /* 1-based; col in code points; 0 when not tied to source */
    const char *message;
} Diag;

typedef struct Compiler {
    Arena *arena;
    const char *filename;
    const char *src; /* the program text: valid UTF-8, NUL-terminated, no
                        byte order mark (see source.h) */
    size_t src_len;
    bool bom;        /* the file began with a byte order mark, not in src */
    const LangPack *lang; /* chosen or detected language */
    /* The language of the messages: a pack code, or NULL to follow the
     * program's (lang above); "en" forces English for tooling. */
    const char *messages;
    PtrVec diags;         /* Diag*, in the order reported */
    /* The names Module.names records (NULL: every name the module uses):
     * the compile asks only about builtins written in the language, and a
     * map of every name of a 200,000-name file is 8 MiB. */
    const StrMap *watched_names;
    bool gc_stress;       /* MlOptions.gc_stress */
} Compiler;

/* Report an error. fmt is the English format; it is looked up in the
 * message catalog of the messages' language (src/lang/messages.h) before
 * formatting, so every call site reports in the program's language. */
void diag_error(Compiler *c, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The translation of an English format in the messages' language, for a
 * piece of a message built before diag_error (a hint, a "'si' statement"). */
const char *diag_tr(const Compiler *c, const char *fmt) __attribute__((format_arg(2)));
/* The program's (canonical) spelling of a keyword, for a message quoting it
 * ("'afbryd' outside loop" in a Danish program); English when the language
 * has none. */
const char *diag_keyword(const Compiler *c, Concept k);
bool diag_has_errors(const Compiler *c);
/* Render one diagnostic the way the CLI prints it:
 *   file:line:col: error: message      ("error: %s" translated too)
 *     <source line>
 *     <spaces>^                                                    */
void diag_render(const Compiler *c, const Diag *d, Buf *out);

#endif
