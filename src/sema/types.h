/* Static types inferred for expressions and variables. Where inference
 * proves a value is an int or a float, generated code keeps it unboxed
 * (wasm i64/f64); this is where speed comes from. */
#ifndef ML_TYPES_H
#define ML_TYPES_H
#include <stdbool.h>

typedef enum Type {
    T_UNKNOWN = 0, /* not inferred yet (fixpoint still running) */
    T_INT,         /* i64 */
    T_FLOAT,       /* f64 */
    T_BOOL,        /* i32 0/1 */
    T_STR,         /* i32 pointer to an RtStr */
    T_NONE,        /* i32, always 0 */
    T_OBJ,         /* i32 pointer to a boxed object (runtime RtObj): any
                      value whose type is only known at run time */
    T_LIST,        /* i32 RtList*, items are objects */
    T_TUPLE,       /* i32 RtTuple* */
    T_DICT,        /* i32 RtDict* */
    T_SET,         /* i32 RtSet* */
    T_NEVER,       /* the expression always raises (e.g. a TypeError) */
    /* Receivers of methods.c rows only, never the type of an expression:
     * bytes and bytearray values are T_OBJ, and a call o.name(...) on one
     * reaches its row through the run-time dispatch on o's type (a T_BYTES
     * row serves both types, a T_BYTEARRAY row bytearray alone). */
    T_BYTES,
    T_BYTEARRAY,
    T_RANGE, /* likewise: a range is T_OBJ; its rows are index and count */
} Type;

/* Least upper bound: UNKNOWN and NEVER are identities, equal types stay,
 * different types meet in OBJ (the boxed representation). */
Type type_join(Type a, Type b);
/* Python's name for a type: "int", "float", "bool", "str", "NoneType". */
const char *type_name(Type t);
/* Wasm value type used to hold it: "i64", "f64" or "i32". */
const char *type_wasm(Type t);
/* int, float or bool: operands of arithmetic. */
int type_is_number(Type t);
/* Values already represented as runtime objects (str and containers). */
int type_is_object(Type t);
/* The runtime's RT_TYPE_* of the values of type t (a T_BYTES row's:
 * RT_TYPE_BYTES), 0 for one without a single such type (T_OBJ ...). */
unsigned type_rt_code(Type t);

#endif
