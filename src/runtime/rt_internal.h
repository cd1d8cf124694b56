/* Runtime-internal declarations (wasm32 side only): WASI imports, the output
 * buffer, string construction, exceptions from C strings, the small bignum
 * and the exact float <-> decimal conversions. Never included by the
 * compiler. */
#ifndef ML_RT_INTERNAL_H
#define ML_RT_INTERNAL_H
#ifndef ML_RUNTIME_BUILD
#error "rt_internal.h is for the wasm32 runtime build only"
#endif
#include <stddef.h>
#include <stdint.h>

#include "rt_abi.h"

#define RT_NORETURN __attribute__((noreturn))
#ifdef ML_RT_NATIVE /* host build for unit tests (tests/unit/rt_obj_test.c stubs the imports) */
#define RT_WASI(name)
#define RT_IMPORT_ENV(name)
#define RT_IMPORT_ML(name)
#else
/* provided by the compiler: functions it generates for each program (rtlink.c) */
#define RT_IMPORT_ML(name) __attribute__((import_module("ml"), import_name(#name)))
#define RT_WASI(name) __attribute__((import_module("wasi_snapshot_preview1"), import_name(#name)))
#define RT_IMPORT_ENV(name) __attribute__((import_module("env"), import_name(#name)))
#endif

/* ---- WASI preview1 (our own declarations: wasi-libc's wrappers are not
 * used, so only what is called gets imported) ---- */
typedef struct RtIovec {
    const void *buf;
    uint32_t len;
} RtIovec;
RT_WASI(fd_write) int32_t rt_wasi_fd_write(int32_t fd, const RtIovec *iovs, int32_t n, uint32_t *nwritten);
RT_WASI(fd_read) int32_t rt_wasi_fd_read(int32_t fd, const RtIovec *iovs, int32_t n, uint32_t *nread);
RT_WASI(args_sizes_get) int32_t rt_wasi_args_sizes_get(uint32_t *argc, uint32_t *buf_size);
RT_WASI(args_get) int32_t rt_wasi_args_get(uint8_t **argv, uint8_t *buf);
RT_WASI(proc_exit) RT_NORETURN void rt_wasi_proc_exit(int32_t code);
/* only rt_random_seed_os calls it, so that only the modules reaching it import it */
RT_WASI(random_get) int32_t rt_wasi_random_get(uint8_t *buf, uint32_t len);
/* the time module's (rt_time.c): a clock's time in ns (0 realtime, 1
 * monotonic), and waiting on a clock (sleep) */
RT_WASI(clock_time_get) int32_t rt_wasi_clock_time_get(uint32_t id, uint64_t precision, uint64_t *time);
RT_WASI(poll_oneoff) int32_t rt_wasi_poll_oneoff(const void *in, void *out, uint32_t nsubscriptions, uint32_t *nevents);
/* files and directories (rt_os.c): the directories the host pre-opened,
 * and the calls relative to them */
RT_WASI(fd_prestat_get) int32_t rt_wasi_fd_prestat_get(int32_t fd, void *prestat);
RT_WASI(fd_prestat_dir_name) int32_t rt_wasi_fd_prestat_dir_name(int32_t fd, char *path, uint32_t len);
RT_WASI(path_open) int32_t rt_wasi_path_open(int32_t dirfd, uint32_t lookup, const char *path, uint32_t len,
                                             uint32_t oflags, uint64_t rights, uint64_t inheriting, uint32_t fdflags,
                                             int32_t *fd);
RT_WASI(fd_seek) int32_t rt_wasi_fd_seek(int32_t fd, int64_t offset, uint32_t whence, uint64_t *newoffset);
RT_WASI(fd_close) int32_t rt_wasi_fd_close(int32_t fd);
RT_WASI(fd_filestat_get) int32_t rt_wasi_fd_filestat_get(int32_t fd, void *filestat);
RT_WASI(path_filestat_get) int32_t rt_wasi_path_filestat_get(int32_t fd, uint32_t lookup, const char *path,
                                                             uint32_t len, void *filestat);
RT_WASI(fd_readdir) int32_t rt_wasi_fd_readdir(int32_t fd, void *buf, uint32_t len, uint64_t cookie, uint32_t *used);
RT_WASI(path_create_directory) int32_t rt_wasi_path_create_directory(int32_t fd, const char *path, uint32_t len);
RT_WASI(path_remove_directory) int32_t rt_wasi_path_remove_directory(int32_t fd, const char *path, uint32_t len);
RT_WASI(path_unlink_file) int32_t rt_wasi_path_unlink_file(int32_t fd, const char *path, uint32_t len);
RT_WASI(path_rename) int32_t rt_wasi_path_rename(int32_t fd, const char *old, uint32_t old_len, int32_t new_fd,
                                                 const char *new_path, uint32_t new_len);
RT_WASI(environ_sizes_get) int32_t rt_wasi_environ_sizes_get(uint32_t *count, uint32_t *size);
RT_WASI(environ_get) int32_t rt_wasi_environ_get(uint8_t **environ, uint8_t *buf);

/* Provided by the module linker (src/back/rtlink.c), which replaces this
 * import with a function returning the first free byte after all static
 * data, i.e. where the heap starts. */
RT_IMPORT_ENV(ml_heap_base) uint32_t rt_link_heap_base(void);

/* ---- output ---- */
void rt_out_write(const char *s, uint32_t n); /* buffered stdout */
void rt_fd_write_all(int32_t fd, const char *s, uint32_t n);

/* ---- memory / strings ---- */
void rt_gc_reset_frames(void);      /* empty the shadow stack (rt_gc.c) */
void *rt_alloc_static(uint32_t size); /* zeroed, never freed nor moved (rt_gc.c) */
void rt_memcpy(void *dst, const void *src, uint32_t n);
uint32_t rt_cstrlen(const char *s);
int rt_cstr_eq(const char *a, const char *b);
uint32_t rt_utf8_count(const char *s, uint32_t n); /* code points */
void rt_str_index_forget(void); /* the collector may free what is indexed (rt_str_index.c) */
RtStr *rt_str_alloc(uint32_t byte_len);              /* cp_len left 0, NUL set */
RtStr *rt_str_from_bytes(const char *s, uint32_t n); /* computes cp_len */

/* int()/float() text: Unicode spaces and digits mapped to ASCII, stripped
 * (see rt_num_text.c). */
char *rt_numeric_ascii(RtStr *s, uint32_t *n);
/* float()'s text: 1 with the value in *out, else 0 (nothing raised) */
int rt_float_parse_text(RtStr *s, double *out);

/* ---- exceptions (rt_exc.c) ----
 * A raise makes the exception pending and RETURNS: the caller returns at
 * once too (any value: its caller tests RT_ERR first), up to generated
 * code, which branches to a handler. Every call of a function that may
 * raise is followed by `if (RT_ERR) return ...;`. */
extern RtObj *rt_exc_state[3]; /* the pending exception, the handled one, those handled before (a list) */
#define RT_ERR (rt_exc_state[0] != 0)
void rt_raise_msg(int32_t kind, const char *msg, uint32_t n);
void rt_raise_cstr(int32_t kind, const char *msg);
void rt_raise_obj_arg(int32_t kind, RtObj *arg); /* kind(arg): KeyError(key) */
/* the decimal text of a C int64 ending at `end` (24 bytes room); its length (rt_io.c) */
uint32_t rt_i64_decimal(int64_t v, char *end);
int32_t rt_unicode_printable(uint32_t c); /* Py_UNICODE_ISPRINTABLE, c >= 0x80 (rt_printable.c) */
/* CPython 3.11's Unicode tables (rt_unicode_data.c, generated by
 * tools/gen_unicode.py): a code point's classes, casing and identifier
 * properties (bits below), and its full case mappings. */
enum { RT_UC_ALPHA = 1, RT_UC_DECIMAL = 2, RT_UC_DIGIT = 4, RT_UC_NUMERIC = 8 };
uint32_t rt_uc_classes(uint32_t c);
enum { RT_UC_ISUPPER = 1, RT_UC_ISLOWER = 2, RT_UC_ISTITLE = 4, RT_UC_IGNORABLE = 8 };
uint32_t rt_uc_casing(uint32_t c);
enum { RT_UC_XID_START = 1, RT_UC_XID_CONTINUE = 2 };
uint32_t rt_uc_xid(uint32_t c);
enum { RT_UC_UPPER, RT_UC_LOWER, RT_UC_TITLE, RT_UC_FOLD };
int rt_uc_map(uint32_t c, int which, uint32_t out[3]); /* how many code points (1-3) */
void rt_raise_big_int(void); /* OverflowError: an int too large for a C ssize_t */
RT_NORETURN void rt_fatal_memory(void); /* MemoryError: printed, exit 1 */
/* Recursion over nested data: 0 (and nothing entered) past the limit, when
 * the caller raises RecursionError; else 1, and rt_depth_leave after. */
int rt_depth_enter(void);
int rt_c_stack_ok(void); /* enough C stack left to call generated code, else RecursionError */
void rt_depth_leave(void);
/* "<prefix><repr(s)>" as a ValueError (repr truncated to max_repr code points when
 * max_repr > 0, like CPython's %.200R). */
void rt_raise_value_repr(const char *prefix, RtStr *s, uint32_t max_repr);
/* CPython repr of s into a fresh string. */
RtStr *rt_repr_bytes(const char *s, uint32_t n);

/* ---- small arbitrary precision unsigned integers ---- */
#define RT_BIG_WORDS 132
typedef struct RtFixBig {
    uint32_t n; /* words in use; w[n-1] != 0 unless n == 0 */
    uint32_t w[RT_BIG_WORDS];
} RtFixBig;
void big_set_u64(RtFixBig *b, uint64_t v);
void big_copy(RtFixBig *d, const RtFixBig *s);
void big_mul_small(RtFixBig *b, uint32_t m);
void big_add_small(RtFixBig *b, uint32_t a);
void big_mul_pow10(RtFixBig *b, uint32_t k);
void big_mul_pow5(RtFixBig *b, uint32_t k);
void big_shl(RtFixBig *b, uint32_t bits);
int big_cmp(const RtFixBig *a, const RtFixBig *b);
int big_cmp_sum(const RtFixBig *a, const RtFixBig *b, const RtFixBig *c); /* cmp(a + b, c) */
void big_sub(RtFixBig *a, const RtFixBig *b);                           /* a -= b, a >= b */
void big_add(RtFixBig *a, const RtFixBig *b);                           /* a += b */
uint32_t big_divmod_small(RtFixBig *b, uint32_t d);                  /* returns remainder */
uint32_t big_bitlen(const RtFixBig *b);
int big_is_zero(const RtFixBig *b);
/* Decimal digits of b ('0'-'9', no NUL), most significant first; b is
 * destroyed. Returns the count (0 for zero). */
uint32_t big_to_decimal(RtFixBig *b, char *out, uint32_t cap);

/* ---- float <-> decimal ---- */
#define RT_DTOA_MAX 1120 /* exact expansion of any double fits */
/* Shortest round-trip digits of a finite v != 0 (sign ignored), like
 * dtoa mode 0: value = 0.d1d2...dn * 10^decpt. Returns n (<= 17). */
int rt_dtoa_shortest(double v, char *digits, int *decpt);
/* The same for most v > 0 (rt_dtoa_fast.c); 0 when it leaves v to the
 * exact algorithm. */
int rt_dtoa_shortest_fast(double v, char *digits, int *decpt);
/* All digits of the exact decimal value of finite v != 0 (sign ignored),
 * trailing zeros removed. Returns n; value = 0.d1..dn * 10^decpt. */
int rt_dtoa_exact(double v, char *digits, int *decpt);
/* Nearest double to 0.d1...dn * 10^decpt (digits '0'-'9', d1 may be '0'),
 * round half even; overflow gives inf. */
double rt_decimal_to_double(const char *digits, int n, int decpt);
/* m * 10^e10 correctly rounded into *out, 1; or 0 when its double-double
 * approximation cannot decide (rt_decimal_fast.c) */
int rt_decimal_to_double_fast(uint64_t m, int e10, double *out);
/* CPython repr(float) text into out (>= 32 bytes); returns its length. */
int rt_format_float(double v, char *out);
/* complex numbers (rt_complex.c) */
RtObj *rt_complex_binop(RtObj *a, RtObj *b, char op); /* + - * / and '^' for **; NULL: not numbers, or raised */
RtObj *rt_complex_pow_real(double x, double y); /* x ** y as complex (a negative x, y not an integer) */
RtObj *rt_complex_neg(RtObj *a);
RtObj *rt_complex_abs(RtObj *a);
RtObj *rt_complex_attr(RtObj *o, const char *name); /* real, imag; else NULL */
RtStr *rt_complex_format(RtObj *o, RtStr *spec);

#endif
