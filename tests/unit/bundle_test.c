/* Unit tests for src/bundle: SHA-256, JSON writer, build.lock.json and
 * build_graph.json contents; and the native host's bundle_write
 * (src/cli/posix: atomic writes + lock) with the wording of its failures.
 * Usage: bundle_test [DIR]  -- when given, a sample bundle is written to DIR
 * so that tests/bundle.test.mjs can JSON.parse its lock and graph files. */
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "api.h"
#include "bundle/bundle_file.h"
#include "cli/host_failure_text.h"
#include "cli/posix/bundle_write.h"
#include "bundle/json.h"
#include "bundle/lockfile.h"
#include "bundle/sha256.h"
#include "util/buf.h"

#include "check.h"

#define CHECK_STR(got, want)                                                           \
    do {                                                                               \
        const char *g_ = (got), *w_ = (want);                                          \
        if (!g_ || strcmp(g_, w_) != 0) {                                              \
            fprintf(stderr, "%s:%d: got:\n%s\nwant:\n%s\n", __FILE__, __LINE__,        \
                    g_ ? g_ : "(null)", w_ ? w_ : "(null)");                                         \
            failures++;                                                                \
        }                                                                              \
    } while (0)

/* ---- helpers ------------------------------------------------------------- */

static char *path_join(const char *a, const char *b) {
    size_t n = strlen(a) + strlen(b) + 2;
    char *p = malloc(n);
    snprintf(p, n, "%s/%s", a, b);
    return p;
}

static char *read_whole(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    Buf b;
    buf_init(&b);
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_putn(&b, chunk, n);
    fclose(f);
    return buf_take(&b, len);
}

static int exists(const char *path) {
    struct stat st;
    return stat(path, &st) == 0;
}

static int count_entries_containing(const char *dir, const char *needle) {
    DIR *d = opendir(dir);
    if (!d) return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (strstr(e->d_name, needle)) n++;
    closedir(d);
    return n;
}

static int count_entries(const char *dir) {
    DIR *d = opendir(dir);
    if (!d) return -1;
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) n++;
    closedir(d);
    return n;
}

static void write_text(const char *path, const char *text) {
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (!f) return;
    fputs(text, f);
    fclose(f);
}

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void rm_rf(const char *path) {
    DIR *d = opendir(path);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..")) continue;
            char *p = path_join(path, e->d_name);
            rm_rf(p);
            free(p);
        }
        closedir(d);
        rmdir(path);
    } else {
        unlink(path);
    }
}

/* ---- SHA-256 --------------------------------------------------------------- */

static void test_sha256(void) {
    char hex[SHA256_HEX_LEN + 1];
    sha256_hex("", 0, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sha256_hex(NULL, 0, hex);
    CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    sha256_hex("abc", 3, hex);
    CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *m448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sha256_hex(m448, strlen(m448), hex);
    CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    const char *m896 =
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlm"
        "nopqrsmnopqrstnopqrstu";
    sha256_hex(m896, strlen(m896), hex);
    CHECK_STR(hex, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");

    size_t n = 1000000;
    char *a = malloc(n);
    memset(a, 'a', n);
    sha256_hex(a, n, hex);
    CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    /* Incremental, in awkward chunk sizes, equals one-shot. */
    Sha256 s;
    sha256_init(&s);
    size_t off = 0, step = 1;
    while (off < n) {
        size_t take = step < n - off ? step : n - off;
        sha256_update(&s, a + off, take);
        off += take;
        step = step * 3 % 131 + 1;
    }
    unsigned char d[SHA256_DIGEST_LEN];
    sha256_final(&s, d);
    sha256_to_hex(d, hex);
    CHECK_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    free(a);

    /* The block function in use (the CPU's SHA extensions where present)
     * agrees with the portable one on pseudo-random blocks and states. */
    printf("sha256: %s\n", sha256_uses_cpu_extensions() ? "CPU SHA extensions" : "portable");
    uint32_t seed = 12345;
    for (int round = 0; round < 2000; round++) {
        unsigned char block[64];
        uint32_t h0[8];
        for (int i = 0; i < 64; i++) block[i] = (unsigned char)((seed = seed * 1103515245u + 12345u) >> 16);
        for (int i = 0; i < 8; i++) h0[i] = (seed = seed * 1103515245u + 12345u);
        uint32_t portable[8];
        memcpy(portable, h0, sizeof portable);
        sha256_portable_block(portable, block);
        /* the one in use, through the streaming API from the same state */
        Sha256 st;
        sha256_init(&st);
        memcpy(st.h, h0, sizeof st.h);
        sha256_update(&st, block, 64);
        CHECK(memcmp(st.h, portable, sizeof portable) == 0);
    }

    /* Lengths around the padding boundary (55, 56, 63, 64 bytes) agree
     * between one-shot and byte-at-a-time hashing. */
    const char *sixty_four = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    for (size_t len = 54; len <= 65 && len <= strlen(sixty_four); len++) {
        char h1[SHA256_HEX_LEN + 1], h2[SHA256_HEX_LEN + 1];
        sha256_hex(sixty_four, len, h1);
        sha256_init(&s);
        for (size_t i = 0; i < len; i++) sha256_update(&s, sixty_four + i, 1);
        sha256_final(&s, d);
        sha256_to_hex(d, h2);
        CHECK_STR(h2, h1);
    }
    sha256_hex(sixty_four, 64, hex); /* python3 hashlib */
    CHECK_STR(hex, "a8ae6e6ee929abea3afcfc5258c8ccd6f85273e0d4626d26c7279f3250f77c8e");
}

/* ---- JSON ------------------------------------------------------------------ */

static void test_json(void) {
    Buf b;
    buf_init(&b);
    JsonWriter w;
    json_init(&w, &b);
    json_object_begin(&w);
    json_key(&w, "a");
    json_array_begin(&w);
    json_int(&w, 1);
    json_int(&w, -2);
    json_string(&w, "x\"y\\z\n\x01\xc3\xa9");
    json_array_end(&w);
    json_key_bool(&w, "b", true);
    json_key_bool(&w, "c", false);
    json_key(&w, "d");
    json_null(&w);
    json_key(&w, "e");
    json_object_begin(&w);
    json_object_end(&w);
    json_key(&w, "f");
    json_array_begin(&w);
    json_array_end(&w);
    json_key(&w, "g");
    json_object_begin(&w);
    json_key_uint(&w, "n", 18446744073709551615ULL);
    json_key(&w, "nested");
    json_array_begin(&w);
    json_object_begin(&w);
    json_key_string(&w, "k", "v");
    json_object_end(&w);
    json_array_end(&w);
    json_object_end(&w);
    json_object_end(&w);
    json_finish(&w);
    CHECK_STR(buf_cstr(&b),
              "{\n"
              "  \"a\": [\n"
              "    1,\n"
              "    -2,\n"
              "    \"x\\\"y\\\\z\\n\\u0001\xc3\xa9\"\n"
              "  ],\n"
              "  \"b\": true,\n"
              "  \"c\": false,\n"
              "  \"d\": null,\n"
              "  \"e\": {},\n"
              "  \"f\": [],\n"
              "  \"g\": {\n"
              "    \"n\": 18446744073709551615,\n"
              "    \"nested\": [\n"
              "      {\n"
              "        \"k\": \"v\"\n"
              "      }\n"
              "    ]\n"
              "  }\n"
              "}\n");
    buf_free(&b);

    /* Top-level scalar and empty containers. */
    json_init(&w, &b);
    json_array_begin(&w);
    json_array_end(&w);
    json_finish(&w);
    CHECK_STR(buf_cstr(&b), "[]\n");
    buf_free(&b);
}

/* ---- lock and graph -------------------------------------------------------- */

static const char SRC[] = "afficher(\"bonjour\")\n";

static void sample_files(BundleFile f[8]) {
    static const unsigned char wasm[] = {0, 'a', 's', 'm', 1, 0, 0, 0};
    f[0] = (BundleFile){"module.wat", (const unsigned char *)"(module)\n", 9};
    f[1] = (BundleFile){"module.wasm", wasm, sizeof wasm};
    f[2] = (BundleFile){"abi_manifest.json", (const unsigned char *)"{}\n", 3};
    f[3] = (BundleFile){"host_shim.js", (const unsigned char *)"// shim\n", 8};
    f[4] = (BundleFile){"renderer_template.js", (const unsigned char *)"", 0};
    f[5] = (BundleFile){"transpiled.py", (const unsigned char *)"print(\"bonjour\")\n", 17};
    f[6] = (BundleFile){"build_graph.json", (const unsigned char *)"{}\n", 3};
    f[7] = (BundleFile){"build.lock.json", (const unsigned char *)"", 0};
}

static void test_lock_json(void) {
    BundleFile f[8];
    sample_files(f);
    char *lock = bundle_lock_json("some/dir/prog.ml", (const unsigned char *)SRC, strlen(SRC), f, 8);
    char hex_src[SHA256_HEX_LEN + 1], hex_wat[SHA256_HEX_LEN + 1], hex_empty[SHA256_HEX_LEN + 1];
    sha256_hex(SRC, strlen(SRC), hex_src);
    sha256_hex("(module)\n", 9, hex_wat);
    sha256_hex("", 0, hex_empty);
    /* Sorted keys, build.lock.json itself absent, basename of the source. */
    const char *order[] = {"\"abi_manifest.json\"", "\"build_graph.json\"", "\"host_shim.js\"",
                           "\"module.wasm\"",       "\"module.wat\"",       "\"renderer_template.js\"",
                           "\"transpiled.py\"",     "\"lock_version\": 1",  "\"source\"",
                           "\"tool\""};
    const char *prev = lock;
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        const char *at = strstr(lock, order[i]);
        CHECK(at != NULL && at >= prev);
        if (at) prev = at;
    }
    CHECK(strstr(lock, "\"build.lock.json\"") == NULL);
    CHECK(strstr(lock, "\"path\": \"prog.ml\"") != NULL);
    CHECK(strstr(lock, "some/dir") == NULL);
    CHECK(strstr(lock, "\"version\": \"" ML_VERSION "\"") != NULL);
    CHECK(strstr(lock, hex_src) != NULL);
    CHECK(strstr(lock, hex_empty) != NULL);
    Buf want;
    buf_init(&want);
    buf_printf(&want,
               "  \"source\": {\n"
               "    \"bytes\": %zu,\n"
               "    \"path\": \"prog.ml\",\n"
               "    \"sha256\": \"%s\"\n"
               "  },\n"
               "  \"tool\": {\n"
               "    \"name\": \"multilingual\",\n"
               "    \"version\": \"%s\"\n"
               "  }\n"
               "}\n",
               strlen(SRC), hex_src, ML_VERSION);
    size_t ll = strlen(lock);
    CHECK(ll >= want.len && strcmp(lock + ll - want.len, want.data) == 0);
    buf_free(&want);
    Buf wat;
    buf_init(&wat);
    buf_printf(&wat, "  \"artifacts\": {\n    \"abi_manifest.json\": {\n      \"bytes\": 3,\n");
    CHECK(strncmp(lock, "{\n", 2) == 0 && strncmp(lock + 2, wat.data, wat.len) == 0);
    buf_free(&wat);
    buf_init(&wat);
    buf_printf(&wat, "    \"module.wat\": {\n      \"bytes\": 9,\n      \"sha256\": \"%s\"\n    },\n",
               hex_wat);
    CHECK(strstr(lock, wat.data) != NULL);
    buf_free(&wat);

    /* Deterministic: same inputs -> same text; order of the list and the
     * directory part of the path do not matter. */
    BundleFile g[8];
    for (int i = 0; i < 8; i++) g[i] = f[7 - i];
    char *lock2 = bundle_lock_json("prog.ml", (const unsigned char *)SRC, strlen(SRC), g, 8);
    char *lock3 = bundle_lock_json("/abs/other/prog.ml", (const unsigned char *)SRC, strlen(SRC), f, 8);
    CHECK_STR(lock2, lock);
    CHECK_STR(lock3, lock);
    /* A change in any artifact changes the lock. */
    g[0].data = (const unsigned char *)"x";
    g[0].len = 1;
    g[1].data = (const unsigned char *)"{} ";
    char *lock4 = bundle_lock_json("prog.ml", (const unsigned char *)SRC, strlen(SRC), g, 8);
    CHECK(strcmp(lock4, lock) != 0);
    free(lock);
    free(lock2);
    free(lock3);
    free(lock4);

    CHECK_STR(bundle_source_name("a/b/c.ml"), "c.ml");
    CHECK_STR(bundle_source_name("C:\\x\\y.multi"), "y.multi");
    CHECK_STR(bundle_source_name("plain.ml"), "plain.ml");
    CHECK_STR(bundle_source_name(NULL), "<input>");
    CHECK_STR(bundle_source_name("dir/"), "<input>");
}

static void test_graph_json(void) {
    BundleFile f[8];
    sample_files(f);
    char *g1 = bundle_graph_json("x/prog.ml", "fr", "wasi", f, 8);
    BundleFile r[8];
    for (int i = 0; i < 8; i++) r[i] = f[(i * 3) % 8];
    char *g2 = bundle_graph_json("prog.ml", "fr", "wasi", r, 8);
    CHECK_STR(g2, g1);
    CHECK(strncmp(g1, "{\n  \"artifacts\": [\n    \"abi_manifest.json\",\n", 44) == 0);
    const char *keys[] = {"\"graph_version\": 1", "\"language\": \"fr\"", "\"nodes\": [",
                          "\"id\": \"read_source\"", "\"id\": \"detect_language\"",
                          "\"id\": \"parse\"", "\"id\": \"analyze\"", "\"id\": \"lower_wat\"",
                          "\"id\": \"assemble_wasm\"", "\"id\": \"emit_abi_manifest\"",
                          "\"id\": \"emit_host_shim\"", "\"id\": \"emit_renderer_template\"",
                          "\"id\": \"transpile_python\"", "\"id\": \"hash_artifacts\"",
                          "\"id\": \"write_artifacts\"", "\"lock\": \"" BUNDLE_LOCK_NAME "\"",
                          "\"source\": \"prog.ml\"", "\"target\": \"wasi\"", "\"tool\": {"};
    const char *prev = g1;
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        const char *at = strstr(g1, keys[i]);
        if (!at || at < prev) fprintf(stderr, "graph: missing or out of order: %s\n", keys[i]);
        CHECK(at != NULL && at >= prev);
        if (at) prev = at;
    }
    CHECK(g1[strlen(g1) - 1] == '\n');
    /* Without module.wasm / build.lock.json: no assemble or hash stage. */
    char *g3 = bundle_graph_json("prog.ml", "en", "browser", f, 1); /* only module.wat */
    CHECK(strstr(g3, "assemble_wasm") == NULL);
    CHECK(strstr(g3, "hash_artifacts") == NULL);
    CHECK(strstr(g3, "\"id\": \"lower_wat\"") != NULL);
    CHECK(strstr(g3, "emit_host_shim") == NULL);
    CHECK(strstr(g3, "\"target\": \"browser\"") != NULL);
    free(g1);
    free(g2);
    free(g3);
}

/* ---- bundle_write ---------------------------------------------------------- */

/* The CLI's message for a failure (lock timeout as given). */
static const char *failure_text(const MlHostFailure *f, double timeout) {
    static char text[8192];
    Buf b;
    buf_init(&b);
    ml_host_failure_text(f, timeout, &b);
    snprintf(text, sizeof text, "%s", buf_cstr(&b));
    buf_free(&b);
    return text;
}

static void check_bundle(const char *dir, const BundleFile *f, int n) {
    for (int i = 0; i < n; i++) {
        char *p = path_join(dir, f[i].name);
        size_t len = 0;
        char *data = read_whole(p, &len);
        CHECK(data != NULL);
        CHECK(data && len == f[i].len && memcmp(data, f[i].data, len) == 0);
        free(data);
        free(p);
    }
    CHECK(count_entries_containing(dir, ".tmp.") == 0);
    char *lock = path_join(dir, BUNDLE_LOCK_NAME);
    CHECK(!exists(lock));
    free(lock);
}

static void test_bundle_write(const char *root) {
    BundleFile f[8];
    sample_files(f);
    MlHostFailure fail;

    /* Creates missing parents; all files exact; no temp; lock released. */
    char *dir = path_join(root, "a/b/out");
    CHECK(bundle_write(dir, f, 8, 1.0, &fail) == 0);
    check_bundle(dir, f, 8);
    CHECK(count_entries(dir) == 8);

    /* Overwrite with new contents. */
    f[0].data = (const unsigned char *)"(module (memory 1))\n";
    f[0].len = strlen((const char *)f[0].data);
    CHECK(bundle_write(dir, f, 8, 1.0, &fail) == 0);
    check_bundle(dir, f, 8);

    /* Invalid names are rejected before anything is written. */
    BundleFile bad[2] = {{"ok.txt", (const unsigned char *)"x", 1},
                         {"../escape.txt", (const unsigned char *)"y", 1}};
    char *dir2 = path_join(root, "bad");
    CHECK(bundle_write(dir2, bad, 2, 1.0, &fail) != 0);
    CHECK(fail.kind == ML_HOST_BAD_NAME);
    CHECK_STR(failure_text(&fail, 1.0), "invalid artifact name '../escape.txt'");
    CHECK(!exists(dir2));
    BundleFile dup[2] = {{"same", (const unsigned char *)"x", 1}, {"same", (const unsigned char *)"y", 1}};
    CHECK(bundle_write(dir2, dup, 2, 1.0, &fail) != 0);
    CHECK_STR(failure_text(&fail, 1.0), "artifact same given twice");
    BundleFile lk[1] = {{BUNDLE_LOCK_NAME, (const unsigned char *)"x", 1}};
    CHECK(bundle_write(dir2, lk, 1, 1.0, &fail) != 0);
    CHECK(fail.kind == ML_HOST_BAD_NAME);
    free(dir2);

    /* A lock held by a live process: times out, names the lock file, leaves
     * the lock and the artifacts alone. */
    char *lock = path_join(dir, BUNDLE_LOCK_NAME);
    pid_t child = fork();
    if (child == 0) {
        pause();
        _exit(0);
    }
    CHECK(child > 0);
    char pidtext[32];
    snprintf(pidtext, sizeof pidtext, "%ld\n", (long)child);
    write_text(lock, pidtext);
    BundleFile changed[8];
    memcpy(changed, f, sizeof changed);
    changed[2].data = (const unsigned char *)"{\"changed\": true}\n";
    changed[2].len = strlen((const char *)changed[2].data);
    double t0 = now_s();
    int rc = bundle_write(dir, changed, 8, 0.3, &fail);
    double elapsed = now_s() - t0;
    CHECK(rc != 0);
    CHECK(elapsed >= 0.28 && elapsed < 5.0);
    CHECK(fail.kind == ML_HOST_LOCK_HELD && fail.pid == (long)child);
    {
        char want[4200];
        snprintf(want, sizeof want, "timed out after 0.3 s waiting for build lock %s (held by running process %ld)",
                 lock, (long)child);
        CHECK_STR(failure_text(&fail, 0.3), want);
    }
    CHECK(exists(lock));
    size_t len;
    char *content = read_whole(lock, &len);
    CHECK_STR(content, pidtext);
    free(content);
    {
        char *p = path_join(dir, "abi_manifest.json");
        char *data = read_whole(p, &len);
        CHECK_STR(data, "{}\n"); /* untouched */
        free(data);
        free(p);
    }

    /* The holder dies: its lock is stale and is taken over, with its
     * leftover temp files. */
    kill(child, SIGKILL);
    waitpid(child, NULL, 0);
    char stale_tmp_name[64];
    snprintf(stale_tmp_name, sizeof stale_tmp_name, "module.wat.tmp.%ld", (long)child);
    char *stale_tmp = path_join(dir, stale_tmp_name);
    write_text(stale_tmp, "partial");
    CHECK(bundle_write(dir, changed, 8, 0.3, &fail) == 0);
    check_bundle(dir, changed, 8);
    CHECK(!exists(stale_tmp));
    free(stale_tmp);

    /* A lock without a pid is treated as held (message says so). */
    write_text(lock, "");
    CHECK(bundle_write(dir, f, 8, 0.1, &fail) != 0);
    CHECK(fail.kind == ML_HOST_LOCK_NO_PID);
    CHECK(strstr(failure_text(&fail, 0.1), lock) != NULL);
    unlink(lock);

    /* An empty or garbled lock a minute old was abandoned (a build killed
     * between creating it and writing its pid, or an edit by hand): it is
     * cleared, not waited for until the timeout. */
    const char *const abandoned[] = {"", "garbled\n", "\n", "12x\n"};
    for (size_t i = 0; i < sizeof abandoned / sizeof *abandoned; i++) {
        write_text(lock, abandoned[i]);
        struct timespec old[2] = {{0, UTIME_OMIT}, {time(NULL) - 60, 0}};
        CHECK(utimensat(AT_FDCWD, lock, old, 0) == 0);
        t0 = now_s();
        CHECK(bundle_write(dir, f, 8, 10.0, &fail) == 0);
        CHECK(now_s() - t0 < 2.0);
        check_bundle(dir, f, 8);
    }

    /* An artifact's name taken by a directory: refused before any file is
     * replaced, so the bundle is the old one whole (not new files beside an
     * old build.lock.json), with no temp files or lock left. */
    {
        char *wasm = path_join(dir, "module.wasm");
        char *keep = read_whole(wasm, &len);
        CHECK(keep != NULL);
        unlink(wasm);
        CHECK(mkdir(wasm, 0777) == 0);
        CHECK(bundle_write(dir, changed, 8, 1.0, &fail) != 0);
        CHECK(fail.kind == ML_HOST_REPLACE && strstr(fail.path, "module.wasm") != NULL);
        CHECK(strstr(failure_text(&fail, 1.0), "Is a directory") != NULL);
        for (int i = 0; i < 8; i++) {
            if (!strcmp(f[i].name, "module.wasm")) continue;
            char *p = path_join(dir, f[i].name);
            size_t n = 0;
            char *data = read_whole(p, &n);
            /* the last bundle written (f) is still there, untouched */
            CHECK(data && n == f[i].len && memcmp(data, f[i].data, n) == 0);
            free(data);
            free(p);
        }
        CHECK(count_entries_containing(dir, ".tmp.") == 0);
        CHECK(!exists(lock));
        rmdir(wasm);
        free(keep);
        free(wasm);
    }

    /* Timeout 0: one attempt only. */
    snprintf(pidtext, sizeof pidtext, "%ld\n", (long)getppid());
    write_text(lock, pidtext);
    t0 = now_s();
    CHECK(bundle_write(dir, f, 8, 0, &fail) != 0);
    CHECK(now_s() - t0 < 0.2);
    unlink(lock);

    /* A failing write (file size limit) leaves neither partial artifacts
     * nor temp files nor the lock behind. Run in a child: rlimits stick. */
    char *dir3 = path_join(root, "fsize");
    static unsigned char big[100000];
    memset(big, 'z', sizeof big);
    BundleFile two[2] = {{"small.txt", (const unsigned char *)"small\n", 6},
                         {"big.bin", big, sizeof big}};
    child = fork();
    if (child == 0) {
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl = {50000, 50000};
        setrlimit(RLIMIT_FSIZE, &rl);
        MlHostFailure e;
        int r = bundle_write(dir3, two, 2, 1.0, &e);
        _exit(r != 0 && e.kind == ML_HOST_WRITE && strstr(e.path, "big.bin") != NULL ? 0 : 1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    CHECK(exists(dir3));
    CHECK(count_entries(dir3) == 0); /* no small.txt, no temps, no lock */
    free(dir3);

    free(lock);
    free(dir);
}

/* A sample bundle for the node test to parse. */
static int write_sample(const char *out) {
    BundleFile f[8];
    sample_files(f);
    char *graph = bundle_graph_json("examples/prog.ml", "fr", "wasi", f, 8);
    f[6].data = (const unsigned char *)graph;
    f[6].len = strlen(graph);
    char *lock = bundle_lock_json("examples/prog.ml", (const unsigned char *)SRC, strlen(SRC), f, 8);
    f[7].data = (const unsigned char *)lock;
    f[7].len = strlen(lock);
    MlHostFailure fail;
    int rc = bundle_write(out, f, 8, 5.0, &fail);
    if (rc) fprintf(stderr, "write_sample: %s\n", failure_text(&fail, 5.0));
    free(graph);
    free(lock);
    return rc;
}

int main(int argc, char **argv) {
    test_sha256();
    test_json();
    test_lock_json();
    test_graph_json();

    char root[] = "/tmp/ml_bundle_test.XXXXXX";
    if (!mkdtemp(root)) {
        perror("mkdtemp");
        return 1;
    }
    test_bundle_write(root);
    rm_rf(root);

    if (argc > 1 && write_sample(argv[1]) != 0) failures++;

    if (failures) {
        fprintf(stderr, "bundle_test: %d failure(s)\n", failures);
        return 1;
    }
    printf("bundle_test: ok\n");
    return 0;
}
