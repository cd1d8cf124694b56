/* Lowering: an analysed program (the AST with sema's records) becomes one
 * IrFunc per function plus the module's static data, function table and
 * exports. The module printer (src/back/wat_module.c) links the runtime
 * and prints it. */
#ifndef ML_LOWER_H
#define ML_LOWER_H
#include "../../sema/sema.h"
#include "../ir/ir.h"

typedef struct LowerExport {
    const char *name; /* exported name (UTF-8) */
    const char *func; /* WAT name of the function */
} LowerExport;

typedef struct Lowered {
    Arena *arena;        /* what the lowering made (the names and records
                            below, the IR of reset): a child of the
                            compile's arena, freed once the module is
                            printed (wat_module.c), before the manifest is
                            made from sema's records */
    Buf text;            /* the functions, each printed once lowered and its
                            GC frame decided (then its IR is released):
                            table slot wrappers, the program's functions,
                            __main, _start, the exports' helpers */
    bool polls, frames;  /* some function polls the collector / has a frame */
    PtrVec table;        /* const char*: the function table's slots */
    PtrVec exports;      /* LowerExport* */
    PtrVec rt_roots;     /* const char*: runtime functions the code calls */
    const char *start;   /* WAT name of the (start) function, or NULL */
    IrFunc *reset;       /* the host's reset export, not printed yet:
                            wat_module.c completes and prints it */
    Buf data;            /* static data (strings, root slots), at data_base */
    uint32_t data_base;
    IrRoots roots;       /* object globals and their root slots, for ir_frame */
    IrCells cells;       /* the pending exception's and the depth's, for ir_frame */
    uint32_t heap_base_cell; /* 4 bytes of data (the first) the module
                                printer fills with the heap's start */
} Lowered;

typedef struct RtLib RtLib;
/* lib: the runtime the module links (its static data comes first; which
 * of its functions may raise). Returns false after reporting to c (an
 * engine limit, or a construct that cannot be lowered). */
bool lower_program(Compiler *c, Program *p, const RtLib *lib, Lowered *out);

/* The runtime functions the module links from (the linker's roots): those
 * the code calls, plus the collector's when some function polls (the
 * collection, and the due test unless the budget is tested inline) or
 * has a frame (push, pop, an int's slot). One list, which the lowering
 * asks (which runtime imports to define) and the module printer links. */
void lower_runtime_roots(Arena *a, const Lowered *low, PtrVec *roots);

#endif
