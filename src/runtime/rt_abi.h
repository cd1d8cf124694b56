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
enum { RT_FLAG_STATIC = 0x100 };

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
 * Until the runtime unwinds (try/except lands with the full language), an
 * exception prints CPython's last traceback line to stderr and exits 1. */
#define RT_EXCEPTIONS(X)                                                     \
    X(ZERO_DIVISION, "ZeroDivisionError") X(OVERFLOW, "OverflowError")       \
    X(VALUE, "ValueError") X(INDEX, "IndexError") X(TYPE, "TypeError")        \
    X(KEY, "KeyError") X(NAME, "NameError") X(ASSERTION, "AssertionError")   \
    X(EOF, "EOFError") X(RECURSION, "RecursionError")                        \
    X(UNBOUND_LOCAL, "UnboundLocalError") X(RUNTIME, "RuntimeError")         \
    X(NOT_IMPLEMENTED, "NotImplementedError") X(MEMORY, "MemoryError")

enum {
#define RT_EXC_ENUM(id, name) RT_EXC_##id,
    RT_EXCEPTIONS(RT_EXC_ENUM)
#undef RT_EXC_ENUM
    RT_EXC_COUNT
};

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
RT_FN(void, rt_flush, (void));
RT_FN(void, rt_exit, (int32_t code));      /* flush, then proc_exit */

/* ---- Exceptions ---- */
RT_FN(void, rt_raise, (int32_t kind, RtStr * msg)); /* never returns */

/* ---- int (i64 fast path; results that do not fit raise OverflowError
 * until big integers land) ---- */
RT_FN(int64_t, rt_int_add, (int64_t a, int64_t b));
RT_FN(int64_t, rt_int_sub, (int64_t a, int64_t b));
RT_FN(int64_t, rt_int_mul, (int64_t a, int64_t b));
RT_FN(int64_t, rt_int_neg, (int64_t a));
RT_FN(int64_t, rt_int_abs, (int64_t a));
RT_FN(int64_t, rt_int_floordiv, (int64_t a, int64_t b)); /* Python // */
RT_FN(int64_t, rt_int_mod, (int64_t a, int64_t b));      /* Python %  */
RT_FN(int64_t, rt_int_pow, (int64_t base, int64_t exp)); /* exp >= 0 */
RT_FN(double, rt_int_truediv, (int64_t a, int64_t b));   /* correctly rounded */
RT_FN(int64_t, rt_int_lshift, (int64_t a, int64_t n));
RT_FN(int64_t, rt_int_rshift, (int64_t a, int64_t n));

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

#endif
