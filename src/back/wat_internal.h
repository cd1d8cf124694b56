/* Shared by the files of the WAT generator. */
#ifndef ML_WAT_INTERNAL_H
#define ML_WAT_INTERNAL_H
#include <stdint.h>
#include "wat_gen.h"
#include "../runtime/rt_abi.h"

typedef struct StrLit {
    const char *data;
    size_t len;
    uint32_t addr;
} StrLit;

typedef struct Temp {
    const char *wasm_type;
    bool busy;
    bool obj; /* holds object references: published to the GC frame */
} Temp;

typedef struct Gen {
    Compiler *c;
    Program *p;
    Arena *a;
    Function *fn;
    Buf *out;         /* body of the function being generated */
    Temp temps[256];
    int ntemps;
    int labels;       /* label counter within the function */
    int loop_brk[64], loop_cont[64];
    int nloops;
    uint32_t data_base;
    Buf data;         /* user static data, placed at data_base */
    PtrVec strlits;   /* StrLit* */
    PtrVec rt_roots;  /* const char*: runtime functions called */
    uint32_t scratch_addr; /* 8-byte cell for out-parameters, 0 until used */
    bool uses_objects;     /* the function handles objects: it polls the GC */
    uint32_t global_roots; /* static array mirroring object-typed globals */
    uint32_t *points_root; /* by Function.index: address of the root slot
                              holding the last result of a render
                              function, or 0 */
    int nglobal_roots;
} Gen;

/* Garbage-collector cooperation. Function bodies are generated with
 * markers that wat_module.c expands once the function's object-typed
 * locals and temporaries are known:
 *   @PUSH@    at entry: a shadow-stack frame with one slot per object local
 *   @PUBLISH@ store every object local into its frame slot (before a call
 *             of a user function, which may collect)
 *   @POLL@    publish, mirror object globals into their root array, and
 *             give the collector a chance (entry and loop back-edges)
 *   @POP@     release the frame (before every return)
 * Object values on the wasm operand stack are invisible to the collector:
 * an operand followed by one that may poll is spilled to a temporary. */
#define G_PUSH "@PUSH@"
#define G_PUBLISH "@PUBLISH@"
#define G_POLL "@POLL@"
#define G_POP "@POP@"
/* Whether evaluating e may run the collector (calls a user function or
 * runs a comprehension loop). */
bool g_may_poll(Gen *g, const Expr *e);
/* Evaluate e into a new temporary (emits the local.set) and return an
 * expression that reads it; the caller frees *temp when done. */
Expr *g_spill(Gen *g, Expr *e, Type ty, int *temp);

/* Helpers (wat_util.c). */
void g_rt(Gen *g, const char *fn); /* record that the runtime fn is used */
uint32_t g_str(Gen *g, const char *s, size_t len); /* address of a static str */
int g_temp(Gen *g, Type t);        /* allocate a temp local: returns index */
void g_free_temp(Gen *g, int idx);
void g_raise(Gen *g, int kind, const char *msg); /* emits call + unreachable */
void g_raisef(Gen *g, int kind, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Expressions (wat_expr.c): emit e as one folded expression whose wasm
 * value has type `want` (coercing int->float, bool->int, never->any). */
void gx(Gen *g, Expr *e, Type want);
/* Emit the truth value of e as i32. */
void gcond(Gen *g, Expr *e);
/* Emit str(e) (or repr(e)) as an RtStr pointer. */
void gstr(Gen *g, Expr *e, bool repr);
/* Calls (wat_call.c). */
void gcall(Gen *g, Expr *e, Type want);
/* Variables: read (g_sym_get), or open a store that the caller closes
 * with ")" after the value (g_sym_set_open); captured ones go through
 * their cell. */
bool g_sym_is_cell(const Symbol *sym);
void g_cell_ptr(Gen *g, const Symbol *sym);
void g_sym_get(Gen *g, Symbol *sym);
void g_sym_set_open(Gen *g, Symbol *sym);
/* Record that sym is bound (1) or unbound (0), for the variables whose
 * reads check it (Symbol.needs_flag); nothing for the others. */
void g_set_bound(Gen *g, Symbol *sym, int value);
/* Emit the value of temp t (of type ty) as an object (boxing scalars). */
void g_box_temp(Gen *g, int t, Type ty);
/* The runtime's dynamic operation for a binary operator: "rt_dyn_add". */
const char *g_dyn_op(Op op);
/* Containers (wat_containers.c). */
void gdisplay(Gen *g, Expr *e);
void gsubscript(Gen *g, Expr *e);
bool gmethod_call(Gen *g, Expr *e);
bool gcontainer_builtin(Gen *g, Expr *e);
void gstore_temp(Gen *g, Expr *target, int t, Type ty);
void gdel(Gen *g, Expr *target);
void gfor_iter(Gen *g, Stmt *st, int label);
void gcomprehension(Gen *g, Expr *e);
/* Function values (wat_values.c). */
void g_func_value(Gen *g, Function *f);
void gcall_value(Gen *g, Expr *e);
bool gcallable_builtin(Gen *g, Expr *e);
void g_table(Gen *g, Buf *funcs, Buf *table);
/* match statements (wat_match.c) */
void gmatch(Gen *g, Stmt *st);
/* Statements (wat_stmt.c). */
void gstmts(Gen *g, PtrVec *body);
/* Assign the value on top (already emitted by `value`) to a symbol. */
void gassign_sym(Gen *g, Symbol *sym, Expr *value);

#endif
