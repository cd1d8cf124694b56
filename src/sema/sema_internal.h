/* Shared by the files of the semantic analysis. */
#ifndef ML_SEMA_INTERNAL_H
#define ML_SEMA_INTERNAL_H
#include "sema.h"
#include "../util/pairset.h"

typedef struct Sema {
    Compiler *c;
    Program *p;
    Function *fn;   /* function being analysed */
    Unit *unit;     /* the file it is in (c is that file's compiler) */
    bool defer_imports; /* collecting the files' names: imports bind once
                           every file's names are known */
    bool report;    /* final pass: report diagnostics */
    bool changed;   /* some type changed during this pass */
    bool fresh_list; /* the binding being made gives a list of objects of its own making (see sema_symbol_assign) */
    bool counting_target; /* the binding being made is a counting loop's target (see sema_small_int_var) */
    bool counting_nonneg; /* ... of one that counts up from a value >= 0 (see sema_nonneg_int_var) */
    int loop_depth;
    int with_count; /* with statements given their meaning so far */
    int await_count; /* awaits hoisted and async fors given their meaning so far */
    int member_nargs; /* str.split(s, ",") called: the row's arguments (-1: the fewest) */
    Expr *yield_ok;   /* the yield of the statement being analysed, where one may be */
    int no_yield;     /* inside a loop else body (no yield there) */
    PtrVec comp_syms; /* Symbol*: variables of the enclosing comprehensions,
                         innermost last (they shadow the function's) */
    int class_encode, class_decode; /* a class defines encode / decode: 0 not
                                       known yet, 1 no, 2 yes */
    PairSet callee_pairs; /* (caller, callee) of the callees lists made so
                             far, in scratch */
    Arena *scratch;  /* what only the analysis reads, freed at its end */
    const Stmt *class_stmt; /* the class statement whose body is being
                               analysed, or NULL (what `__doc__` names) */
    Arena *nodes;   /* where the records hung on the nodes being analysed go
                       (CallInfo and what it points to): the tree chunk of
                       the top-level statement they are in, freed with it
                       once the back end has lowered it (TreeChunk), or
                       the compile's arena (see node_arena in sema.c) */
} Sema;

Symbol *sema_variable(const Program *p, const Function *f, const char *name);
/* Whether range(...) (a counting loop's, sema_range_loop) counts up from a
 * value known >= 0 (sema_nonneg_int_var). */
bool sema_range_nonneg(const Expr *range_call);
bool sema_fresh_object_list(const Expr *e); /* e makes a new list of objects (sema.c) */
/* A binding of name in f (a local, or a global at module level or where
 * declared global): its symbol is made if new. */
void sema_bind_name(Sema *s, Function *f, const char *name, int line, int col);
/* imports of the standard library (sema_import.c): the names an import
 * statement binds (collection), its analysis, and the meaning of a name
 * (e), attribute (e) or call (e) involving an imported name: true when it
 * is one (its type in *t) */
void sema_collect_import(Sema *s, Function *f, Stmt *st);
void sema_import_stmt(Sema *s, Stmt *st);
bool sema_import_name(Sema *s, Expr *e, Type *t);
bool sema_import_attr(Sema *s, Expr *e, Type *t);
bool sema_import_call(Sema *s, Expr *e, Type *t);
/* A builtin written in the language (builtins.def's STDLIB): the def of its
 * module (loaded by api_units.c for a module naming it), or NULL. */
Function *sema_builtin_def(Sema *s, BuiltinId id);
/* That def used as a value (open, passed around): a function object. */
Type sema_builtin_def_value(Sema *s, Expr *e, Function *f);
/* Whether the builtin at `name` may be used for this target: a DOM builtin
 * under --wasm-target wasi is reported there (false). */
bool sema_builtin_target_ok(Sema *s, const Expr *name, BuiltinId id);
void sema_add_local(Arena *a, Function *f, Symbol *sym);
/* f's local variable named name (not a comprehension's), or NULL. A
 * function of at most SEMA_LOCALS_SEARCHED is searched in order, without
 * a map (a 200,000-line file's 50,000 one-parameter functions would hold
 * 3 MB of maps); Function.local_map is made past that. */
enum { SEMA_LOCALS_SEARCHED = 8 };
Symbol *sema_local(const Function *f, const char *name);
/* Name resolution that sees comprehension variables first. */
Symbol *sema_resolve(Sema *s, const char *name);
Type sema_comprehension(Sema *s, Expr *e);
Type sema_lambda(Sema *s, Expr *e);
Type sema_genexp(Sema *s, Expr *e);
Symbol *sema_capture(Sema *s, Function *f, const char *name);
void sema_nested_def(Sema *s, Stmt *st);
Function *sema_nested_function(Sema *s, Stmt *st, const char *what, bool decorators);
/* Functions with the table ABI (methods, decorated and nested defs): their
 * star flags (RtFunc.star: RT_STAR_*, and the keyword-only count above
 * RT_STAR_KWONLY_SHIFT, the positional-only count above
 * RT_STAR_POSONLY_SHIFT); and
 * their parameters in that ABI's order (positional, keyword-only, *args,
 * **kwargs) into out. */
int sema_table_star(const PtrVec *params);
void sema_table_order(const PtrVec *params, const Param **out);
/* classes (sema_class.c) */
void sema_declare_class(Sema *s, Stmt *st);
void sema_class_stmt(Sema *s, Stmt *st);
/* A statement analysed as anywhere else (one binding no name: a class body's
 * d[k] = v, del d[k]). */
void sema_statement(Sema *s, Stmt *st);
bool sema_class_item_target(const Expr *t); /* d[k], o.x */
bool sema_pure_value(const Expr *x); /* a name or a literal: no effect when evaluated */
bool sema_type_lacks(Type t, const char *name); /* CPython's type t has no such attribute */
bool sema_type_special(Type t, const char *name); /* a builtin special method the runtime makes (d.__getitem__) */
void sema_class_scope_mark(Sema *s, Stmt *st); /* sema_class_scope.c */
/* o.name as a value, o's type vt (T_OBJ: known at run time): a builtin
 * type's method bound to o where o has one (Expr.member < 0) */
bool sema_bound_method(Sema *s, Expr *e, Type vt);
int sema_bound_method_index(Sema *s, const char *name, Type vt); /* its index in Program.bound_methods, or -1 */
Type sema_super(Sema *s, Expr *e, CallInfo *ci);
Type sema_attr_call(Sema *s, Expr *e, CallInfo *ci);
/* x.to_bytes(2, byteorder="big"): keyword arguments of a builtin method
 * that takes them (methods.c method_params) moved among the positional
 * ones; false when they cannot be (the call is left as it is). */
bool sema_method_keywords(Sema *s, Expr *e, const char *name);
bool sema_user_decorated(const Stmt *def);
/* f is a generator if its def's body yields: then its calls make generator objects. */
void sema_mark_generator(Sema *s, Function *f, const Stmt *def);
PtrVec *sema_with_meaning(Sema *s, Stmt *st);
/* The statements st stands for, analysed and lowered in its place (with,
 * and in an async def f: awaits inside expressions, async for, async
 * with: sema_await.c), made once; NULL when it stands for itself. */
PtrVec *sema_meaning(Sema *s, Function *f, Stmt *st);
/* Does a comprehension hold an await or an `async for` clause? */
bool sema_comp_is_async(const Expr *e);
void sema_declare_decorated(Sema *s, Stmt *def);
/* The names of a file's top-level defs that are function values rather
 * than fixed functions (sema_module_defs.c): redefined, or also assigned
 * (a def inside a block of the module is always one). */
void sema_module_value_defs(Arena *a, const PtrVec *body, StrMap *value_names);
void sema_decorated_stmt(Sema *s, Stmt *def);
/* Keyword arguments naming the parameters names[] (those after the
 * first `first` ones, which are positional only) become positional ones
 * when they continue the positional arguments without a gap; false (and
 * nothing changed) otherwise. */
bool sema_keywords_positional(Sema *s, Expr *call, const char *const *names, int nnames, int first);
/* The codec keywords (encoding=, errors=) of bytes(), bytearray(), str(),
 * encode() and decode() as positional arguments, the parameters after the
 * first `first`: true when some cannot be (reported). */
bool sema_codec_keywords(Sema *s, Expr *call, int first, const char *callee);
/* The arguments at and after index `at` of a call are an encoding and an
 * error handler: a literal the runtime does not know is reported. */
void sema_codec_literals(Sema *s, Expr *call, int at);
/* Some class of the program (at any depth) has a method of this name. */
bool sema_class_method_named(Sema *s, const char *name);
/* Bind an assignment target (name, tuple, item) to a value of type ty. */
void sema_assign_target(Sema *s, Expr *t, Type ty, int line, int col);


/* Type of an expression (also stored in e->type). */
Type sema_expr(Sema *s, Expr *e);
/* Type of a call (builtin or user function); fills e->call. */
Type sema_call(Sema *s, Expr *e);
/* print(..., file=f) before it is analysed (sema_print.c): PRINT_STDOUT
 * (no file, or None: the print the back end lowers), PRINT_REWRITTEN
 * (sys.stdout / sys.stderr: now their write(text), analyse the call
 * again) or PRINT_VALUE (another file: a call of print as a value, whose
 * file=None means stdout and which writes piece by piece, as CPython's). */
typedef enum { PRINT_STDOUT, PRINT_REWRITTEN, PRINT_VALUE } PrintForm;
PrintForm sema_print_to_file(Sema *s, Expr *e);
/* map(f, it) / filter(f, it) rewritten as the generator expression it
 * behaves as (sema_lazy.c), unless consumed whole: true when it was
 * (analyse the expression again). */
bool sema_lazy_map(Sema *s, Expr *e);
/* A call of the def f (its arguments bound to its parameters), and a call
 * of a value (through the function table or the runtime). */
Type sema_user_call(Sema *s, Expr *e, Function *f);
Type sema_value_call(Sema *s, Expr *e);
/* Marks iter as the counting loop of `for x in range(...)` (returns true)
 * and types its arguments, or returns false. */
bool sema_range_loop(Sema *s, Expr *iter);
/* Reports a use of a builtin that is not implemented yet. */
void sema_refused_builtin(Sema *s, const Expr *name);
Type sema_subscript(Sema *s, Expr *e);
void sema_slice_bounds(Sema *s, Expr *sl); /* a slice's bounds typed; sl->type T_OBJ: a slice object */
void sema_unsupported(Sema *s, int line, int col, const char *what);
/* arg is a range() argument: parameters of still unknown type in it are
 * ints rather than floats if no call gives them a type. */
void sema_int_hint(Expr *arg);
/* e is indexed or iterated: a parameter of still unknown type is a list
 * if no call gives it a type. */
void sema_list_hint(Expr *e);
/* Reports a binding of a constant other than its `const` statement's
 * (target: the binding's target node, NULL for other binding forms). */
void sema_check_rebind(Sema *s, const Symbol *sym, const Expr *target, int line, int col);
void sema_symbol_assign(Sema *s, Symbol *sym, Type t, int line, int col);



/* Private names in class statements (__x in class C is _C__x), as
 * CPython's compiler mangles them (sema_mangle.c). */
void sema_mangle_private(Arena *a, Module *module);

#endif
