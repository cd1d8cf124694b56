/* The compiler's data: the runtime library every module links (its WAT
 * text and the index tools/rtindex.c builds for it) and the standard
 * library's modules written in the language (src/stdlib/). The native CLI
 * and the npm package have it built in (build/gen/runtime_wat.c and
 * stdlib_sources.c, read by ml_data_builtin); the page's compiler is built
 * without it and given the file multilingual_data.bin (ml_data_open), so
 * that the first screen waits only for what the checks as you type need:
 * the data is 80% of the compiler's bytes and only linking reads it. */
#ifndef ML_API_DATA_H
#define ML_API_DATA_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "api.h"
#include "back/rtlink.h"

/* A standard library module written in the language: a program's import
 * finds them before any file of its own, and only a program importing one
 * compiles it. */
typedef struct MlStdSource {
    const char *name; /* the module's name: its file's, without .ml */
    const char *text; /* NUL-terminated */
    unsigned long len;
} MlStdSource;

struct MlData {
    RtText runtime;
    const MlStdSource *stdlib;
    int stdlib_count;
    MlStdSource *owned; /* ml_data_open's table of stdlib, or NULL */
};

/* The data built into this library, into *out; false for a library built
 * without it (src/api_data_builtin.c, or src/emscripten/data_none.c for the
 * page's compiler). */
bool ml_data_builtin(MlData *out);

/* The standard library's module `name`, or NULL. */
const MlStdSource *ml_data_stdlib(const MlData *d, const char *name);

/* The file multilingual_data.bin: tools/mkdata.c writes it, ml_data_open
 * reads it. 32-bit little-endian words, every section 4-aligned:
 *   bytes 0-7    MLDATA_MAGIC (the last byte is the format's version)
 *   word 2       the file's length in bytes
 *   word 3       ml_data_checksum of the bytes after this word
 *   bytes 16-31  ML_VERSION of the compiler it belongs to, NUL-padded
 *   bytes 32-    MLD_COUNT x (offset, length in bytes) of the sections:
 *     MLD_WAT     the runtime's text (NUL after it, not counted)
 *     MLD_HEADER .. MLD_LISTS  the index's uint32_t tables (RtIndex)
 *     MLD_STRINGS the index's string pool
 *     MLD_STDLIB  word n, then n x (name offset, name length, text
 *                 offset, text length), offsets from the section's start,
 *                 each string followed by a NUL */
#define MLDATA_MAGIC "MLDATA\0\1"
enum { MLDATA_VERSION_AT = 16, MLDATA_VERSION_LEN = 16, MLDATA_SECTIONS_AT = 32 };
enum { MLD_WAT, MLD_HEADER, MLD_FUNCS, MLD_FIELDS, MLD_DATA, MLD_HASH, MLD_LISTS, MLD_STRINGS, MLD_STDLIB, MLD_COUNT };

/* FNV-1a over n bytes: catches a truncated or damaged download, which
 * would otherwise make the linker read out of bounds. */
uint32_t ml_data_checksum(const unsigned char *p, size_t n);

#endif
