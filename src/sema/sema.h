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
#include "../util/strmap.h"
#include "builtins.h"
#include "methods.h"
#include "stdlib.h"
#include "types.h"

typedef enum SymKind { SYM_GLOBAL, SYM_LOCAL, SYM_PARAM, SYM_FREE } SymKind;

struct Function;

/* A source file of the program: the entry (index 0, named "__main__") or
 * a module it imports, directly or not (the program's own modules; the
 * standard library's are stdlib.def's). Each has its own file, language
 * and diagnostics (c), its globals and top-level defs, and its top-level
 * code as a function (body): the entry's is the program's start, a
 * module's runs at the first import that reaches it. */
typedef struct Unit {
    const char *name;     /* "__main__", or the module's dotted name */
    int index;            /* position in Program.units */
    Compiler *c;
    Module *ast;
    struct Function *body;
    StrMap global_map;    /* name -> Symbol* of its globals */
    StrMap function_map;  /* name -> Function* of its top-level defs */
    bool collected;       /* its names are known (imports of it can bind) */
    bool is_package;      /* read from a folder's __init__ file */
    bool stdlib;          /* a module of the standard library written in the
                             language (src/stdlib/): part of the compiler,
                             not an input of the build */
    const unsigned char *bytes; /* a module's source as read (build.lock.json) */
    size_t len;
    bool browser;         /* compiled with --wasm-target browser: the DOM
                             builtins are offered (builtin_needs_browser) */
} Unit;

/* Ordered pointers, then ints, then flags, so that no padding falls
 * between them: a program with 200,000 globals has as many of these. */
typedef struct Symbol {
    const char *name;
    const char *wat_name; /* mangled, without '$' */
    struct Symbol *outer; /* SYM_FREE: the variable of the enclosing
                             function it refers to (a cell local or, in
                             turn, a free variable there) */
    const Expr *const_target; /* `const NAME = ...`: its target, the one
                                 binding the name may have */
    /* A name an import binds to a module of the standard library (import
     * math) or to one of its members (from math import sqrt): resolved at
     * compile time, it has no storage; its import statements are its only
     * bindings (import_line: the first's). */
    const StdMember *import_member;
    /* A name an import binds to a module of the program (import helpers)
     * or to one of its top-level defs (from helpers import area): resolved
     * at compile time like the standard library's. */
    Unit *import_unit;
    struct Function *import_fn;
    Unit *unit;           /* SYM_GLOBAL: the file whose global it is */
    SymKind kind;
    Type type;
    int line, col;        /* where first bound */
    Type hint;            /* a parameter's type if nobody passes it a
                             value: int in range(), list when indexed or
                             iterated (else float; see default_unknowns) */
    int index;            /* position in its function's (or the module's)
                             list, for the definite-assignment analysis */
    int env_index;        /* SYM_FREE: slot in the function's env tuple */
    StdModuleId import_module; /* (with import_member above) */
    int import_line;
    bool needs_flag;      /* some read may come before a binding (or after
                             `del`): a flag tracks whether it is bound */
    bool is_cell;         /* a local an inner function uses: it lives in a
                             cell object, the wasm local holds the cell */
    bool appended;        /* some `t += ...` or `t = t + ...` assigns it: a
                             str accumulator (lower_vars.c) if typed str */
    bool walrus;          /* some `(name := value)` binds it */
    bool bound_otherwise; /* some binding gives it a value other than a new
                             list of objects (a display, a comprehension,
                             a slice, list(...)) or a variable that only
                             holds such lists: see sema_object_list_var */
    bool bound_not_counting; /* some binding is not that of the target of a
                                counting loop (`for x in range(...)`): see
                                sema_small_int_var */
    bool maybe_negative;  /* some counting loop binding it starts where it
                             is not known >= 0 or steps by other than a
                             positive literal: see sema_nonneg_int_var */
    bool comp_var;        /* a comprehension's variable (in its function's
                             locals, but not found by name: sema_local) */
} Symbol;
_Static_assert(sizeof(void *) != 8 || sizeof(Symbol) <= 112, "Symbol: seven 16-byte arena granules");

/* How a host draws a top-level function's result (@render_mode). */
typedef enum RenderMode { RENDER_SCALAR_FIELD, RENDER_POINT_STREAM, RENDER_POLYLINE } RenderMode;
const char *render_mode_name(RenderMode m);

typedef struct Function {
    const char *name;     /* source name ("__main" for the module body) */
    Unit *unit;           /* the file it is in */
    const char *wat_name; /* mangled */
    Stmt *def;            /* NULL for the module body */
    PtrVec params;        /* Symbol*, in order */
    PtrVec defaults;      /* Expr* or NULL, parallel to params */
    PtrVec locals;        /* Symbol*: params first, then other locals */
    StrMap local_map;     /* name -> Symbol* of locals (comprehension
                             variables excepted: they have scopes of their
                             own), made once there are more than
                             SEMA_LOCALS_SEARCHED (sema_local) */
    StrMap global_names;  /* names declared `global` (value: the name) */
    PtrVec body;          /* Stmt* */
    Type ret;             /* join of returned values; T_NONE if none */
    int def_index;        /* position of the def among module statements */
    bool late;            /* defined after executable module code: calls
                             check at run time that the def has run */
    bool returns_value;   /* some `return expr` exists */
    bool called;
    PtrVec callees;       /* Function*: the defs it calls directly (once
                             each), from which the back end finds the ones
                             a program reaches */
    bool is_main;
    bool is_lambda;       /* a lambda: objects in, object out (table ABI) */
    bool is_generator;    /* its body yields: a call makes a generator
                             (its result is an object, T_OBJ) */
    int gen_id;           /* a generator: its position in Program.generators */
    bool collected;       /* a generator some call passes straight to a
                             consumer that lets it collect (CallInfo.
                             collecting): its body keeps a GC frame */
    bool is_coroutine;    /* an async def: a generator whose calls make
                             coroutine objects (awaited, not iterated) */
    bool async_generator; /* an async def with a yield: also is_coroutine (its
                             awaits are a coroutine's), a call makes an
                             async generator (rt_agen_new) */
    bool as_value;        /* used as a value: reachable through the table */
    int table_index;      /* its slot in the module's function table
                             (as_value ones, numbered in Program.functions
                             order once inference is done) */
    struct Symbol *binding; /* a nested def: the variable its name binds */
    struct Function *parent; /* nested def / lambda: the enclosing function */
    PtrVec free_syms;     /* Symbol* (SYM_FREE): the variables it closes over */
    StrMap free_map;      /* name -> Symbol* of free_syms */
    StrMap nonlocal_names; /* names declared `nonlocal` */
    RenderMode render_mode; /* point_stream/polyline: its points are kept
                               for <name>_point_count/_write_points */
    int index;            /* position in Program.functions */
    bool dynamic_calls;   /* some call passes star arguments: its
                             arguments are bound at run time */
    struct ClassInfo *method_of; /* a def in a class body: the class */
    int star;             /* table-ABI functions, and the function objects of
                             top-level defs: RT_STAR_ARGS (1) for a *args
                             parameter, RT_STAR_KWARGS (2) for **kwargs */
    int method_kind;      /* METHOD_*: what its decorator made it */
    int bound_index;      /* a method: the table slot of its bound form
                             (self taken from the function value's env) */
    const char *nested_class; /* a def of a class inside a function: its name */
    struct Symbol *value_cache; /* a top-level def with defaults used as a
                                   value: the hidden global holding its one
                                   function object (made at the first use),
                                   so that it is the same object each time */
    const char *doc;      /* some x.__doc__ (Program.uses_doc): its
                             docstring's text, or NULL; taken while the
                             tree is whole (the back end frees bodies) */
    size_t doc_len;
    int tuple_arity;      /* ret T_TUPLE: the items every `return` builds,
                             or 0 when not one fixed size; read from the
                             body by abi_settle (export_abi.h) while the
                             tree is whole */
} Function;

/* A method's decorator (the runtime's RT_METHOD_* numbers). */
enum { METHOD_PLAIN = 0, METHOD_STATIC = 1, METHOD_CLASS = 2, METHOD_GETTER = 3, METHOD_SETTER = 4, METHOD_DELETER = 5 };

/* A class statement (at module level). Its defs are Functions with the
 * table ABI (objects in, object out), called through values: the class
 * object the statement makes holds them (rt_class_new, rt_class_set). */
typedef struct ClassInfo {
    const char *name;
    Stmt *def;
    struct Symbol *binding; /* the variable its name binds (a global, or a
                               local of the function it is inside) */
    PtrVec methods;         /* Function*, in body order */
    bool nested;            /* inside a function: made each time it runs,
                               its methods nested functions (closures) */
    Expr *metaclass;        /* class C(metaclass=M): M, else NULL */
    struct ClassInfo *outer; /* a class statement in a class body: that
                                class (its name binds an attribute of it) */
    bool keywords;           /* class C(Base, kind="c"): keywords other than
                                metaclass=, for __init_subclass__ */
} ClassInfo;

/* How a call is made: decided once by sema (sema_call), read by the back
 * ends. */
typedef enum CallKind {
    CALL_UNRESOLVED = 0, /* not analysed (unreachable after an error) */
    CALL_USER,        /* a top-level def by its name; arguments bound */
    CALL_USER_STAR,   /* the same with *args / **kwargs at the call site:
                         bound at run time (rt_bind_call) */
    CALL_VALUE,       /* a function value: through the table, objects in
                         and out */
    CALL_BUILTIN,     /* builtin `builtin` (its row `sig` when the runtime
                         implements it with one function) */
    CALL_METHOD,      /* a method of a builtin type: row `sig` */
    CALL_RANGE_LOOP,  /* range(...) iterated by a for or a comprehension:
                         a counting loop, no range object */
    CALL_NAME_ERROR,  /* the callee is not defined: NameError at run time */
    CALL_BAD_ARGS,    /* the arguments cannot bind to the callee's
                         parameters: `error` is CPython's TypeError,
                         raised at run time after evaluating them */
    CALL_ATTR,        /* o.name(args) where o's type is known at run time
                         only: a method of o's class (the attribute, then
                         a value call), or one of the builtin types' rows
                         `dyn_sigs` when o is a str, list, dict, set,
                         bytes or bytearray */
    CALL_SUPER,       /* super() in a method (callee): its class and self */
    CALL_MODULE,      /* a function of a standard library module (math.sqrt):
                         row `sig`; the arguments are its positional ones
                         then its keyword-only ones (defaults filled in) */
} CallKind;

/* Pointers first, then ints, then flags (no padding between them): a
 * program with 200,000 calls has as many of these. */
enum { CALL_DYN_SIGS_MAX = 10 };
typedef struct CallInfo {
    struct Function *callee; /* CALL_USER, CALL_USER_STAR */
    const MethodSig *sig;    /* CALL_METHOD; CALL_BUILTIN with a row */
    /* CALL_USER: bound[i] is what parameter i receives (an argument or its
     * constant default; NULL for *args and **kwargs); arg_param[k] is the
     * parameter the k-th source argument (positional ones, then keywords)
     * binds, or -1 when *args / **kwargs collect it. */
    Expr **bound;
    int *arg_param;
    const char *error;       /* CALL_BAD_ARGS */
    /* keyword arguments the builtins take (print, sorted, sort) */
    Expr *sep, *end, *key, *reverse;
    Expr *dflt;              /* min()/max() default= */
    struct Symbol *super_class; /* CALL_SUPER in a method of a class inside a
                                   function: the variable holding the class */
    /* CALL_ATTR: the builtin types' methods of that name and arity
     * (ndyn_sigs of them, at most CALL_DYN_SIGS_MAX; allocated once one
     * is found: most calls have none) */
    const MethodSig **dyn_sigs;
    CallKind kind;
    BuiltinId builtin;       /* CALL_BUILTIN */
    int nextra_pos;          /* positional arguments collected by *args */
    unsigned collecting;     /* bit i: argument i is an own generator that
                                a 'G' parameter of the row iterates, with
                                the collector free (rt_gen_collecting) */
    int ndyn_sigs;
    bool has_star;           /* some argument is *x or **x */
    bool def_ran;            /* CALL_USER of a def that runs late
                                (Function.late), from the module's own
                                code after the def ran: no NameError test
                                (sema_bound.c) */
    bool runs_user_code;     /* the call may run user code (a def, a
                                lambda, a key= function), hence the
                                collector */
    bool sort_in_place;      /* list.sort(key=...): BI_SORTED on the receiver, in place */
} CallInfo;
_Static_assert(sizeof(void *) != 8 || sizeof(CallInfo) <= 128, "CallInfo: eight 16-byte arena granules");

typedef struct Program {
    Module *module;   /* the entry file's */
    Function *main;   /* the entry file's top-level code */
    PtrVec units;     /* Unit*: the entry, then the modules it imports */
    PtrVec functions; /* Function*, user functions in source order, then
                         lambdas (is_lambda) in the order met */
    PtrVec table;     /* Function*: the ones called through values, by
                         table_index */
    PtrVec bound_table; /* Function*: methods, whose bound forms take the
                           slots after `table`'s (bound_index) */
    PtrVec classes;   /* ClassInfo*, in source order */
    PtrVec generators; /* Function*: the generator functions (gen_id) */
    bool uses_call_iter; /* iter(f, sentinel) is called: its generated step */
    PtrVec method_values; /* const MethodSig*: builtin types' methods used as
                             values (key=str.lower): wrappers after the
                             builtin values' */
    PtrVec bound_methods; /* const char*: names of builtin types' methods
                             bound to a value ("ab".upper, d.get, o.upper
                             of an object of any type): the generated
                             rt_ml_builtin calls the row of the receiver's
                             type and the arguments' count */
    PtrVec module_values; /* const StdMember*: standard library functions used
                             as values (map(math.sqrt, xs)): wrappers after
                             the method values' */
    PtrVec builtin_values; /* (BuiltinId as intptr_t) builtins used as values
                              (key=len): their wrappers take the slots after
                              the bound forms', in this order */
    PtrVec globals;   /* Symbol* */
    StrMap global_map; /* name -> Symbol* */
    StrMap function_map; /* name -> Function* of the top-level defs */
    bool uses_input, uses_args;
    bool uses_doc;   /* some x.__doc__: the docstrings are kept (lower_util.c g_doc_table) */
    bool uses_bytes; /* the program can make bytes objects (a literal,
                        bytes(), bytearray(), an encode() call): calls of
                        objects' methods dispatch to their rows too */
} Program;

/* Analyse a parsed program: units[0] the entry file, the others the
 * modules it imports (transitively). Reports unsupported constructs and
 * type errors to each unit's compiler; returns NULL on error. */
Program *sema_analyze(Unit *const *units, int nunits);
/* Definite assignment (sema_bound.c): marks the reads that may find a
 * variable unbound (Expr.maybe_unbound, Symbol.needs_flag). */
void sema_bound(Program *p);

/* The top-level def of that name in a unit, or NULL (the ABI emitters
 * start from an export name of the entry unit). */
Function *sema_function_named(const Unit *u, const char *name);

/* Mangle a source identifier (any UTF-8) into a WAT identifier body:
 * [A-Za-z0-9_] are kept, any other byte becomes .XX (hex). */
const char *sema_mangle(Arena *a, const char *prefix, const char *name);
/* Whether `x op y` as a value is the object a user's method returns (any
 * object: `a < b` is what a.__lt__(b) gives) rather than a bool: an
 * operand whose type is known at run time only, which may be an instance,
 * or an order of two lists or tuples, which such items may decide. A
 * comparison with such a pair has type T_OBJ; as a condition, its truth
 * value is taken directly either way. */
bool sema_compare_is_rich(CmpOp op, Type x, Type y);
/* Whether a variable only ever holds lists of objects, never the
 * runtime's lists of bools (`[False] * n`) or of floats (`[0.0] * n`, a
 * display of floats): a local or parameter that only new lists (displays
 * of other items, comprehensions, slices, list(...)) or other such
 * variables bind. Generated code reads and writes its items without
 * testing which kind of list it is (lower_containers.c). */
bool sema_object_list_var(const Symbol *sym);
/* Whether the variable sym only ever holds small ints (rt_abi.h
 * RT_INT_IS_SMALL): a local (not a cell) bound only as the target of
 * counting loops, whose counter stays within the small range (a big
 * stop is clamped, a big start or step refused: rt_range_loop_stop). */
bool sema_small_int_var(const Symbol *sym);
/* Whether it only ever holds small ints >= 0: a sema_small_int_var whose
 * counting loops start at a literal >= 0, len(...), a variable such as
 * this, or a sum or product of those, and step by a positive literal (or
 * by 1). `i % c` and `i // c` need no fix-up for a negative i then. */
bool sema_nonneg_int_var(const Symbol *sym);
/* Whether the list display e makes a list of floats (every item a float
 * by its type): generated code builds it unboxed. */
bool sema_float_display(const Expr *e);


/* The type an annotation names at its top level (annotation.c): int,
 * float, bool, str (bare names), list/List, tuple/Tuple, dict/Dict,
 * set/Set (bare or subscripted), None; T_OBJ for any other annotation,
 * T_UNKNOWN for none. */
Type sema_annotation_top(const Expr *ann);

/* The name a def shows (__name__, __qualname__, tracebacks): its own, where
 * a method's binding is mangled (def __helper in class P binds _P__helper:
 * sema_mangle.c). */
const char *sema_shown_name(const Function *f);
/* The generator an expression makes that nothing else holds (a generator
 * expression, a call of a generator function), or NULL. */
Function *sema_own_generator(const Expr *e);

#endif
