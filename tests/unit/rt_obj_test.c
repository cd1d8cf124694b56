/* Native unit tests of the dynamic runtime (src/runtime: objects,
 * containers, collector). tests/rt_obj.test.mjs compiles every runtime
 * source with gcc for the host (-DML_RUNTIME_BUILD -DML_RT_NATIVE) together
 * with this file, which stubs the WASI imports (fd_write -> buffers or
 * write(2), proc_exit -> longjmp back into the test when an exception is
 * expected, else exit) and gives the heap a reserved mmap arena.
 *
 * Expected texts come from CPython 3.11 (the EXP_* strings were printed by
 * python3 evaluating the Python expression quoted beside each check).
 *
 * Usage: rt_obj_test [gc-iterations]   (default 10000000) */
#define _DEFAULT_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "rt_obj.h"

/* ---- stubs of the imports ---- */
static char out_cap[1 << 16], err_cap[4096];
static size_t out_len, err_len;
static int capture_out;
static jmp_buf *catcher;

int32_t rt_wasi_fd_write(int32_t fd, const RtIovec *iovs, int32_t n, uint32_t *nwritten) {
    uint32_t total = 0;
    for (int32_t i = 0; i < n; i++) {
        const char *p = iovs[i].buf;
        uint32_t len = iovs[i].len;
        if (fd == 1 && capture_out) {
            if (out_len + len < sizeof out_cap) memcpy(out_cap + out_len, p, len), out_len += len;
        } else if (fd == 2 && catcher) {
            if (err_len + len < sizeof err_cap) memcpy(err_cap + err_len, p, len), err_len += len;
        } else if (write(fd, p, len) < 0) {
            return 1;
        }
        total += len;
    }
    *nwritten = total;
    return 0;
}
#include "rt_native_stubs.h"

/* ---- checking ---- */
static int failures, checks;

static void check_str(const char *what, RtStr *got, const char *want) {
    checks++;
    if (got->byte_len != strlen(want) || memcmp(got->data, want, got->byte_len) != 0 ||
        got->cp_len != rt_utf8_count(want, (uint32_t)strlen(want))) {
        failures++;
        fprintf(stderr, "FAIL %s\n  got:  %.*s\n  want: %s\n", what, (int)got->byte_len, got->data, want);
    }
}
#define CHECK_REPR(what, obj, want) check_str(what, rt_dyn_repr(obj), want)
#define CHECK(cond)                                                            \
    do {                                                                       \
        checks++;                                                              \
        if (!(cond)) failures++, fprintf(stderr, "FAIL line %d: %s\n", __LINE__, #cond); \
    } while (0)

/* runs stmt, which must raise; compares the last stderr line */
#define EXPECT_RAISE(stmt, want)                                               \
    do {                                                                       \
        jmp_buf jb;                                                            \
        err_len = 0;                                                           \
        catcher = &jb;                                                         \
        if (!setjmp(jb)) {                                                     \
            stmt;                                                              \
            if (rt_exc_pending()) rt_exc_report(); /* exits: longjmp */        \
            catcher = 0;                                                       \
            failures++, checks++;                                              \
            fprintf(stderr, "FAIL line %d: no exception from %s\n", __LINE__, #stmt); \
        } else {                                                               \
            catcher = 0;                                                       \
            expect_err(__LINE__, want);                                        \
        }                                                                      \
    } while (0)

static void expect_err(int line, const char *want) {
    checks++;
    err_cap[err_len] = 0;
    if (err_len) err_cap[--err_len] = 0; /* final newline */
    const char *last = strrchr(err_cap, '\n');
    last = last ? last + 1 : err_cap;
    if (strcmp(last, want) != 0) failures++, fprintf(stderr, "FAIL line %d\n  got:  %s\n  want: %s\n", line, last, want);
}

/* ---- building values ---- */
static RtObj *I(int64_t v) { return rt_box_int(rt_int_from_i64(v)); } /* any int64 (tagged: rt_abi.h) */
static RtObj *F(double v) { return rt_box_float(v); }
static RtObj *S(const char *s) { return (RtObj *)rt_str_from_bytes(s, (uint32_t)strlen(s)); }
static RtStr *SS(const char *s) { return rt_str_from_bytes(s, (uint32_t)strlen(s)); }
#define NONE rt_none()
#define TRUE_ rt_box_bool(1)
#define FALSE_ rt_box_bool(0)

static RtObj *L(int n, ...) {
    RtObj *l = rt_list_new(0);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) rt_list_append(l, va_arg(ap, RtObj *));
    va_end(ap);
    return l;
}
static RtObj *T(int n, ...) {
    RtObj *t = rt_tuple_new(n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) rt_tuple_set(t, i, va_arg(ap, RtObj *));
    va_end(ap);
    return t;
}
static RtObj *D(int n, ...) { /* n pairs */
    RtObj *d = rt_dict_new();
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) {
        RtObj *k = va_arg(ap, RtObj *);
        rt_dict_setitem(d, k, va_arg(ap, RtObj *));
    }
    va_end(ap);
    return d;
}
static RtObj *SET(int n, ...) {
    RtObj *s = rt_set_new();
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++) rt_set_add(s, va_arg(ap, RtObj *));
    va_end(ap);
    return s;
}
static RtObj *SETI(int n, const int64_t *v) {
    RtObj *s = rt_set_new();
    for (int i = 0; i < n; i++) rt_set_add(s, I(v[i]));
    return s;
}
static RtObj *RANGE_LIST(int64_t a, int64_t b, int64_t c) { return rt_builtin_list(rt_range_new(a, b, c)); }
static RtObj *B(int32_t v) { return rt_box_bool(v); }
#define SLICE(o, a, b, c, f) rt_dyn_getslice(o, a, b, c, f)
enum { ST = RT_SLICE_START, SP = RT_SLICE_STOP, SE = RT_SLICE_STEP };

/* ---- expected texts, printed by CPython 3.11 (the Python expressions are in the comments of each test) ---- */
#define EXP_nested "[1, 'a', 2.5, None, True, False, (1,), (), {'a': 1, 2: [3, 'x']}, {1, 2}, set(), range(0, 5), range(1, 10, 3), -0.0, 1e+16, 0.30000000000000004, \"it's\", 'q\"\\'', [[], [[]]], {}]"
#define EXP_set_order1 "{64, 1, 33, 3, 100, 5, 8, 1000, 17, -7, -1}"
#define EXP_set_tuples "{(1, 2), (2, 1), (3, 4), (0, 0), (-1, 5)}"
#define EXP_set_floats "{0.5, 1.5, 2.25, 3.0, 10000000000.0}"
#define EXP_set_union "{1, 2, 99, 3, 7, 1000, 50}"
#define EXP_set_inter "{99, 13, 7}"
#define EXP_set_diff "{1, 50, 12, 13}"
#define EXP_set_xor "{1, 3, 99, 1000}"
#define EXP_set_big "{133, 7, 140, 14, 154, 28, 161, 35, 175, 49, 182, 56, 196, 70, 77, 91, 98, 112, 119}"
#define EXP_set_mixed "{0, True, 2}"
#define EXP_range_slice "[range(9, -1, -1), range(2, 8, 3), range(15, -5, -10)]"
#define EXP_list_slices "[[9, 6, 3, 0], [8, 6, 4], [7, 8, 9], [9, 8, 7, 6, 5, 4], [], [0, 2, 4, 6, 8]]"
#define EXP_str_slices "['dlröw olléh', 'él öl', 'wörld', 'βγ', 'cba']"
#define EXP_dict_views "[dict_keys(['a', 'b']), dict_values([1, [2]]), dict_items([('a', 1), ('b', [2])])]"
#define EXP_split "[['a', 'b', 'c'], ['a', 'b', '', 'c'], ['a', 'b', 'c d'], ['a', 'b,c'], [' x', 'y'], ['a,b', 'c'], [], [''], ['l1', 'l2', 'l3']]"
#define EXP_split2 "[['a', 'b', 'c d '], ['a', 'b  '], ['  a', 'b'], ['a,', 'b', ''], ['x']]"
#define EXP_strmeth "['xx', 'hi', 'hi', 'hi', 'STRASSE', 'σας οδος', \"Hello World It'S\", 'Héllo', 'привет МИР', 2, 4, 3, 4, 'a+b+c', '.a.b.c.', 'bbaa', True, True, False, True, 'a-b-c', 'éé', 'Ÿ']"
#define EXP_sorted_stable "[(0, 'z'), (0, 'y'), (1, 'b'), (1, 'a'), (1, 'c'), (2, 'c')]"
#define EXP_sorted_stable_rev "[(2, 'c'), (1, 'b'), (1, 'a'), (1, 'c'), (0, 'z'), (0, 'y')]"
#define EXP_sorted_mixed "[-2, 0, True, 1.5, 2.0, 3]"
#define EXP_builtins "[4.5, 1, 'o', False, True, [(1, 'a'), (2, 'b')], [(1, 'a'), (2, 'b')], (1,), {1: 2, 'a': 'b'}, [3, 2, 1], [4, 3, 2, 1, 0], 233, '€']"
#define EXP_arith "[-4, 2, 0.5, 0.25, 3.0, 2, 'ababab', [0, 0, 0], (1, 2, 3), 1, True, 5, -1, -6, 1024, 2.5, 0.0, [1, 2, 3]]"
#define EXP_compare "[True, False, True, True, True, True, False, True, True, True, True, True, True, True, True, False, True, True, True, True]"
#define EXP_dict_ops "{'first': 0, 'k1': 1, 'k2': 2, 'k4': 4, 'k5': 55, 'k7': 7, 'k8': 8, 'k10': 10, 'k11': 11, 'k0': 'again'}"
#define EXP_recursive "[1, [...], {'self': [...]}]"

/* ---- tests ---- */

static void test_repr(void) {
    /* EXP_nested */
    RtObj *v = L(20, I(1), S("a"), F(2.5), NONE, TRUE_, FALSE_, T(1, I(1)), T(0), D(2, S("a"), I(1), I(2), L(2, I(3), S("x"))),
                 SET(2, I(1), I(2)), rt_set_new(), rt_range_new(0, 5, 1), rt_range_new(1, 10, 3), F(-0.0), F(1e16),
                 F(0.1 + 0.2), S("it's"), S("q\"'"), L(2, L(0), L(1, L(0))), rt_dict_new());
    CHECK_REPR("nested", v, EXP_nested);
    check_str("str(str)", rt_dyn_str(S("x'y")), "x'y");
    check_str("str(list of str)", rt_dyn_str(L(1, S("x'y"))), "[\"x'y\"]");
    RtObj *l = L(1, I(1)); /* EXP_recursive */
    rt_list_append(l, l);
    rt_list_append(l, D(1, S("self"), l));
    CHECK_REPR("recursive", l, EXP_recursive);
    /* print(...) */
    capture_out = 1, out_len = 0;
    rt_print_obj(L(2, S("a"), F(1.5)));
    rt_print_obj(S(" é "));
    rt_print_obj(NONE);
    rt_flush();
    capture_out = 0;
    CHECK(out_len == strlen("['a', 1.5] é None") && !memcmp(out_cap, "['a', 1.5] é None", out_len));
    check_str("type name", rt_type_name(rt_iter(L(0))), "list_iterator");
    check_str("type name", rt_type_name(NONE), "NoneType");
}

static void test_sets(void) {
    static const int64_t a1[] = {5, 3, 1, 100, 33, 17, 8, 64, 1000, -1, -7};
    CHECK_REPR("set_order1", SETI(11, a1), EXP_set_order1);
    CHECK_REPR("set_tuples", SET(5, T(2, I(1), I(2)), T(2, I(3), I(4)), T(2, I(0), I(0)), T(2, I(-1), I(5)), T(2, I(2), I(1))),
               EXP_set_tuples);
    CHECK_REPR("set_floats", SET(5, F(1.5), F(2.25), F(0.5), F(3.0), F(1e10)), EXP_set_floats);
    static const int64_t u1[] = {1, 50, 99, 7}, u2[] = {2, 1000, 7, 3};
    CHECK_REPR("set_union", rt_dyn_or(SETI(4, u1), SETI(4, u2)), EXP_set_union);
    static const int64_t i1[] = {1, 50, 99, 7, 12, 13}, i2[] = {99, 7, 13, 1000}, d2[] = {99, 7};
    CHECK_REPR("set_inter", rt_dyn_and(SETI(6, i1), SETI(4, i2)), EXP_set_inter);
    CHECK_REPR("set_diff", rt_dyn_sub(SETI(6, i1), SETI(2, d2)), EXP_set_diff);
    static const int64_t x2[] = {7, 1000, 3, 50};
    CHECK_REPR("set_xor", rt_dyn_xor(SETI(4, u1), SETI(4, x2)), EXP_set_xor);
    CHECK_REPR("set_big", rt_dyn_sub(rt_builtin_set(rt_range_new(0, 200, 7)), rt_builtin_set(rt_range_new(0, 200, 3))),
               EXP_set_big);
    CHECK_REPR("set_mixed", SET(7, TRUE_, F(1.0), I(2), B(1), I(0), F(0.0), FALSE_), EXP_set_mixed);
    RtObj *s = SET(3, I(1), I(2), I(3));
    rt_set_discard(s, I(2));
    rt_set_discard(s, I(42));
    CHECK(rt_dyn_len(s) == 2 && rt_set_contains(s, F(3.0)) && !rt_set_contains(s, I(2)));
    CHECK(rt_set_issubset(SET(1, I(1)), s) && rt_set_issuperset(s, L(1, I(3))) && rt_set_isdisjoint(s, L(1, I(2))));
    EXPECT_RAISE(rt_set_remove(s, S("k")), "KeyError: 'k'");
    EXPECT_RAISE(rt_set_add(s, L(0)), "TypeError: unhashable type: 'list'");
    EXPECT_RAISE(rt_set_pop(rt_set_new()), "KeyError: 'pop from an empty set'");
    /* many adds and removes keep membership right */
    RtObj *big = rt_set_new();
    for (int i = 0; i < 5000; i++) rt_set_add(big, I(i * 7));
    for (int i = 0; i < 5000; i += 2) rt_set_discard(big, I(i * 7));
    int ok = rt_dyn_len(big) == 2500;
    for (int i = 0; i < 5000; i++) ok &= rt_set_contains(big, I(i * 7)) == (i % 2);
    CHECK(ok);
}

static void test_dicts(void) {
    /* EXP_dict_ops: insertion order, deletion, re-insertion, setdefault, popitem */
    RtObj *d = D(1, S("first"), I(0));
    char k[16];
    for (int i = 0; i < 12; i++) snprintf(k, sizeof k, "k%d", i), rt_dict_setitem(d, S(k), I(i));
    for (int i = 0; i < 12; i += 3) snprintf(k, sizeof k, "k%d", i), rt_dict_pop(d, S(k), 0);
    rt_dict_setitem(d, S("k0"), S("again"));
    rt_dict_setitem(d, S("k5"), I(55));
    rt_dict_setdefault(d, S("z"), L(0));
    CHECK_REPR("popitem", rt_dict_popitem(d), "('z', [])");
    CHECK_REPR("dict_ops", d, EXP_dict_ops);
    CHECK_REPR("dict_views", L(3, rt_dict_keys(D(2, S("a"), I(1), S("b"), L(1, I(2)))),
                               rt_dict_values(D(2, S("a"), I(1), S("b"), L(1, I(2)))),
                               rt_dict_items(D(2, S("a"), I(1), S("b"), L(1, I(2))))),
               EXP_dict_views);
    /* 1 == 1.0 == True are one key */
    RtObj *e = D(1, I(1), S("int"));
    rt_dict_setitem(e, F(1.0), S("float"));
    rt_dict_setitem(e, TRUE_, S("bool"));
    CHECK_REPR("numeric keys", e, "{1: 'bool'}");
    CHECK(rt_hash(I(1)) == rt_hash(F(1.0)) && rt_hash(I(1)) == rt_hash(TRUE_) && rt_hash(I(-1)) == -2);
    CHECK(rt_hash(F(1e20)) == rt_hash(F(1e20)) && rt_hash(F(0.5)) == 1152921504606846976LL);
    CHECK(rt_hash(T(2, I(1), I(2))) == -3550055125485641917LL); /* hash((1, 2)) in CPython */
    /* big dict with deletions */
    RtObj *b = rt_dict_new();
    for (int i = 0; i < 20000; i++) rt_dict_setitem(b, I(i), I(i * 2));
    for (int i = 0; i < 20000; i += 2) rt_dict_delitem(b, I(i));
    int ok = rt_dyn_len(b) == 10000;
    for (int i = 0; i < 20000; i++) ok &= rt_dict_contains(b, I(i)) == (i % 2);
    ok &= rt_unbox_int(rt_dict_getitem(b, I(19999))) == 39998;
    CHECK(ok);
    RtObj *it = rt_iter(b), *x;
    int64_t prev = -1;
    ok = 1;
    while (rt_iter_next(it, &x)) ok &= rt_unbox_int(x) > prev, prev = rt_unbox_int(x);
    CHECK(ok && prev == 19999);
    EXPECT_RAISE(rt_dict_getitem(D(1, I(1), I(2)), I(3)), "KeyError: 3");
    EXPECT_RAISE(rt_dict_getitem(D(0), T(2, S("a"), I(1))), "KeyError: ('a', 1)");
    EXPECT_RAISE(rt_dict_popitem(rt_dict_new()), "KeyError: 'popitem(): dictionary is empty'");
    EXPECT_RAISE(rt_builtin_dict(L(1, I(1))), "TypeError: cannot convert dictionary update sequence element #0 to a sequence");
    EXPECT_RAISE(rt_builtin_dict(L(1, T(3, I(1), I(2), I(3)))),
                 "ValueError: dictionary update sequence element #0 has length 3; 2 is required");
    RtObj *m = D(2, I(1), I(1), I(2), I(2));
    RtObj *mi = rt_iter(m);
    rt_iter_next(mi, &x);
    rt_dict_setitem(m, I(3), I(3));
    EXPECT_RAISE(rt_iter_next(mi, &x), "RuntimeError: dictionary changed size during iteration");
    CHECK_REPR("dict |", rt_dyn_or(D(1, I(1), I(2)), D(2, I(1), I(3), S("a"), NONE)), "{1: 3, 'a': None}");
}

static void test_sequences(void) {
    CHECK_REPR("range_slice",
               L(3, SLICE(rt_range_new(0, 10, 1), 0, 0, -1, SE), SLICE(rt_range_new(0, 10, 1), 2, 8, 3, ST | SP | SE),
                 SLICE(rt_range_new(0, 20, 5), 0, 0, -2, SE)),
               EXP_range_slice);
    RtObj *r = RANGE_LIST(0, 10, 1);
    CHECK_REPR("list_slices",
               L(6, SLICE(r, 0, 0, -3, SE), SLICE(r, 8, 2, -2, ST | SP | SE), SLICE(r, -3, 0, 0, ST),
                 SLICE(r, 0, -7, -1, SP | SE), SLICE(r, 100, 0, 0, ST), SLICE(r, 0, 0, 2, SE)),
               EXP_list_slices);
    RtObj *h = S("héllo wörld");
    CHECK_REPR("str_slices",
               L(5, SLICE(h, 0, 0, -1, SE), SLICE(h, 1, -1, 2, ST | SP | SE), SLICE(h, -5, 0, 0, ST),
                 SLICE(S("αβγδ"), 1, 3, 0, ST | SP), SLICE(S("abc"), 0, 0, -1, SE)),
               EXP_str_slices);
    CHECK(rt_dyn_len(h) == 11);
    check_str("str index", rt_dyn_str(rt_dyn_getitem_int(h, -4)), "ö");
    /* slice assignment and deletion (CPython: see comments) */
    RtObj *l = RANGE_LIST(0, 10, 1);
    rt_dyn_setslice(l, 2, 5, 0, ST | SP, L(1, S("x")));   /* l[2:5] = ['x'] */
    rt_dyn_delslice(l, 0, 0, -2, SE);                      /* del l[::-2] */
    rt_dyn_setslice(l, 0, 0, 2, SE, L(2, I(-1), I(-2)));   /* l[::2] = [-1, -2] */
    CHECK_REPR("slice assign", l, "[-1, 'x', -2, 8]"); /* CPython */
    EXPECT_RAISE(rt_dyn_setslice(l, 0, 0, 2, SE, L(1, I(1))),
                 "ValueError: attempt to assign sequence of size 1 to extended slice of size 2");
    /* list methods */
    RtObj *m = L(3, I(3), I(1), I(2));
    rt_list_insert(m, -1, S("i"));
    rt_list_insert(m, 100, S("end"));
    CHECK_REPR("insert", m, "[3, 1, 'i', 2, 'end']");
    CHECK_REPR("pop", rt_list_pop_at(m, 1), "1");
    rt_list_remove(m, S("i"));
    rt_list_extend(m, m);
    CHECK_REPR("extend self", m, "[3, 2, 'end', 3, 2, 'end']");
    CHECK(rt_list_index(m, S("end")) == 2 && rt_list_count(m, I(3)) == 2);
    rt_list_reverse(m);
    CHECK_REPR("reverse", m, "['end', 2, 3, 'end', 2, 3]");
    EXPECT_RAISE(rt_list_index(m, I(9)), "ValueError: 9 is not in list");
    EXPECT_RAISE(rt_list_remove(m, I(9)), "ValueError: list.remove(x): x not in list");
    EXPECT_RAISE(rt_list_pop(L(0)), "IndexError: pop from empty list");
    EXPECT_RAISE(rt_dyn_getitem(L(1, I(1)), I(5)), "IndexError: list index out of range");
    EXPECT_RAISE(rt_dyn_getitem(T(1, I(1)), I(-2)), "IndexError: tuple index out of range");
    EXPECT_RAISE(rt_dyn_getitem(S("a"), I(5)), "IndexError: string index out of range");
    EXPECT_RAISE(rt_dyn_getitem(rt_range_new(0, 2, 1), I(5)), "IndexError: range object index out of range");
    EXPECT_RAISE(rt_dyn_getitem(L(1, I(1)), S("x")), "TypeError: list indices must be integers or slices, not str");
    EXPECT_RAISE(rt_dyn_getitem(S("abc"), S("x")), "TypeError: string indices must be integers, not 'str'");
    EXPECT_RAISE(rt_dyn_getitem(I(5), I(0)), "TypeError: 'int' object is not subscriptable");
    EXPECT_RAISE(rt_dyn_setitem(T(1, I(1)), I(0), I(1)), "TypeError: 'tuple' object does not support item assignment");
    EXPECT_RAISE(rt_dyn_setitem(L(1, I(1)), I(5), I(1)), "IndexError: list assignment index out of range");
    EXPECT_RAISE(rt_dyn_len(I(5)), "TypeError: object of type 'int' has no len()");
    EXPECT_RAISE(rt_iter(I(5)), "TypeError: 'int' object is not iterable");
    /* sorting */
    RtObj *recs = L(6, T(2, I(1), S("b")), T(2, I(0), S("z")), T(2, I(1), S("a")), T(2, I(0), S("y")), T(2, I(2), S("c")),
                    T(2, I(1), S("c")));
    for (int rev = 0; rev < 2; rev++) {
        RtObj *c = rt_list_copy(recs), *keys = rt_list_new(0), *x;
        RtObj *it = rt_iter(c);
        while (rt_iter_next(it, &x)) rt_list_append(keys, ((RtTuple *)x)->items[0]);
        rt_list_sort_with_keys(c, keys, rev);
        CHECK_REPR("sorted keys", c, rev ? EXP_sorted_stable_rev : EXP_sorted_stable);
    }
    CHECK_REPR("sorted_mixed", rt_builtin_sorted(L(6, I(3), F(1.5), TRUE_, I(-2), F(2.0), I(0)), 0), EXP_sorted_mixed);
    RtObj *big = rt_list_new(0);
    for (int i = 0; i < 3000; i++) rt_list_append(big, I((i * 7919) % 1000));
    rt_list_sort(big, 1);
    int ok = 1;
    for (int i = 1; i < 3000; i++) ok &= rt_unbox_int(rt_list_items((RtList *)big)[i - 1]) >= rt_unbox_int(rt_list_items((RtList *)big)[i]);
    CHECK(ok);
    EXPECT_RAISE(rt_builtin_sorted(L(2, I(1), S("a")), 0), "TypeError: '<' not supported between instances of 'str' and 'int'");
}

static void test_str_methods(void) {
    CHECK_REPR("split", L(9, rt_str_split(SS("  a b\tc\n "), 0, -1), rt_str_split(SS("a,b,,c"), SS(","), -1),
                          rt_str_split(SS("a b c d"), 0, 2), rt_str_split(SS("a,b,c"), SS(","), 1),
                          rt_str_rsplit(SS(" x  y "), 0, 1), rt_str_rsplit(SS("a,b,c"), SS(","), 1), rt_str_split(SS(""), 0, -1),
                          rt_str_split(SS(""), SS(","), -1), rt_str_splitlines(SS("l1\nl2\r\nl3"))),
               EXP_split);
    CHECK_REPR("strmeth",
               L(23, S(" xx ") == 0 ? NONE : (RtObj *)rt_str_strip(SS(" xx "), 0), (RtObj *)rt_str_strip(SS("xxhixx"), SS("x")),
                 (RtObj *)rt_str_lstrip(SS("  hi"), 0), (RtObj *)rt_str_rstrip(SS("hi  "), 0), (RtObj *)rt_str_upper(SS("straße")),
                 (RtObj *)rt_str_lower(SS("ΣΑΣ ΟΔΟΣ")), (RtObj *)rt_str_title(SS("hello wORLD it's")),
                 (RtObj *)rt_str_capitalize(SS("hÉLLO")), (RtObj *)rt_str_swapcase(SS("ПРИВЕТ мир")),
                 I(rt_str_find(SS("abcabc"), SS("c"))), I(rt_str_rfind(SS("äbcäbc"), SS("b"))), I(rt_str_count(SS("aaa"), SS("a"))),
                 I(rt_str_count(SS("abc"), SS(""))), (RtObj *)rt_str_replace(SS("a-b-c"), SS("-"), SS("+"), -1),
                 (RtObj *)rt_str_replace(SS("abc"), SS(""), SS("."), -1), (RtObj *)rt_str_replace(SS("aaaa"), SS("a"), SS("b"), 2),
                 B(rt_str_isdigit(SS("123"))), B(rt_str_isalpha(SS("abc"))), B(rt_str_isalpha(SS("ab1"))),
                 B(rt_str_isspace(SS(" \t"))), (RtObj *)rt_str_join(SS("-"), L(3, S("a"), S("b"), S("c"))),
                 (RtObj *)rt_str_lower(SS("Éé")), (RtObj *)rt_str_upper(SS("ÿ"))),
               EXP_strmeth);
    CHECK_REPR("split2", L(5, rt_str_split(SS("a b c d "), 0, 2), rt_str_split(SS("  a b  "), 0, 1),
                           rt_str_rsplit(SS("  a b  "), 0, 1), rt_str_rsplit(SS("a,,b,"), SS(","), 2), rt_str_rsplit(SS("x"), 0, 0)),
               EXP_split2);
    EXPECT_RAISE(rt_str_index(SS("a"), SS("b")), "ValueError: substring not found");
    EXPECT_RAISE(rt_str_join(SS(","), L(2, S("a"), I(1))), "TypeError: sequence item 1: expected str instance, int found");
    EXPECT_RAISE(rt_builtin_ord(S("ab")), "TypeError: ord() expected a character, but string of length 2 found");
    EXPECT_RAISE(rt_builtin_chr(0x110000), "ValueError: chr() arg not in range(0x110000)");
    EXPECT_RAISE(rt_str_split(SS("a"), SS(""), -1), "ValueError: empty separator");
}

static void test_numbers_and_builtins(void) {
    CHECK_REPR("arith", L(18, rt_dyn_floordiv(I(7), I(-2)), rt_dyn_mod(I(-7), I(3)), rt_dyn_pow(I(2), I(-1)),
                          rt_dyn_truediv(I(1), I(4)), rt_dyn_floordiv(F(7.5), I(2)), rt_dyn_add(TRUE_, TRUE_),
                          rt_dyn_mul(I(3), S("ab")), rt_dyn_mul(L(1, I(0)), I(3)), rt_dyn_add(T(2, I(1), I(2)), T(1, I(3))),
                          rt_dyn_and(I(5), I(3)), rt_dyn_or(TRUE_, FALSE_), rt_dyn_xor(I(6), I(3)), rt_dyn_neg(TRUE_),
                          rt_dyn_invert(I(5)), rt_dyn_lshift(I(1), I(10)), rt_dyn_abs(F(-2.5)), rt_dyn_mod(I(10), F(2.5)),
                          rt_dyn_add(L(2, I(1), I(2)), L(1, I(3)))),
               EXP_arith);
    int64_t p53 = (int64_t)1 << 53;
    RtObj *c[20] = {
        B(rt_dyn_compare(I(p53 + 1), F((double)p53), RT_CMP_GT)), B(rt_dyn_compare(I(p53 + 1), F((double)p53), RT_CMP_EQ)),
        B(rt_dyn_compare(I(INT64_MAX), F(9.223372036854776e18), RT_CMP_LT)),
        B(rt_dyn_compare(I(INT64_MIN), F(-9.223372036854776e18), RT_CMP_EQ)), B(rt_dyn_eq(I(1), F(1.0))),
        B(rt_dyn_eq(TRUE_, I(1))), B(rt_dyn_eq(F(__builtin_nan("")), F(__builtin_nan("")))),
        B(rt_dyn_compare(L(2, I(1), I(2)), L(2, I(1), I(3)), RT_CMP_LT)),
        B(rt_dyn_compare(T(2, I(1), I(2)), T(3, I(1), I(2), I(0)), RT_CMP_LT)), B(rt_dyn_compare(S("abc"), S("abd"), RT_CMP_LT)),
        B(rt_dyn_eq(D(1, I(1), I(2)), D(1, I(1), F(2.0)))), B(rt_dyn_eq(SET(2, I(1), I(2)), SET(2, I(2), I(1)))),
        B(rt_dyn_compare(SET(1, I(1)), SET(2, I(1), I(2)), RT_CMP_LT)),
        B(rt_dyn_eq(L(2, I(1), L(1, I(2))), L(2, I(1), L(1, I(2))))), B(rt_dyn_contains(rt_range_new(0, 10, 3), I(3))),
        B(rt_dyn_contains(rt_range_new(0, 10, 3), I(4))), B(rt_dyn_contains(L(2, I(1), I(2)), F(2.0))),
        B(rt_dyn_contains(S("abc"), S("b"))), B(rt_dyn_contains(D(1, F(1.0), S("x")), I(1))),
        B(rt_dyn_contains(SET(1, T(2, I(1), I(2))), T(2, I(1), I(2)))),
    };
    RtObj *cl = rt_list_new(0);
    for (int i = 0; i < 20; i++) rt_list_append(cl, c[i]);
    CHECK_REPR("compare", cl, EXP_compare);
    CHECK_REPR("builtins",
               L(13, rt_builtin_sum(L(3, I(1), F(2.5), TRUE_), 0), rt_builtin_min(L(3, I(3), I(1), I(2))),
                 rt_builtin_max(S("hello")), B(rt_builtin_any(L(3, I(0), S(""), L(0)))),
                 B(rt_builtin_all(L(3, I(1), S("a"), L(1, I(0))))), rt_builtin_list(rt_builtin_enumerate(S("ab"), 1)),
                 rt_builtin_list(rt_builtin_zip(L(3, I(1), I(2), I(3)), S("ab"))), rt_builtin_tuple(L(1, I(1))),
                 rt_builtin_dict(L(2, T(2, I(1), I(2)), T(2, S("a"), S("b")))),
                 rt_builtin_list(rt_builtin_reversed(T(3, I(1), I(2), I(3)))),
                 rt_builtin_list(rt_builtin_reversed(rt_range_new(0, 5, 1))), I(rt_builtin_ord(S("é"))),
                 (RtObj *)rt_builtin_chr(8364)),
               EXP_builtins);
    EXPECT_RAISE(rt_dyn_add(S("a"), I(1)), "TypeError: can only concatenate str (not \"int\") to str");
    EXPECT_RAISE(rt_dyn_add(L(0), T(0)), "TypeError: can only concatenate list (not \"tuple\") to list");
    EXPECT_RAISE(rt_dyn_add(I(1), S("a")), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    EXPECT_RAISE(rt_dyn_mul(S("a"), S("b")), "TypeError: can't multiply sequence by non-int of type 'str'");
    EXPECT_RAISE(rt_dyn_neg(S("a")), "TypeError: bad operand type for unary -: 'str'");
    EXPECT_RAISE(rt_dyn_invert(F(1.0)), "TypeError: bad operand type for unary ~: 'float'");
    EXPECT_RAISE(rt_dyn_pow(I(2), S("a")), "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
    EXPECT_RAISE(rt_dyn_floordiv(I(1), I(0)), "ZeroDivisionError: integer division or modulo by zero");
    EXPECT_RAISE(rt_dyn_truediv(F(1), I(0)), "ZeroDivisionError: float division by zero");
    EXPECT_RAISE(rt_dyn_compare(L(1, I(1)), I(1), RT_CMP_LT), "TypeError: '<' not supported between instances of 'list' and 'int'");
    EXPECT_RAISE(rt_dyn_compare(NONE, NONE, RT_CMP_GE), "TypeError: '>=' not supported between instances of 'NoneType' and 'NoneType'");
    EXPECT_RAISE(rt_dyn_contains(I(5), I(1)), "TypeError: argument of type 'int' is not iterable");
    EXPECT_RAISE(rt_dyn_contains(S("a"), I(1)), "TypeError: 'in <string>' requires string as left operand, not int");
    EXPECT_RAISE(rt_unbox_int(F(1.5)), "TypeError: 'float' object cannot be interpreted as an integer");
    EXPECT_RAISE(rt_builtin_min(L(0)), "ValueError: min() arg is an empty sequence");
    EXPECT_RAISE(rt_builtin_sum(L(1, S("a")), 0), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    CHECK(rt_unbox_float(TRUE_) == 1.0 && rt_truthy(L(0)) == 0 && rt_truthy(T(1, NONE)) && !rt_truthy(F(0.0)));
    CHECK(rt_box_int(7) == rt_box_int(7) && rt_box_int(100000) != rt_box_int(100000));
}

/* ---- garbage collector ---- */

static RtObj *globals[3]; /* a module's object globals: a registered root range */

static void test_gc(long iterations) {
    rt_gc_add_root_range(globals, 3);
    rt_gc_collect();
    int64_t base_live = rt_gc_live_bytes();

    /* rooted objects survive, unrooted ones are freed */
    RtObj **fr = rt_gc_frame_push(2);
    fr[0] = L(3, S("keep"), D(1, S("k"), L(1, F(1.5))), SET(2, I(1000), T(1, S("t"))));
    RtObj *junk = rt_list_new(0);
    for (int i = 0; i < 100000; i++) rt_list_append(junk, rt_box_int(100000 + i));
    junk = 0;
    int64_t before = rt_gc_live_bytes();
    rt_gc_collect();
    CHECK(rt_gc_live_bytes() < before - 1000000);
    CHECK_REPR("survivor", fr[0], "['keep', {'k': [1.5]}, {1000, ('t',)}]");

    /* a deep structure is marked without recursion */
    RtObj *deep = NONE;
    for (int i = 0; i < 300000; i++) deep = L(1, deep);
    fr[1] = deep;
    rt_gc_collect();
    int depth = 0;
    for (RtObj *p = fr[1]; RT_OBJ_TYPE(p) == RT_TYPE_LIST; p = rt_list_items((RtList *)p)[0]) depth++;
    CHECK(depth == 300000);
    fr[1] = 0;

    /* the loop: short-lived strings, lists, tuples and dicts, a few roots
     * replaced now and then, a big dict growing under collections */
    globals[0] = rt_dict_new();
    int64_t max_heap = 0;
    long kept = 0;
    for (long i = 0; i < iterations; i++) {
        RtStr *s = rt_str_concat(SS("item"), rt_str_from_int(i));
        RtObj *l = L(2, (RtObj *)s, I(i));
        if (i % 3 == 0) l = T(2, l, F((double)i));
        if (i % 1000 == 0) {
            globals[1] = l; /* replaces the previous root: that one becomes garbage */
            rt_dict_setitem(globals[0], I(i), (RtObj *)s);
            kept++;
        }
        if (i % 100003 == 0) globals[2] = L(1, (RtObj *)rt_str_repeat(s, 20000)); /* large blocks */
        rt_gc_poll();
        int64_t h = rt_gc_heap_bytes();
        if (h > max_heap) max_heap = h;
    }
    rt_gc_collect();
    fprintf(stderr, "gc: %ld iterations, %lld collections, max heap %lld KiB, live %lld KiB\n", iterations,
            (long long)rt_gc_collections(), (long long)max_heap / 1024, (long long)rt_gc_live_bytes() / 1024);
    CHECK(max_heap < ((int64_t)48 << 20));
    CHECK(rt_gc_collections() > (iterations > 1000000 ? 10 : 0));
    CHECK(rt_dyn_len(globals[0]) == kept);
    int ok = 1;
    char want[96];
    for (long i = 0; i < iterations; i += 1000) {
        snprintf(want, sizeof want, "item%ld", i);
        RtStr *v = (RtStr *)rt_dict_get(globals[0], I(i), 0);
        ok &= RT_OBJ_TYPE((RtObj *)v) == RT_TYPE_STR && v->byte_len == strlen(want) && !memcmp(v->data, want, v->byte_len);
    }
    CHECK(ok);
    long last = (iterations - 1) / 1000 * 1000;
    snprintf(want, sizeof want, last % 3 == 0 ? "(['item%ld', %ld], %ld.0)" : "['item%ld', %ld]", last, last, last);
    CHECK_REPR("last root", globals[1], want);
    CHECK_REPR("survivor after loop", fr[0], "['keep', {'k': [1.5]}, {1000, ('t',)}]");
    rt_gc_frame_pop(fr);
    globals[0] = globals[1] = globals[2] = 0;
    rt_gc_collect();
    CHECK(rt_gc_live_bytes() <= base_live + 65536);
}

/* bytes and bytearray: construction, repr, codecs, operations, and a
 * bytearray's raw block through collections */
static RtObj *BY(const char *s) { return rt_builtin_bytes(S(s), S("latin-1"), 0); } /* one byte per char (< 0x80 here) */
static void test_bytes(void) {
    RtObj *b = rt_builtin_bytes(L(3, I(104), I(0), I(255)), 0, 0);
    CHECK_REPR("bytes list", b, "b'h\\x00\\xff'");
    CHECK_REPR("bytearray quotes", rt_builtin_bytearray(BY("it's"), 0, 0), "bytearray(b\"it\\'s\")");
    CHECK_REPR("bytes quotes", BY("it's \"q\""), "b'it\\'s \"q\"'");
    CHECK_REPR("encode", rt_str_encode(SS("é€"), 0, 0), "b'\\xc3\\xa9\\xe2\\x82\\xac'");
    check_str("decode", rt_bytes_decode(rt_str_encode(SS("é€x"), 0, 0), S("UTF 8"), 0), "é€x");
    check_str("decode replace", rt_bytes_decode(rt_builtin_bytes(L(3, I(97), I(0xf0), I(0x9f)), 0, 0), S("utf-8"), S("replace")), "a\xef\xbf\xbd");
    EXPECT_RAISE(rt_bytes_decode(rt_builtin_bytes(L(2, I(0xe0), I(0x80)), 0, 0), 0, 0),
                 "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe0 in position 0: invalid continuation byte");
    EXPECT_RAISE(rt_str_encode(SS("aé"), S("ascii"), 0),
                 "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)");
    EXPECT_RAISE(rt_builtin_bytes(L(1, I(256)), 0, 0), "ValueError: bytes must be in range(0, 256)");
    EXPECT_RAISE(rt_builtin_bytes(I(-1), 0, 0), "ValueError: negative count");
    EXPECT_RAISE(rt_hash(rt_builtin_bytearray(0, 0, 0)), "TypeError: unhashable type: 'bytearray'");
    CHECK(rt_dyn_eq(BY("ab"), rt_builtin_bytearray(BY("ab"), 0, 0)) && !rt_dyn_eq(BY("ab"), S("ab")));
    CHECK(rt_dyn_compare(BY("ab"), BY("abc"), RT_CMP_LT) && rt_hash(BY("k")) == rt_hash(S("k")));
    CHECK(rt_dyn_contains(BY("hello"), BY("ell")) && rt_dyn_contains(BY("hi"), I(105)) && rt_dyn_len(BY("abc")) == 3);
    CHECK_REPR("slice", SLICE(rt_builtin_bytearray(BY("abcdef"), 0, 0), 1, 0, -2, ST | SE), "bytearray(b'b')");
    CHECK_REPR("concat", rt_dyn_add(BY("ab"), rt_builtin_bytearray(BY("cd"), 0, 0)), "b'abcd'");
    CHECK_REPR("list", rt_builtin_list(BY("AB")), "[65, 66]");
    CHECK_REPR("split", rt_bytes_split(BY(" a  b "), 0, -1), "[b'a', b'b']");
    CHECK_REPR("join", rt_bytes_join(BY("-"), L(2, BY("x"), BY("y"))), "b'x-y'");
    CHECK_REPR("fromhex", rt_bytes_fromhex(S("0a ff")), "b'\\n\\xff'");
    check_str("hex", rt_bytes_hex(BY("\x01\x02\x03"), S(":"), 2), "01:0203");
    CHECK(rt_bytes_find(BY("banana"), BY("na"), I(3), 0) == 4 && rt_bytes_count(BY("banana"), I(97), 0, 0) == 3);
    RtObj *a = rt_builtin_bytearray(0, 0, 0);
    for (int i = 0; i < 300; i++) rt_bytearray_append(a, I(i % 256));
    rt_dyn_setslice(a, 0, 290, 1, ST | SP, BY("xy"));
    rt_dyn_delitem(a, I(-1));
    CHECK_REPR("bytearray edits", a, "bytearray(b'xy\"#$%&\\'()*')");
    /* a bytearray's bytes survive collections (its block is traced) */
    RtObj **fr = rt_gc_frame_push(1);
    fr[0] = rt_builtin_bytearray(0, 0, 0);
    for (int i = 0; i < 200000; i++) {
        rt_bytearray_append(fr[0], I(i % 251));
        if (i % 1000 == 0) rt_str_repeat(SS("garbage"), 2000);
        if (i % 50000 == 0) rt_gc_collect();
    }
    rt_gc_collect();
    int ok = rt_dyn_len(fr[0]) == 200000;
    for (int i = 0; i < 200000 && ok; i += 997) ok = ((RtInt *)rt_dyn_getitem_int(fr[0], i))->value == i % 251;
    CHECK(ok);
    rt_gc_frame_pop(fr);
}

/* ---- host values (rt_host_value.c): the encoding the host shim writes ---- */
typedef struct Enc {
    unsigned char b[512];
    uint32_t n;
} Enc;
static void e_u8(Enc *e, int v) { e->b[e->n++] = (unsigned char)v; }
static void e_raw(Enc *e, const void *p, uint32_t n) { memcpy(e->b + e->n, p, n), e->n += n; }
static void e_u32(Enc *e, uint32_t v) { e_raw(e, &v, 4); }
static void e_i64(Enc *e, int64_t v) { e_raw(e, &v, 8); }
static void e_f64(Enc *e, double v) { e_raw(e, &v, 8); }
static void e_pad(Enc *e) {
    while (e->n % 8) e_u8(e, 0);
}
enum {
#define HOST_VALUE_TAG(name, text, number) name = number,
#include "rt_host_value.def"
#undef HOST_VALUE_TAG
};

/* whether decoding p raised (its report longjmps back here) */
static int host_value_raises(const unsigned char *p, uint32_t n, RtObj **out) {
    jmp_buf jb;
    err_len = 0;
    catcher = &jb;
    if (!setjmp(jb)) {
        *out = rt_host_value((const char *)p, (int32_t)n);
        if (rt_exc_pending()) rt_exc_report(); /* exits: longjmp */
        catcher = 0;
        return 0;
    }
    catcher = 0;
    rt_host_reset();
    return 1;
}

static void test_host_value(void) {
    Enc e = {{0}, 0};
    e_u8(&e, HV_LIST), e_u32(&e, 8);
    e_u8(&e, HV_INT), e_i64(&e, INT64_MIN);
    e_u8(&e, HV_FLOAT), e_f64(&e, 2.5);
    e_u8(&e, HV_STR), e_u32(&e, 2), e_raw(&e, "\xc3\xa9", 2);
    e_u8(&e, HV_BYTES), e_u32(&e, 2), e_raw(&e, "\0A", 2);
    e_u8(&e, HV_TUPLE), e_u32(&e, 3), e_u8(&e, HV_NONE), e_u8(&e, HV_TRUE), e_u8(&e, HV_FALSE);
    uint32_t limbs[3] = {5, 0, 1}; /* 2^64 + 5 */
    e_u8(&e, HV_BIG), e_u8(&e, 1), e_u32(&e, 3), e_raw(&e, limbs, 12);
    e_u8(&e, HV_DICT), e_u32(&e, 1), e_u8(&e, HV_STR), e_u32(&e, 1), e_raw(&e, "k", 1);
    e_u8(&e, HV_FLOATS), e_u8(&e, 1), e_u32(&e, 2), e_pad(&e), e_f64(&e, 1), e_f64(&e, -0.5);
    e_u8(&e, HV_SET), e_u32(&e, 1), e_u8(&e, HV_I64S), e_u8(&e, 1), e_u32(&e, 1), e_pad(&e), e_i64(&e, -7);
    RtObj *v = 0;
    CHECK(!host_value_raises(e.b, e.n, &v));
    if (v)
        CHECK_REPR("host value", v,
                   "[-9223372036854775808, 2.5, '\xc3\xa9', b'\\x00A', (None, True, False), -18446744073709551621, "
                   "{'k': (1.0, -0.5)}, {(-7,)}]");
    /* every prefix of it is malformed; random bytes raise or decode, never
     * read outside the buffer (ASan) */
    int raised = 0;
    for (uint32_t n = 0; n < e.n; n++) {
        unsigned char *copy = malloc(n ? n : 1); /* exactly n bytes: ASan sees an overread */
        memcpy(copy, e.b, n);
        raised += host_value_raises(copy, n, &v);
        free(copy);
    }
    CHECK(raised == (int)e.n);
    uint32_t seed = 7;
    for (int i = 0; i < 20000; i++) {
        uint32_t n = (seed = seed * 1103515245u + 12345u) >> 27;
        unsigned char *buf = malloc(n ? n : 1);
        for (uint32_t k = 0; k < n; k++) {
            seed = seed * 1103515245u + 12345u;
            buf[k] = (unsigned char)((seed >> 16) % (k % 3 ? 256 : 17));
        }
        host_value_raises(buf, n, &v);
        free(buf);
    }
    err_cap[err_len] = 0;
}

/* lists of bools (`[False] * n`): one byte an item until the runtime
 * writes anything else, or hands the items to code that reads objects */
static int is_bools(RtObj *l) { return (((RtList *)l)->h.type_flags & RT_FLAG_LIST_BOOLS) != 0; }

static void test_bool_lists(void) {
    RtObj *b = rt_dyn_mul(L(2, TRUE_, FALSE_), I(3));
    CHECK(is_bools(b));
    CHECK(RT_OBJ_TYPE(b) == RT_TYPE_LIST && ((RtList *)b)->len == 6);
    CHECK_REPR("bools", b, "[True, False, True, False, True, False]");
    CHECK(!is_bools(b)); /* repr read the items as objects */
    RtObj *c = rt_dyn_mul(I(4), L(1, FALSE_));
    CHECK(is_bools(c));
    /* reads and bool writes keep the bytes */
    CHECK(rt_dyn_getitem_int(c, -1) == FALSE_);
    rt_dyn_setitem_int(c, -4, TRUE_);
    rt_dyn_setitem(c, I(2), TRUE_);
    CHECK(rt_dyn_getitem_int(c, 0) == TRUE_ && rt_dyn_getitem(c, I(2)) == TRUE_);
    RtObj *it = rt_iter(c), *x;
    int n = 0, trues = 0;
    while (rt_iter_next(it, &x)) n++, trues += x == TRUE_;
    CHECK(n == 4 && trues == 2 && is_bools(c));
    EXPECT_RAISE(rt_dyn_getitem_int(c, 4), "IndexError: list index out of range");
    CHECK(is_bools(c));
    /* another value: objects from then on, the items kept */
    rt_dyn_setitem_int(c, 3, I(7));
    CHECK(!is_bools(c));
    CHECK_REPR("converted", c, "[True, False, True, 7]");
    RtObj *d = rt_dyn_mul(L(1, TRUE_), I(3));
    rt_list_append(d, NONE);
    CHECK(!is_bools(d));
    CHECK_REPR("appended", d, "[True, True, True, None]");
    /* no bools among the items, or none at all: a list of objects */
    CHECK(!is_bools(rt_dyn_mul(L(2, TRUE_, I(1)), I(2))));
    CHECK(!is_bools(rt_dyn_mul(L(1, TRUE_), I(0))));
    CHECK_REPR("repeated", rt_dyn_mul(L(3, I(1), NONE, S("a")), I(3)), "[1, None, 'a', 1, None, 'a', 1, None, 'a']");
    /* a collection keeps a rooted list of bools and its bytes */
    RtObj **fr = rt_gc_frame_push(1);
    fr[0] = rt_dyn_mul(L(1, FALSE_), I(100000));
    rt_dyn_setitem_int(fr[0], 99999, TRUE_);
    for (int i = 0; i < 1000; i++) (void)L(3, I(100000 + i), S("junk"), F(0.5));
    rt_gc_collect();
    CHECK(is_bools(fr[0]) && rt_dyn_getitem_int(fr[0], 99999) == TRUE_ && rt_dyn_getitem_int(fr[0], 5) == FALSE_);
    rt_list_clear(fr[0]);
    CHECK(!is_bools(fr[0]) && ((RtList *)fr[0])->len == 0);
    rt_list_append(fr[0], TRUE_);
    CHECK_REPR("cleared", fr[0], "[True]");
    rt_gc_frame_pop(fr);
}

int main(int argc, char **argv) {
    long iterations = argc > 1 ? atol(argv[1]) : 10000000L;
    test_repr();
    test_sets();
    test_dicts();
    test_sequences();
    test_bool_lists();
    test_str_methods();
    test_numbers_and_builtins();
    test_bytes();
    test_host_value();
    test_gc(iterations);
    fprintf(stderr, "%d checks, %d failures\n", checks, failures);
    return failures ? 1 : 0;
}
