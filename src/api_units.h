/* The files of a program (api_units.c): the entry file and the modules it
 * imports, found by the host's loader. */
#ifndef ML_API_UNITS_H
#define ML_API_UNITS_H
#include <stdbool.h>

#include "api.h"
#include "api_data.h"
#include "sema/sema.h"

/* units gets the entry (m, parsed with entry) and each module the program
 * imports, parsed with a compiler record of its own, in the order first
 * imported; the standard library's modules come from data. False when a
 * module cannot be found or parsed (reported in the importing or the
 * imported file), or, *needs_data set, when a module may be the standard
 * library's and data is NULL. */
/* The names of the builtins written in the language (open: io.open):
 * what a file's Module.names must record (Compiler.watched_names). */
const StrMap *units_watched_names(Arena *a);
bool units_load(Compiler *entry, Module *m, const MlOptions *opts, const MlData *data, PtrVec *units,
                bool *needs_data);

#endif
