/* Shared by the files of the semantic analysis. */
#ifndef ML_SEMA_INTERNAL_H
#define ML_SEMA_INTERNAL_H
#include "sema.h"

typedef struct Sema {
    Compiler *c;
    Program *p;
    Function *fn;   /* function being analysed */
    bool report;    /* final pass: report diagnostics */
    bool changed;   /* some type changed during this pass */
    int loop_depth;
    PtrVec comp_syms; /* Symbol*: variables of the enclosing comprehensions,
                         innermost last (they shadow the function's) */
} Sema;

/* Name resolution that sees comprehension variables first. */
Symbol *sema_resolve(Sema *s, const char *name);
Type sema_comprehension(Sema *s, Expr *e);
Type sema_lambda(Sema *s, Expr *e);
Symbol *sema_capture(Sema *s, Function *f, const char *name);
void sema_nested_def(Sema *s, Stmt *st);
/* Bind an assignment target (name, tuple, item) to a value of type ty. */
void sema_assign_target(Sema *s, Expr *t, Type ty, int line, int col);


/* Type of an expression (also stored in e->type). */
Type sema_expr(Sema *s, Expr *e);
/* Type of a call (builtin or user function). */
Type sema_call(Sema *s, Expr *e);
Type sema_subscript(Sema *s, Expr *e);
void sema_unsupported(Sema *s, int line, int col, const char *what);
/* arg is a range() argument: parameters of still unknown type in it are
 * ints rather than floats if no call gives them a type. */
void sema_int_hint(Expr *arg);
/* e is indexed or iterated: a parameter of still unknown type is a list
 * if no call gives it a type. */
void sema_list_hint(Expr *e);
void sema_symbol_assign(Sema *s, Symbol *sym, Type t, int line, int col);



#endif
