/* The standard library's modules and members (the table is stdlib.def). */
#ifndef ML_STDLIB_H
#define ML_STDLIB_H
#include "methods.h"

typedef enum StdModuleId {
    STD_NONE = 0, /* not a module of the standard library */
#define STD_MODULE(id, name) STD_##id,
#include "stdlib.def"
    STD_COUNT
} StdModuleId;

typedef enum StdKind { STD_KIND_CONST, STD_KIND_VALUE, STD_KIND_ANNOTATION, STD_KIND_LATER, STD_KIND_FN } StdKind;

/* A member of a module: a constant, or one arity of a function (the call
 * reaches `sig`, whose nargs counts the keyword-only parameters too). */
typedef struct StdMember {
    StdModuleId module;
    const char *name;
    StdKind kind;
    Type type;            /* STD_KIND_CONST: T_FLOAT, T_BOOL, T_STR or T_INT;
                             STD_KIND_VALUE: what sig.rt_fn returns */
    double value;         /* STD_KIND_CONST: a float's or bool's value */
    const char *text;     /* STD_KIND_CONST: a str's, an int's digits */
    int npos;             /* STD_KIND_FN: required positional arguments;
                             -1: any number, packed into one tuple */
    const char *keywords; /* the parameters after those: "name=literal ...
                             * name=literal ..." (stdlib.def) */
    MethodSig sig;
} StdMember;

/* The module of that (dotted) name, or STD_NONE. */
StdModuleId std_module_lookup(const char *name);
const char *std_module_name(StdModuleId m);
/* A module of CPython's standard library not offered yet (its import is a
 * designed refusal, not "no module named"). */
bool std_offered_later(const char *name);
/* The standard library module a name stands for ("os.path" is posixpath,
 * as in CPython), else the name itself. */
const char *std_module_alias(const char *name);
/* A member of a module by name (for a function, its first row), or NULL. */
const StdMember *std_member(StdModuleId m, const char *name);
/* The row of function `name` taking npos positional arguments, or NULL. */
const StdMember *std_function_row(StdModuleId m, const char *name, int npos);
/* How many of a row's "keywords" parameters a call may pass by position
 * (those before the `*`). */
int std_optional_positional(const StdMember *r);
/* The row of a function that can be a value: its only row, taking a fixed
 * number of positional arguments and nothing else; NULL otherwise. */
const StdMember *std_value_row(StdModuleId m, const char *name);
/* The members of a module in table order, for `from m import *` (rows of
 * one function after the first are skipped by the caller: same name). */
const StdMember *std_members(int *count);

#endif
