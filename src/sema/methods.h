/* Methods of the builtin types and the container builtins, as one table
 * that both type inference and code generation read: each row maps a call
 * shape (receiver type, name, argument count) to the runtime function that
 * implements it, how each argument is passed and what it returns. */
#ifndef ML_METHODS_H
#define ML_METHODS_H
#include "builtins.h"
#include "types.h"

typedef struct MethodSig {
    Type recv;          /* receiver type; T_UNKNOWN for a builtin function */
    BuiltinId builtin;  /* the builtin function (recv T_UNKNOWN) */
    const char *name;
    int nargs;          /* exact number of arguments in the source */
    const char *rt_fn;  /* runtime function */
    /* How each source argument is passed: 'O' boxed object, 'I' int (i64),
     * 'S' str; 'G' an object the function iterates with what it holds
     * rooted, so that an own generator passed there (a generator
     * expression, a generator function's call) may collect as it runs
     * (rt_gen_collecting in rt_gen.c). */
    const char *args;
    /* Constant arguments appended after them: 'N' NULL, 'n' None, 'm'
     * i64 -1, 'z' i32 0, 'y' i64 0, 'o' i64 1, 'e' the empty str. */
    const char *fill;
    Type ret;           /* T_NONE: the runtime function returns nothing */
} MethodSig;

/* The most arguments a row of the table takes (nargs). */
#define METHOD_MAX_ARGS 4

/* The row for recv.name(nargs args), or NULL. A receiver of type T_OBJ
 * matches a name that only one type has. */
const MethodSig *method_find(Type recv, const char *name, int nargs);
/* The row of a container builtin (list, sorted, sum ...) taking nargs
 * arguments, or NULL. */
const MethodSig *builtin_row(BuiltinId id, int nargs);
/* The row of a method called on the builtin type itself (bytes.fromhex),
 * or NULL; whether the type has one of that name. */
const MethodSig *type_method_find(BuiltinId type, const char *name, int nargs);
bool type_method_exists(BuiltinId type, const char *name);
/* The parameters of a method that takes keyword arguments (to_bytes,
 * splitlines ...): "name[=literal default] ..." in order, or NULL. */
const char *method_params(const char *name);
/* The builtin types whose methods a value can be bound to ("ab".upper),
 * the bytearray-only rows before the rows both bytes types share. */
#define METHOD_BINDABLE_TYPES {T_STR, T_LIST, T_TUPLE, T_DICT, T_SET, T_INT, T_FLOAT, T_RANGE, T_BYTEARRAY, T_BYTES}
/* Whether recv's rows include one named name (of any arity). */
bool method_type_has(Type recv, const char *name);
/* Whether any type has a method of this name (for the diagnostic). */
bool method_name_exists(const char *name);

#endif
