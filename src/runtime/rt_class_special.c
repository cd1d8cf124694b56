/* The builtin classes' special methods a program reaches as attributes:
 * past its classes (super().__str__() in an exception class,
 * super().__setitem__(k, v) in a dict subclass, object.__repr__(self)) and
 * on builtin values and types (key=a.__getitem__, int.__mul__): which
 * exist (rt_special_names.h, CPython's dir() lists) and what they do. */
#include "rt_obj.h"
#include "rt_special_names.h"
#include "rt_type_attr_names.h"

static uint32_t type_of(RtObj *o) { return RT_OBJ_TYPE(o); }
static int is_user_class(RtObj *o) { return type_of(o) == RT_TYPE_CLASS && !(o->type_flags & RT_FLAG_STATIC); }

/* The class of an instance or exception. */
static RtObj *class_of(RtObj *o) {
    return type_of(o) == RT_TYPE_INSTANCE ? ((RtInstance *)o)->cls : ((RtExc *)o)->cls;
}

/* Whether o (an instance, a class, or a builtin value) has the builtin
 * special method n (rt_special_names.h): every object its repr, str, ==,
 * hash and format; a dict or list subclass's instance the container's;
 * a builtin value (or type) those CPython's dir() lists for its type. */
int rt_base_special_name(RtObj *o, const char *n) {
    int kind = rt_special_kind(n);
    if (!kind) return 0;
    uint32_t t = type_of(o);
    if (t == RT_TYPE_CLASS && !is_user_class(o)) { /* int.__mul__, list.__getitem__, object.__repr__ */
        if (o->aux < RT_BUILTIN_TYPE_AUX) return kind == RT_SPECIAL_ANY; /* object, the exceptions */
        return rt_type_attr_listed(o->aux - RT_BUILTIN_TYPE_AUX, n, rt_cstrlen(n)) == 1;
    }
    if (t == RT_TYPE_INSTANCE || t == RT_TYPE_EXCEPTION || t == RT_TYPE_CLASS) {
        if (kind == RT_SPECIAL_ANY) return 1;
        if (kind != RT_SPECIAL_CONTAINER) return 0;
        RtObj *cls = t == RT_TYPE_CLASS ? o : class_of(o);
        return rt_class_derives(cls, rt_builtin_class(RT_TYPE_DICT)) || rt_class_derives(cls, rt_builtin_class(RT_TYPE_LIST));
    }
    return rt_type_attr_listed(t, n, rt_cstrlen(n)) == 1; /* [5, 3].__getitem__ */
}

/* The special method `fname` (RT_BUILTIN_BASE_SPECIAL) called: on self
 * (env; unbound, the first argument, an instance of owner), what the
 * builtin class's method does: on the list or dict a subclass's instance
 * is, on an exception, on a builtin value, or object's. */
RtObj *rt_base_special_call(RtObj *env, RtObj *owner, RtStr *fname, RtTuple *a) {
    const char *n = fname->data;
    RtObj *self = env;
    uint32_t first = 0;
    if (!self) {
        const char *cname = owner ? ((RtClass *)owner)->name : "object";
        if (!a->len) {
            rt_raise_fmt(RT_EXC_TYPE, "descriptor '%s' of '%s' object needs an argument", n, cname);
            return 0;
        }
        self = a->items[0], first = 1;
        int32_t is = owner ? rt_isinstance(self, owner) : 1;
        if (RT_ERR) return 0;
        if (!is) { /* int.__mul__("a", 2) */
            rt_raise_fmt(RT_EXC_TYPE, "descriptor '%s' requires a '%s' object but received a '%T'", n, cname, self);
            return 0;
        }
    }
    uint32_t argc = a->len - first;
    RtObj *x = argc > 0 ? a->items[first] : 0, *y = argc > 1 ? a->items[first + 1] : 0;
    int two = rt_cstr_eq(n, "__setitem__"), none = rt_cstr_eq(n, "__repr__") || rt_cstr_eq(n, "__str__") ||
                                                   rt_cstr_eq(n, "__hash__") || rt_cstr_eq(n, "__len__") ||
                                                   rt_cstr_eq(n, "__iter__") || rt_cstr_eq(n, "__neg__") ||
                                                   rt_cstr_eq(n, "__pos__") || rt_cstr_eq(n, "__abs__");
    uint32_t want = two ? 2 : none ? 0 : 1;
    if (argc != want) {
        rt_raise_fmt(RT_EXC_TYPE, "expected %d argument%s, got %d", (int64_t)want, want == 1 ? "" : "s", (int64_t)argc);
        return 0;
    }
    int exc = type_of(self) == RT_TYPE_EXCEPTION, plain = type_of(self) != RT_TYPE_INSTANCE && !exc;
    /* the list or dict an instance is; a builtin value itself */
    RtObj *base = plain ? self : type_of(self) == RT_TYPE_INSTANCE ? ((RtInstance *)self)->base : 0;
    RtSb b = {0};
    if (rt_cstr_eq(n, "__repr__") || rt_cstr_eq(n, "__str__")) {
        if (exc && n[2] == 'r') rt_exc_repr_into(&b, self); /* (no function pointers in the runtime: no table) */
        else if (exc) rt_exc_str_into(&b, self);
        else if (plain && n[2] == 's') rt_str_into(&b, base);
        else if (base) rt_repr_into(&b, base);
        else if (n[2] == 's') rt_repr_into(&b, self); /* object.__str__: repr(self), its class's __repr__ */
        else rt_default_repr_into(&b, self);
        return RT_ERR ? 0 : (RtObj *)rt_sb_finish(&b);
    }
    if (rt_cstr_eq(n, "__format__")) {
        if (plain && RT_OBJ_TYPE(x) == RT_TYPE_STR) return (RtObj *)rt_format(base, (RtStr *)x); /* (5).__format__("03d") */
        if (RT_OBJ_TYPE(x) != RT_TYPE_STR || ((RtStr *)x)->byte_len) {
            rt_raise_fmt(RT_EXC_TYPE, "unsupported format string passed to %s.__format__", rt_instance_cname(self));
            return 0;
        }
        return (RtObj *)rt_dyn_str(self);
    }
    if (rt_cstr_eq(n, "__hash__")) {
        if (plain) {
            int64_t h = rt_hash(base); /* TypeError for a list */
            return RT_ERR ? 0 : rt_box_int(h);
        }
        if (base) {
            rt_raise_fmt(RT_EXC_TYPE, "unhashable type: '%T'", self);
            return 0;
        }
        return rt_box_int((int64_t)((uintptr_t)self >> 4));
    }
    if (rt_cstr_eq(n, "__eq__") || rt_cstr_eq(n, "__ne__")) {
        int eq = n[2] == 'e';
        if (!base) return self == x ? RT_BOOL(eq) : rt_not_implemented(); /* object's: identity */
        RtObj *other = type_of(x) == RT_TYPE_INSTANCE && ((RtInstance *)x)->base ? ((RtInstance *)x)->base : x;
        if (type_of(other) != type_of(base)) return rt_not_implemented();
        int32_t r = rt_dyn_compare(base, other, eq ? RT_CMP_EQ : RT_CMP_NE);
        return RT_ERR ? 0 : RT_BOOL(r);
    }
    if (!base) {
        rt_raise_fmt(RT_EXC_ATTRIBUTE, "'%T' object has no attribute '%s'", self, n);
        return 0;
    }
    if (rt_cstr_eq(n, "__len__")) {
        int64_t len = rt_dyn_len(base);
        return RT_ERR ? 0 : rt_box_int(len);
    }
    if (rt_cstr_eq(n, "__getitem__")) return rt_dyn_getitem(base, x);
    if (rt_cstr_eq(n, "__setitem__")) return rt_dyn_setitem(base, x, y), RT_ERR ? 0 : RT_NONE;
    if (rt_cstr_eq(n, "__delitem__")) return rt_dyn_delitem(base, x), RT_ERR ? 0 : RT_NONE;
    if (rt_cstr_eq(n, "__contains__")) {
        int32_t r = rt_dyn_contains(base, x);
        return RT_ERR ? 0 : RT_BOOL(r);
    }
    if (rt_cstr_eq(n, "__iter__")) return rt_iter(base);
    if (rt_special_kind(n) == RT_SPECIAL_NUMBER) { /* (1).__add__(2), int.__mul__(6, 3) */
        if (rt_cstr_eq(n, "__neg__")) return rt_dyn_neg(base);
        if (rt_cstr_eq(n, "__pos__")) return rt_dyn_pos(base);
        if (rt_cstr_eq(n, "__abs__")) return rt_dyn_abs(base);
        static const char *const ops[] = {"__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__",
                                          "__pow__", "__and__", "__or__", "__xor__"};
        int op = 0;
        while (op < 10 && !rt_cstr_eq(n, ops[op])) op++;
        switch (op) {
        case 0: return rt_dyn_add(base, x);
        case 1: return rt_dyn_sub(base, x);
        case 2: return rt_dyn_mul(base, x);
        case 3: return rt_dyn_truediv(base, x);
        case 4: return rt_dyn_floordiv(base, x);
        case 5: return rt_dyn_mod(base, x);
        case 6: return rt_dyn_pow(base, x);
        case 7: return rt_dyn_and(base, x);
        case 8: return rt_dyn_or(base, x);
        default: return rt_dyn_xor(base, x);
        }
    }
    /* __lt__ __le__ __gt__ __ge__ */
    static const char *const ops[] = {"__lt__", "__le__", "__gt__", "__ge__"};
    static const int32_t codes[] = {RT_CMP_LT, RT_CMP_LE, RT_CMP_GT, RT_CMP_GE};
    RtObj *other = type_of(x) == RT_TYPE_INSTANCE && ((RtInstance *)x)->base ? ((RtInstance *)x)->base : x;
    if (type_of(other) != type_of(base)) return rt_not_implemented();
    for (int i = 0; i < 4; i++)
        if (rt_cstr_eq(n, ops[i])) {
            int32_t r = rt_dyn_compare(base, other, codes[i]);
            return RT_ERR ? 0 : RT_BOOL(r);
        }
    return rt_not_implemented();
}
