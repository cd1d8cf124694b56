#include "types.h"

#include "../runtime/rt_abi.h"

Type type_join(Type a, Type b) {
    if (a == T_UNKNOWN || a == T_NEVER) return b;
    if (b == T_UNKNOWN || b == T_NEVER) return a;
    if (a == b) return a;
    return T_OBJ;
}

const char *type_name(Type t) {
    switch (t) {
    case T_INT: return "int";
    case T_FLOAT: return "float";
    case T_BOOL: return "bool";
    case T_STR: return "str";
    case T_NONE: return "NoneType";
    case T_LIST: return "list";
    case T_TUPLE: return "tuple";
    case T_DICT: return "dict";
    case T_SET: return "set";
    case T_BYTES: return "bytes";
    case T_BYTEARRAY: return "bytearray";
    case T_RANGE: return "range";
    default: return "object";
    }
}

const char *type_wasm(Type t) {
    switch (t) {
    case T_INT: return "i64";
    case T_FLOAT: return "f64";
    default: return "i32";
    }
}

int type_is_number(Type t) { return t == T_INT || t == T_FLOAT || t == T_BOOL; }

int type_is_object(Type t) {
    return t == T_STR || t == T_OBJ || t == T_LIST || t == T_TUPLE || t == T_DICT || t == T_SET;
}

unsigned type_rt_code(Type t) {
    switch (t) {
    case T_INT: return RT_TYPE_INT;
    case T_FLOAT: return RT_TYPE_FLOAT;
    case T_BOOL: return RT_TYPE_BOOL;
    case T_STR: return RT_TYPE_STR;
    case T_NONE: return RT_TYPE_NONE;
    case T_LIST: return RT_TYPE_LIST;
    case T_TUPLE: return RT_TYPE_TUPLE;
    case T_DICT: return RT_TYPE_DICT;
    case T_SET: return RT_TYPE_SET;
    case T_BYTES: return RT_TYPE_BYTES;
    case T_BYTEARRAY: return RT_TYPE_BYTEARRAY;
    case T_RANGE: return RT_TYPE_RANGE;
    default: return 0;
    }
}
