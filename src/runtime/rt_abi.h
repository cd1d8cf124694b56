/* The contract between generated code and the runtime.
 *
 * The runtime (the C files of src/runtime) is compiled to wasm32 at build time, turned
 * into WAT and embedded in the compiler; src/back/ links into each module only
 * the runtime functions that module reaches. This header is included by the
 * runtime sources (wasm32) and by the code generator (native), so it holds
 * only layouts, constants and prototypes, never code.
 *
 * Wasm types: int64_t -> i64, double -> f64, int32_t/pointers -> i32. */
#ifndef ML_RT_ABI_H
#define ML_RT_ABI_H
#include <stdint.h>

/* ---- Heap objects ------------------------------------------------------
 * Every heap value starts with an 8-byte header. Objects built by the
 * compiler in the data segment carry RT_FLAG_STATIC (never freed). */
enum {
    RT_TYPE_STR = 1,
    RT_TYPE_INT = 2,   /* boxed int64 (for dynamic values) */
    RT_TYPE_FLOAT = 3, /* boxed double */
    RT_TYPE_BOOL = 4,
    RT_TYPE_NONE = 5,
};
enum {
    RT_FLAG_STATIC = 0x100,
    RT_FLAG_ROOTED = 0x200, /* a static object whose heap references are a root range (rt_class.c) */
    /* str only: an accumulator's value (`t += s`), appended to in place;
     * its aux is the data capacity, not a cached hash (rt_str_append) */
    RT_FLAG_APPENDABLE = 0x400,
    RT_FLAG_TAKEN = 0x800,
    RT_FLAG_LIST_BOOLS = 0x1000, /* list only: its items are bytes (RtList) */
    RT_FLAG_LIST_FLOATS = 0x2000, /* list only: its items are RtFloatItem (RtList) */
};
/* Either flag: a list whose items are not objects. */
#define RT_FLAGS_LIST_UNBOXED (RT_FLAG_LIST_BOOLS | RT_FLAG_LIST_FLOATS)

typedef struct RtHeader {
    uint32_t type_flags; /* RT_TYPE_* | RT_FLAG_* */
    uint32_t aux;        /* per-type; for str: cached hash or 0 */
} RtHeader;

/* str: immutable UTF-8. Layout (16-byte header, then bytes, then a NUL):
 *   +0 type_flags, +4 aux, +8 byte_len, +12 codepoint_len, +16 bytes */
typedef struct RtStr {
    RtHeader h;
    uint32_t byte_len;
    uint32_t cp_len;
    char data[];
} RtStr;
#define RT_STR_HEADER_BYTES 16

/* ---- Exceptions -------------------------------------------------------
 * An exception is an object (RtExc) of a class; the builtin classes are
 * static objects of the runtime, numbered as in rt_exceptions.def.
 *
 * Raising does not unwind: it sets the pending exception (a cell the
 * compiler places in static data and the linker tells the runtime about,
 * rt_link_exc_cell) and returns. A runtime function that may raise returns
 * at once after its raise with any value, and so does its caller, C or
 * generated: generated code tests the cell after every call that may
 * raise and branches to the enclosing handler or out of the function
 * (adding the frame's line to the traceback). A function whose name
 * begins with rt_raise always leaves an exception pending (the compiler
 * branches after it without testing). Uncaught at the top, the
 * exception's traceback is printed as CPython prints it (rt_exc_report). */
enum {
#define RT_EXCEPTION(id, name, base) RT_EXC_##id,
#include "rt_exceptions.def"
#undef RT_EXCEPTION
    RT_EXC_COUNT
};
#define RT_EXC_NONE (-1)

#ifdef ML_RUNTIME_BUILD
#define RT_FN(ret, name, args) ret name args
#else
#define RT_FN(ret, name, args) /* codegen side: see back/rt_calls.h */
#endif

/* ---- Output (buffered stdout, flushed at exit, before input() and before
 * an error message) ---- */
RT_FN(void, rt_print_str, (RtStr * s));
RT_FN(void, rt_print_int, (int64_t v));
RT_FN(void, rt_print_float, (double v));  /* CPython repr of a float */
RT_FN(void, rt_print_bool, (int32_t v));  /* True / False */
RT_FN(void, rt_print_none, (void));
RT_FN(void, rt_flush, (void));            /* a failed write ends the program (BrokenPipeError, status 1) */
RT_FN(void, rt_flush_at_exit, (void));    /* _start's last flush: a failed one exits with status 120 */
RT_FN(void, rt_exit, (int32_t code));      /* flush, then proc_exit */

/* ---- Exceptions (rt_exc.c; see "Exceptions" above) ---- */
RT_FN(void, rt_raise, (int32_t kind, RtStr * msg)); /* kind(msg), or kind() when msg is NULL */

/* ---- int: arbitrary precision on a tagged i64 ------------------------
 * A static int (an i64 in wasm, an int64_t here) is either
 *   small:  its own value, in [RT_INT_SMALL_MIN, RT_INT_SMALL_MAX] = [-2^61, 2^61), or
 *   handle: the address of an RtBig (a heap object holding an int outside
 *           that range) added to RT_INT_HANDLE_POS (3*2^61 + 2^34) for a
 *           positive int, to RT_INT_HANDLE_NEG (-2^62 - 2^34) for a
 *           negative one (addresses are below 2^32).
 * Every int is in canonical form: a value in the small range is never a
 * handle. So a small int equals its i64, a handle never equals a small
 * int, and since positive handles lie above the small range and negative
 * ones below it, an i64 comparison of a small int with a handle is the
 * comparison of the ints: only two handles need the runtime.
 * The small range is narrower than i64 so that the generated fast paths
 * need no overflow test: the sum of two small ints, of a small int and a
 * handle, or of two handles (of any signs) always falls outside the small
 * range, so only the result of `+` is tested (the bases above are chosen
 * for it); `-` tests its left operand too (h - h is small), and the other
 * operators test their operands before the i64 instruction.
 * The rt_int_* functions take and return tagged values; they are the
 * slow paths of the generated code and the arithmetic of boxed ints. */
#define RT_INT_SMALL_MIN (-((int64_t)1 << 61))
#define RT_INT_SMALL_MAX (((int64_t)1 << 61) - 1)
#define RT_INT_HANDLE_POS (((int64_t)3 << 61) + ((int64_t)1 << 34))
#define RT_INT_HANDLE_NEG (-((int64_t)1 << 62) - ((int64_t)1 << 34))
#define RT_INT_IS_SMALL(v) ((((uint64_t)(v) + ((uint64_t)1 << 61)) >> 62) == 0)
#define RT_INT_IS_HANDLE(v) (!RT_INT_IS_SMALL(v))
/* the handle of big (its neg already set) */
#define RT_INT_HANDLE(big) \
    ((int64_t)((uint64_t)((big)->neg ? RT_INT_HANDLE_NEG : RT_INT_HANDLE_POS) + (uint32_t)(uintptr_t)(big)))
#define RT_INT_BIG(v) ((RtBig *)(uintptr_t)(uint32_t)(v))
/* The boxed form of an int outside the small range. Its type is
 * RT_TYPE_INT, as for RtInt, and `value` (at the same offset as RtInt's)
 * holds the big's own handle: code that reads an int object's value gets
 * the tagged value of any int. Immutable; the collector treats it as a
 * leaf. Magnitude in 32-bit limbs, least significant first; the top limb
 * is nonzero. */
typedef struct RtBig {
    RtHeader h;       /* RT_TYPE_INT; aux unused */
    int64_t value;    /* RT_INT_HANDLE(self) */
    uint32_t n;       /* limbs (>= 2: the value is outside the small range) */
    uint32_t neg;     /* 1 when negative */
    uint32_t d[];
} RtBig;
RT_FN(int64_t, rt_int_add, (int64_t a, int64_t b));
RT_FN(int64_t, rt_int_sub, (int64_t a, int64_t b));
RT_FN(int64_t, rt_int_mul, (int64_t a, int64_t b));
RT_FN(int64_t, rt_int_neg, (int64_t a));
RT_FN(int64_t, rt_int_abs, (int64_t a));
RT_FN(int64_t, rt_int_invert, (int64_t a));              /* ~a */
RT_FN(int64_t, rt_int_and, (int64_t a, int64_t b));
RT_FN(int64_t, rt_int_or, (int64_t a, int64_t b));
RT_FN(int64_t, rt_int_xor, (int64_t a, int64_t b));
RT_FN(int64_t, rt_int_floordiv, (int64_t a, int64_t b)); /* Python // */
RT_FN(int64_t, rt_int_mod, (int64_t a, int64_t b));      /* Python %  */
RT_FN(int64_t, rt_int_floordiv_nz, (int64_t a, int64_t b)); /* b a small literal, neither 0 nor -1: cannot raise */
RT_FN(int64_t, rt_int_mod_nz, (int64_t a, int64_t b));
RT_FN(int64_t, rt_int_pow, (int64_t base, int64_t exp)); /* exp >= 0 */
RT_FN(double, rt_int_truediv, (int64_t a, int64_t b));   /* correctly rounded */
RT_FN(int64_t, rt_int_lshift, (int64_t a, int64_t n));
RT_FN(int64_t, rt_int_rshift, (int64_t a, int64_t n));
RT_FN(int32_t, rt_int_cmp, (int64_t a, int64_t b));      /* -1, 0, 1 */
RT_FN(int32_t, rt_int_eq, (int64_t a, int64_t b));
RT_FN(double, rt_int_to_float, (int64_t a));             /* float(a), correctly rounded; OverflowError */
RT_FN(int32_t, rt_int_cmp_float, (int64_t a, double b)); /* exact: -1, 0, 1; 2 when b is NaN */
RT_FN(int64_t, rt_int_hash, (int64_t a));                /* hash(a), CPython's */
RT_FN(int64_t, rt_int_bit_length, (int64_t a));
RT_FN(int64_t, rt_int_obj_bit_length, (RtHeader * o)); /* x.bit_length(), x boxed */
/* int methods, x boxed (an int or a bool: rt_int_methods.c) */
RT_FN(int64_t, rt_int_obj_bit_count, (RtHeader * x));
RT_FN(int64_t, rt_int_obj_conjugate, (RtHeader * x));
RT_FN(RtHeader *, rt_int_obj_as_integer_ratio, (RtHeader * x));
RT_FN(RtHeader *, rt_int_obj_to_bytes, (RtHeader * x, RtHeader *length, RtHeader *byteorder, RtHeader *is_signed)); /* NULL: the defaults */
RT_FN(int64_t, rt_int_from_bytes_of, (RtHeader * bytes, RtHeader *byteorder, RtHeader *is_signed)); /* int.from_bytes */
/* float methods, x boxed (rt_float_methods.c) */
RT_FN(int32_t, rt_float_obj_is_integer, (RtHeader * x));
RT_FN(double, rt_float_obj_conjugate, (RtHeader * x));
RT_FN(RtHeader *, rt_float_obj_as_integer_ratio, (RtHeader * x));
RT_FN(RtStr *, rt_float_obj_hex, (RtHeader * x));
RT_FN(double, rt_float_fromhex, (RtHeader * s)); /* float.fromhex */
RT_FN(int64_t, rt_int_from_i64, (int64_t raw));          /* any int64 (a host's) -> tagged */
RT_FN(int64_t, rt_host_int_result, (int64_t v));         /* tagged -> int64 for a host; beyond: a sentinel (rt_host.c) */

/* ---- float ---- */
RT_FN(double, rt_float_div, (double a, double b));
RT_FN(double, rt_float_floordiv, (double a, double b));
RT_FN(double, rt_float_mod, (double a, double b));
RT_FN(double, rt_float_pow, (double a, double b));
RT_FN(int64_t, rt_float_round_int, (double v));            /* round(x) */
RT_FN(double, rt_float_round, (double v, int64_t ndigits)); /* round(x, n) */
RT_FN(int64_t, rt_int_round, (int64_t v, int64_t ndigits)); /* round(i, n) */

/* ---- conversions ---- */
RT_FN(RtStr *, rt_str_from_int, (int64_t v));
RT_FN(RtStr *, rt_str_from_float, (double v)); /* same text as print */
RT_FN(RtStr *, rt_str_repr, (RtStr * s));      /* 'quoted' as CPython */
RT_FN(int64_t, rt_int_from_str, (RtStr * s));  /* int("12") */
RT_FN(double, rt_float_from_str, (RtStr * s)); /* float(" 1.5 ") */
RT_FN(int64_t, rt_int_from_float, (double v)); /* int(7.9) */

/* ---- str ---- */
RT_FN(RtStr *, rt_str_concat, (RtStr * a, RtStr *b));
RT_FN(RtStr *, rt_str_append, (RtStr * a, RtStr *b));
RT_FN(RtStr *, rt_str_share, (RtStr * s));
RT_FN(RtStr *, rt_str_take, (RtStr * s));
RT_FN(RtStr *, rt_str_repeat, (RtStr * s, int64_t n));
RT_FN(int32_t, rt_str_eq, (RtStr * a, RtStr *b));
RT_FN(int32_t, rt_str_cmp, (RtStr * a, RtStr *b)); /* -1, 0, 1 */
RT_FN(int64_t, rt_str_len, (RtStr * s));           /* code points */

/* ---- I/O and process ---- */
RT_FN(RtStr *, rt_input, (RtStr * prompt)); /* prompt may be NULL (0) */
RT_FN(int64_t, rt_argc, (void));            /* user arguments only */
RT_FN(RtStr *, rt_argv, (int64_t i));       /* argv(0) = first user arg */

/* ---- memory ---- */
RT_FN(void *, rt_alloc, (uint32_t size)); /* 8-byte aligned, zeroed */

/* ======================================================================
 * ---- Dynamic values: boxed objects, containers, garbage collector ----
 * (rt_obj*.c, rt_gc*.c, rt_list.c, rt_tuple.c, rt_dict.c, rt_set.c,
 *  rt_dyn*.c, rt_repr.c)
 *
 * Representation. A value of statically unknown type is an `RtObj *` (an
 * i32 in wasm) pointing at a heap or static object that starts with an
 * RtHeader; its type is the low byte of type_flags (RT_TYPE_*). RtStr is
 * such an object. int and bool share one layout (bool is an int subclass:
 * `value` is 0 or 1), so integer code reads ->value for both. None, True
 * and False are static singletons (compare pointers, or use rt_dyn_is);
 * ints -5..256 are boxed from a static table. Static objects carry
 * RT_FLAG_STATIC and live below the heap; they may only reference other
 * static objects (the collector never traces into them).
 *
 * Null is not a value: a NULL RtObj* means "unbound" (an unassigned slot)
 * and must never reach these functions except where documented.
 *
 * Garbage collection. Precise, non-moving mark-sweep over size-class
 * chunks (rt_gc.c); rt_alloc hands out zeroed blocks and NEVER collects.
 * Collection happens only at rt_gc_poll() (a no-op until enough has been
 * allocated since the last collection: max(1 MiB, live bytes after it)) or
 * rt_gc_collect(). So:
 *   - runtime C functions need no rooting (they never reach a poll, unless
 *     they call back into generated code: then they root what they hold);
 *   - generated code calls rt_gc_poll() at loop back-edges and function
 *     entries, and keeps every object reference that is live across a
 *     poll or across a call to a user function (which may poll) in a
 *     shadow-stack slot (rt_gc_frame_push / rt_gc_frame_pop) or in a
 *     registered root range (module globals: rt_gc_add_root_range once at
 *     start). Rooting more than that (e.g. across every allocating call) is
 *     harmless. Exception unwinding restores the shadow stack by calling
 *     rt_gc_frame_pop with the base saved at `try` entry.
 * Roots and container slots hold RtObj* or NULL; raw blocks (a list's item
 * array, a dict's table) are reached only through their owner.
 *
 * Errors: every failure raises through rt_raise / rt_raise_cstr with
 * CPython's exception type and message.
 * ====================================================================== */
enum {
    RT_TYPE_LIST = 6,
    RT_TYPE_TUPLE = 7,
    RT_TYPE_DICT = 8,
    RT_TYPE_SET = 9,
    RT_TYPE_FROZENSET = 10, /* same layout as set; immutable, hashable */
    RT_TYPE_RANGE = 11,
    RT_TYPE_ITER = 12,      /* aux = RT_ITER_* */
    RT_TYPE_DICT_VIEW = 13, /* aux = RT_VIEW_* */
    RT_TYPE_BIGINT = 14,    /* reserved: arbitrary precision int */
    RT_TYPE_EXCEPTION = 15, /* reserved: exception instances */
    RT_TYPE_FUNCTION = 16,  /* reserved: closures */
    RT_TYPE_CELL = 17,      /* reserved: nonlocal cells */
    RT_TYPE_CLASS = 18,     /* reserved: user classes */
    RT_TYPE_INSTANCE = 19,  /* reserved: instances of user classes */
    RT_TYPE_GENERATOR = 20, /* reserved */
    RT_TYPE_SLICE = 21,     /* slice objects */
    RT_TYPE_TB_SITE = 22,   /* static: where a traceback entry points */
    RT_TYPE_SUPER = 23,     /* super() */
    RT_TYPE_PROPERTY = 24,  /* @property in a class body */
    RT_TYPE_BYTES = 25,     /* immutable: the layout of str (RtStr, cp_len = byte_len, aux its cached hash) */
    RT_TYPE_BYTEARRAY = 26, /* RtByteArray */
    RT_TYPE_NOTIMPL = 27,   /* static: the NotImplemented singleton */
    RT_TYPE_ELLIPSIS = 28,  /* static: the Ellipsis singleton (...) */
    RT_TYPE_TYPE_EXPR = 29, /* list[int] (aux RT_TEXPR_ALIAS), int | None (aux RT_TEXPR_UNION): RtTypeExpr */
    RT_TYPE_COMPLEX = 30,   /* RtComplex: 1+2j (rt_complex.c) */
    RT_TYPE_COUNT
};
#define RT_TYPE_MASK 0xffu
enum {
    RT_ITER_LIST = 1, RT_ITER_TUPLE, RT_ITER_STR, RT_ITER_RANGE, RT_ITER_DICT_KEYS,
    RT_ITER_DICT_VALUES, RT_ITER_DICT_ITEMS, RT_ITER_SET, RT_ITER_REVERSED_LIST, RT_ITER_BYTES, RT_ITER_BYTEARRAY,
    RT_ITER_ZIP,      /* obj: a tuple of the iterators zipped */
    RT_ITER_ENUMERATE, /* obj: the iterator counted; pos: the count, a tagged int */
    RT_ITER_STDIN,     /* sys.stdin: its lines (obj: None) */
    RT_ITER_MAP,       /* map(f, ...) as a value: obj (f, source iterator); pos 1: the source a zip (f(*items)) */
    RT_ITER_FILTER,    /* filter(f, it) as a value: obj (f or None, source iterator) */
    RT_ITER_STDOUT,    /* sys.stdout as a value (static; its write and flush: rt_sys.c) */
    RT_ITER_STDERR,    /* sys.stderr as a value */
    RT_ITER_SEQUENCE   /* an instance with __getitem__ and no __iter__: obj[0], obj[1] ... to an IndexError */
};
enum { RT_VIEW_KEYS = 1, RT_VIEW_VALUES, RT_VIEW_ITEMS };
/* rt_dyn_compare operators (CPython's Py_LT.. numbering) */
enum { RT_CMP_LT = 0, RT_CMP_LE = 1, RT_CMP_EQ = 2, RT_CMP_NE = 3, RT_CMP_GT = 4, RT_CMP_GE = 5 };
/* rt_dyn_getslice flags: which of start/stop/step were given */
enum { RT_SLICE_START = 1, RT_SLICE_STOP = 2, RT_SLICE_STEP = 4 };

typedef RtHeader RtObj;

typedef struct RtInt { /* RT_TYPE_INT and RT_TYPE_BOOL; 16 bytes */
    RtHeader h;
    int64_t value;
} RtInt;
/* The ints rt_box_int never allocates, as CPython's: static objects of
 * the runtime (rt_small_ints, in order, 16 bytes each), so generated code
 * may box one inline at rt_small_ints + (v - RT_SMALL_INT_MIN) * 16. */
#define RT_SMALL_INT_MIN (-5)
#define RT_SMALL_INT_MAX 256
typedef struct RtFloat { /* 16 bytes */
    RtHeader h;
    double value;
} RtFloat;
typedef struct RtComplex { /* 24 bytes */
    RtHeader h;
    double re, im;
} RtComplex;
/* list: `data` is a separately allocated raw block of cap slots, objects
 * (RtObj *[cap]) or, under RT_FLAG_LIST_BOOLS, bytes 0 and 1 for False
 * and True (uint8_t[cap]: `[False] * n`), or, under RT_FLAG_LIST_FLOATS,
 * RtFloatItem[cap] (a display of floats, `[0.0] * n`). The runtime reads
 * and writes items as objects through rt_list_items, which turns such a
 * list into objects once and for good; generated code reads and writes
 * them in place (lower_containers.c, lower_num_spec.c). A flag, not a kind in aux:
 * generated code tests "a list of objects" in the one compare that tested
 * "a list" (the type under a mask that keeps this bit). */
/* An item of a list of floats: its value, and the float object that is
 * the item, once one was made or stored (NULL until then). Reading the
 * item as an object makes that object once and keeps it, so the item's
 * identity is CPython's (`xs[0] is xs[0]`, `xs[0] is x` after `xs[0] = x`);
 * storing a number computed unboxed stores the value and clears the box
 * (a new float, as CPython's store of a new object). 16 bytes: generated
 * code addresses item i at data + (i << 4). */
typedef struct RtFloatItem {
    double value;
    RtObj *box; /* then padding to 16 bytes (the double's alignment) */
} RtFloatItem;
_Static_assert(sizeof(RtFloatItem) == 16, "generated code addresses items as data + (i << 4)");
typedef struct RtList {
    RtHeader h;
    uint32_t len;
    uint32_t cap;
    void *data;
} RtList;
typedef struct RtTuple { /* items inline; never NULL once built */
    RtHeader h;
    uint32_t len;
    uint32_t pad;
    RtObj *items[];
} RtTuple;
/* dict: insertion-ordered like CPython 3.6+: `table` is one raw block
 * holding int32 index[mask + 1] (-1 empty, -2 deleted, else an entry
 * number) followed by RtDictEntry entries[cap]; deleted entries have
 * key == NULL. */
typedef struct RtDictEntry {
    int64_t hash;
    RtObj *key;
    RtObj *value;
} RtDictEntry;
typedef struct RtDict {
    RtHeader h;
    uint32_t len;      /* live entries */
    uint32_t nentries; /* used entry slots, deleted included */
    uint32_t cap;      /* entry slots */
    uint32_t mask;     /* index slots - 1 */
    void *table;
    uint32_t version;  /* bumped on insert/delete: iteration checks it */
    uint32_t pad;
} RtDict;
/* set: CPython's open-addressing table (linear probes + perturbation), so
 * that sets of ints iterate and print in CPython's order. key NULL: empty;
 * key == rt_set_dummy(): deleted. */
typedef struct RtSetEntry {
    int64_t hash;
    RtObj *key;
    uint32_t pad;
} RtSetEntry;
typedef struct RtSet {
    RtHeader h;
    uint32_t fill; /* active + dummy */
    uint32_t used; /* active */
    uint32_t mask;
    uint32_t version;
    RtSetEntry *table;
    uint32_t finger; /* set.pop() search start, like CPython */
} RtSet;
/* bytearray: data is a raw block of cap bytes (NULL while cap is 0) */
typedef struct RtByteArray {
    RtHeader h;
    uint32_t len;
    uint32_t cap;
    char *data;
} RtByteArray;
/* range: the four fields are tagged ints; aux is RT_RANGE_BIG when one of
 * them is not small (rt_range.c) */
typedef struct RtRange {
    RtHeader h;
    int64_t start, stop, step, len;
} RtRange;
enum { RT_RANGE_BIG = 1 };
/* A range iterator's `version`: RT_RANGE_ITER_INDEXED when it counts a big
 * range's items by index in pos (else pos is the next value, step the
 * step); RT_RANGE_ITER_LONG when CPython calls it a longrange_iterator. */
enum { RT_RANGE_ITER_INDEXED = 1, RT_RANGE_ITER_LONG = 2 };
typedef struct RtIter { /* aux = RT_ITER_* */
    RtHeader h;
    RtObj *obj;       /* the sequence / dict / set, or NULL when exhausted */
    uint32_t version; /* dict/set size-change check */
    int64_t pos;      /* next index (str: byte offset); range: next value */
    int64_t left;     /* range: values left; str: unused */
    int64_t step;
} RtIter;
typedef struct RtDictView { /* aux = RT_VIEW_* */
    RtHeader h;
    RtObj *dict;
} RtDictView;
/* A class. The builtin ones (object, the exceptions) are static objects
 * of the runtime (aux = their RT_EXC_* number); a class statement makes a
 * user class (rt_class.c). */
typedef struct RtClass {
    RtHeader h;
    const char *name; /* NUL-terminated */
    RtObj *base;      /* the first base class; NULL for the root */
    RtObj *dict;      /* user classes: dict, name -> method or class attribute */
    RtObj *mro;       /* user classes: tuple, the class first (C3), object left out */
    RtObj *bases;     /* user classes: tuple */
    const char *module; /* a user class made in a module of the program: its
                           name (NUL-terminated); NULL for __main__ */
    RtObj *meta;        /* user classes: the metaclass (a user class deriving
                           from type), or NULL (type) */
    const char *qualname; /* a class made in a class body or a function:
                             "Outer.C", "f.<locals>.C" (NUL-terminated);
                             NULL: its name */
    RtObj *slots;         /* user classes whose instances have no __dict__
                             (__slots__ in every class of the mro, none
                             naming __dict__): the set of the attribute
                             names they may have; else NULL */
} RtClass;
/* An instance of a user class (RT_TYPE_INSTANCE); one of a user class that
 * derives from BaseException is an RtExc. */
typedef struct RtInstance {
    RtHeader h;
    RtObj *cls;
    RtObj *dict; /* its attributes: dict, or NULL while it has none */
    RtObj *base; /* a class deriving from list or dict: the list or dict it
                    is, which the builtin operations and methods its class
                    does not define itself apply to (rt_unwrap); else NULL */
} RtInstance;
/* @property: its getter and setter (functions, or NULL). */
typedef struct RtProperty {
    RtHeader h;
    RtObj *fget;
    RtObj *fset;
    RtObj *fdel; /* @x.deleter, or NULL */
} RtProperty;
/* What a method's decorator made it (rt_method_new). */
enum { RT_METHOD_PLAIN = 0, RT_METHOD_STATIC = 1, RT_METHOD_CLASS = 2 };
/* slice(start, stop, step) (RT_TYPE_SLICE): None where not given. */
typedef struct RtSlice {
    RtHeader h;
    RtObj *start, *stop, *step;
} RtSlice;
/* A type expression as a value (RT_TYPE_TYPE_EXPR, rt_type_expr.c):
 * CPython's types.GenericAlias, origin[args] (list[int], dict[str, int]),
 * or types.UnionType, args joined by | (int | None). */
enum {
    RT_TEXPR_ALIAS = 0,
    RT_TEXPR_UNION = 1,
    RT_TEXPR_FORM = 2,  /* typing.List, typing.Optional ...: origin the builtin class it stands for, or NULL; args its name (str) */
    RT_TEXPR_TYPING = 3, /* typing.List[int], typing.Optional[int]: origin the form, args a tuple */
    RT_TEXPR_TYPEVAR = 4 /* TypeVar("T"): args its name (str), origin NULL; bits 16-17 of type_flags: 1 covariant, 2 contravariant */
};
typedef struct RtTypeExpr {
    RtHeader h;
    RtObj *origin; /* the alias's class; NULL for a union */
    RtObj *args;   /* tuple: the alias's arguments, the union's members (None as NoneType) */
} RtTypeExpr;
/* super(): the class whose successors in self's MRO are searched (RT_TYPE_SUPER). */
typedef struct RtSuper {
    RtHeader h;
    RtObj *cls;
    RtObj *self;
} RtSuper;
/* A generator (RT_TYPE_GENERATOR): the heap frame of a generator
 * function's call. The compiler splits such a function in two: the def
 * itself makes the frame (rt_gen_new) and stores its arguments into the
 * slots; its resume function ("<name>__resume", reached through the
 * generated rt_ml_gen_resume by `id`) loads every local from the slots,
 * continues after the yield numbered `state` (0: from the start), and at
 * the next yield stores them back, sets `state` and returns the value; it
 * returns NULL when the body ends (`retval` then holds what it returned)
 * or raises. Object locals live in the first nobj slots (traced), the
 * others in 8-byte raw slots after them (8-aligned). */
typedef struct RtGen {
    RtHeader h;
    int32_t state;   /* +8: the yield it is suspended at; 0 not started, -1 done */
    int32_t id;      /* +12: its resume function */
    uint16_t running;
    uint16_t collects; /* its body runs with the collector free (rt_gen_collecting) */
    uint32_t nobj;
    RtStr *name;     /* static */
    RtObj *sent;     /* what send() passed (NULL: None); yield from: its result */
    RtObj *thrown;   /* what throw() passed, raised where it resumes */
    RtObj *retval;   /* the value it returned, for StopIteration */
    uint32_t nraw;   /* raw 8-byte slots (low 16 bits); the first nraw >> 16 are ints */
    uint32_t pad;    /* RT_GEN_KIND_*: what it is named and allows */
    RtObj *slots[];  /* +48 */
} RtGen;
/* The id of iter(f, sentinel)'s generator: its generated step calls the
 * callable in slot 0 and ends at the sentinel in slot 1. */
#define RT_GEN_CALL_ITER (-1)
#define RT_GEN_KIND_GENERATOR 0
#define RT_GEN_KIND_CALL_ITER 1 /* an iter(f, sentinel), named callable_iterator */
#define RT_GEN_KIND_COROUTINE 2 /* an async def's call: awaited, not iterated */
#define RT_GEN_KIND_ASYNC_GEN 3 /* an async def with a yield: its yields suspend with RT_GEN_KIND_AGEN_VALUE */
#define RT_GEN_KIND_AGEN_VALUE 4 /* what an async generator yielded (slot 0), never resumed */
/* An async generator's __anext__()/asend(v), athrow(e) and aclose(): an
 * awaitable stepped by rt_agen_step (id RT_GEN_AGEN_STEP), slot 0 the
 * async generator, slot 1 what goes in first (sent, or thrown) */
#define RT_GEN_KIND_ASEND 5
#define RT_GEN_KIND_ATHROW 6
#define RT_GEN_KIND_ACLOSE 7
/* anext(it, default): slot 0 the iterator of it.__anext__()'s awaitable,
 * slot 1 the default its StopAsyncIteration gives (also RT_GEN_AGEN_STEP) */
#define RT_GEN_KIND_ANEXT_DEFAULT 8
/* coro.__await__(): an iterator over the coroutine in slot 0 (also
 * RT_GEN_AGEN_STEP), whose end is the coroutine's return value */
#define RT_GEN_KIND_CORO_WRAPPER 9
#define RT_GEN_AGEN_STEP (-3)
#define RT_GEN_STATE 8
#define RT_GEN_SLOTS 48
/* An exception instance (RT_TYPE_EXCEPTION). */
typedef struct RtExc {
    RtHeader h;
    RtObj *cls;
    RtObj *args;      /* tuple */
    RtObj *traceback; /* list of RtTbSite, innermost first; NULL: none yet */
    RtObj *cause;     /* `raise ... from X`: X (NULL when none) */
    RtObj *context;   /* the exception being handled when this one was raised */
    int32_t suppress_context; /* `raise ... from ...` given */
    RtObj *value;     /* StopIteration.value, SystemExit.code: args[0] or None */
    RtObj *dict;      /* attributes set on an instance of a user subclass, or NULL */
} RtExc;
/* A place in the program where an exception may pass: static data the
 * compiler writes, one per call that may raise (aux = its line). */
typedef struct RtTbCode { /* static, one per function */
    RtStr *file;   /* as given on the command line */
    RtStr *func;   /* "<module>" for the top level */
} RtTbCode;
typedef struct RtTbSite {
    RtHeader h;
    const RtTbCode *code;
    const uint32_t *source; /* the source line, without indentation: its
                               byte length, then its bytes; NULL: none */
    /* the line under it (CPython 3.11's ~~^^~~), in code points from the
     * source's first: `~` over [start, end) but `^` over [left, right),
     * or `^` over all of it when left == right; none when end == 0 */
    uint16_t start, left, right, end;
} RtTbSite;

/* ---- exceptions (rt_exc.c) ---- */
RT_FN(RtObj *, rt_exc_class, (int32_t kind));               /* the builtin class */
RT_FN(RtObj *, rt_exc_call, (RtObj * cls, RtObj *args));    /* cls(*args) for a class object */
RT_FN(void, rt_raise_obj, (RtObj * x, RtObj *cause, int32_t has_cause)); /* raise x [from cause] */
RT_FN(int32_t, rt_reraise, (void));        /* bare raise; 1 when it raised RuntimeError instead */
RT_FN(void, rt_tb_add, (RtObj * site));    /* the pending exception passes here */
RT_FN(void, rt_raise_recursion, (void));   /* RecursionError (the depth check) */
RT_FN(RtObj *, rt_exc_take, (void));       /* the pending exception, no longer pending */
RT_FN(int32_t, rt_exc_park, (void));       /* the pending exception, set aside (rooted) */
RT_FN(void, rt_exc_unpark, (int32_t at));  /* ... and pending again */
RT_FN(void, rt_exc_restore, (RtObj * exc)); /* pending again (after a finally) */
/* except and finally: exc (NULL: the current one) is the handled one
 * until rt_exc_leave_handler(the returned depth). The runtime keeps the
 * exceptions handled before on a stack it roots, so that generated code
 * holds exceptions in plain locals, outside its GC frame: a try costs the
 * calls in its body no frame slot. */
RT_FN(int32_t, rt_exc_enter_handler, (RtObj * exc));
RT_FN(void, rt_exc_leave_handler, (int32_t depth));
RT_FN(int32_t, rt_exc_matches, (RtObj * exc, RtObj *spec)); /* except spec: a class or a tuple of them */
RT_FN(void, rt_exc_report, (void));  /* uncaught: print the traceback, exit 1 (SystemExit: its code) */
RT_FN(int32_t, rt_exc_pending, (void)); /* for runtime C code: an exception is pending */
RT_FN(void, rt_raise_pending, (void));  /* the pending exception goes on (a rt_raise*: the caller branches) */

/* the sys module (rt_io.c, rt_sys.c) */
RT_FN(RtObj *, rt_sys_argv, (void));             /* sys.argv: program name, then arguments */
RT_FN(RtStr *, rt_sys_stdin_readline, (void));   /* sys.stdin.readline(): "" at the end */
RT_FN(RtStr *, rt_sys_stdin_read, (void));       /* sys.stdin.read() */
RT_FN(RtObj *, rt_sys_stdin_readlines, (void));  /* sys.stdin.readlines() */
RT_FN(RtObj *, rt_sys_stdin, (void));            /* sys.stdin as a value: the iterator of its lines */
RT_FN(void, rt_sys_exit, (RtObj * code));        /* sys.exit(code): SystemExit; code may be NULL */
RT_FN(int64_t, rt_sys_stdout_write, (RtObj * s)); /* sys.stdout.write(s): its length */
RT_FN(int64_t, rt_sys_stderr_write, (RtObj * s));
/* the time module (rt_time.c) */
RT_FN(double, rt_time_time, (void));
RT_FN(int64_t, rt_time_time_ns, (void));
RT_FN(double, rt_time_perf_counter, (void)); /* also time.monotonic() */
RT_FN(int64_t, rt_time_perf_counter_ns, (void));
RT_FN(void, rt_time_sleep, (double secs));
RT_FN(RtObj *, rt_exc_attr, (RtObj * exc, RtStr *name)); /* e.args, e.value ... */

/* ---- garbage collector (rt_gc.c) ---- */
RT_FN(void, rt_gc_poll, (void));        /* collects if the allocation budget is spent */
RT_FN(void, rt_gc_collect, (void));     /* full collection now */
RT_FN(int32_t, rt_gc_due_stress, (void)); /* rt_gc_due for tests (ML_GC_STRESS): always, and freed
                                             memory is poisoned, never reused (rt_gc.c) */
RT_FN(int32_t, rt_gc_due, (void));      /* rt_gc_poll would collect: generated polls
                                           publish their roots only then */
RT_FN(RtObj **, rt_gc_frame_push, (int32_t nslots)); /* nslots zeroed slots */
RT_FN(void, rt_gc_frame_pop, (RtObj * *base));       /* pops every frame from base up */
RT_FN(void, rt_gc_int_slot, (RtObj * *base, int32_t slot, int64_t v)); /* base[slot] = v's big int, or NULL */
RT_FN(void, rt_gc_add_root_range, (RtObj * *slots, int32_t nslots));
RT_FN(int64_t, rt_gc_live_bytes, (void));  /* bytes in blocks in use (after a collect: live) */
RT_FN(int64_t, rt_gc_heap_bytes, (void));  /* bytes of linear memory the heap occupies */
RT_FN(int64_t, rt_gc_collections, (void)); /* collections so far */

/* ---- boxing (rt_obj.c) ---- */
RT_FN(RtObj *, rt_box_int, (int64_t v));
RT_FN(RtObj *, rt_box_float, (double v));
RT_FN(RtObj *, rt_complex_new, (double re, double im)); /* 2j: complex(re, im) (rt_complex.c) */
RT_FN(RtObj *, rt_builtin_complex, (RtObj * real, RtObj *imag)); /* complex(real, imag); NULL: not given */
RT_FN(RtObj *, rt_box_bool, (int32_t v));
RT_FN(RtObj *, rt_none, (void));
RT_FN(RtObj *, rt_not_implemented, (void)); /* the NotImplemented singleton */
RT_FN(RtObj *, rt_ellipsis, (void));        /* the Ellipsis singleton: ... */
RT_FN(int64_t, rt_unbox_int, (RtObj * o));  /* int/bool, else TypeError */
RT_FN(double, rt_unbox_float, (RtObj * o)); /* int/bool/float, else TypeError */
RT_FN(int32_t, rt_unbox_bool, (RtObj * o)); /* = rt_truthy */
RT_FN(RtStr *, rt_unbox_str, (RtObj * o));  /* str, else TypeError */
RT_FN(int32_t, rt_truthy, (RtObj * o));
RT_FN(RtStr *, rt_type_name, (RtObj * o));  /* 'int', 'list', 'NoneType', ... */

/* ---- dynamic operators (rt_dyn_num.c, rt_dyn_cmp.c) ---- */
RT_FN(RtObj *, rt_dyn_add, (RtObj * a, RtObj *b)); /* numbers, str/list/tuple concat */
RT_FN(RtObj *, rt_dyn_sub, (RtObj * a, RtObj *b)); /* numbers, set difference */
RT_FN(RtObj *, rt_dyn_mul, (RtObj * a, RtObj *b)); /* numbers, sequence repeat */
RT_FN(RtObj *, rt_dyn_truediv, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_floordiv, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_mod, (RtObj * a, RtObj *b)); /* numbers (str % comes later) */
RT_FN(RtObj *, rt_dyn_pow, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_lshift, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_rshift, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_and, (RtObj * a, RtObj *b)); /* ints, bools, sets */
RT_FN(RtObj *, rt_dyn_or, (RtObj * a, RtObj *b));  /* ints, bools, sets, dicts */
RT_FN(RtObj *, rt_dyn_xor, (RtObj * a, RtObj *b)); /* ints, bools, sets */
RT_FN(RtObj *, rt_dyn_matmul, (RtObj * a, RtObj *b)); /* instances (__matmul__) */
/* x op= y: in place where the type says so (__iadd__, list +=, set |= ...),
 * else the binary operation (rt_dyn_num.c) */
RT_FN(RtObj *, rt_dyn_iadd, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_isub, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_imul, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_itruediv, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_ifloordiv, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_imod, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_ipow, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_ilshift, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_irshift, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_iand, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_ior, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_imatmul, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_ixor, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_dyn_neg, (RtObj * a));
RT_FN(RtObj *, rt_dyn_pos, (RtObj * a));
RT_FN(RtObj *, rt_dyn_invert, (RtObj * a));
RT_FN(RtObj *, rt_dyn_abs, (RtObj * a));
RT_FN(int32_t, rt_dyn_compare, (RtObj * a, RtObj *b, int32_t op)); /* RT_CMP_* */
RT_FN(RtObj *, rt_dyn_richcompare, (RtObj * a, RtObj *b, int32_t op)); /* as a value: a user's __lt__ may return any object */
RT_FN(int32_t, rt_dyn_eq, (RtObj * a, RtObj *b));                  /* a == b */
RT_FN(int32_t, rt_dyn_is, (RtObj * a, RtObj *b));
RT_FN(int32_t, rt_dyn_contains, (RtObj * container, RtObj *item)); /* item in container */
RT_FN(int64_t, rt_hash, (RtObj * o)); /* TypeError: unhashable type: 'list' */
RT_FN(int64_t, rt_builtin_hash, (RtObj * o)); /* hash(o): rt_hash as a (tagged) int */

RT_FN(int64_t, rt_int_from_str_base, (RtObj * s, int64_t base)); /* int("ff", 16) (rt_int.c) */

/* ---- str() / repr() / print (rt_repr.c) ---- */
RT_FN(RtStr *, rt_dyn_str, (RtObj * o));
RT_FN(RtStr *, rt_format_plain, (RtObj * o)); /* f"{o}": format(o, '') */
RT_FN(RtStr *, rt_dyn_repr, (RtObj * o));
RT_FN(void, rt_print_obj, (RtObj * o)); /* writes str(o) to stdout */
RT_FN(RtStr *, rt_print_sep_end, (RtObj * v, int32_t end)); /* print's sep= (end 0) or end= (1) of type object: a str, None for the default, else TypeError */

/* ---- sequences, mappings, subscripts (rt_dyn_seq.c) ---- */
RT_FN(int64_t, rt_dyn_len, (RtObj * o));     /* as a C ssize_t (PyObject_Size): OverflowError beyond */
RT_FN(int64_t, rt_builtin_len, (RtObj * o)); /* len(o): the same as a tagged int */
RT_FN(int64_t, rt_dyn_int, (RtObj * x));  /* int(x), x's type known at run time */
RT_FN(double, rt_dyn_float, (RtObj * x)); /* float(x), the same */
RT_FN(RtObj *, rt_dyn_getitem, (RtObj * o, RtObj *key));
RT_FN(RtObj *, rt_dyn_getitem_int, (RtObj * o, int64_t i)); /* o[i], i an int */
RT_FN(void, rt_dyn_setitem, (RtObj * o, RtObj *key, RtObj *value));
RT_FN(void, rt_dyn_setitem_int, (RtObj * o, int64_t i, RtObj *value)); /* o[i] = value, i an int */
RT_FN(void, rt_dyn_delitem, (RtObj * o, RtObj *key));
/* o[start:stop:step] for str, list, tuple, range; parts missing from
 * `flags` (RT_SLICE_*) are omitted like in Python. */
RT_FN(RtObj *, rt_dyn_getslice, (RtObj * o, int64_t start, int64_t stop, int64_t step, int32_t flags));
RT_FN(void, rt_dyn_setslice, (RtObj * o, int64_t start, int64_t stop, int64_t step, int32_t flags, RtObj *value));
RT_FN(void, rt_dyn_delslice, (RtObj * o, int64_t start, int64_t stop, int64_t step, int32_t flags));
RT_FN(RtObj *, rt_builtin_slice, (RtObj * start, RtObj *stop, RtObj *step)); /* slice(a, b[, c]) */
RT_FN(RtObj *, rt_builtin_slice_stop, (RtObj * stop));                        /* slice(b) */

/* ---- generators (rt_gen.c) ---- */
RT_FN(RtObj *, rt_gen_new, (int32_t id, int32_t nobj, int32_t nraw, RtStr *name));
RT_FN(RtObj *, rt_coro_new, (int32_t id, int32_t nobj, int32_t nraw, RtStr *name)); /* an async def's call */
RT_FN(RtObj *, rt_await_iter, (RtObj * x)); /* await x: the iterator it delegates to (x.__await__()) */
RT_FN(RtObj *, rt_agen_new, (int32_t id, int32_t nobj, int32_t nraw, RtStr *name)); /* an async generator's call */
RT_FN(RtObj *, rt_agen_wrap, (RtObj * v)); /* `yield v` in an async generator: what it suspends with */
RT_FN(RtObj *, rt_agen_step, (RtObj * w)); /* one step of __anext__() ... (RT_GEN_AGEN_STEP) */
RT_FN(RtObj *, rt_agen_method, (int32_t which, RtObj *agen, RtObj *args)); /* RT_BUILTIN_AGEN_* */
RT_FN(RtObj *, rt_builtin_aiter, (RtObj * x));
/* the protocols' checks of async for, with and async with (their TypeErrors) */
RT_FN(RtObj *, rt_async_for_aiter, (RtObj * x));
RT_FN(RtObj *, rt_async_for_anext, (RtObj * it));
RT_FN(RtObj *, rt_with_exit, (RtObj * m));
RT_FN(RtObj *, rt_async_with_exit, (RtObj * m));
/* sys.set_asyncgen_hooks; an async for's own async generator, left: its finalizer hook */
RT_FN(void, rt_sys_set_asyncgen_hooks, (RtObj * firstiter, RtObj *finalizer));
RT_FN(void, rt_agen_release, (RtObj * it));
RT_FN(RtObj *, rt_builtin_anext, (RtObj * x, RtObj *dflt)); /* dflt NULL: none */
RT_FN(RtObj *, rt_gen_sent, (RtObj * gen));  /* at a resumed yield: the value sent, or raise what was thrown */
RT_FN(void, rt_gen_set_return, (RtObj * gen, RtObj *value)); /* `return value` in the generator */
RT_FN(RtObj *, rt_gen_yf_step, (RtObj * gen, RtObj *it)); /* yield from: the next value, NULL when done */
RT_FN(RtObj *, rt_gen_send, (RtObj * gen, RtObj *value));  /* g.send(v) */
RT_FN(RtObj *, rt_gen_throw, (RtObj * gen, RtObj *exc));   /* g.throw(e) */
RT_FN(RtObj *, rt_gen_close, (RtObj * gen));               /* g.close() */
RT_FN(void, rt_gen_release, (RtObj * it)); /* a for loop's own generator, left by break: closed */
RT_FN(RtObj *, rt_gen_collecting, (RtObj * gen)); /* sum(x for x in ...): see rt_gen.c */
RT_FN(void, rt_gen_release_unwinding, (RtObj * it, int32_t only_exit)); /* the same, left by an exception: it stays pending */
/* The builtins whose values take a varying number of arguments (min(a, b),
 * round(x, n) ... through map() or a variable): RtFunc of bound
 * RT_BUILTIN_APPLY, called with the arguments' tuple. */
enum {
    RT_VALUE_MIN = 0, RT_VALUE_MAX, RT_VALUE_SUM, RT_VALUE_ROUND, RT_VALUE_POW, RT_VALUE_DIVMOD, RT_VALUE_ZIP,
    RT_VALUE_PRINT, RT_VALUE_RANGE, RT_VALUE_ENUMERATE, RT_VALUE_MAP, RT_VALUE_FILTER, RT_VALUE_ISINSTANCE,
    RT_VALUE_ITER, RT_VALUE_NEXT, RT_VALUE_REVERSED, RT_VALUE_GETATTR, RT_VALUE_SETATTR, RT_VALUE_HASATTR,
    RT_VALUE_FORMAT, RT_VALUE_SORTED,
    RT_VALUE_COUNT
};
RT_FN(RtObj *, rt_builtin_value, (int32_t code, RtStr * name)); /* the function value */
RT_FN(RtObj *, rt_method_value, (int32_t which, RtObj *self, RtStr *name)); /* "ab".upper: RT_BUILTIN_METHOD + n */
/* o.name of an object whose type the compiler does not know, where some
 * builtin types have a method of that name: bound (rt_method_value) when o
 * is of one of them (types: a bit per RT_TYPE_*), else rt_getattr */
RT_FN(RtObj *, rt_getattr_method, (int32_t which, RtObj *o, RtStr *name, int32_t types));
/* A builtin method value called with a count of arguments that none of its
 * forms takes (lo..hi): CPython's TypeError; NULL */
RT_FN(RtObj *, rt_method_arity_error, (RtStr * type, RtStr *name, int32_t lo, int32_t hi, int32_t n));
RT_FN(RtObj *, rt_builtin_apply, (RtObj * code, RtObj *args, RtObj *kw)); /* its call (kw: a dict, or NULL) */
RT_FN(RtObj *, rt_sys_stdout, (void)); /* sys.stdout as a value: one static object */
RT_FN(RtObj *, rt_sys_stderr, (void));
RT_FN(RtObj *, rt_gen_method, (int32_t which, RtObj *gen, RtObj *args)); /* the above as values (RT_BUILTIN_GEN_*) */
RT_FN(RtObj *, rt_dict_fromkeys, (RtObj * args));           /* dict.fromkeys(*args) */
RT_FN(RtObj *, rt_str_format_call, (RtObj * fmt, RtObj *args, RtObj *kwargs)); /* str.format (kwargs NULL: none) */

/* ---- iteration (rt_dyn_iter.c) ---- */
RT_FN(RtObj *, rt_iter, (RtObj * o));                      /* iter(o) */
RT_FN(RtObj *, rt_builtin_iter, (RtObj * o, RtObj *sentinel)); /* iter(o), iter(f, sentinel) (NULL: none) */
RT_FN(int32_t, rt_iter_next, (RtObj * it, RtObj **out));  /* 0 when exhausted */
RT_FN(RtObj *, rt_builtin_next, (RtObj * it, RtObj *dflt)); /* next(it[, default]); dflt NULL: none */
/* str.lower(x) ...: TypeError unless x is of the type (code: RT_TYPE_*) */
RT_FN(void, rt_descriptor_check, (RtObj * x, int32_t code, RtStr *name));
/* ---- range objects (rt_range.c); bounds are tagged ints ---- */
RT_FN(RtObj *, rt_range_new, (int64_t start, int64_t stop, int64_t step));
RT_FN(int64_t, rt_range_count, (RtObj * r, RtObj *x)); /* range.count(x) */
RT_FN(int64_t, rt_range_index, (RtObj * r, RtObj *x)); /* range.index(x) */
/* A counting loop's stop (tagged bounds): a big one becomes the first value
 * past the small range on its side, which no small stop equals: a loop
 * that gets there has counted past what a small int holds (the code after
 * it raises OverflowError, not supported yet). A big start or step is
 * refused. */
RT_FN(int64_t, rt_range_loop_stop, (int64_t start, int64_t stop, int64_t step));
#define RT_RANGE_PAST_HI (RT_INT_SMALL_MAX + 1)
#define RT_RANGE_PAST_LO (RT_INT_SMALL_MIN - 1)

/* ---- list (rt_list.c) ---- */
RT_FN(RtObj *, rt_list_new, (int32_t cap)); /* empty list */
RT_FN(void, rt_list_append, (RtObj * l, RtObj *x));
RT_FN(void, rt_list_push, (RtObj * l, RtObj *x)); /* append to a list the compiled code made: cannot raise */
/* A list of n floats 0.0 (no box yet): generated code stores a display's items. */
RT_FN(RtObj *, rt_list_new_floats, (uint32_t n));
/* Item i of a list, the list left of its kind (an item of a list of floats
 * boxed once and kept); i < len (generated code checks). */
RT_FN(RtObj *, rt_list_item_at, (RtObj * l, uint32_t i));
/* The object of item i of a list of floats that generated code read
 * unboxed as v while it had no box: the item's box, made now and kept, if
 * the item is still that value with no other box; else a new float v. */
RT_FN(RtObj *, rt_list_float_box, (RtObj * l, uint32_t i, double v));
RT_FN(void, rt_list_extend, (RtObj * l, RtObj *iterable));
RT_FN(void, rt_list_insert, (RtObj * l, int64_t i, RtObj *x));
RT_FN(RtObj *, rt_list_pop, (RtObj * l));              /* pop() */
RT_FN(RtObj *, rt_list_pop_at, (RtObj * l, int64_t i)); /* pop(i) */
RT_FN(void, rt_list_remove, (RtObj * l, RtObj *x));
RT_FN(int64_t, rt_list_index, (RtObj * l, RtObj *x));
RT_FN(int64_t, rt_list_index_in, (RtObj * l, RtObj *x, RtObj *start, RtObj *stop)); /* l.index(x, start[, stop]) */
RT_FN(int64_t, rt_list_count, (RtObj * l, RtObj *x));
RT_FN(void, rt_list_sort, (RtObj * l, int32_t reverse)); /* stable */
/* sort l by keys (a list of the same length, computed by generated code
 * with the key function), stable; keys are reordered along. */
RT_FN(void, rt_list_sort_with_keys, (RtObj * l, RtObj *keys, int32_t reverse));
RT_FN(void, rt_list_reverse, (RtObj * l));
RT_FN(RtObj *, rt_list_copy, (RtObj * l));
RT_FN(void, rt_list_clear, (RtObj * l));

/* ---- tuple (rt_tuple.c) ---- */
RT_FN(RtObj *, rt_tuple_new, (int32_t n)); /* n slots to fill with rt_tuple_set */
RT_FN(void, rt_tuple_set, (RtObj * t, int32_t i, RtObj *x));

/* ---- The host ABI (rt_host.c): used by the export wrappers ---- */
RT_FN(char *, rt_host_buffer, (int32_t size)); /* scratch for arguments, reused */
RT_FN(RtObj *, rt_host_str, (const char *p, int32_t len));             /* UTF-8 -> str */
RT_FN(RtObj *, rt_host_f64_seq, (const char *p, int32_t n, int32_t as_tuple)); /* f64s -> list/tuple */
RT_FN(RtObj *, rt_host_value, (const char *p, int32_t len)); /* the host value encoding -> an object */
RT_FN(RtObj *, rt_host_big_result, (void)); /* the int behind the last result's sentinel, once (or NULL) */
RT_FN(double, rt_host_item_f64, (RtObj * seq, int32_t i));              /* tuple item as f64 */
RT_FN(int32_t, rt_host_write_tuple, (RtObj * seq, char *out));          /* i32 count, f64 items */
RT_FN(int32_t, rt_host_point_count, (RtObj * points));                  /* checks (x, y) pairs */
RT_FN(int32_t, rt_host_write_points, (RtObj * points, char *out, int32_t cap));
RT_FN(void, rt_host_reset, (void)); /* after an exception ended an export call */
/* f(*args, **kwargs) to a def (rt_call.c): positional arguments collected
 * in a list, keywords in a dict, then bound by the def's parameter spec
 * (a static str the compiler writes; see rt_call.c): a tuple with one item
 * per parameter, NULL for those that take their default. */
RT_FN(void, rt_call_star, (RtObj * pos, RtObj *iterable, RtStr *qualname));
RT_FN(void, rt_call_keyword, (RtObj * kw, RtStr *name, RtObj *value, RtStr *qualname));
RT_FN(void, rt_call_kwargs, (RtObj * kw, RtObj *mapping, RtStr *qualname));
RT_FN(RtObj *, rt_bind_call, (RtStr * spec, RtObj *pos, RtObj *kw));
RT_FN(void, rt_print_items, (RtObj * items, RtStr *sep, RtStr *end)); /* print(*items) */
RT_FN(RtObj *, rt_tuple_pack2, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_tuple_pack3, (RtObj * a, RtObj *b, RtObj *c));
RT_FN(int64_t, rt_tuple_index, (RtObj * t, RtObj *x));
RT_FN(int64_t, rt_tuple_index_in, (RtObj * t, RtObj *x, RtObj *start, RtObj *stop)); /* t.index(x, start[, stop]) */
RT_FN(int64_t, rt_tuple_count, (RtObj * t, RtObj *x));

/* ---- dict (rt_dict.c) ---- */
RT_FN(RtObj *, rt_dict_new, (void));
RT_FN(void, rt_dict_setitem, (RtObj * d, RtObj *key, RtObj *value));
RT_FN(RtObj *, rt_dict_getitem, (RtObj * d, RtObj *key)); /* KeyError */
RT_FN(RtObj *, rt_dict_get, (RtObj * d, RtObj *key, RtObj *dflt)); /* dflt: None if NULL */
RT_FN(int32_t, rt_dict_contains, (RtObj * d, RtObj *key));
RT_FN(void, rt_dict_delitem, (RtObj * d, RtObj *key));
RT_FN(RtObj *, rt_dict_pop, (RtObj * d, RtObj *key, RtObj *dflt)); /* dflt NULL: KeyError */
RT_FN(RtObj *, rt_dict_popitem, (RtObj * d));
RT_FN(RtObj *, rt_dict_setdefault, (RtObj * d, RtObj *key, RtObj *dflt));
RT_FN(void, rt_dict_update, (RtObj * d, RtObj *other)); /* dict or iterable of pairs */
RT_FN(RtObj *, rt_dict_copy, (RtObj * d));
RT_FN(void, rt_dict_clear, (RtObj * d));
RT_FN(RtObj *, rt_dict_keys, (RtObj * d));   /* dict_keys view */
RT_FN(RtObj *, rt_dict_values, (RtObj * d)); /* dict_values view */
RT_FN(RtObj *, rt_dict_items, (RtObj * d));  /* dict_items view */

/* ---- set (rt_set.c) ---- */
RT_FN(RtObj *, rt_set_new, (void));
RT_FN(void, rt_set_add, (RtObj * s, RtObj *key));
RT_FN(void, rt_set_discard, (RtObj * s, RtObj *key));
RT_FN(void, rt_set_remove, (RtObj * s, RtObj *key)); /* KeyError */
RT_FN(RtObj *, rt_set_pop, (RtObj * s));
RT_FN(int32_t, rt_set_contains, (RtObj * s, RtObj *key));
RT_FN(void, rt_set_update, (RtObj * s, RtObj *iterable));
/* s.update(a, b ...) and the *_update methods, in place, one argument after
 * the other (NULL: no more) */
RT_FN(void, rt_set_update_n, (RtObj * s, RtObj *a, RtObj *b, RtObj *c, RtObj *d));
RT_FN(void, rt_set_difference_update, (RtObj * s, RtObj *a, RtObj *b, RtObj *c, RtObj *d));
RT_FN(void, rt_set_intersection_update, (RtObj * s, RtObj *a, RtObj *b, RtObj *c, RtObj *d));
RT_FN(void, rt_set_symmetric_difference_update, (RtObj * s, RtObj *x));
RT_FN(RtObj *, rt_builtin_frozenset, (RtObj * iterable)); /* NULL: frozenset() */
RT_FN(int64_t, rt_builtin_id, (RtObj * o)); /* id(o): its address */
RT_FN(RtStr *, rt_builtin_ascii, (RtObj * o)); /* ascii(o): repr with non-ASCII escaped */
RT_FN(RtObj *, rt_set_copy, (RtObj * s));
RT_FN(void, rt_set_clear, (RtObj * s));
RT_FN(RtObj *, rt_set_union, (RtObj * a, RtObj *b));        /* a | b (b any iterable) */
RT_FN(RtObj *, rt_set_intersection, (RtObj * a, RtObj *b)); /* a & b */
RT_FN(RtObj *, rt_set_difference, (RtObj * a, RtObj *b));   /* a - b */
RT_FN(RtObj *, rt_set_symmetric_difference, (RtObj * a, RtObj *b)); /* a ^ b */
RT_FN(int32_t, rt_set_issubset, (RtObj * a, RtObj *b));
RT_FN(int32_t, rt_set_issuperset, (RtObj * a, RtObj *b));
RT_FN(int32_t, rt_set_isdisjoint, (RtObj * a, RtObj *b));

/* ---- str methods over RtStr (rt_obj_str.c, rt_obj_case.c) ---- */
RT_FN(RtObj *, rt_str_split, (RtStr * s, RtStr *sep, int64_t maxsplit)); /* sep NULL: whitespace; maxsplit -1: all */
RT_FN(RtObj *, rt_str_rsplit, (RtStr * s, RtStr *sep, int64_t maxsplit));
RT_FN(RtObj *, rt_str_splitlines, (RtStr * s));
RT_FN(RtStr *, rt_str_join, (RtStr * sep, RtObj *iterable));
RT_FN(RtStr *, rt_str_strip, (RtStr * s, RtStr *chars)); /* chars NULL: whitespace */
RT_FN(RtStr *, rt_str_lstrip, (RtStr * s, RtStr *chars));
RT_FN(RtStr *, rt_str_rstrip, (RtStr * s, RtStr *chars));
RT_FN(RtStr *, rt_str_upper, (RtStr * s));
RT_FN(RtStr *, rt_str_lower, (RtStr * s));
RT_FN(RtStr *, rt_str_title, (RtStr * s));
RT_FN(RtStr *, rt_str_capitalize, (RtStr * s));
RT_FN(RtStr *, rt_str_swapcase, (RtStr * s));
RT_FN(int64_t, rt_str_find, (RtStr * s, RtStr *sub));
RT_FN(int64_t, rt_str_rfind, (RtStr * s, RtStr *sub));
RT_FN(int64_t, rt_str_index, (RtStr * s, RtStr *sub)); /* ValueError: substring not found */
RT_FN(int64_t, rt_str_count, (RtStr * s, RtStr *sub));
RT_FN(RtStr *, rt_str_replace, (RtStr * s, RtStr *old, RtStr *new_, int64_t count)); /* count -1: all */
RT_FN(int32_t, rt_str_startswith, (RtStr * s, RtStr *prefix));
RT_FN(int32_t, rt_str_endswith, (RtStr * s, RtStr *suffix));
/* (rt_str_layout.c) widths in code points; fill NULL: a space */
RT_FN(RtStr *, rt_str_center, (RtStr * s, int64_t width, RtStr *fill));
RT_FN(RtStr *, rt_str_ljust, (RtStr * s, int64_t width, RtStr *fill));
RT_FN(RtStr *, rt_str_rjust, (RtStr * s, int64_t width, RtStr *fill));
RT_FN(RtStr *, rt_str_zfill, (RtStr * s, int64_t width));
RT_FN(RtObj *, rt_str_partition, (RtStr * s, RtStr *sep));
RT_FN(RtObj *, rt_str_rpartition, (RtStr * s, RtStr *sep));
RT_FN(int32_t, rt_str_startswith_any, (RtStr * s, RtObj *prefix)); /* a str or a tuple of str */
RT_FN(int32_t, rt_str_endswith_any, (RtStr * s, RtObj *suffix));
/* with start[, end] (rt_str_search.c; NULL: absent) */
RT_FN(int32_t, rt_str_startswith_in, (RtStr * s, RtObj *prefix, RtObj *start, RtObj *end));
RT_FN(int32_t, rt_str_endswith_in, (RtStr * s, RtObj *suffix, RtObj *start, RtObj *end));
RT_FN(RtObj *, rt_str_splitlines_keep, (RtStr * s, RtObj *keepends));
/* (rt_obj_case.c) */
RT_FN(int32_t, rt_str_isdecimal, (RtStr * s));
RT_FN(int32_t, rt_str_isnumeric, (RtStr * s));
RT_FN(int32_t, rt_str_istitle, (RtStr * s));
RT_FN(int32_t, rt_str_isidentifier, (RtStr * s));
RT_FN(RtStr *, rt_str_casefold, (RtStr * s));
/* (rt_str_methods.c, rt_str_format.c) */
RT_FN(int32_t, rt_str_isascii, (RtStr * s));
RT_FN(int32_t, rt_str_isprintable, (RtStr * s));
RT_FN(RtStr *, rt_str_removeprefix, (RtStr * s, RtObj *prefix));
RT_FN(RtStr *, rt_str_removesuffix, (RtStr * s, RtObj *suffix));
RT_FN(RtStr *, rt_str_expandtabs, (RtStr * s, RtObj *tabsize)); /* NULL: 8 */
RT_FN(RtStr *, rt_str_translate, (RtStr * s, RtObj *table));
RT_FN(RtObj *, rt_str_maketrans, (RtObj * x, RtObj *y, RtObj *z)); /* str.maketrans; NULL: absent */
RT_FN(RtStr *, rt_str_format_map, (RtStr * s, RtObj *mapping));
RT_FN(RtObj *, rt_str_split_sep, (RtStr * s, RtObj *sep, int64_t maxsplit)); /* sep None: whitespace */
RT_FN(RtObj *, rt_str_rsplit_sep, (RtStr * s, RtObj *sep, int64_t maxsplit));
RT_FN(RtStr *, rt_builtin_bin, (int64_t v));
RT_FN(RtStr *, rt_builtin_oct, (int64_t v));
RT_FN(RtStr *, rt_builtin_hex, (int64_t v));
RT_FN(int32_t, rt_str_contains, (RtStr * s, RtStr *sub));
RT_FN(int32_t, rt_str_isdigit, (RtStr * s));
RT_FN(int32_t, rt_str_isalpha, (RtStr * s));
RT_FN(int32_t, rt_str_isalnum, (RtStr * s));
RT_FN(int32_t, rt_str_isspace, (RtStr * s));
RT_FN(int32_t, rt_str_isupper, (RtStr * s));
RT_FN(int32_t, rt_str_islower, (RtStr * s));
RT_FN(RtStr *, rt_str_getitem, (RtStr * s, int64_t i)); /* by code point */
RT_FN(RtStr *, rt_str_slice, (RtStr * s, int64_t start, int64_t stop, int64_t step, int32_t flags));

/* ---- builtins over objects (rt_obj_builtins.c) ---- */
RT_FN(RtObj *, rt_builtin_list, (RtObj * iterable)); /* NULL: list() */
RT_FN(RtObj *, rt_builtin_zip4, (RtObj * a, RtObj *b, RtObj *c, RtObj *d)); /* zip() of 0 to 4 (NULL: fewer): lazy */
RT_FN(RtObj *, rt_builtin_tuple, (RtObj * iterable));
RT_FN(RtObj *, rt_builtin_set, (RtObj * iterable));
RT_FN(RtObj *, rt_builtin_dict, (RtObj * iterable)); /* mapping or pairs */
RT_FN(RtObj *, rt_builtin_sorted, (RtObj * iterable, int32_t reverse));
RT_FN(RtObj *, rt_builtin_reversed, (RtObj * seq)); /* an iterator */
RT_FN(RtObj *, rt_builtin_sum, (RtObj * iterable, RtObj *start)); /* start NULL: 0 */
RT_FN(RtObj *, rt_builtin_min, (RtObj * iterable));
RT_FN(RtObj *, rt_builtin_max, (RtObj * iterable));
RT_FN(RtObj *, rt_builtin_minmax_default, (RtObj * iterable, RtObj *dflt, int32_t is_max)); /* min/max(it, default=d) */
RT_FN(int32_t, rt_builtin_any, (RtObj * iterable));
RT_FN(int32_t, rt_builtin_all, (RtObj * iterable));
RT_FN(RtObj *, rt_builtin_enumerate, (RtObj * iterable, int64_t start)); /* lazy, as CPython's */
RT_FN(RtObj *, rt_builtin_zip, (RtObj * a, RtObj *b));                   /* lazy */
RT_FN(RtObj *, rt_builtin_zipn, (RtObj * iterables)); /* zip(*iterables): a tuple of any length */
RT_FN(RtObj *, rt_builtin_zip_list, (RtObj * a, RtObj *b, RtObj *c, RtObj *d)); /* eager: the list of tuples */
RT_FN(int64_t, rt_builtin_ord, (RtObj * c)); /* a str or bytes-like object of length 1 */
RT_FN(RtStr *, rt_builtin_chr, (int64_t cp));

/* ---- bytes and bytearray (rt_bytes.c, rt_bytes_methods.c) ----
 * Receivers are bytes or bytearray objects (the compiler dispatches on
 * the type); arguments left out are NULL (None where Python allows it).
 * Encodings: utf-8, ascii, latin-1 (CPython's spellings of them); error
 * handlers: strict, ignore, replace. */
RT_FN(RtObj *, rt_builtin_bytes, (RtObj * x, RtObj *encoding, RtObj *errors));     /* bytes([x[, encoding[, errors]]]) */
RT_FN(RtObj *, rt_builtin_bytearray, (RtObj * x, RtObj *encoding, RtObj *errors)); /* bytearray(...) */
RT_FN(RtObj *, rt_bytes_fromhex, (RtObj * s));
RT_FN(RtObj *, rt_bytearray_fromhex, (RtObj * s));
RT_FN(RtObj *, rt_str_encode, (RtStr * s, RtObj *encoding, RtObj *errors));
RT_FN(RtStr *, rt_bytes_decode, (RtObj * b, RtObj *encoding, RtObj *errors));
RT_FN(RtStr *, rt_builtin_str_decode, (RtObj * x, RtObj *encoding, RtObj *errors)); /* str(x, encoding[, errors]) */
RT_FN(RtStr *, rt_bytes_hex, (RtObj * b, RtObj *sep, int64_t per)); /* b.hex([sep[, bytes_per_sep]]) */
/* b.count(sub[, start[, end]]) ...: sub bytes-like or an int 0..255; start, end ints or None */
RT_FN(int64_t, rt_bytes_count, (RtObj * b, RtObj *sub, RtObj *start, RtObj *end));
RT_FN(int64_t, rt_bytes_find, (RtObj * b, RtObj *sub, RtObj *start, RtObj *end));
RT_FN(int64_t, rt_bytes_rfind, (RtObj * b, RtObj *sub, RtObj *start, RtObj *end));
RT_FN(int64_t, rt_bytes_index, (RtObj * b, RtObj *sub, RtObj *start, RtObj *end)); /* ValueError: subsection not found */
RT_FN(int64_t, rt_bytes_rindex, (RtObj * b, RtObj *sub, RtObj *start, RtObj *end));
RT_FN(int32_t, rt_bytes_startswith, (RtObj * b, RtObj *prefix, RtObj *start, RtObj *end)); /* bytes-like or a tuple of them */
RT_FN(int32_t, rt_bytes_endswith, (RtObj * b, RtObj *suffix, RtObj *start, RtObj *end));
RT_FN(RtObj *, rt_bytes_split, (RtObj * b, RtObj *sep, int64_t maxsplit)); /* sep NULL/None: whitespace; maxsplit -1: all */
RT_FN(RtObj *, rt_bytes_rsplit, (RtObj * b, RtObj *sep, int64_t maxsplit));
RT_FN(RtObj *, rt_bytes_join, (RtObj * sep, RtObj *iterable));
RT_FN(RtObj *, rt_bytes_strip, (RtObj * b, RtObj *chars)); /* chars NULL/None: ASCII whitespace */
RT_FN(RtObj *, rt_bytes_lstrip, (RtObj * b, RtObj *chars));
RT_FN(RtObj *, rt_bytes_rstrip, (RtObj * b, RtObj *chars));
RT_FN(RtObj *, rt_bytes_upper, (RtObj * b));
RT_FN(RtObj *, rt_bytes_lower, (RtObj * b));
RT_FN(RtObj *, rt_bytes_replace, (RtObj * b, RtObj *old, RtObj *new_, int64_t count)); /* count -1: all */
RT_FN(int32_t, rt_bytes_isdigit, (RtObj * b));
RT_FN(int32_t, rt_bytes_isalpha, (RtObj * b));
RT_FN(int32_t, rt_bytes_isalnum, (RtObj * b));
RT_FN(int32_t, rt_bytes_isspace, (RtObj * b));
RT_FN(int32_t, rt_bytes_isupper, (RtObj * b));
RT_FN(int32_t, rt_bytes_islower, (RtObj * b));
RT_FN(void, rt_bytearray_append, (RtObj * a, RtObj *x));
RT_FN(void, rt_bytearray_extend, (RtObj * a, RtObj *iterable));
RT_FN(RtObj *, rt_bytearray_pop, (RtObj * a));                /* an int */
RT_FN(RtObj *, rt_bytearray_pop_at, (RtObj * a, int64_t i));
RT_FN(void, rt_bytearray_insert, (RtObj * a, int64_t i, RtObj *x));
RT_FN(void, rt_bytearray_remove, (RtObj * a, RtObj *x));
RT_FN(void, rt_bytearray_clear, (RtObj * a));
RT_FN(void, rt_bytearray_reverse, (RtObj * a));
RT_FN(RtObj *, rt_bytearray_copy, (RtObj * a));
/* ---- end of dynamic values ---- */

/* ---- unpacking (rt_unpack.c): ValueError unless len(seq) == n ---- */
/* a, b = x: x's items as a str, list or tuple of exactly n (an iterable's
 * first n + 1 items are taken: the error when there are too many) */
RT_FN(RtObj *, rt_unpack_check, (RtObj * seq, int32_t n));
RT_FN(RtObj *, rt_unpack_check_star, (RtObj * seq, int32_t fixed)); /* at least `fixed` items */
/* match statements: structural tests of a subject */
RT_FN(int32_t, rt_match_sequence, (RtObj * o));
RT_FN(int32_t, rt_match_mapping, (RtObj * o));
RT_FN(int32_t, rt_match_class, (RtObj * o, int32_t code));
RT_FN(int32_t, rt_match_instance, (RtObj * o, RtObj *cls)); /* case C(...): isinstance, C a class */
RT_FN(RtObj *, rt_match_attr, (RtObj * o, RtObj *cls, int32_t index, int32_t npos, RtStr *kw)); /* NULL: no match */
/* function values (a lambda, a def used as a value): call_indirect slots */
RT_FN(RtObj *, rt_func_new, (int32_t index, int32_t nparams, RtStr *name, RtObj *names, RtObj *env));
RT_FN(RtObj *, rt_func_renamed, (RtObj * wrapper, RtObj *wrapped)); /* functools.wraps: a copy named as wrapped */
RT_FN(RtObj *, rt_cell_new, (RtObj * value)); /* a closed-over variable (value at +8) */
RT_FN(int32_t, rt_func_check, (RtObj * f, int32_t nargs)); /* the slot, or TypeError */
/* f(args) for a call of a value: the slot of a function value (as
 * rt_func_check), or -1 for another callable (a class), which
 * rt_call_object calls with the arguments as a tuple. */
RT_FN(int32_t, rt_callable_check, (RtObj * f, int32_t nargs));
RT_FN(RtObj *, rt_call_object, (RtObj * f, RtObj *args));
RT_FN(RtObj *, rt_call_kw, (RtObj * f, RtObj *args, RtObj *kw)); /* a call with keyword arguments (kw: dict) */
RT_FN(RtObj *, rt_func_defaults, (RtObj * f, RtObj *defaults)); /* f, its defaults set (a tuple) */
enum { RT_STAR_ARGS = 1, RT_STAR_KWARGS = 2 };
/* RtFunc.star >> RT_STAR_KWONLY_SHIFT: how many keyword-only parameters it
 * has. Its parameters are then, in order: the positional ones, the
 * keyword-only ones, *args, **kwargs; and its defaults cover every named
 * parameter, NULL where there is none. */
#define RT_STAR_KWONLY_SHIFT 8
#define RT_STAR_KWONLY(star) (((star) >> RT_STAR_KWONLY_SHIFT) & 0xff)
/* RtFunc.star >> RT_STAR_POSONLY_SHIFT: how many of its first parameters
 * (self included) are positional-only (before `/`): a keyword argument of
 * such a name goes to **kwargs, or is CPython's TypeError. */
#define RT_STAR_POSONLY_SHIFT 16
/* Builtin methods (RtFunc.index -1, .bound these): what a user class
 * inherits, bound function values, and those rt_getattr_call makes. */
enum {
    RT_BUILTIN_OBJECT_INIT = 1, RT_BUILTIN_EXCEPTION_INIT = 2,
    RT_BUILTIN_BOUND = 3, /* a function value bound to env; .defaults holds the function */
    RT_BUILTIN_GEN_SEND = 4, RT_BUILTIN_GEN_THROW = 5, RT_BUILTIN_GEN_CLOSE = 6, /* env: the generator */
    RT_BUILTIN_STR_FORMAT = 7, /* env: the str */
    RT_BUILTIN_DICT_FROMKEYS = 8,
    RT_BUILTIN_APPLY = 9 /* a builtin taking several arguments as a value: env is its RT_VALUE_* code (boxed) */,
    RT_BUILTIN_OBJECT_SETATTR = 10, RT_BUILTIN_OBJECT_DELATTR = 11, /* object's: env self, or NULL (self the first argument) */
    RT_BUILTIN_OBJECT_NEW = 12,           /* X.__new__(cls, ...): env the builtin class X (NULL: object) */
    RT_BUILTIN_OBJECT_INIT_SUBCLASS = 13, /* object.__init_subclass__(): nothing */
    RT_BUILTIN_STDIN_LINE = 14, /* the next line of sys.stdin's iterator (rt_sys_stdin_readline) */
    RT_BUILTIN_STREAM_WRITE = 15, RT_BUILTIN_STREAM_FLUSH = 16, /* sys.stdout/stderr's, bound: env the stream */
    RT_BUILTIN_TYPE_CALL = 17, /* type.__call__ bound to env, a class: super().__call__(...) in a metaclass */
    RT_BUILTIN_BASE_SPECIAL = 18, /* a builtin class's special method (super().__str__(), dict.__setitem__):
                                     bound to env, or (NULL) self the first argument (rt_class.c, base_special) */
    RT_BUILTIN_COMPLEX_CONJUGATE = 19, /* z.conjugate: env the complex */
    RT_BUILTIN_SLICE_INDICES = 20,     /* s.indices: env the slice */
    RT_BUILTIN_AGEN_AITER = 21, RT_BUILTIN_AGEN_ANEXT = 22, RT_BUILTIN_AGEN_ASEND = 23, /* env: the async generator */
    RT_BUILTIN_AGEN_ATHROW = 24, RT_BUILTIN_AGEN_ACLOSE = 25,
    RT_BUILTIN_CORO_AWAIT = 26, /* coro.__await__: env the coroutine (rt_agen_method) */
    RT_BUILTIN_METHOD = 27 /* and beyond: a builtin type's method bound to env, its receiver ("ab".upper):
                              RT_BUILTIN_METHOD + the program's number for it (rt_method_value) */
};
RT_FN(RtObj *, rt_func_star, (RtObj * f, int32_t star)); /* f, marked as taking *args / **kwargs */
RT_FN(RtObj *, rt_dyn_round, (RtObj * x, RtObj *ndigits));        /* round(x[, n]) at run time; n NULL: absent */
RT_FN(RtStr *, rt_str_mod, (RtStr * fmt, RtObj *args));           /* fmt % args (rt_percent.c) */
/* getattr/setattr/hasattr/delattr (names must be str), divmod, pow(a, b[, m]) (NULL: left out) */
RT_FN(RtObj *, rt_builtin_getattr, (RtObj * o, RtObj *name, RtObj *dflt));
RT_FN(void, rt_builtin_setattr, (RtObj * o, RtObj *name, RtObj *value));
RT_FN(int32_t, rt_builtin_hasattr, (RtObj * o, RtObj *name));
RT_FN(void, rt_builtin_delattr, (RtObj * o, RtObj *name));
RT_FN(RtObj *, rt_dyn_divmod, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_builtin_pow, (RtObj * a, RtObj *b, RtObj *m));
/* min()/max() with key=: the first item of items whose key in keys is the
 * least (greatest when is_max); ValueError when empty */
RT_FN(RtObj *, rt_list_pick_by_keys, (RtObj * items, RtObj *keys, int32_t is_max, RtObj *dflt)); /* dflt NULL: none */

/* ---- classes (rt_class.c) ---- */
RT_FN(RtObj *, rt_class_new, (RtStr * name, RtObj *bases)); /* the class statement; bases a tuple */
RT_FN(void, rt_class_set_module, (RtObj * cls, RtStr *module)); /* made in that module (not __main__) */
RT_FN(void, rt_class_set_qualname, (RtObj * cls, RtStr *qualname)); /* made in a class body or a function */
RT_FN(void, rt_class_set_meta, (RtObj * cls, RtObj *meta)); /* class C(metaclass=M) */
RT_FN(void, rt_class_ready, (RtObj * cls, RtObj *kw)); /* the body has run: __init_subclass__(**kw) (kw NULL: none), the metaclass's __init__ */
RT_FN(void, rt_class_set, (RtObj * cls, RtStr *name, RtObj *value)); /* a def or assignment in its body */
/* a def in a class body: rt_func_new's arguments (name: its qualified
 * name), its parameters' names (a tuple), the slot of its bound form, its
 * defaults (tuple or NULL) */
RT_FN(RtObj *, rt_method_new, (int32_t index, int32_t nparams, RtStr *name, RtObj *names, int32_t bound, RtObj *defaults, int32_t kind));
RT_FN(void, rt_func_doc_table, (RtObj *const *table, int32_t count)); /* the functions' docstrings by table slot */
RT_FN(RtObj *, rt_class_own, (RtObj * cls, RtStr *name));        /* a class body's own name, or NULL */
RT_FN(void, rt_class_del, (RtObj * cls, RtStr *name)); /* del name in a class body */
RT_FN(RtObj *, rt_property_new, (RtObj * fget));                 /* @property def name(self) */
RT_FN(void, rt_property_setter, (RtObj * cls, RtStr *name, RtObj *fset)); /* @name.setter */
RT_FN(void, rt_property_deleter, (RtObj * cls, RtStr *name, RtObj *fdel)); /* @name.deleter */
RT_FN(RtObj *, rt_getattr, (RtObj * o, RtStr *name));
RT_FN(RtObj *, rt_getattr_call, (RtObj * o, RtStr *name)); /* o.format/send/throw/close(...) */
RT_FN(RtObj *, rt_method_receiver, (RtObj * o, RtStr *name)); /* o, or the list/dict an instance is, for o.name(...) */
RT_FN(RtObj *, rt_builtin_method_kind, (RtObj * f, int32_t kind)); /* staticmethod(f), classmethod(f): a copy */
RT_FN(RtObj *, rt_builtin_property, (RtObj * fget, RtObj *fset));   /* property(fget[, fset]); fset NULL: none */
RT_FN(RtObj *, rt_func_kind, (RtObj * f, int32_t kind)); /* f made a static or class method (RT_METHOD_*) */
RT_FN(RtObj *, rt_builtin_vars, (RtObj * o)); /* vars(o), o.__dict__ */
/* o.name(...) where o is an instance and name a plain method of its class
 * (not shadowed by its own attributes): the method, to call with o first;
 * else NULL (then o.name is looked up as a value) */
RT_FN(RtObj *, rt_method_of, (RtObj * o, RtStr *name));
RT_FN(void, rt_setattr, (RtObj * o, RtStr *name, RtObj *value));
RT_FN(RtObj *, rt_super, (RtObj * cls, RtObj *self));
RT_FN(int32_t, rt_isinstance, (RtObj * x, RtObj *spec));
RT_FN(RtObj *, rt_typing_form, (RtStr * name)); /* typing.List ... as a value (rt_type_expr.c) */
/* TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False) */
RT_FN(RtObj *, rt_typing_typevar, (RtObj * args, RtObj *bound, RtObj *covariant, RtObj *contravariant));
RT_FN(int32_t, rt_issubclass, (RtObj * c, RtObj *spec));
RT_FN(RtObj *, rt_class_of, (RtObj * x)); /* type(x) */
RT_FN(RtObj *, rt_builtin_class, (int32_t code)); /* int, str ... as classes (code: RT_TYPE_*) */
RT_FN(RtObj *, rt_object_class, (void));
RT_FN(int32_t, rt_callable, (RtObj * x));        /* callable(x) */
/* int <op> float, exactly (op: RT_CMP_*) */
RT_FN(int32_t, rt_cmp_int_float, (int64_t i, double d, int32_t op));

/* ---- format(value, spec) (rt_format.c) ----
 * CPython 3.11's format-spec mini-language for int, bool, float and str
 * (f"{x:spec}"); other objects: format(x, '') is str(x), else TypeError.
 * The typed variants skip boxing when the static type is known. */
RT_FN(RtStr *, rt_format, (RtObj * value, RtStr *spec));
RT_FN(RtStr *, rt_format_i64, (int64_t v, RtStr *spec));
RT_FN(RtStr *, rt_format_f64, (double v, RtStr *spec));
RT_FN(RtStr *, rt_format_str, (RtStr * s, RtStr *spec));
/* ---- end of format ---- */

/* ---- math module (rt_math*.c) ----
 * CPython 3.11's math functions: the same floats (repr-equal), the same
 * exception types and messages. Float arguments are converted by the
 * caller (rt_unbox_float: "must be real number, not str"); RtObj
 * arguments may be ints of any size, bools or floats. Int results are
 * tagged ints. */
RT_FN(double, rt_math_sqrt, (double x));
RT_FN(double, rt_math_exp, (double x));
RT_FN(double, rt_math_exp2, (double x));
RT_FN(double, rt_math_expm1, (double x));
RT_FN(double, rt_math_log1p, (double x));
RT_FN(double, rt_math_sin, (double x));
RT_FN(double, rt_math_cos, (double x));
RT_FN(double, rt_math_tan, (double x));
RT_FN(double, rt_math_asin, (double x));
RT_FN(double, rt_math_acos, (double x));
RT_FN(double, rt_math_atan, (double x));
RT_FN(double, rt_math_sinh, (double x));
RT_FN(double, rt_math_cosh, (double x));
RT_FN(double, rt_math_tanh, (double x));
RT_FN(double, rt_math_asinh, (double x));
RT_FN(double, rt_math_acosh, (double x));
RT_FN(double, rt_math_atanh, (double x));
RT_FN(double, rt_math_fabs, (double x));
RT_FN(double, rt_math_erf, (double x));
RT_FN(double, rt_math_erfc, (double x));
RT_FN(double, rt_math_gamma, (double x));
RT_FN(double, rt_math_lgamma, (double x));
RT_FN(double, rt_math_degrees, (double x));
RT_FN(double, rt_math_radians, (double x));
RT_FN(double, rt_math_cbrt, (double x));
RT_FN(double, rt_math_ulp, (double x));
RT_FN(double, rt_math_atan2, (double y, double x));
RT_FN(double, rt_math_copysign, (double x, double y));
RT_FN(double, rt_math_fmod, (double x, double y));
RT_FN(double, rt_math_remainder, (double x, double y));
RT_FN(double, rt_math_pow, (double x, double y));
RT_FN(double, rt_math_nextafter, (double x, double y));
RT_FN(int32_t, rt_math_isfinite, (double x));
RT_FN(int32_t, rt_math_isinf, (double x));
RT_FN(int32_t, rt_math_isnan, (double x));
RT_FN(int32_t, rt_math_isclose, (double a, double b, double rel_tol, double abs_tol));
RT_FN(double, rt_math_log, (RtObj * x, RtObj *base)); /* base NULL: natural log */
RT_FN(double, rt_math_log2, (RtObj * x));
RT_FN(double, rt_math_log10, (RtObj * x));
RT_FN(int64_t, rt_math_floor, (RtObj * x));
RT_FN(int64_t, rt_math_ceil, (RtObj * x));
RT_FN(int64_t, rt_math_trunc, (RtObj * x));
RT_FN(int64_t, rt_math_factorial, (RtObj * n));
RT_FN(int64_t, rt_math_isqrt, (RtObj * n));
RT_FN(int64_t, rt_math_comb, (RtObj * n, RtObj *k));
RT_FN(int64_t, rt_math_perm, (RtObj * n, RtObj *k)); /* k NULL or None: n! */
RT_FN(int64_t, rt_math_gcd, (RtObj * args));         /* args: the tuple of the call's arguments */
RT_FN(int64_t, rt_math_lcm, (RtObj * args));
RT_FN(RtObj *, rt_math_frexp, (double x));           /* (float, int) */
RT_FN(RtObj *, rt_math_modf, (double x));            /* (float, float) */
RT_FN(double, rt_math_ldexp, (double x, RtObj *i));
RT_FN(double, rt_math_hypot, (RtObj * args));        /* args: a tuple of numbers */
RT_FN(double, rt_math_dist, (RtObj * p, RtObj *q));  /* two sequences of numbers */
RT_FN(double, rt_math_fsum, (RtObj * iterable));
RT_FN(RtObj *, rt_math_prod, (RtObj * iterable, RtObj *start)); /* start NULL: 1 */
RT_FN(double, rt_math_float_arg, (RtObj * x)); /* PyFloat_AsDouble: rt_unbox_float, and __float__/__index__ of instances */
/* ---- end of math module ---- */
/* ---- random module (rt_random.c, rt_random_seq.c, rt_random_dist.c) ----
 * CPython 3.11's random module, bit for bit: the module's one generator
 * (MT19937, static state), seeded as CPython seeds it; the first draw
 * without seed() seeds from the OS (WASI random_get, reached only through
 * rt_random_seed_os). Arguments left out are NULL (None where Python
 * allows it); ints are tagged; errors are CPython's. */
RT_FN(void, rt_random_seed, (RtObj * a));      /* seed(a); NULL or None: from the OS */
RT_FN(void, rt_random_seed_os, (void));        /* seed() from random_get */
RT_FN(RtObj *, rt_hashlib_digest, (RtObj * name, RtObj *data)); /* _hashlib.digest(name, bytes): bytes (rt_hashlib.c) */
RT_FN(RtObj *, rt_random_blank, (void));       /* _random._blank(): an unseeded generator's state (bytearray) */
RT_FN(void, rt_random_swap, (RtObj * state));  /* _random._swap(state): it and the module's generator exchanged */
RT_FN(RtObj *, rt_random_getstate, (void));    /* getstate(): CPython's version 3 tuple */
RT_FN(void, rt_random_setstate, (RtObj * state));
RT_FN(double, rt_random_random, (void));
RT_FN(int64_t, rt_random_getrandbits, (RtObj * k));
RT_FN(int64_t, rt_random_randrange, (RtObj * start, RtObj *stop, RtObj *step));
RT_FN(int64_t, rt_random_randint, (RtObj * a, RtObj *b));
RT_FN(RtObj *, rt_random_randbytes, (RtObj * n)); /* bytes */
RT_FN(RtObj *, rt_random_choice, (RtObj * seq));
RT_FN(RtObj *, rt_random_choices, (RtObj * population, RtObj *weights, RtObj *cum_weights, RtObj *k)); /* list */
RT_FN(void, rt_random_shuffle, (RtObj * x));
RT_FN(RtObj *, rt_random_sample, (RtObj * population, RtObj *k, RtObj *counts)); /* list */
RT_FN(double, rt_random_uniform, (double a, double b));
RT_FN(double, rt_random_triangular, (double low, double high, RtObj *mode));
RT_FN(double, rt_random_gauss, (double mu, double sigma));
RT_FN(double, rt_random_normalvariate, (double mu, double sigma));
RT_FN(double, rt_random_lognormvariate, (double mu, double sigma));
RT_FN(double, rt_random_expovariate, (double lambd));
RT_FN(double, rt_random_vonmisesvariate, (double mu, double kappa));
RT_FN(double, rt_random_gammavariate, (double alpha, double beta));
RT_FN(double, rt_random_betavariate, (double alpha, double beta));
RT_FN(double, rt_random_paretovariate, (double alpha));
RT_FN(double, rt_random_weibullvariate, (double alpha, double beta));
/* ---- end of random module ---- */

/* ---- heapq and bisect modules (rt_heapq.c, rt_bisect.c) ----
 * CPython 3.11's: _heapqmodule.c's sifts (a heap's list order is
 * CPython's), Lib/heapq.py's nlargest, nsmallest and merge, and
 * _bisectmodule.c; items compare with `<` only (rt_dyn_compare), key
 * functions are called through rt_call_object, errors are CPython's. A
 * heap is a list (or an instance of a list subclass); key is None or a
 * callable; lo and hi are ints (hi None: len(a)). */
RT_FN(void, rt_heapq_heappush, (RtObj * heap, RtObj *item));
RT_FN(RtObj *, rt_heapq_heappop, (RtObj * heap));
RT_FN(void, rt_heapq_heapify, (RtObj * heap));
RT_FN(RtObj *, rt_heapq_heapreplace, (RtObj * heap, RtObj *item));
RT_FN(RtObj *, rt_heapq_heappushpop, (RtObj * heap, RtObj *item));
RT_FN(RtObj *, rt_heapq_nlargest, (RtObj * n, RtObj *iterable, RtObj *key)); /* a list */
RT_FN(RtObj *, rt_heapq_nsmallest, (RtObj * n, RtObj *iterable, RtObj *key));
/* merge(*iterables, key=None, reverse=False): a generator (named merge)
 * whose id is RT_GEN_HEAPQ_MERGE; the compiler's rt_ml_gen_resume steps
 * it with rt_heapq_merge_step (its next value, NULL when done or raised)
 * in programs that call merge. iterables: the tuple of the arguments. */
#define RT_GEN_HEAPQ_MERGE (-2)
RT_FN(RtObj *, rt_heapq_merge, (RtObj * iterables, RtObj *key, RtObj *reverse));
RT_FN(RtObj *, rt_heapq_merge_step, (RtObj * gen));
RT_FN(int64_t, rt_bisect_left, (RtObj * a, RtObj *x, RtObj *lo, RtObj *hi, RtObj *key));
RT_FN(int64_t, rt_bisect_right, (RtObj * a, RtObj *x, RtObj *lo, RtObj *hi, RtObj *key));
RT_FN(void, rt_bisect_insort_left, (RtObj * a, RtObj *x, RtObj *lo, RtObj *hi, RtObj *key));
RT_FN(void, rt_bisect_insort_right, (RtObj * a, RtObj *x, RtObj *lo, RtObj *hi, RtObj *key));
/* ---- end of heapq and bisect modules ---- */

/* ---- the private module _re (rt_re_module.c, rt_re_exec.c) behind
 * src/stdlib/re.ml: see rt_re.h ---- */
RT_FN(RtObj *, rt_re_compile, (RtObj * words)); /* a list of ints -> a packed program (bytes) */
RT_FN(RtObj *, rt_re_match, (RtObj * prog, RtObj *string, RtObj *pos, RtObj *endpos, RtObj *mode));
RT_FN(RtObj *, rt_re_scan, (RtObj * prog, RtObj *string, RtObj *pos, RtObj *endpos, RtObj *count));
RT_FN(RtObj *, rt_re_findall, (RtObj * prog, RtObj *string, RtObj *pos, RtObj *endpos));
/* ---- end of _re ---- */

#endif
