/* The private half of the copy module (src/stdlib/copy.ml, which follows
 * CPython's Lib/copy.py): what a program in the language cannot say
 * itself -- which of copy.py's cases a value falls in (its dispatch tables
 * are keyed by exact type, and the runtime knows every layout), and
 * cls.__new__(cls), the uninitialised instance copy.py's _reconstruct
 * fills (object.__new__ is not offered to programs). */
#include "rt_obj.h"

static RtObj *text(const char *s) { return (RtObj *)rt_str_from_bytes(s, rt_cstrlen(s)); }

/* The case of x, by its exact type: "atomic" (returned as is by both
 * copy and deepcopy: None, bool, int, float, str, bytes, range, slice,
 * functions, classes, properties), "tuple", "frozenset", "list", "dict",
 * "set", "bytearray", "instance" (of a user class, a list or dict
 * subclass included), "exception", or "other" (what CPython cannot pickle:
 * generators, iterators, dict views, super objects). */
RtObj *rt_copy_kind(RtObj *x) {
    switch (RT_OBJ_TYPE(x)) {
    case RT_TYPE_STR: case RT_TYPE_INT: case RT_TYPE_FLOAT: case RT_TYPE_BOOL: case RT_TYPE_NONE: case RT_TYPE_COMPLEX:
    case RT_TYPE_BYTES: case RT_TYPE_RANGE: case RT_TYPE_SLICE: case RT_TYPE_FUNCTION: case RT_TYPE_CLASS:
    case RT_TYPE_PROPERTY: case RT_TYPE_TYPE_EXPR:
        return text("atomic");
    case RT_TYPE_TUPLE: return text("tuple");
    case RT_TYPE_FROZENSET: return text("frozenset");
    case RT_TYPE_LIST: return text("list");
    case RT_TYPE_DICT: return text("dict");
    case RT_TYPE_SET: return text("set");
    case RT_TYPE_BYTEARRAY: return text("bytearray");
    case RT_TYPE_INSTANCE: return text("instance");
    case RT_TYPE_EXCEPTION: return text("exception");
    default: return text("other");
    }
}

/* type(x).__new__(type(x)) for an instance of a user class: no __init__
 * run, no attributes; a list or dict subclass's instance an empty one */
RtObj *rt_copy_new(RtObj *x) {
    uint32_t t = RT_OBJ_TYPE(x);
    if (t != RT_TYPE_INSTANCE && t != RT_TYPE_EXCEPTION) { /* (copy.ml never asks: _copy called directly) */
        rt_raise_fmt(RT_EXC_TYPE, "new() takes an instance of a class, not %T", x);
        return 0;
    }
    RtObj *cls = RT_OBJ_TYPE(x) == RT_TYPE_INSTANCE ? ((RtInstance *)x)->cls : ((RtExc *)x)->cls;
    return rt_instance_new_uninit(cls);
}
