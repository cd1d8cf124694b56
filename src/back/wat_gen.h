/* Lowering of an analysed program to WAT text: user code as folded
 * S-expressions, linked with the runtime functions it reaches. */
#ifndef ML_WAT_GEN_H
#define ML_WAT_GEN_H
#include "../sema/sema.h"
#include "../util/buf.h"
#include "rtlink.h"

typedef struct WatOutput {
    Buf text;            /* the module's text, but for what wat_finish adds */
    Buf data;            /* the program's static data (bytes) */
    uint32_t data_base;  /* its address */
    PtrVec wasi_imports; /* const char*: WASI and env (DOM) functions the module imports */
} WatOutput;

/* The program linked with the runtime functions it reaches: out's text
 * and data (malloc'd; wat_output_free), its imports (in c's arena).
 * Returns false after reporting to c (an internal limit or a construct
 * the backend cannot lower). */
bool wat_generate(Compiler *c, Program *p, const RtText *runtime, WatOutput *out);

/* The whole module's text (malloc'd; *len its length): out's text and its
 * program's data segments, which (printed about 2.5 bytes of text per
 * byte) are the module's largest part after the functions, printed once
 * the compile's arena is freed (ml_compile) rather than with it (a
 * 200,000-line file's peak memory). out is left empty. */
char *wat_finish(WatOutput *out, size_t *len);
void wat_output_free(WatOutput *out);

#endif
