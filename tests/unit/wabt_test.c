/* Tests for the libwabt bridge (src/wabt/wabt_bridge.h).
 * Usage: wabt_test [OUT.wasm]  -- when given, the assembled module is
 * written there so that tests/bundle.test.mjs can instantiate it in Node. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "wabt/wabt_bridge.h"

#include "check.h"

/* Multi-value (a function returning two results, a block with a param and
 * results), bulk memory (memory.copy, memory.fill, passive data +
 * memory.init + data.drop), sign extension, saturating conversion, a mutable
 * exported global. */
static const char VALID_WAT[] =
    "(module\n"
    "  (memory (export \"memory\") 1)\n"
    "  (global $counter (export \"counter\") (mut i32) (i32.const 0))\n"
    "  (data $greeting \"hello\")\n"
    "  (func $divmod (export \"divmod\") (param $a i32) (param $b i32) (result i32 i32)\n"
    "    (i32.div_s (local.get $a) (local.get $b))\n"
    "    (i32.rem_s (local.get $a) (local.get $b)))\n"
    "  (func (export \"sum_divmod\") (param i32 i32) (result i32)\n"
    "    (call $divmod (local.get 0) (local.get 1))\n"
    "    (block (param i32 i32) (result i32) i32.add))\n"
    "  (func (export \"copy\") (result i32)\n"
    "    (memory.init $greeting (i32.const 16) (i32.const 0) (i32.const 5))\n"
    "    (data.drop $greeting)\n"
    "    (memory.copy (i32.const 32) (i32.const 16) (i32.const 5))\n"
    "    (memory.fill (i32.const 37) (i32.const 33) (i32.const 1))\n"
    "    (global.set $counter (i32.add (global.get $counter) (i32.const 1)))\n"
    "    (i32.add (i32.load8_u (i32.const 32)) (i32.load8_u (i32.const 37))))\n"
    "  (func (export \"ext\") (param i32) (result i32)\n"
    "    (i32.extend8_s (local.get 0)))\n"
    "  (func (export \"sat\") (param f64) (result i32)\n"
    "    (i32.trunc_sat_f64_s (local.get 0))))\n";

/* Type mismatch on line 3: i32.add of an i64 and an i32. */
static const char INVALID_WAT[] =
    "(module\n"
    "  (func (result i32)\n"
    "    (i32.add (i64.const 1) (i32.const 2))))\n";

static const char SYNTAX_WAT[] = "(module\n  (func (resul i32))\n";

/* SIMD and exception handling must be rejected. */
static const char SIMD_WAT[] =
    "(module (func (result v128) (v128.const i32x4 0 0 0 0)))\n";

int main(int argc, char **argv) {
    MlAssembleFn fn = ml_wabt_assemble; /* must match the api.h typedef */
    unsigned char *w1 = NULL, *w2 = NULL;
    size_t n1 = 0, n2 = 0;
    char *err = NULL;

    int rc = fn(NULL, VALID_WAT, strlen(VALID_WAT), &w1, &n1, &err);
    if (rc != 0) fprintf(stderr, "unexpected error: %s\n", err ? err : "(null)");
    CHECK(rc == 0);
    CHECK(err == NULL);
    CHECK(w1 != NULL && n1 > 8);
    if (w1 && n1 >= 8) CHECK(memcmp(w1, "\0asm\1\0\0\0", 8) == 0);

    rc = fn(NULL, VALID_WAT, strlen(VALID_WAT), &w2, &n2, &err);
    CHECK(rc == 0);
    CHECK(n1 == n2 && w1 && w2 && memcmp(w1, w2, n1) == 0); /* deterministic */
    /* No "name" custom section: debug names are not written. */
    int has_name = 0;
    for (size_t i = 0; w1 && i + 4 <= n1; i++)
        if (memcmp(w1 + i, "name", 4) == 0) has_name = 1;
    CHECK(!has_name);

    char *verr = NULL;
    CHECK(ml_wabt_validate_binary(w1, n1, &verr) == 0);
    CHECK(verr == NULL);
    free(verr);

    /* A corrupted binary is reported invalid, with a message. */
    if (w1 && n1 > 8) {
        unsigned char *bad = malloc(n1);
        memcpy(bad, w1, n1);
        bad[n1 - 1] ^= 0xff;
        bad[n1 / 2] ^= 0xff;
        verr = NULL;
        CHECK(ml_wabt_validate_binary(bad, n1 - 3, &verr) != 0);
        CHECK(verr != NULL && strlen(verr) > 0);
        free(verr);
        free(bad);
    }
    verr = NULL;
    CHECK(ml_wabt_validate_binary((const unsigned char *)"nope", 4, &verr) != 0);
    CHECK(verr != NULL);
    free(verr);
    CHECK(ml_wabt_validate_binary((const unsigned char *)"nope", 4, NULL) != 0);

    if (argc > 1 && w1) {
        FILE *f = fopen(argv[1], "wb");
        CHECK(f != NULL);
        if (f) {
            CHECK(fwrite(w1, 1, n1, f) == n1);
            CHECK(fclose(f) == 0);
        }
    }
    free(w1);
    free(w2);

    /* Type mismatch: error mentions line 3 and wabt's message. */
    unsigned char *w = (unsigned char *)1;
    size_t n = 99;
    err = NULL;
    rc = fn(NULL, INVALID_WAT, strlen(INVALID_WAT), &w, &n, &err);
    CHECK(rc != 0);
    CHECK(w == NULL && n == 0);
    CHECK(err != NULL);
    if (err) {
        CHECK(strstr(err, "module.wat:3:") != NULL);
        CHECK(strstr(err, "type mismatch") != NULL);
        printf("invalid WAT error:\n%s\n", err);
    }
    free(err);

    err = NULL;
    rc = fn(NULL, SYNTAX_WAT, strlen(SYNTAX_WAT), &w, &n, &err);
    CHECK(rc != 0);
    CHECK(err != NULL && strstr(err, "module.wat:2:") != NULL);
    free(err);

    err = NULL;
    rc = fn(NULL, SIMD_WAT, strlen(SIMD_WAT), &w, &n, &err);
    CHECK(rc != 0);
    CHECK(err != NULL);
    free(err);

    /* Empty input: not a module. */
    err = NULL;
    rc = fn(NULL, "", 0, &w, &n, &err);
    CHECK(rc != 0);
    CHECK(err != NULL);
    free(err);

    if (failures) {
        fprintf(stderr, "wabt_test: %d failure(s)\n", failures);
        return 1;
    }
    printf("wabt_test: ok\n");
    return 0;
}
