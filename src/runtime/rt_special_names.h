/* The special methods of the builtin classes a program may reach as
 * attributes (super().__str__(), a.__getitem__ as a key function,
 * int.__mul__): the runtime makes them (rt_class.c, base_special) and the
 * compiler lets attributes of these names compile (sema). */
#ifndef ML_RT_SPECIAL_NAMES_H
#define ML_RT_SPECIAL_NAMES_H

enum {
    RT_SPECIAL_NONE = 0,
    RT_SPECIAL_ANY,       /* every object's: __repr__ __str__ __eq__ __ne__ __hash__ __format__ */
    RT_SPECIAL_CONTAINER, /* a list's, a dict's, a str's ...: __len__ __getitem__ ... and the orderings */
    RT_SPECIAL_NUMBER,    /* the arithmetic ones */
};

static inline int rt_special_name_eq(const char *a, const char *b) {
    while (*a && *a == *b) a++, b++;
    return *a == *b;
}

static inline int rt_special_kind(const char *n) {
    static const char *const any[] = {"__repr__", "__str__", "__eq__", "__ne__", "__hash__", "__format__", 0};
    static const char *const container[] = {"__len__", "__getitem__", "__setitem__", "__delitem__", "__contains__",
                                            "__iter__", "__lt__", "__le__", "__gt__", "__ge__", 0};
    static const char *const number[] = {"__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__",
                                         "__pow__", "__neg__", "__pos__", "__abs__", "__and__", "__or__", "__xor__", 0};
    for (int i = 0; any[i]; i++)
        if (rt_special_name_eq(n, any[i])) return RT_SPECIAL_ANY;
    for (int i = 0; container[i]; i++)
        if (rt_special_name_eq(n, container[i])) return RT_SPECIAL_CONTAINER;
    for (int i = 0; number[i]; i++)
        if (rt_special_name_eq(n, number[i])) return RT_SPECIAL_NUMBER;
    return RT_SPECIAL_NONE;
}
#endif
