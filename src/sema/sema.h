/* Semantic analysis: scopes (Python's rules: a name assigned in a function
 * is local unless declared global), and whole-program type inference by
 * fixpoint: parameter types come from the arguments of every call site,
 * return types from every return statement, variable types from every
 * assignment. The result drives code generation. */
#ifndef ML_SEMA_H
#define ML_SEMA_H
#include <stdbool.h>
#include "../front/ast.h"
#include "../front/diag.h"
#include "types.h"

typedef enum SymKind { SYM_GLOBAL, SYM_LOCAL, SYM_PARAM, SYM_FREE } SymKind;

typedef struct Symbol {
    const char *name;
    SymKind kind;
    Type type;
    const char *wat_name; /* mangled, without '$' */
    int line, col;        /* where first bound */
    Type hint;            /* a parameter's type if nobody passes it a
                             value: int in range(), list when indexed or
                             iterated (else float; see default_unknowns) */
    bool needs_flag;      /* some read may come before a binding (or after
                             `del`): a flag tracks whether it is bound */
    int index;            /* position in its function's (or the module's)
                             list, for the definite-assignment analysis */
    bool is_cell;         /* a local an inner function uses: it lives in a
                             cell object, the wasm local holds the cell */
    struct Symbol *outer; /* SYM_FREE: the variable of the enclosing
                             function it refers to (a cell local or, in
                             turn, a free variable there) */
    int env_index;        /* SYM_FREE: slot in the function's env tuple */
} Symbol;

/* How a host draws a top-level function's result (@render_mode). */
typedef enum RenderMode { RENDER_SCALAR_FIELD, RENDER_POINT_STREAM, RENDER_POLYLINE } RenderMode;
const char *render_mode_name(RenderMode m);

typedef struct Function {
    const char *name;     /* source name ("__main" for the module body) */
    const char *wat_name; /* mangled */
    Stmt *def;            /* NULL for the module body */
    PtrVec params;        /* Symbol*, in order */
    PtrVec defaults;      /* Expr* or NULL, parallel to params */
    PtrVec locals;        /* Symbol*: params first, then other locals */
    PtrVec global_names;  /* const char*: names declared `global` */
    PtrVec body;          /* Stmt* */
    Type ret;             /* join of returned values; T_NONE if none */
    int def_index;        /* position of the def among module statements */
    bool late;            /* defined after executable module code: calls
                             check at run time that the def has run */
    bool returns_value;   /* some `return expr` exists */
    bool called;
    bool is_main;
    bool is_lambda;       /* a lambda: objects in, object out (table ABI) */
    bool as_value;        /* used as a value: reachable through the table */
    int table_index;      /* its slot in the module's function table */
    struct Function *parent; /* nested def / lambda: the enclosing function */
    PtrVec free_syms;     /* Symbol* (SYM_FREE): the variables it closes over */
    PtrVec nonlocal_names; /* const char*: names declared `nonlocal` */
    RenderMode render_mode; /* point_stream/polyline: its points are kept
                               for <name>_point_count/_write_points */
    uint32_t points_root;   /* address of the root slot holding the last
                               result of a point function (set by the back end) */
} Function;

typedef struct Program {
    Module *module;
    Function *main;
    PtrVec functions; /* Function*, user functions in source order, then
                         lambdas (is_lambda) in the order met */
    PtrVec table;     /* Function*: the ones called through values */
    PtrVec globals;   /* Symbol* */
    bool uses_input, uses_args;
} Program;

/* Analyse a parsed module. Reports unsupported constructs and type errors
 * to c; returns NULL on error. */
Program *sema_analyze(Compiler *c, Module *m);
/* Definite assignment (sema_bound.c): marks the reads that may find a
 * variable unbound (Expr.maybe_unbound, Symbol.needs_flag). */
void sema_bound(Program *p);

Function *sema_find_function(const Program *p, const char *name);
Symbol *sema_lookup(const Program *p, const Function *f, const char *name);

/* Mangle a source identifier (any UTF-8) into a WAT identifier body:
 * [A-Za-z0-9_] are kept, any other byte becomes .XX (hex). */
const char *sema_mangle(Arena *a, const char *prefix, const char *name);

/* The builtins code generation knows; NULL-terminated. */
extern const char *const sema_builtin_names[];
bool sema_is_builtin(const char *name);

/* Map a call's arguments onto f's parameters: out[i] is the argument (or
 * default) for parameter i. Returns NULL on success, or the TypeError
 * message CPython would give. */
typedef struct BoundExtras {
    PtrVec pos; /* Expr*: positional arguments collected by *args */
    PtrVec kw;  /* Keyword*: keyword arguments collected by **kwargs */
} BoundExtras;
/* out[i] is NULL for the *args and **kwargs parameters; extra (may be NULL)
 * receives what they collect. */
const char *sema_bind_call(Arena *a, const Function *f, const Expr *call, Expr **out, BoundExtras *extra);

/* Parse a decimal int literal; false when it does not fit in int64. */
bool sema_int_literal(const char *text, long long *out);

#endif
