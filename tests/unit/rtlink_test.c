/* Driver for the runtime linker (src/back/rtlink.h), used by
 * tests/runtime.test.mjs:
 *   rtlink_test data-end                 print rtlib_data_end
 *   rtlink_test has NAME...              exit 1 unless every NAME is a runtime function
 *   rtlink_test link USER.wat HEAP_BASE OUT.wat ROOT...
 *       write a module: the runtime parts reachable from ROOT... plus the
 *       user fields in USER.wat (functions, data; it must define $_start),
 *       memory exported as "memory"; the WASI imports used go to stdout,
 *       one per line
 *   rtlink_test selftest                 internal checks (determinism,
 *       unknown roots, the minimal module's contents) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "back/rtlink.h"

static int failures;

#define CHECK(cond)                                                                     \
    do {                                                                                \
        if (!(cond)) {                                                                  \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);   \
            failures++;                                                                 \
        }                                                                               \
    } while (0)

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        perror(path);
        exit(2);
    }
    Buf b;
    buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_putn(&b, chunk, n);
    fclose(f);
    buf_putc(&b, 0);
    b.len--;
    return buf_take(&b, len);
}

/* Link into one module text (malloc'd). */
static char *link_module(const RtLib *lib, const char *user, uint32_t heap_base, const char *const *roots,
                         int nroots, PtrVec *wasi) {
    Buf types, imports, funcs, globals, data, m;
    buf_init(&types), buf_init(&imports), buf_init(&funcs), buf_init(&globals), buf_init(&data), buf_init(&m);
    rtlib_emit(lib, roots, nroots, heap_base, &types, &imports, &funcs, &globals, &data, wasi);
    uint32_t pages = (heap_base + 65535u) / 65536u + 1;
    buf_puts(&m, "(module\n");
    buf_putn(&m, types.data ? types.data : "", types.len);
    buf_putn(&m, imports.data ? imports.data : "", imports.len);
    buf_putn(&m, funcs.data ? funcs.data : "", funcs.len);
    buf_puts(&m, ";; ---- user ----\n");
    buf_puts(&m, user);
    buf_printf(&m, "\n  (memory (export \"memory\") %u)\n", pages);
    buf_putn(&m, globals.data ? globals.data : "", globals.len);
    buf_puts(&m, "  (export \"_start\" (func $_start))\n");
    buf_putn(&m, data.data ? data.data : "", data.len);
    buf_puts(&m, ")\n");
    buf_free(&types), buf_free(&imports), buf_free(&funcs), buf_free(&globals), buf_free(&data);
    return buf_take(&m, NULL);
}

static int selftest(const RtLib *lib) {
    CHECK(rtlib_function_count(lib) > 50);
    CHECK(rtlib_has_function(lib, "rt_print_int"));
    CHECK(rtlib_has_function(lib, "rt_alloc"));
    CHECK(!rtlib_has_function(lib, "rt_no_such_function"));
    uint32_t de = rtlib_data_end(lib);
    CHECK(de % 16 == 0 && de > 65536);

    Arena a;
    arena_init(&a);
    const char *roots[] = {"rt_print_str", "rt_flush", "rt_no_such_function"};
    PtrVec wasi = {0};
    const char *user = "  (func $_start (call $rt_flush))\n";
    char *m1 = link_module(lib, user, de, roots, 3, &wasi);
    PtrVec wasi2 = {0};
    char *m2 = link_module(lib, user, de, roots, 3, &wasi2);
    CHECK(!strcmp(m1, m2)); /* deterministic */
    CHECK(wasi.len == 1 && !strcmp(wasi.items[0], "fd_write"));
    CHECK(strstr(m1, "(func $rt_print_str") != NULL);
    CHECK(strstr(m1, "(func $rt_out_write") != NULL); /* reached through calls */
    CHECK(strstr(m1, "(func $rt_print_float") == NULL);
    CHECK(strstr(m1, "__pow_log_data") == NULL); /* data only when addressed */
    CHECK(strstr(m1, "proc_exit") == NULL);
    CHECK(strstr(m1, "(memory 0)") == NULL);
    free(m1);
    free(m2);

    /* the heap base function replaces the env import */
    const char *roots2[] = {"rt_alloc"};
    PtrVec wasi3 = {0};
    char *m3 = link_module(lib, user, 123456, roots2, 1, &wasi3);
    CHECK(strstr(m3, "i32.const 123456") != NULL);
    CHECK(strstr(m3, "\"env\"") == NULL);
    free(m3);

    /* the float formatter pulls its tables and nothing of pow */
    const char *roots3[] = {"rt_print_float", "rt_float_pow"};
    PtrVec wasi4 = {0};
    char *m4 = link_module(lib, user, de, roots3, 1, &wasi4);
    CHECK(strstr(m4, "(func $pow") == NULL);
    CHECK(strstr(m4, "(func $rt_dtoa_shortest") != NULL);
    free(m4);
    char *m5 = link_module(lib, user, de, roots3, 2, &wasi4);
    CHECK(strstr(m5, "(func $pow") != NULL);
    CHECK(strstr(m5, "__pow_log_data") != NULL);
    free(m5);

    /* a malformed text is refused, not crashed on */
    CHECK(rtlib_parse(&a, "(module (func $f (call 3)))", 26) == NULL);
    CHECK(rtlib_parse(&a, "(modul)", 7) == NULL);
    CHECK(rtlib_parse(&a, "(module (func $f (call $g)))", 28) == NULL);
    RtLib *tiny = rtlib_parse(&a, "(module (func $f) (func $g (call $f)))", 38);
    CHECK(tiny != NULL && rtlib_has_function(tiny, "f"));
    arena_free(&a);
    if (!failures) printf("rtlink selftest: ok\n");
    return failures ? 1 : 0;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: rtlink_test data-end | has NAME... | link USER.wat HEAP OUT.wat ROOT... | selftest\n");
        return 2;
    }
    Arena a;
    arena_init(&a);
    RtLib *lib = rtlib_load(&a);
    if (!lib) {
        fprintf(stderr, "rtlink_test: the embedded runtime could not be parsed\n");
        return 1;
    }
    int status = 0;
    if (!strcmp(argv[1], "data-end")) {
        printf("%u\n", rtlib_data_end(lib));
    } else if (!strcmp(argv[1], "has")) {
        for (int i = 2; i < argc; i++) {
            if (!rtlib_has_function(lib, argv[i])) {
                printf("missing: %s\n", argv[i]);
                status = 1;
            }
        }
    } else if (!strcmp(argv[1], "link") && argc >= 5) {
        char *user = read_file(argv[2], NULL);
        uint32_t heap = (uint32_t)strtoul(argv[3], NULL, 10);
        PtrVec wasi = {0};
        char *m = link_module(lib, user, heap, (const char *const *)argv + 5, argc - 5, &wasi);
        FILE *f = fopen(argv[4], "wb");
        if (!f || fputs(m, f) < 0 || fclose(f)) {
            perror(argv[4]);
            status = 2;
        }
        for (int i = 0; i < wasi.len; i++) printf("%s\n", (const char *)wasi.items[i]);
        free(m);
        free(user);
    } else if (!strcmp(argv[1], "selftest")) {
        status = selftest(lib);
    } else {
        fprintf(stderr, "rtlink_test: unknown command %s\n", argv[1]);
        status = 2;
    }
    arena_free(&a);
    return status;
}
