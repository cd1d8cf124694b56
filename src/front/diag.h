/* The per-compilation context and its diagnostics. Every stage reports
 * errors here; nothing is printed directly, so the CLI prints them to stderr
 * and the browser shows them in the editor. */
#ifndef ML_DIAG_H
#define ML_DIAG_H
#include <stdbool.h>
#include <stddef.h>
#include "../util/arena.h"
#include "../util/buf.h"
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
    PtrVec diags;         /* Diag*, in the order reported */
} Compiler;

void diag_error(Compiler *c, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
bool diag_has_errors(const Compiler *c);
/* Render one diagnostic the way the CLI prints it:
 *   file:line:col: error: message
 *     <source line>
 *     <spaces>^                                                    */
void diag_render(const Compiler *c, const Diag *d, Buf *out);

#endif
