/* Tests of the random module's runtime (src/runtime/rt_random*.c,
 * rt_sha512.c). tests/rt_random.test.mjs builds this file with every
 * runtime source twice natively (gcc -DML_RUNTIME_BUILD -DML_RT_NATIVE: -O2,
 * and ASan/UBSan) and once for wasm32-wasi (clang, the runtime's flags,
 * wasi-libc's libm: its own _start, run under node:wasi), feeds each build
 * the same case lines on stdin and compares the outputs with CPython's.
 *
 *   rt_random_test < CASES  the cases of stdin (the first with the
 *                           generator unseeded), then unit checks (MT19937's
 *                           reference outputs, SHA-512 vectors)
 *
 * A case line is an operation and its arguments separated by single spaces;
 * the generator's state carries from line to line, as in a program. Each
 * line prints one line: the result (floats as CPython's repr, ints in
 * hexadecimal as format(v, 'x'), objects as repr; seed prints None,
 * shuffle the list after) or "Type: message" (newlines as \n).
 *
 * Argument values:
 *   _ not given (NULL)       N None     T True    F False
 *   i<decimal>  int          f<text> float (as float() reads it)
 *   s<hex> str (UTF-8)       b<hex> bytes       y<hex> bytearray
 *   [a,b] list   (a,b) tuple   {a,b} set   M[k,v,k,v] dict   r<start>:<stop>:<step> range
 * The float arguments of the distributions are such values too.
 * "libm NAME X [Y]" prints the C library's own log, exp, sqrt, cos, sin,
 * acos or pow of floats (which the distributions use). */
#ifdef ML_RT_NATIVE
#define _DEFAULT_SOURCE
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#endif
#include <math.h>
#include <string.h>

#include "rt_random.h"
#include "rt_sha512.h"

/* ---- the host: stubs natively, WASI in wasm ---- */
#ifdef ML_RT_NATIVE
static jmp_buf *catcher;
int32_t rt_wasi_fd_write(int32_t fd, const RtIovec *iovs, int32_t n, uint32_t *nwritten) {
    uint32_t total = 0;
    for (int32_t i = 0; i < n; i++) {
        if (write(fd, iovs[i].buf, iovs[i].len) < 0) return 1;
        total += iovs[i].len;
    }
    *nwritten = total;
    return 0;
}
#include "rt_native_stubs.h"

/* stdin, whole */
static char *read_input(uint32_t *len) {
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (ssize_t r; (r = read(0, buf + n, cap - n)) > 0;) {
        n += (size_t)r;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    *len = (uint32_t)n;
    return buf;
}
#else
static char *read_input(uint32_t *len) {
    RtSb b = {0, 0, 0};
    for (;;) {
        rt_sb_reserve(&b, 1 << 16);
        RtIovec iov = {b.buf + b.len, b.cap - b.len};
        uint32_t got = 0;
        if (rt_wasi_fd_read(0, &iov, 1, &got) || !got) break;
        b.len += got;
    }
    *len = b.len;
    return b.buf;
}
#endif

static void write_all(int32_t fd, const char *s, uint32_t n) {
    while (n) {
        RtIovec iov = {s, n};
        uint32_t done = 0;
        if (rt_wasi_fd_write(fd, &iov, 1, &done) || !done) return;
        s += done, n -= done;
    }
}

/* ---- unit checks ---- */

static int checks, failures;
static RtSb log_sb;

static void check(int ok, int line, const char *what) {
    checks++;
    if (ok) return;
    failures++;
    rt_sb_puts(&log_sb, "FAIL line ");
    rt_sb_put_i64(&log_sb, line);
    rt_sb_puts(&log_sb, ": ");
    rt_sb_puts(&log_sb, what);
    rt_sb_putc(&log_sb, '\n');
}
#define CHECK(cond) check((cond) != 0, __LINE__, #cond)

static int hex_is(const uint8_t *d, uint32_t n, const char *hex) {
    static const char digits[] = "0123456789abcdef";
    for (uint32_t i = 0; i < n; i++)
        if (hex[2 * i] != digits[d[i] >> 4] || hex[2 * i + 1] != digits[d[i] & 15]) return 0;
    return hex[2 * n] == 0;
}

static void unit_checks(void) {
    uint8_t d[64];
    /* FIPS 180-2's examples: one block, two blocks, the padding edge */
    rt_sha512((const uint8_t *)"abc", 3, d);
    CHECK(hex_is(d, 64, "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                        "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"));
    rt_sha512((const uint8_t *)"", 0, d);
    CHECK(hex_is(d, 64, "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
                        "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"));
    const char *two = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    rt_sha512((const uint8_t *)two, 112, d);
    CHECK(hex_is(d, 64, "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
                        "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"));
    /* mt19937ar.c's reference: init_by_array({0x123, 0x234, 0x345, 0x456}) */
    int64_t key = rt_int_add(rt_int_lshift(rt_int_from_u64(0x0000045600000345ull), 64), rt_int_from_u64(0x0000023400000123ull));
    rt_random_seed(rt_box_int(key));
    static const uint32_t ref[5] = {1067595299u, 955945823u, 477289528u, 4107218783u, 4228976476u};
    int same = 1;
    for (int i = 0; i < 5; i++) same &= rt_random_u32() == ref[i];
    CHECK(same);
    for (int i = 5; i < 999; i++) rt_random_u32();
    CHECK(rt_random_u32() == 3460025646u); /* its 1000th output (mt19937ar.out) */
    /* seed(x) and seed(-x) agree; getrandbits(0) draws nothing */
    rt_random_seed(rt_box_int(-12345));
    double a = rt_random_random();
    rt_random_seed(rt_box_int(12345));
    CHECK(rt_random_getrandbits(rt_box_int(0)) == 0 && rt_random_random() == a);
    CHECK(!rt_exc_pending());
}

/* ---- reading values ---- */

static const char *at; /* the parse position in the current line */

static int unhex(char c) { return c <= '9' ? c - '0' : c - 'a' + 10; }

static uint32_t hex_bytes(char *out) { /* decodes in place-safe order */
    uint32_t n = 0;
    while ((at[0] >= '0' && at[0] <= '9') || (at[0] >= 'a' && at[0] <= 'f')) {
        out[n++] = (char)(unhex(at[0]) << 4 | unhex(at[1]));
        at += 2;
    }
    return n;
}

static int64_t read_int(void) {
    int neg = *at == '-';
    at += neg;
    const char *p = at;
    while (*at >= '0' && *at <= '9') at++;
    return rt_int_parse_digits(p, (uint32_t)(at - p), 10, neg);
}

static int is_end(char c) { return !c || c == ' ' || c == ',' || c == ']' || c == ')' || c == '}' || c == '\n'; }

static RtObj *read_value(void);

/* items up to the closing character, into a list */
static RtObj *read_items(char close) {
    RtObj *l = rt_list_new(0);
    if (*at == close) {
        at++;
        return l;
    }
    for (;;) {
        rt_list_push(l, read_value());
        if (*at++ != ',') break;
    }
    return l;
}

static RtObj *read_value(void) {
    char c = *at++;
    switch (c) {
    case '_': return 0;
    case 'N': return RT_NONE;
    case 'T': return RT_TRUE;
    case 'F': return RT_FALSE;
    case 'i': return rt_box_int(read_int());
    case 'f': {
        const char *p = at;
        while (!is_end(*at)) at++;
        return rt_box_float(rt_float_from_str(rt_str_from_bytes(p, (uint32_t)(at - p))));
    }
    case 's':
    case 'b':
    case 'y': {
        uint32_t cap = 0;
        while (!is_end(at[cap])) cap++;
        char *buf = rt_alloc(cap / 2 + 1);
        uint32_t n = hex_bytes(buf);
        return c == 's' ? (RtObj *)rt_str_from_bytes(buf, n) : rt_bytes_make(c == 'b' ? RT_TYPE_BYTES : RT_TYPE_BYTEARRAY, buf, n);
    }
    case '[': return read_items(']');
    case '(': {
        RtList *l = (RtList *)read_items(')');
        return rt_tuple_from_array(rt_list_items(l), l->len);
    }
    case '{': {
        RtObj *l = read_items('}'), *s = rt_set_new();
        rt_set_update(s, l);
        return s;
    }
    case 'M': {
        at++; /* [ */
        RtList *l = (RtList *)read_items(']');
        RtObj *d = rt_dict_new();
        for (uint32_t i = 0; i + 1 < l->len; i += 2) rt_dict_setitem(d, rt_list_items(l)[i], rt_list_items(l)[i + 1]);
        return d;
    }
    case 'r': {
        int64_t a = read_int();
        at++;
        int64_t b = read_int();
        at++;
        int64_t s = read_int();
        return rt_range_new(a, b, s);
    }
    default: return RT_NONE;
    }
}

/* the next space-separated argument */
static RtObj *arg(void) {
    while (*at == ' ') at++;
    return *at ? read_value() : 0; /* none left: not given */
}

static double farg(void) {
    RtObj *v = arg();
    return v ? rt_unbox_float(v) : 0;
}

/* ---- printing results ---- */

static RtSb out;

static void put_exc(void) {
    RtObj *e = rt_exc_take();
    RtSb m = {0, 0, 0};
    rt_exc_str_into(&m, e);
    rt_sb_puts(&out, rt_class_cname(((RtExc *)e)->cls));
    rt_sb_puts(&out, ": ");
    for (uint32_t i = 0; i < m.len; i++) {
        if (m.buf[i] == '\n') rt_sb_puts(&out, "\\n");
        else rt_sb_putc(&out, m.buf[i]);
    }
}

static void put_float(double v) {
    if (rt_exc_pending()) return put_exc();
    char tmp[40];
    rt_sb_put(&out, tmp, (uint32_t)rt_format_float(v, tmp));
}

static void put_int(int64_t v) {
    if (rt_exc_pending()) return put_exc();
    rt_int_put_text(&out, v, 16);
}

static void put_obj(RtObj *o) {
    if (rt_exc_pending()) return put_exc();
    if (!o) {
        rt_sb_puts(&out, "NULL");
        return;
    }
    rt_repr_into(&out, o);
    if (rt_exc_pending()) put_exc();
}

/* ---- one case ---- */

#define OP(name) (oplen == sizeof name - 1 && !memcmp(op, name, oplen))

static void eval_case(const char *line) {
    const char *op = line;
    while (*line && *line != ' ') line++;
    uint32_t oplen = (uint32_t)(line - op);
    at = line;
    if (OP("seed")) {
        rt_random_seed(arg());
        put_obj(RT_NONE);
    } else if (OP("random")) put_float(rt_random_random());
    else if (OP("getrandbits")) put_int(rt_random_getrandbits(arg()));
    else if (OP("randrange")) {
        RtObj *a = arg(), *b = arg();
        put_int(rt_random_randrange(a, b, arg()));
    } else if (OP("randint")) {
        RtObj *a = arg();
        put_int(rt_random_randint(a, arg()));
    } else if (OP("randbytes")) put_obj(rt_random_randbytes(arg()));
    else if (OP("choice")) put_obj(rt_random_choice(arg()));
    else if (OP("choices")) {
        RtObj *p = arg(), *w = arg(), *cw = arg();
        put_obj(rt_random_choices(p, w, cw, arg()));
    } else if (OP("shuffle")) {
        RtObj *x = arg();
        rt_random_shuffle(x);
        put_obj(x);
    } else if (OP("sample")) {
        RtObj *p = arg(), *k = arg();
        put_obj(rt_random_sample(p, k, arg()));
    } else if (OP("libm")) { /* libm's own values, to tell which of its functions differ from CPython's */
        while (*at == ' ') at++;
        const char *fn = at;
        while (*at && *at != ' ') at++;
        uint32_t n = (uint32_t)(at - fn);
        double x = farg(), y = farg();
#define FN(name) (n == sizeof name - 1 && !memcmp(fn, name, n))
        if (FN("log")) put_float(log(x));
        else if (FN("exp")) put_float(exp(x));
        else if (FN("sqrt")) put_float(sqrt(x));
        else if (FN("cos")) put_float(cos(x));
        else if (FN("sin")) put_float(sin(x));
        else if (FN("acos")) put_float(acos(x));
        else if (FN("pow")) put_float(pow(x, y));
        else rt_sb_puts(&out, "?fn");
#undef FN
    } else if (OP("triangular")) {
        double a = farg(), b = farg();
        put_float(rt_random_triangular(a, b, arg()));
    } else {
        double a = farg(), b = farg(); /* the distributions: one or two floats */
        if (OP("uniform")) put_float(rt_random_uniform(a, b));
        else if (OP("gauss")) put_float(rt_random_gauss(a, b));
        else if (OP("normalvariate")) put_float(rt_random_normalvariate(a, b));
        else if (OP("lognormvariate")) put_float(rt_random_lognormvariate(a, b));
        else if (OP("expovariate")) put_float(rt_random_expovariate(a));
        else if (OP("vonmisesvariate")) put_float(rt_random_vonmisesvariate(a, b));
        else if (OP("gammavariate")) put_float(rt_random_gammavariate(a, b));
        else if (OP("betavariate")) put_float(rt_random_betavariate(a, b));
        else if (OP("paretovariate")) put_float(rt_random_paretovariate(a));
        else if (OP("weibullvariate")) put_float(rt_random_weibullvariate(a, b));
        else rt_sb_puts(&out, "?op");
    }
}

static void run_cases(char *text, uint32_t len) {
    RtSb all = {0, 0, 0};
    for (uint32_t i = 0; i < len;) {
        uint32_t j = i;
        while (j < len && text[j] != '\n') j++;
        text[j] = 0;
        out.len = 0;
        eval_case(text + i);
        rt_sb_putc(&out, '\n');
        rt_sb_put(&all, out.buf, out.len);
        if (all.len > (1u << 16)) write_all(1, all.buf, all.len), all.len = 0;
        i = j + 1;
    }
    write_all(1, all.buf, all.len);
}

static int test_main(void) {
    uint32_t len;
    char *text = read_input(&len);
    run_cases(text, len); /* first: they begin with the generator unseeded */
    unit_checks();
    rt_sb_puts(&log_sb, "rt_random: ");
    rt_sb_put_i64(&log_sb, checks);
    rt_sb_puts(&log_sb, " checks, ");
    rt_sb_put_i64(&log_sb, failures);
    rt_sb_puts(&log_sb, " failures\n");
    write_all(2, log_sb.buf, log_sb.len);
    return failures != 0;
}

#ifdef ML_RT_NATIVE
int main(void) { return test_main(); }
#else
void _start(void) { rt_wasi_proc_exit(test_main()); }
#endif
