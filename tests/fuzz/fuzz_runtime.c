/* libFuzzer target: the runtime's parsers of text a program reads at run
 * time (user input, files), compiled natively as tests/rt_obj.test.mjs
 * compiles them (-DML_RT_NATIVE, the stubs of tests/unit/rt_native_stubs.h).
 * The first byte chooses the parser, the rest is the text (valid UTF-8 only:
 * a str of the language cannot hold anything else):
 *   0  int(text, base)      base from the second byte; a result must print
 *                           and parse back to an equal int
 *   1  float(text)          repr of a result parses back to the same bits;
 *                           a plain decimal literal equals glibc's strtod
 *                           (correctly rounded)
 *   2  json.loads(text)     dumps of a result loads back to what dumps
 *                           again to the same text
 *   3  format(v, text)      v an int, a big int, a float, a str, a bool
 *   4  text % args          args a tuple of an int, a float, a str
 *   5  text.format(*args)   the same args
 * A raised exception (ValueError, TypeError, ...) is an answer; a finding is
 * a crash, a sanitizer report, an abort of the runtime, or a round trip
 * that does not hold. */
#define _DEFAULT_SOURCE
#include <math.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "rt_internal.h"
#include "rt_obj.h"

/* proc_exit longjmps here: the runtime exits only on a MemoryError it
 * cannot raise (rt_fatal_memory: format(1, "99999999999") asks for more
 * than the heap), which ends the program as CPython's uncaught one would */
static jmp_buf *catcher;

int32_t rt_wasi_fd_write(int32_t fd, const RtIovec *iovs, int32_t n, uint32_t *nwritten) {
    uint32_t total = 0;
    (void)fd;
    for (int32_t i = 0; i < n; i++) total += iovs[i].len;
    *nwritten = total;
    return 0;
}
/* A heap of 64 MiB: format(1, "200000000") asks for more and ends at once
 * in the runtime's MemoryError (caught below) instead of writing 200 MB;
 * nested fields ("{:^2{0}0}") make such widths from short inputs. */
#define ARENA_BYTES ((uintptr_t)1 << 26)
#include "../unit/rt_native_stubs.h"

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
/* module _json's functions (stdlib.def) */
RtObj *rt_json_decode(RtObj *str, RtObj *err);
RtStr *rt_json_encode(RtObj *obj, RtObj *skipkeys, RtObj *ensure_ascii, RtObj *check_circular, RtObj *allow_nan,
                      RtObj *indent, RtObj *item_sep, RtObj *key_sep, RtObj *dflt, RtObj *sort_keys);

static void finding(const char *what, RtStr *a, RtStr *b) {
    fprintf(stderr, "fuzz_runtime: %s\n", what);
    if (a) fprintf(stderr, "  first:  %.*s\n", (int)a->byte_len, a->data);
    if (b) fprintf(stderr, "  second: %.*s\n", (int)b->byte_len, b->data);
    abort();
}

/* well-formed UTF-8 (no surrogates, no overlong forms), as a str holds */
static int utf8_ok(const unsigned char *s, size_t n) {
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        size_t k = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
        if (!k || i + k > n) return 0;
        unsigned cp = k == 1 ? c : k == 2 ? c & 0x1f : k == 3 ? c & 0x0f : c & 0x07;
        for (size_t j = 1; j < k; j++) {
            if ((s[i + j] & 0xc0) != 0x80) return 0;
            cp = cp << 6 | (s[i + j] & 0x3f);
        }
        if ((k == 2 && cp < 0x80) || (k == 3 && cp < 0x800) || (k == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return 0;
        i += k;
    }
    return 1;
}

static int str_eq(RtStr *a, RtStr *b) {
    return a->byte_len == b->byte_len && memcmp(a->data, b->data, a->byte_len) == 0;
}

/* the pending exception, if any, is the answer: drop it */
static int raised(void) {
    if (!RT_ERR) return 0;
    rt_exc_take();
    return 1;
}

static void fuzz_int(RtStr *text, int base) {
    int64_t v = rt_int_from_str_base((RtObj *)text, base);
    if (raised()) return;
    RtObj *boxed = rt_box_int(v);
    RtStr *shown = rt_dyn_str(boxed);
    if (raised()) return; /* more than 4,300 digits: ValueError, as CPython */
    int64_t back = rt_int_from_str(shown);
    if (raised()) finding("str(int(text)) does not parse", shown, 0);
    if (!rt_dyn_eq(boxed, rt_box_int(back))) finding("int(str(v)) != v", shown, rt_dyn_str(rt_box_int(back)));
}

/* [+-]digits[.digits][(e|E)[+-]digits], or with the point first: what
 * strtod reads the same way as Python (no underscores, inf, nan, hex) */
static int plain_decimal(const char *s, uint32_t n) {
    uint32_t i = 0, digits = 0;
    if (i < n && (s[i] == '+' || s[i] == '-')) i++;
    while (i < n && s[i] >= '0' && s[i] <= '9') i++, digits++;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++, digits++;
    }
    if (!digits) return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        uint32_t e = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') i++, e++;
        if (!e) return 0;
    }
    return i == n;
}

static int same_float(double a, double b) {
    return (isnan(a) && isnan(b)) || memcmp(&a, &b, sizeof a) == 0;
}

static void fuzz_float(RtStr *text) {
    double v;
    if (!rt_float_parse_text(text, &v)) {
        rt_float_from_str(text); /* the ValueError's message is built too */
        if (!raised()) finding("float() refused the text without raising", text, 0);
        return;
    }
    if (plain_decimal(text->data, text->byte_len)) {
        char *c = strndup(text->data, text->byte_len);
        double want = strtod(c, 0);
        free(c);
        if (!same_float(v, want)) finding("float(text) differs from strtod", text, rt_dyn_repr(rt_box_float(want)));
    }
    RtStr *shown = rt_dyn_repr(rt_box_float(v));
    double back;
    if (!rt_float_parse_text(shown, &back) || !same_float(v, back)) finding("float(repr(v)) != v", text, shown);
}

static RtStr *json_dumps(RtObj *v) {
    RtObj *t = RT_TRUE, *f = RT_FALSE;
    return rt_json_encode(v, f, t, t, t, RT_NONE, (RtObj *)rt_str_from_bytes(", ", 2),
                          (RtObj *)rt_str_from_bytes(": ", 2), RT_NONE, f);
}

static void fuzz_json(RtStr *text) {
    RtObj *err = rt_list_new(0);
    RtObj *v = rt_json_decode((RtObj *)text, err);
    if (raised() || !v) return; /* RecursionError, or the JSONDecodeError's parts in err */
    RtStr *once = json_dumps(v);
    if (raised()) return; /* an int of more than 4,300 digits */
    RtObj *v2 = rt_json_decode((RtObj *)once, rt_list_new(0));
    if (raised() || !v2) finding("json.loads(json.dumps(v)) failed", text, once);
    RtStr *twice = json_dumps(v2);
    if (raised() || !str_eq(once, twice)) finding("json.dumps is not stable over a round trip", once, twice);
}

static RtObj *sample_args(void) {
    RtObj *t = rt_tuple_new(3);
    rt_tuple_set(t, 0, rt_box_int(42));
    rt_tuple_set(t, 1, rt_box_float(-2.5));
    rt_tuple_set(t, 2, (RtObj *)rt_str_from_bytes("héllo", 6));
    return t;
}

static void fuzz_format(RtStr *spec, int which) {
    RtObj *v;
    switch (which % 6) {
    case 0: v = rt_box_int(-1234567); break;
    case 1: v = rt_box_int(rt_int_from_str(rt_str_from_bytes("-123456789012345678901234567890", 31))); break;
    case 2: v = rt_box_float(1234.5678); break;
    case 3: v = rt_box_float(-0.0 / 0.0 * (which & 8 ? -1 : 1)); break;
    case 4: v = (RtObj *)rt_str_from_bytes("wörd", 5); break;
    default: v = rt_box_bool(which & 8); break;
    }
    rt_format(v, spec);
    raised();
}

/* a run of 7 digits or more: a width or precision of millions, which
 * format and % honour by building the text (as CPython does): slow, not
 * a finding */
static int huge_number(const unsigned char *p, size_t n) {
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        run = p[i] >= '0' && p[i] <= '9' ? run + 1 : 0;
        if (run >= 7) return 1;
    }
    return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
    if (size < 2 || !utf8_ok(data + 2, size - 2)) return 0;
    if (data[0] % 6 >= 3 && huge_number(data + 2, size - 2)) return 0;
    RtStr *text = rt_str_from_bytes((const char *)data + 2, (uint32_t)(size - 2));
    int arg = data[1];
    jmp_buf exited;
    catcher = &exited;
    if (setjmp(exited)) {
        catcher = 0;
        raised();
        rt_gc_collect();
        return 0;
    }
    switch (data[0] % 6) {
    case 0: fuzz_int(text, arg % 38); break;
    case 1: fuzz_float(text); break;
    case 2: fuzz_json(text); break;
    case 3: fuzz_format(text, arg); break;
    case 4: rt_str_mod(text, sample_args()), raised(); break;
    default: rt_str_format_call((RtObj *)text, sample_args(), 0), raised(); break;
    }
    catcher = 0;
    if (RT_ERR) finding("an exception left pending", text, 0);
    /* nothing is rooted between inputs: a collection frees them all */
    if (rt_gc_due()) rt_gc_collect();
    return 0;
}
