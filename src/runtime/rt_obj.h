/* Runtime-internal helpers of the dynamic half (boxed objects, containers,
 * collector): wasm32 runtime build and the native unit-test build only. */
#ifndef ML_RT_OBJ_H
#define ML_RT_OBJ_H
#include <stdarg.h>

#include "rt_internal.h"

#define RT_OBJ_TYPE(o) ((o)->type_flags & RT_TYPE_MASK)
#define RT_AS_OBJ(s) ((RtObj *)(s))

/* static singletons (rt_obj.c) */
extern RtInt rt_true_obj, rt_false_obj;
extern RtObj rt_none_obj;
#define RT_NONE (&rt_none_obj)
extern RtObj rt_notimpl_obj;
#define RT_NOTIMPL (&rt_notimpl_obj)

/* The runtime functions some programs only link (rt_abi.h, RT_BUILTIN_*):
 * the builtin methods rt_getattr_call makes (rt_gen_method,
 * rt_str_format_call, rt_dict_fromkeys), the bound builtin methods, the
 * reading of sys.stdin's iterator; called through this function, which
 * the compiler generates for each program with only what it uses. */
RT_IMPORT_ML(builtin) RtObj *rt_ml_builtin(int32_t which, RtObj *env, RtObj *args, RtObj *kw);
#define RT_TRUE ((RtObj *)&rt_true_obj)
#define RT_FALSE ((RtObj *)&rt_false_obj)
#define RT_BOOL(v) ((v) ? RT_TRUE : RT_FALSE)
RtObj *rt_set_dummy(void);
/* hasattr() on a value of a builtin type (rt_type_attrs.c, generated):
 * 1 or 0, -1 for a type it does not list */
int32_t rt_type_has_attr(uint32_t type, const char *name, uint32_t len);

/* The list or dict an instance of a class deriving from list or dict is,
 * when its class does not define the special method `name` itself (the
 * builtin operation then applies to it): else o itself. */
RtObj *rt_instance_base(RtObj *o, const char *name);
/* A class's metaclass (a user class deriving from type), else NULL: the
 * operations on such a class (iter, len, in, [], repr) are its methods. */
RtObj *rt_class_meta(RtObj *o);
const char *rt_func_type_cname(RtObj *o); /* 'function', 'method' or 'builtin_function_or_method' */
static inline RtObj *rt_unwrap(RtObj *o, const char *name) {
    if ((o->type_flags & 0xffu) != RT_TYPE_INSTANCE || !((RtInstance *)o)->base) return o;
    RtObj *b = rt_instance_base(o, name);
    return b ? b : o;
}

static inline int rt_is_intlike(RtObj *o) {
    uint32_t t = RT_OBJ_TYPE(o);
    return t == RT_TYPE_INT || t == RT_TYPE_BOOL;
}
static inline RtDictEntry *rt_dict_entries(RtDict *d) {
    return (RtDictEntry *)((char *)d->table + ((uintptr_t)d->mask + 1) * 4);
}

/* ---- growable byte buffer (raw blocks; the collector never runs inside
 * a runtime call, so the buffer needs no rooting) ---- */
typedef struct RtSb {
    char *buf;
    uint32_t len, cap;
} RtSb;
void rt_sb_reserve(RtSb *b, uint32_t more);
void rt_sb_put(RtSb *b, const char *s, uint32_t n);
void rt_sb_putc(RtSb *b, char c);
void rt_sb_puts(RtSb *b, const char *s);
void rt_sb_put_i64(RtSb *b, int64_t v);
RtStr *rt_sb_finish(RtSb *b); /* a fresh str of the contents */

/* repr(o) / str(o) appended to a buffer (rt_repr.c) */
void rt_repr_into(RtSb *b, RtObj *o);
void rt_complex_repr_into(RtSb *b, RtObj *o); /* (1+2j) (rt_complex.c) */
void rt_str_into(RtSb *b, RtObj *o);
const char *rt_type_cname(RtObj *o);
const char *rt_arg_type_name(RtObj *o);
RtObj *rt_number_attr(RtObj *o, const char *name); /* x.real ... of a number, else NULL (rt_int_methods.c) */ /* "None" for None, else as rt_type_cname (rt_str_methods.c) */

/* exceptions with formatted messages: %s C string, %T type name of an
 * RtObj*, %d int64_t, %c a char (int) */
void rt_raise_fmt(int32_t kind, const char *fmt, ...);
/* "<prefix><repr(o)><suffix>" (rt_repr.c; kept apart so that raising a
 * TypeError does not link every repr) */
void rt_raise_repr(int32_t kind, const char *prefix, RtObj *o, const char *suffix);

/* generators (rt_gen.c) */
int32_t rt_gen_next(RtObj *gen, RtObj **out); /* as rt_iter_next */
RtObj *rt_gen_take_return(RtObj *gen);        /* its return value, once; NULL: None */

/* exceptions (rt_exc.c) */
void rt_exc_throw(RtExc *e);               /* the one place one becomes pending */
/* OSError (rt_exc_os.c) */
RtObj *rt_oserror_class_for(RtObj *cls, RtObj *args);
RtObj *rt_oserror_fields(RtObj *cls, RtObj *args, RtObj **value);
RtObj *rt_oserror_attr(RtExc *e, const char *name);
int32_t rt_oserror_str_into(RtSb *b, RtExc *e);
void rt_raise_os(int32_t errno_, const char *text, RtObj *filename, RtObj *filename2);
const char *rt_class_cname(RtObj *cls);
const char *rt_class_qualname(RtObj *cls); /* __qualname__ (Outer.C), else its name */
void rt_exc_str_into(RtSb *b, RtObj *exc);  /* str(e) */
void rt_exc_repr_into(RtSb *b, RtObj *exc); /* repr(e) */

/* ---- helpers shared by the containers ---- */
RtObj *rt_list_new_len(uint32_t len); /* len slots, NULL-filled: caller fills */
RtObj **rt_list_unpack(RtList *l);    /* a list of another kind as objects, for good (rt_list.c) */
RtObj *rt_list_new_bools(uint32_t n, int b);     /* [b] * n, one byte an item */
RtObj *rt_list_item_read(RtList *l, uint32_t i); /* item i < len, the list left of its kind */
void rt_list_item_write(RtList *l, uint32_t i, RtObj *x); /* item i < len = x, a bool kept a byte, a float an item */
/* A list's items as objects. Every runtime read or write of items goes
 * through here, so only generated code and a few readers (rt_list.c)
 * see the other kinds. Turning a list into objects allocates but never
 * collects; a list never goes back to another kind. */
static inline RtObj **rt_list_items(RtList *l) {
    return l->h.type_flags & RT_FLAGS_LIST_UNBOXED ? rt_list_unpack(l) : (RtObj **)l->data;
}
void rt_list_reserve(RtList *l, uint32_t need);
RtObj *rt_tuple_from_array(RtObj *const *items, uint32_t n);
RtObj *rt_index_value(RtObj *key); /* an instance's int (its __index__()), else key itself; NULL after raising */
RtObj *rt_builtin_zip_strict(RtObj *iterables); /* zip(*iterables, strict=True) */
/* sorted(iterable, key=key, reverse=reverse) (key NULL or None: none; rt_obj_builtins.c) */
RtObj *rt_sorted_by_key(RtObj *iterable, RtObj *key, int32_t reverse);
RtObj *rt_keywords_as_positions(const char *fname, const char *const *names, uint32_t count, RtObj *args, RtObj *kw,
                                int clinic); /* round(x, ndigits=2): the keywords in their places (rt_obj_builtins.c) */
/* builtins as values beyond min, max ... (rt_builtin_values.c), and the
 * lazy map and filter they make (rt_dyn_iter.c) */
RtObj *rt_builtin_apply_more(int64_t which, RtObj *args, RtObj *kw);
RtObj *rt_builtin_map_iter(RtObj *args);
RtObj *rt_builtin_filter_iter(RtObj *f, RtObj *iterable);
RtObj *rt_sys_stream_call(int32_t which, RtObj *stream, RtObj *args); /* sys.stdout.write ... as values (rt_sys.c) */
RtObj *rt_set_new_from(RtObj *iterable);   /* set(iterable) */
void rt_set_inplace(RtObj *s, RtObj *o, int32_t op); /* s |= o ... (op '|', '-', '&', '^'), o a set */
int32_t rt_dict_lookup(RtDict *d, RtObj *key, int64_t hash); /* entry index or -1 */
int32_t rt_set_has(RtSet *s, RtObj *key, int64_t hash);
/* The items of a list or tuple as an array (NULL for other types). */
RtObj *const *rt_seq_items(RtObj *o, uint32_t *n);
/* range objects (rt_range.c): i, start, stop, step tagged ints */
int64_t rt_range_len(const RtRange *r, int tagged); /* len(r) as a C ssize_t or (tagged) a Python int: OverflowError beyond sys.maxsize */
RtObj *rt_range_item(const RtRange *r, int64_t i);
RtObj *rt_range_slice(const RtRange *r, int64_t start, int64_t stop, int64_t step, int32_t flags);
int32_t rt_range_contains(const RtRange *r, RtObj *x);
int32_t rt_range_eq(const RtRange *x, const RtRange *y);
RtObj *rt_range_iter(const RtRange *r);
RtObj *rt_range_reversed(const RtRange *r);
int32_t rt_range_iter_next(RtIter *it, RtObj **out);
/* Normalise a Python index into [0, len) or raise IndexError(msg). */
uint32_t rt_seq_index(int64_t i, uint32_t len, const char *msg);
/* PySlice_AdjustIndices: returns the slice length. */
int64_t rt_slice_adjust(int64_t len, int64_t *start, int64_t *stop, int64_t step, int32_t flags);
RtObj *rt_slice_indices(RtObj *s, RtObj *length); /* s.indices(length) (rt_dyn_seq.c) */
int32_t rt_richcmp_bool(RtObj *a, RtObj *b, int32_t op); /* = rt_dyn_compare */
int64_t rt_hash_str(RtStr *s);
RtStr *rt_str_from_cp(uint32_t cp);
uint32_t rt_utf8_decode(const unsigned char *s, uint32_t n, uint32_t i, uint32_t *cp);
uint32_t rt_utf8_encode(uint32_t cp, char *out);
/* the byte offset of code point index `cp` (0 <= cp <= cp_len) */
uint32_t rt_str_cp_offset(RtStr *s, uint32_t cp);   /* rt_str_index.c */
uint32_t rt_str_cp_index(RtStr *s, uint32_t byte_off); /* the code point at a byte offset */
/* the byte offset of sub in s (the first from `from`, or the last), or -1 (rt_obj_str.c) */
int64_t rt_str_find_bytes(RtStr *s, RtStr *sub, uint32_t from);
/* the first i in [from, end) with p[i] == c, else end (rt_obj_str.c) */
uint32_t rt_scan_byte(const char *p, uint32_t from, uint32_t end, unsigned char c);
int64_t rt_str_rfind_bytes(RtStr *s, RtStr *sub);
/* stable merge sort of n objects (with parallel keys or NULL) by
 * rt_dyn_compare(<) (rt_list.c) */
RtObj *rt_call_object_held(RtObj *o, RtObj *args); /* the collector held: rt_class.c */
void rt_sort_objs(RtObj **items, RtObj **keys, uint32_t n, int32_t reverse);

/* str.find's and bytes.find's start and end as [lo, hi) of n items (None
 * or absent: the whole; negatives from the end): 0 after a TypeError
 * (rt_bytes_methods.c) */
int rt_search_bounds(RtObj *start, RtObj *end, uint32_t n, int64_t *lo, int64_t *hi);
/* bytes and bytearray (rt_bytes.c) */
static inline int rt_is_bytes_type(uint32_t t) { return t == RT_TYPE_BYTES || t == RT_TYPE_BYTEARRAY; }
const char *rt_bytes_view(RtObj *o, uint32_t *n); /* the bytes of a bytes or bytearray, else NULL */
RtObj *rt_bytes_make(uint32_t type, const char *p, uint32_t n); /* a new bytes or bytearray (type) of n bytes (p NULL: zeros) */
void rt_bytearray_reserve(RtByteArray *a, uint32_t need);
void rt_bytes_repr_into(RtSb *b, RtObj *o);
int rt_bytes_cmp(RtObj *a, RtObj *b); /* both bytes-like: -1, 0, 1 */
RtObj *rt_bytes_item(RtObj *o, int64_t i);  /* o[i]: an int; IndexError */
RtObj *rt_bytes_getitem(RtObj *o, RtObj *key);
RtObj *rt_bytes_slice(RtObj *o, int64_t start, int64_t stop, int64_t step, int32_t flags);
RtObj *rt_bytes_concat(RtObj *a, RtObj *b); /* a + b; TypeError unless b is bytes-like */
RtObj *rt_bytes_repeat(RtObj *o, int64_t n);
int32_t rt_bytes_contains(RtObj *o, RtObj *x);
void rt_bytearray_setitem(RtObj *a, RtObj *key, RtObj *value);
void rt_bytearray_delitem(RtObj *a, RtObj *key);
void rt_bytearray_setslice(RtObj *a, int64_t start, int64_t stop, int64_t step, int32_t flags, RtObj *value);
void rt_bytearray_delslice(RtObj *a, int64_t start, int64_t stop, int64_t step, int32_t flags);
void rt_bytearray_iconcat(RtObj *a, RtObj *b); /* a += b */
int32_t rt_bytes_iter_next(RtIter *it, RtObj **out);
int64_t rt_int_from_bytes(RtObj *o); /* int(b) (rt_int.c) */
double rt_float_from_bytes(RtObj *o); /* float(b) */
/* the bytes of an iterable of ints 0..255 (bytes(x), extend(x)) appended to out; 0 once raised */
int rt_bytes_collect(RtSb *out, RtObj *x, int bytearray_msg);

/* Function values and cells (rt_unpack.c). Generated code reads a
 * function's env at +20 and a cell's value at +8 (wasm32). */
typedef struct RtFunc {
    RtHeader h;
    int32_t index;   /* slot in the module's function table */
    int32_t nparams;
    RtStr *name;     /* CPython's __qualname__ (static, or a string of the
                        heap: builtin methods, functools.wraps) */
    RtObj *env;      /* tuple of the cells it closes over, or NULL; a bound
                        method's: its self */
    RtObj *defaults; /* tuple: the values of its last parameters, or NULL */
    RtObj *names;    /* tuple: its parameters' names (self included for a
                        bound method), or NULL */
    int32_t kind;    /* a method: RT_METHOD_* */
    int32_t star;    /* RT_STAR_*: it has *args (its slot after the named
                        parameters), **kwargs (the last) */
    int32_t bound;   /* a method: the slot of its bound form (the same
                        code, self taken from env), else -1; a builtin
                        method: RT_BUILTIN_* (index -1) */
    RtObj *dict;     /* the attributes a program gave it (f.calls = 0), or
                        NULL; a def's static object has its dict rooted
                        (rt_class.c slot_dict) */
    RtStr *short_name; /* __name__ once a program set it, else NULL (the
                          last part of name) */
    RtObj *doc;        /* __doc__ once a program set it, else NULL (its
                          def's docstring: rt_func_doc_table) */
} RtFunc;
/* classes (rt_class.c, rt_exc.c) */
#define RT_BUILTIN_TYPE_AUX 0x100u /* aux of the builtin types' classes: + RT_TYPE_* */
RtObj *rt_class_base(RtObj *cls);              /* the first base, NULL for the root */
int32_t rt_class_derives(RtObj *sub, RtObj *base);
const char *rt_instance_cname(RtObj *o);       /* its class's name */
void rt_default_repr_into(RtSb *b, RtObj *o);  /* <__main__.C object at 0x...> */
/* the builtin classes' special methods as attributes (rt_class_special.c) */
int rt_base_special_name(RtObj *o, const char *n);
RtObj *rt_base_special_call(RtObj *env, RtObj *owner, RtStr *fname, RtTuple *args);
RtObj *rt_instance_new_uninit(RtObj *cls);     /* cls.__new__(cls): no __init__ run */
/* the special methods of instances (1/-1/found: whether the class defines it) */
int rt_special_repr_into(RtSb *b, RtObj *o, int str);
/* ... as repr() and str() of an instance, an exception or a class reach it:
 * through this function, which the compiler generates to call
 * rt_special_repr_into in a program that has classes and to answer 0 (no
 * such method: the builtin form) in one that has none, so that printing
 * a number or a traceback does not link the classes' machinery (attribute
 * lookup, method calls, and all the operators those reach) */
RT_IMPORT_ML(special_repr) int32_t rt_ml_special_repr(RtSb *b, RtObj *o, int32_t str);
int32_t rt_special_compare(RtObj *a, RtObj *b, int32_t op);
/* The same, as CPython's rich comparison: the object the method returns
 * (a bool by convention only); 0 with *found 0 when neither operand
 * defines an order. */
RtObj *rt_special_richcompare(RtObj *a, RtObj *b, int32_t op, int *found);
RtObj *rt_special_binop(RtObj *a, RtObj *b, const char *op, const char *rop, int *found);
int64_t rt_special_hash(RtObj *o);
int64_t rt_special_len(RtObj *o);
int32_t rt_special_truthy(RtObj *o);
int32_t rt_special_contains(RtObj *o, RtObj *x);
RtObj *rt_special_getitem(RtObj *o, RtObj *k, int *found);
void rt_special_setitem(RtObj *o, RtObj *k, RtObj *v, int *found);
int32_t rt_has_special(RtObj *self, const char *name);
/* Type expressions as values (rt_type_expr.c): list[int], int | None */
int32_t rt_type_subscriptable(RtObj *cls);
RtObj *rt_type_alias(RtObj *cls, RtObj *key);
int32_t rt_type_union_operands(RtObj *a, RtObj *b);
RtObj *rt_type_union(RtObj *a, RtObj *b);
void rt_type_expr_repr_into(RtSb *b, RtObj *o);
int32_t rt_type_expr_eq(RtObj *a, RtObj *b);
int64_t rt_type_expr_hash(RtObj *o);
RtObj *rt_type_expr_attr(RtObj *o, const char *name);
RtObj *rt_type_expr_class(RtObj *o); /* type(o) (rt_exc.c) */
int32_t rt_type_expr_typing_union(RtObj *o);
RtObj *rt_special_unary(RtObj *o, const char *name, int *found);
/* The collector waits while held (runtime operations calling generated code). */
void rt_gc_hold(int32_t delta);

typedef struct RtCell {
    RtHeader h;
    RtObj *value; /* NULL while unbound */
    uint32_t pad;
} RtCell;

/* What `await` takes as it is: a coroutine, or an awaitable the runtime
 * steps for an async generator (__anext__()/asend(), athrow(), aclose(),
 * anext(it, default)); not coro.__await__()'s wrapper, an iterator. */
static inline int rt_gen_is_awaitable(RtObj *o) {
    if (RT_OBJ_TYPE(o) != RT_TYPE_GENERATOR) return 0;
    uint32_t k = ((RtGen *)o)->pad;
    return k == RT_GEN_KIND_COROUTINE || (k >= RT_GEN_KIND_ASEND && k <= RT_GEN_KIND_ANEXT_DEFAULT);
}

#endif
