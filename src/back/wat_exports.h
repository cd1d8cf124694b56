/* Exports of a module (wat_exports.c). */
#ifndef ML_WAT_EXPORTS_H
#define ML_WAT_EXPORTS_H
#include "wat_internal.h"

/* Give each render function a root slot for its last result, from
 * first_slot on (4 bytes each); returns how many. */
int wat_point_roots(Gen *g, uint32_t first_slot);
/* Wrapper and helper functions into funcs, export lines into exports.
 * False after reporting a clash of export names. */
bool wat_exports(Gen *g, Buf *funcs, Buf *exports);
/* The body of the reset export (ABI_RESET), once the runtime's globals
 * are known. */
void wat_reset_export(const char *runtime_globals, size_t len, Buf *funcs);
/* A WAT string literal of arbitrary bytes. */
void wat_put_bytes(Buf *b, const char *s, size_t n);

#endif
