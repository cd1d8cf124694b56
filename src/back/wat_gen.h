/* Lowering of an analysed program to WAT text: user code as folded
 * S-expressions, linked with the runtime functions it reaches. */
#ifndef ML_WAT_GEN_H
#define ML_WAT_GEN_H
#include "../sema/sema.h"
#include "../util/buf.h"
#include "rtlink.h"

typedef struct WatOutput {
    char *wat; /* malloc'd module text */
    size_t len;
    PtrVec wasi_imports; /* const char*: WASI and env (DOM) functions the module imports */
} WatOutput;

/* The program linked with the runtime functions it reaches. Returns false
 * after reporting to c (an internal limit or a construct the backend
 * cannot lower). */
bool wat_generate(Compiler *c, Program *p, const RtText *runtime, WatOutput *out);

#endif
