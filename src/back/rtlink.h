/* Runtime linking: copies into a module the parts of the embedded runtime
 * (src/runtime/ compiled to wasm32, as wasm2wat text in ml_runtime_wat)
 * that the module's code reaches. The text is parsed at build time:
 * tools/rtindex runs this file's parser on it and generates, next to it,
 * an index (static const tables: functions with their text ranges,
 * callees, type uses, globals and data segments used; types, globals and
 * data segments with their text ranges) that rtlib_load reads.
 *
 * The generated module is assembled as
 *   (module <types> <imports> <funcs> <user funcs> <memory> <globals>
 *           <user globals> <exports> <data> <user data>)
 * and rtlib_emit fills the runtime's share of each part:
 *   types    every runtime type entry, in the original order, so `(type N)`
 *            inside runtime bodies stays valid; the caller's functions use
 *            inline (param ...)(result ...) signatures, which resolve to an
 *            equal existing type or append a new one after these;
 *   imports  the WASI imports reached functions call (must precede every
 *            function definition in the text);
 *   funcs    the reached runtime functions (transitively through `call`),
 *            in the runtime's order, plus linker-provided functions:
 *            `rt_link_heap_base` returns the heap's start, which the
 *            caller stores at heap_base_cell in its static data;
 *   globals  all runtime globals, in order (bodies may use indices), then
 *            the runtime's table/elem when a reached function uses
 *            call_indirect (never in the current runtime);
 *   data     the runtime's static data segments reached functions use, at
 *            their fixed addresses below rtlib_data_end (exactly: the
 *            embedded text ends with tools/rtdeps' lists, computed from the
 *            linker's relocations, of the segments each function and each
 *            segment addresses).
 * The caller declares the memory (exported as "memory", at least
 * ceil(heap_base / 64 KiB) pages) and the exports; the runtime's own
 * memory and export fields are dropped.
 *
 * Runtime function names are C symbol names (rt_*, plus libc/libm helpers
 * such as pow, fmod, round, scalbn, memcmp and compiler-rt's __*): user
 * functions must not use those WAT names (the code generator prefixes).
 *
 * Thread-safe and re-entrant: no global state; everything lives in the
 * arena given to rtlib_load. */
#ifndef ML_RTLINK_H
#define ML_RTLINK_H
#include <stdbool.h>
#include <stdint.h>

#include "../util/arena.h"
#include "../util/buf.h"

typedef struct RtLib RtLib;

/* The runtime's text with the index tools/rtindex.c wrote for it at build
 * time (build/gen/runtime_wat.c; the compiler's data, src/api_data.h). */
typedef struct RtIndex {
    const uint32_t *header;  /* IXH_COUNT */
    const uint32_t *funcs;   /* nfuncs x IXF_COUNT */
    const uint32_t *fields;  /* (text, len) of types, globals, tables, elems, in that order */
    const uint32_t *data;    /* ndata x IXD_COUNT */
    const uint32_t *hash;    /* hcap: build_hash's table */
    const uint32_t *lists;
    const char *strings;
} RtIndex;
typedef struct RtText {
    const char *wat;
    unsigned long len;
    RtIndex index;
} RtText;

/* The runtime, from its build-time index: O(functions), without reading
 * the text (tens of microseconds). Returns NULL if the index does not
 * match the text (a build problem, never a user error). Emits exactly what
 * rtlib_parse of the same text would. */
RtLib *rtlib_load(Arena *a, const RtText *rt);

/* Parses an arbitrary wasm2wat text (tests, tools); without the rtdeps
 * lists, data use is estimated from the constants in function bodies. */
RtLib *rtlib_parse(Arena *a, const char *wat, unsigned long len);

/* First free byte after the runtime's static data (16-aligned): stack
 * (64 KiB, from address 0), then runtime data, then this. The code
 * generator places its own data (string literals) from here, then the
 * heap. */
uint32_t rtlib_data_end(const RtLib *lib);

bool rtlib_has_function(const RtLib *lib, const char *name);

/* Where the runtime keeps its exception state (rt_exc_state: the pending
 * exception, then the one being handled), which generated code tests after
 * every call that may raise; 0 when the runtime has none. */
uint32_t rtlib_exc_state(const RtLib *lib);
/* The address of the runtime's False (v = 0) or True object (rt_obj.c), 0
 * if it has none: their data is linked with rt_box_bool's. */
uint32_t rtlib_bool_obj(const RtLib *lib, int v);
/* The address of the runtime's small ints (rt_small_ints: the int objects
 * RT_SMALL_INT_MIN .. RT_SMALL_INT_MAX, rt_obj.c), 0 if it has none: their
 * data is linked with rt_box_int's. */
uint32_t rtlib_small_ints(const RtLib *lib);
/* The address of the runtime's rt_gc_budget (rt_gc.c: a poll collects
 * when it is negative), which generated polls load inline; 0 if none. */
uint32_t rtlib_gc_budget(const RtLib *lib);
/* The address of the runtime's rt_gc_shadow (rt_gc.c: the shadow stack's
 * top and end), through which generated code pushes frames inline; 0 if none. */
uint32_t rtlib_gc_shadow(const RtLib *lib);
/* Whether calling the runtime function `name` may raise (it reaches
 * rt_exc_throw, the one function that makes an exception pending); false
 * for unknown names. */
bool rtlib_may_raise(const RtLib *lib, const char *name);
/* Whether calling `name` may allocate collected memory or run the
 * collector (it reaches rt_alloc, rt_gc_collect or user code); true for
 * names the runtime does not define (generated code). */
bool rtlib_may_allocate(const RtLib *lib, const char *name);
/* Whether calling `name` may run generated code (it reaches one of the
 * runtime's imports from module "ml"); true for names the runtime does not
 * define (generated code itself). */
bool rtlib_may_enter_generated(const RtLib *lib, const char *name);

/* The runtime's imports from module "ml" are functions the compiler
 * generates in every module, under the name the runtime gives the import:
 * rtlib_emit leaves them out of the imports. RTLINK_APPLY(f, args) calls
 * the function value f with the items of the tuple args (rt_class.c). */
#define RTLINK_APPLY "rt_ml_apply"

/* Whether the runtime functions roots reach (as rtlib_emit would link
 * them) include `name`: an import from module "ml" that generated code
 * must then define. */
bool rtlib_reaches(const RtLib *lib, const char *const *roots, int nroots, const char *name);

/* roots: runtime function names without '$'. Unknown names are skipped
 * (the assembler then reports the undefined function). wasi_imports, if not
 * NULL, receives (const char *, valid as long as the load arena: static or
 * allocated there) the names of the wasi_snapshot_preview1 and "env" (the
 * DOM host's: src/runtime/rt_dom.c) functions the emitted code imports, in
 * import order, skipping names already present (the two never share one). */
int rtlib_emit(const RtLib *lib, const char *const *roots, int nroots, uint32_t heap_base_cell, Buf *types,
               Buf *imports, Buf *funcs, Buf *globals, Buf *data, PtrVec *wasi_imports);
/* rtlib_emit returns how many of the runtime's globals it emitted (a
 * prefix of them). The first is the C stack pointer (wasm-ld's
 * convention): this says whether it is, and gives its initial value. */
bool rtlib_stack_pointer(const RtLib *lib, uint32_t *init);

/* Size statistics of the whole runtime, for tests and reports. */
int rtlib_function_count(const RtLib *lib);

#endif
