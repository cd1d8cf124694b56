/* The files of a program (api_units.c): the entry file and the modules it
 * imports, found by the host's loader. */
#ifndef ML_API_UNITS_H
#define ML_API_UNITS_H
#include <stdbool.h>

#include "api.h"
#include "sema/sema.h"

/* The standard library's modules written in the language (src/stdlib/,
 * embedded by tools/genstdlib.c): a program's import finds them before any
 * file of its own, and only a program importing one compiles it. */
typedef struct MlStdSource {
    const char *name; /* the module's name: its file's, without .ml */
    const char *text;
    unsigned long len;
} MlStdSource;
extern const MlStdSource ml_stdlib_sources[];
extern const int ml_stdlib_source_count;

/* units gets the entry (m, parsed with entry) and each module the program
 * imports, parsed with a compiler record of its own, in the order first
 * imported. False when a module cannot be found or parsed (reported in
 * the importing or the imported file). */
bool units_load(Compiler *entry, Module *m, const MlOptions *opts, PtrVec *units);

#endif
