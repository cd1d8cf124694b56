/* math module: the arguments that are objects. Numbers as doubles
 * (PyFloat_AsDouble) and as ints (PyNumber_Index), and floor(), ceil(),
 * trunc(), which turn a number into an int. */
#include "rt_math.h"

/* o.name() for an instance whose class defines it (*found 1) */
static RtObj *call_special(RtObj *o, const char *name, int *found) {
    *found = 0;
    if (RT_OBJ_TYPE(o) != RT_TYPE_INSTANCE) return 0;
    return rt_special_unary(o, name, found);
}

/* PyFloat_AsDouble: a float, an int or bool (OverflowError: int too large
 * to convert to float), an instance through __float__ (which must return
 * a float) or __index__; else TypeError. */
double rt_math_float_arg(RtObj *o) {
    uint32_t t = RT_OBJ_TYPE(o);
    if (t == RT_TYPE_FLOAT) return ((RtFloat *)o)->value;
    if (t == RT_TYPE_INT || t == RT_TYPE_BOOL) return rt_int_to_float(((RtInt *)o)->value);
    int found;
    RtObj *r = call_special(o, "__float__", &found);
    if (found) {
        if (RT_ERR) return 0;
        if (RT_OBJ_TYPE(r) != RT_TYPE_FLOAT) {
            rt_raise_fmt(RT_EXC_TYPE, "%s.__float__ returned non-float (type %T)", rt_instance_cname(o), r);
            return 0;
        }
        return ((RtFloat *)r)->value;
    }
    r = call_special(o, "__index__", &found);
    if (found) {
        if (RT_ERR) return 0;
        if (!rt_is_intlike(r)) {
            rt_raise_fmt(RT_EXC_TYPE, "__index__ returned non-int (type %T)", r);
            return 0;
        }
        return rt_int_to_float(((RtInt *)r)->value);
    }
    rt_raise_fmt(RT_EXC_TYPE, "must be real number, not %T", o);
    return 0;
}

/* PyNumber_Index: ints and bools, and instances with __index__ */
int64_t rt_math_index(RtObj *o) {
    if (rt_is_intlike(o)) return ((RtInt *)o)->value;
    int found;
    RtObj *r = call_special(o, "__index__", &found);
    if (found) {
        if (RT_ERR) return 0;
        if (!rt_is_intlike(r)) {
            rt_raise_fmt(RT_EXC_TYPE, "__index__ returned non-int (type %T)", r);
            return 0;
        }
        return ((RtInt *)r)->value;
    }
    rt_raise_fmt(RT_EXC_TYPE, "'%T' object cannot be interpreted as an integer", o);
    return 0;
}

/* The int an instance's __floor__/__ceil__/__trunc__ returned. CPython
 * returns whatever the method returns; these functions return an int, so
 * another type is a TypeError here. */
static int64_t special_int(RtObj *o, RtObj *r, const char *name) {
    if (RT_ERR) return 0;
    if (!rt_is_intlike(r)) {
        rt_raise_fmt(RT_EXC_TYPE, "%s.%s returned non-int (type %T)", rt_instance_cname(o), name, r);
        return 0;
    }
    return ((RtInt *)r)->value;
}

/* floor(x) and ceil(x): an int (or bool: int.__floor__) is itself, an
 * instance with __floor__/__ceil__ calls it, anything else goes through
 * PyFloat_AsDouble ("must be real number, not str") and then to an int
 * (the errors of int(inf) and int(nan)). */
static int64_t floor_or_ceil(RtObj *x, const char *name, int up) {
    uint32_t t = RT_OBJ_TYPE(x);
    if (t == RT_TYPE_INT || t == RT_TYPE_BOOL) return ((RtInt *)x)->value;
    double d;
    if (t == RT_TYPE_FLOAT) d = ((RtFloat *)x)->value;
    else {
        int found;
        RtObj *r = call_special(x, name, &found);
        if (found) return special_int(x, r, name);
        d = rt_math_float_arg(x);
        if (RT_ERR) return 0;
    }
    return rt_int_from_double(up ? __builtin_ceil(d) : __builtin_floor(d));
}

int64_t rt_math_floor(RtObj *x) { return floor_or_ceil(x, "__floor__", 0); }
int64_t rt_math_ceil(RtObj *x) { return floor_or_ceil(x, "__ceil__", 1); }

/* trunc(x): floats truncate (int(x)), ints are themselves, instances call
 * __trunc__; other types have no __trunc__ (TypeError naming the type). */
int64_t rt_math_trunc(RtObj *x) {
    uint32_t t = RT_OBJ_TYPE(x);
    if (t == RT_TYPE_FLOAT) return rt_int_from_double(((RtFloat *)x)->value);
    if (t == RT_TYPE_INT || t == RT_TYPE_BOOL) return ((RtInt *)x)->value;
    int found;
    RtObj *r = call_special(x, "__trunc__", &found);
    if (found) return special_int(x, r, "__trunc__");
    rt_raise_fmt(RT_EXC_TYPE, "type %T doesn't define __trunc__ method", x);
    return 0;
}
