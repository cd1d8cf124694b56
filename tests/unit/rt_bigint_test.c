/* Native tests of the arbitrary precision ints (src/runtime/rt_int.c,
 * rt_bigint*.c). tests/rt_bigint.test.mjs compiles every runtime source with
 * gcc for the host (-DML_RUNTIME_BUILD -DML_RT_NATIVE) together with this
 * file, once optimized and once under ASan/UBSan.
 *
 *   rt_bigint_test                 unit checks only (canonical form, errors)
 *   rt_bigint_test CASES           then evaluates each line of CASES with the
 *                                  rt_int_* functions, one output line each
 *   rt_bigint_test --bench [limbs] multiplication timings (Karatsuba cutoff)
 *
 * The case lines are written by the .mjs, which evaluates the same lines
 * with python3 and compares the outputs line for line (the differential
 * test). Case syntax: an operation name then its operands separated by
 * single spaces; ints in hexadecimal as Python's format(x, 'x') writes them
 * (read through the power-of-two parser, so that decimal conversion is
 * only exercised by the cases that test it), floats as text for strtod.
 * Results: ints in the same hexadecimal form, raw C integers in decimal,
 * floats as CPython's repr, an exception as "!Type: message". A result
 * that breaks canonical form (a small value as a handle, a handle with a
 * zero top limb...) prints NONCANONICAL, which no Python output matches.
 *
 * The heap is rt_native_stubs.h's arena below 2 GiB (a handle holds the
 * low 32 bits of an address, as in wasm32). */
#define _DEFAULT_SOURCE
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#include "rt_bigint.h"

/* ---- stubs of the imports ---- */
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

/* ---- printing results ---- */

static int checks, failures;

/* a result in canonical form? */
static int canonical(int64_t v) {
    if (RT_INT_IS_SMALL(v)) return 1;
    if (!RT_INT_IS_HANDLE(v)) return 0;
    RtBig *b = RT_INT_BIG(v);
    if ((b->h.type_flags & 0xff) != RT_TYPE_INT || b->value != v || b->n < 2 || !b->d[b->n - 1] || b->neg > 1)
        return 0;
    if (b->n == 2) { /* must be outside the small range */
        uint64_t u = (uint64_t)b->d[1] << 32 | b->d[0];
        if (u < (uint64_t)1 << 61 || (u == (uint64_t)1 << 61 && b->neg)) return 0;
    }
    return 1;
}

static RtSb out;

static void put_exc(void) {
    RtObj *e = rt_exc_take();
    rt_sb_putc(&out, '!');
    rt_sb_puts(&out, rt_class_cname(((RtExc *)e)->cls));
    rt_sb_puts(&out, ": ");
    rt_exc_str_into(&out, e);
}

static void put_int(int64_t v) {
    if (rt_exc_pending()) return put_exc();
    if (!canonical(v)) {
        rt_sb_puts(&out, "NONCANONICAL");
        return;
    }
    rt_int_put_text(&out, v, 16);
}

static void put_raw(int64_t v) {
    if (rt_exc_pending()) return put_exc();
    rt_sb_put_i64(&out, v);
}

static void put_float(double d) {
    if (rt_exc_pending()) return put_exc();
    char tmp[40];
    rt_sb_put(&out, tmp, (uint32_t)rt_format_float(d, tmp));
}

/* ---- reading operands ---- */

static int64_t hex_int(const char *s) {
    int neg = *s == '-';
    s += neg;
    return rt_int_parse_digits(s, (uint32_t)strlen(s), 16, neg);
}

static RtStr *hex_bytes_str(const char *s) {
    size_t n = strlen(s) / 2;
    char *buf = malloc(n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned x;
        sscanf(s + 2 * i, "%2x", &x);
        buf[i] = (char)x;
    }
    RtStr *r = rt_str_from_bytes(buf, (uint32_t)n);
    free(buf);
    return r;
}

/* ---- one case ---- */

#define OP(name) (!strcmp(op, name))

static void eval_case(char **a, int na) {
    const char *op = a[0];
    int64_t x = na > 1 && strcmp(op, "cmpf") && strcmp(op, "fromfloat") && strcmp(op, "parse") && strcmp(op, "intstr")
                    ? hex_int(a[1])
                    : 0;
    int64_t y = na > 2 && strcmp(op, "cmpf") && strcmp(op, "parse") ? hex_int(a[2]) : 0;
    if (OP("add")) put_int(rt_int_add(x, y));
    else if (OP("sub")) put_int(rt_int_sub(x, y));
    else if (OP("mul")) put_int(rt_int_mul(x, y));
    else if (OP("floordiv")) put_int(rt_int_floordiv(x, y));
    else if (OP("mod")) put_int(rt_int_mod(x, y));
    else if (OP("floordivnz")) put_int(rt_int_floordiv_nz(x, y));
    else if (OP("modnz")) put_int(rt_int_mod_nz(x, y));
    else if (OP("divmod")) {
        int64_t q, r;
        rt_int_divmod(x, y, &q, &r);
        if (rt_exc_pending()) return put_exc();
        put_int(q);
        rt_sb_putc(&out, ' ');
        put_int(r);
    } else if (OP("pow")) put_int(rt_int_pow(x, y));
    else if (OP("powmod")) put_int(rt_int_powmod(x, y, hex_int(a[3])));
    else if (OP("lshift")) put_int(rt_int_lshift(x, y));
    else if (OP("rshift")) put_int(rt_int_rshift(x, y));
    else if (OP("and")) put_int(rt_int_and(x, y));
    else if (OP("or")) put_int(rt_int_or(x, y));
    else if (OP("xor")) put_int(rt_int_xor(x, y));
    else if (OP("invert")) put_int(rt_int_invert(x));
    else if (OP("neg")) put_int(rt_int_neg(x));
    else if (OP("abs")) put_int(rt_int_abs(x));
    else if (OP("cmp")) put_raw(rt_int_cmp(x, y));
    else if (OP("eq")) put_raw(rt_int_eq(x, y));
    else if (OP("hash")) put_raw(rt_int_hash(x));
    else if (OP("bitlen")) put_raw(rt_int_bit_length(x));
    else if (OP("toi64")) {
        int64_t v;
        if (rt_int_to_i64(x, &v)) put_raw(v);
        else rt_sb_puts(&out, "none");
    } else if (OP("str") || OP("bin") || OP("oct") || OP("hex")) {
        int base = OP("str") ? 10 : OP("bin") ? 2 : OP("oct") ? 8 : 16;
        if (!rt_int_put_text(&out, x, base)) put_exc();
        else if (base == 10) { /* and str() agrees */
            RtStr *s = rt_str_from_int(x);
            if (rt_exc_pending()) put_exc();
            else if (!RT_INT_IS_SMALL(x) && (s->byte_len > out.len || memcmp(out.buf + out.len - s->byte_len, s->data, s->byte_len)))
                rt_sb_puts(&out, " str() differs");
        }
    } else if (OP("parse")) put_int(rt_int_parse_digits(a[1], (uint32_t)strlen(a[1]), atoi(a[2]), atoi(a[3])));
    else if (OP("intstr")) put_int(rt_int_from_str_base((RtObj *)hex_bytes_str(na > 2 ? a[2] : ""), atoi(a[1])));
    else if (OP("tofloat")) put_float(rt_int_to_float(x));
    else if (OP("truediv")) put_float(rt_int_truediv(x, y));
    else if (OP("cmpf")) put_raw(rt_int_cmp_float(hex_int(a[1]), strtod(a[2], 0)));
    else if (OP("round")) put_int(rt_int_round(x, y));
    else if (OP("fromfloat")) put_int(rt_int_from_float(strtod(a[1], 0)));
    else rt_sb_puts(&out, "?op");
}

static void run_cases(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(2);
    }
    size_t cap = 1 << 20;
    char *line = malloc(cap);
    while (fgets(line, (int)cap, f)) {
        size_t len = strlen(line);
        while (len == cap - 1 && line[len - 1] != '\n') { /* a longer line */
            line = realloc(line, cap * 2);
            if (!fgets(line + len, (int)(cap + 1), f)) break;
            cap *= 2;
            len = strlen(line);
        }
        if (len && line[len - 1] == '\n') line[--len] = 0;
        char *args[8];
        int na = 0;
        for (char *p = line; na < 8;) {
            args[na++] = p;
            p = strchr(p, ' ');
            if (!p) break;
            *p++ = 0;
        }
        out.len = 0;
        eval_case(args, na);
        rt_sb_putc(&out, '\n');
        fwrite(out.buf, 1, out.len, stdout);
    }
    free(line);
    fclose(f);
}

/* ---- unit checks ---- */

#define CHECK(cond)                                                                      \
    do {                                                                                 \
        checks++;                                                                        \
        if (!(cond)) failures++, fprintf(stderr, "FAIL line %d: %s\n", __LINE__, #cond); \
    } while (0)

/* the text of a result as put_int / put_exc print it */
static const char *text(int64_t v) {
    out.len = 0;
    put_int(v);
    rt_sb_putc(&out, 0);
    return out.buf;
}

static int64_t dec(const char *s) { return rt_int_parse_digits(s + (*s == '-'), (uint32_t)strlen(s + (*s == '-')), 10, *s == '-'); }

static void unit_checks(void) {
    const int64_t MAX = RT_INT_SMALL_MAX, MIN = RT_INT_SMALL_MIN;
    /* leaving and re-entering the small range */
    int64_t big = rt_int_add(MAX, 1);
    CHECK(RT_INT_IS_HANDLE(big) && canonical(big));
    CHECK(!strcmp(text(big), "2000000000000000"));
    CHECK(rt_int_sub(big, 1) == MAX);
    CHECK(RT_INT_IS_HANDLE(rt_int_neg(MIN)) && rt_int_neg(rt_int_neg(MIN)) == MIN);
    CHECK(rt_int_sub(MIN, 0) == MIN && RT_INT_IS_HANDLE(rt_int_sub(MIN, 1)));
    CHECK(rt_int_mul(rt_int_from_u64(1ull << 62), 0) == 0);
    CHECK(rt_int_floordiv(rt_int_mul(big, big), big) == big || rt_int_eq(rt_int_floordiv(rt_int_mul(big, big), big), big));
    CHECK(rt_int_floordiv_nz(rt_int_add(big, 5), 2) == ((int64_t)1 << 60) + 2);
    /* C integers */
    int64_t v;
    CHECK(rt_int_to_i64(rt_int_from_i64(INT64_MIN), &v) && v == INT64_MIN);
    CHECK(rt_int_to_i64(rt_int_from_i64(INT64_MAX), &v) && v == INT64_MAX);
    CHECK(!rt_int_to_i64(rt_int_add(rt_int_from_i64(INT64_MAX), 1), &v));
    CHECK(!rt_int_to_i64(rt_int_sub(rt_int_from_i64(INT64_MIN), 1), &v));
    CHECK(!strcmp(text(rt_int_from_u64(UINT64_MAX)), "ffffffffffffffff"));
    CHECK(rt_int_from_u64(5) == 5 && rt_int_from_i64(-5) == -5);
    /* hashes agree across the small/big boundary with CPython's */
    CHECK(rt_int_hash(MAX) == 0 && rt_int_hash(MIN) == -2 && rt_int_hash(-1) == -2);
    CHECK(rt_int_hash(big) == 1 && rt_int_hash(rt_int_neg(big)) == -2);
    /* text */
    CHECK(!strcmp(text(dec("-123456789012345678901234567890")), "-18ee90ff6c373e0ee4e3f0ad2"));
    uint32_t n;
    char *t = rt_int_decimal(dec("1000000000000000000000000000000"), &n);
    CHECK(n == 31 && !memcmp(t, "1000000000000000000000000000000", 31));
    /* errors, with CPython 3.11's messages */
    t = rt_int_decimal(rt_int_pow(10, 4299), &n);
    CHECK(t && n == 4300);
    CHECK(!rt_int_decimal(rt_int_pow(10, 4300), &n));
    CHECK(!strcmp(text(0), "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; "
                           "use sys.set_int_max_str_digits() to increase the limit"));
    char *ones = malloc(4301);
    memset(ones, '1', 4301);
    CHECK(rt_int_parse_digits(ones, 4300, 10, 0) && !rt_exc_pending());
    CHECK(!rt_int_parse_digits(ones, 4301, 7, 0));
    CHECK(!strcmp(text(0), "!ValueError: Exceeds the limit (4300 digits) for integer string conversion: "
                           "value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit"));
    CHECK(rt_int_parse_digits(ones, 4301, 32, 0) && !rt_exc_pending());
    free(ones);
    CHECK(!strcmp(text(rt_int_lshift(1, (int64_t)1 << 40)), "!MemoryError: "));
    CHECK(!strcmp(text(rt_int_lshift(0, (int64_t)1 << 40)), "0"));
    CHECK(!strcmp(text(rt_int_pow(3, (int64_t)1 << 40)), "!MemoryError: "));
    CHECK(!strcmp(text(rt_int_pow(-1, rt_int_add(MAX, 2))), "-1"));
    CHECK(!strcmp(text(rt_int_rshift(rt_int_neg(big), rt_int_mul(big, big))), "-1"));
    CHECK(!strcmp(text(rt_int_lshift(big, -1)), "!ValueError: negative shift count"));
    CHECK(!strcmp(text(rt_int_rshift(big, rt_int_neg(big))), "!ValueError: negative shift count"));
    CHECK(!strcmp(text(rt_int_floordiv(big, 0)), "!ZeroDivisionError: integer division or modulo by zero"));
    CHECK(!strcmp(text(rt_int_mod(big, 0)), "!ZeroDivisionError: integer modulo by zero"));
    CHECK(!strcmp(text(rt_int_powmod(big, 2, 0)), "!ValueError: pow() 3rd argument cannot be 0"));
    CHECK(!strcmp(text(rt_int_powmod(2, -1, 4)), "!ValueError: base is not invertible for the given modulus"));
    CHECK(!strcmp(text(rt_int_pow(2, -1)), "!ValueError: negative exponent in integer power"));
    rt_int_truediv(big, 0);
    CHECK(!strcmp(text(0), "!ZeroDivisionError: division by zero"));
    rt_int_to_float(rt_int_lshift(1, 1024));
    CHECK(!strcmp(text(0), "!OverflowError: int too large to convert to float"));
    rt_int_truediv(rt_int_lshift(1, 1100), 3);
    CHECK(!strcmp(text(0), "!OverflowError: integer division result too large for a float"));
    rt_int_from_double(__builtin_nan(""));
    CHECK(!strcmp(text(0), "!ValueError: cannot convert float NaN to integer"));
    rt_int_from_double(-__builtin_inf());
    CHECK(!strcmp(text(0), "!OverflowError: cannot convert float infinity to integer"));
    CHECK(!strcmp(text(rt_int_from_double(1e30)), "c9f2c9cd04675000000000000"));
    /* an absurd round() is 0 at once */
    CHECK(rt_int_round(big, rt_int_neg(rt_int_mul(big, big))) == 0);
    CHECK(rt_int_round(big, rt_int_mul(big, big)) == big);
}

/* ---- multiplication timings, to choose RT_KARATSUBA_CUTOFF ---- */

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static void bench(int limbs) {
    uint32_t *a = malloc(limbs * 4), *b = malloc(limbs * 4), *r = malloc(limbs * 8);
    for (int i = 0; i < limbs; i++) a[i] = (uint32_t)rand() * 2654435761u, b[i] = (uint32_t)rand() * 40503u + 1;
    int reps = 50000000 / (limbs * limbs) + 1;
    /* Karatsuba's scratch comes from the collected heap: collect now and
     * then, as a program's polls would, so that it is reused memory */
    double t0 = now();
    for (int k = 0; k < reps; k++) {
        rt_mag_mul(r, a, (uint32_t)limbs, b, (uint32_t)limbs);
        if (k % 256 == 255) rt_gc_collect();
    }
    double t1 = now();
    for (int k = 0; k < reps; k++) {
        rt_mag_mul(r, a, (uint32_t)limbs, a, (uint32_t)limbs);
        if (k % 256 == 255) rt_gc_collect();
    }
    double t2 = now();
    printf("%6d limbs: mul %9.2f us  sqr %9.2f us\n", limbs, (t1 - t0) / reps * 1e6, (t2 - t1) / reps * 1e6);
    free(a), free(b), free(r);
}

int main(int argc, char **argv) {
    if (argc > 1 && !strcmp(argv[1], "--bench")) {
        int sizes[] = {16, 24, 32, 40, 48, 56, 64, 80, 96, 128, 192, 256, 512, 1024, 4096};
        for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) bench(argc > 2 ? atoi(argv[2]) : sizes[i]);
        return 0;
    }
    unit_checks();
    if (argc > 1) run_cases(argv[1]);
    fflush(stdout);
    fprintf(stderr, "rt_bigint: %d checks, %d failures\n", checks, failures);
    return failures != 0;
}
