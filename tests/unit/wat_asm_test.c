/* The assembler (src/back/wasm/wat_asm.c) against wabt (src/wabt/): for
 * every input, both assemble the same WAT and must give the same bytes.
 *
 * Usage: wat_asm_test --errors | [--wat] FILE...
 *   --errors  text the assembler cannot encode is refused with a designed
 *             message and its position; an invalid module that it encodes
 *             is refused by the checked assembler (wabt validates).
 *   FILE.ml   compiled (ml_compile, the built-in data, no imports of the
 *             program's own modules) to its module's WAT, then assembled
 *             by both; a program that does not compile is counted and
 *             skipped (the corpus has programs that import modules).
 *   --wat     the files that follow are WAT texts, assembled by both.
 * Prints "wat_asm_test: N modules identical, M skipped" and exits 0, or
 * names the first file whose bytes differ (and where) and exits 1. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "api.h"
#include "back/wasm/wat_asm.h"
#include "wabt/wabt_bridge.h"

static char *read_all(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *s = malloc(cap);
    for (size_t k; s && (k = fread(s + n, 1, cap - n - 1, f)) > 0;) {
        n += k;
        if (cap - n < 2) s = realloc(s, cap *= 2);
    }
    fclose(f);
    if (s) s[n] = 0;
    *len = n;
    return s;
}

/* 0 when both assemblers agree (both fail, or both give the same bytes). */
static int compare(const char *name, const char *wat, size_t len) {
    unsigned char *ours = NULL, *theirs = NULL;
    size_t nours = 0, ntheirs = 0;
    char *eours = NULL, *etheirs = NULL;
    int rours = ml_wat_assemble(NULL, wat, len, &ours, &nours, &eours);
    int rtheirs = ml_wabt_assemble(NULL, wat, len, &theirs, &ntheirs, &etheirs);
    int bad = 0;
    if (rtheirs) {
        fprintf(stderr, "%s: wabt rejects the text: %s\n", name, etheirs);
        bad = 1;
    } else if (rours) {
        fprintf(stderr, "%s: the assembler rejects the text: %s\n", name, eours);
        bad = 1;
    } else if (nours != ntheirs || memcmp(ours, theirs, nours)) {
        size_t i = 0;
        while (i < nours && i < ntheirs && ours[i] == theirs[i]) i++;
        fprintf(stderr, "%s: bytes differ at offset %zu (ours %zu bytes, wabt's %zu)\n", name, i, nours, ntheirs);
        bad = 1;
    }
    free(ours), free(theirs), free(eours), free(etheirs);
    return bad;
}

/* Text the assembler must refuse: the message it must give. */
static const struct {
    const char *wat, *message;
} REFUSED[] = {
    {"(module\n  (func\n    i32.frob))", "module.wat:3:5: error: unknown instruction, got \"i32.frob\""},
    {"(module (func call $nope))", "module.wat:1:20: error: undefined function \"$nope\""},
    {"(module (func i32.const 4294967296 drop))", "module.wat:1:25: error: bad i32 constant, got \"4294967296\""},
    {"(module (func i64.const 0x1_0000_0000_0000_0000 drop))", "error: bad i64 constant"},
    {"(module (func f64.const 1e400 drop))", "error: bad f64 constant, got \"1e400\""},
    {"(module (func f64.const nan:0x0 drop))", "error: bad f64 constant"},
    {"(module (func f64.const --1 drop))", "error: bad f64 constant, got \"--1\""},
    {"(module (func f32.const 1e39 drop))", "error: bad f32 constant, got \"1e39\""},
    {"(module (func block br $x end))", "module.wat:1:24: error: undefined label \"$x\""},
    {"(module (func local.get $y drop))", "error: undefined local \"$y\""},
    {"(module (func end))", "module.wat:1:15: error: end without a block"},
    {"(module (func block))", "error: unclosed block"},
    {"(module (tag))", "module.wat:1:10: error: unsupported module field, got \"tag\""},
    {"(module (func) (import \"a\" \"b\" (func)))", "error: imports must occur before all non-import definitions"},
    {"(module (func $f) (func $f))", "module.wat:1:25: error: redefinition of \"$f\""},
    {"(module (func (type 3)))", "error: type index 3 out of range"},
    {"(module (data (i32.const 0) \"\\q\"))", "error: expected a string"},
    {"(module (func i32.load align=3 drop))", "error: alignment must be a power of two"},
    {"(module (func", "module.wat:1:14: error: expected ')', got \"\""},
    {"", "module.wat:1:1: error: expected (module"},
    {"(module) (module)", "error: text after the module"},
    {"(module (global i32 (i32.add)))", "module.wat:1:22: error: unsupported constant expression, got \"i32.add\""},
    {"(module (global i32 (i32.const 4294967296)))", "error: bad i32 constant, got \"4294967296\""},
    {"(module (func i32.const 0 (drop)))", "module.wat:1:27: error: unexpected field in a function body, got \"(\""},
};

static int refusals(void) {
    int bad = 0;
    for (size_t i = 0; i < sizeof REFUSED / sizeof REFUSED[0]; i++) {
        unsigned char *wasm = (unsigned char *)"x";
        size_t len = 1;
        char *err = NULL;
        int r = ml_wat_assemble(NULL, REFUSED[i].wat, strlen(REFUSED[i].wat), &wasm, &len, &err);
        if (!r || wasm || len || !err || !strstr(err, REFUSED[i].message) || strncmp(err, "module.wat:", 11)) {
            fprintf(stderr, "refused case %zu (%s): got %d, \"%s\"\n", i, REFUSED[i].wat, r, err ? err : "(no message)");
            bad = 1;
        }
        free(wasm), free(err);
    }
    /* well-formed text of an invalid module: the checked assembler refuses it with wabt's message */
    static const char invalid[] = "(module\n  (func (result i32)\n    i64.const 1))";
    unsigned char *wasm = NULL;
    size_t len = 0;
    char *err = NULL;
    if (ml_wat_assemble(NULL, invalid, strlen(invalid), &wasm, &len, &err) || !wasm) {
        fprintf(stderr, "the assembler refuses a well-formed invalid module: %s\n", err ? err : "?");
        bad = 1;
    }
    free(wasm), free(err);
    wasm = NULL, err = NULL;
    if (!ml_wabt_checked_assemble(NULL, invalid, strlen(invalid), &wasm, &len, &err) || wasm ||
        !err || !strstr(err, "module.wat:3:5: error: type mismatch")) {
        fprintf(stderr, "the checked assembler accepts an invalid module: %s\n", err ? err : "(no message)");
        bad = 1;
    }
    free(wasm), free(err);
    return bad;
}

int main(int argc, char **argv) {
    if (argc == 2 && !strcmp(argv[1], "--errors")) {
        if (refusals()) return 1;
        puts("wat_asm_test: refusals ok");
        return 0;
    }
    int same = 0, skipped = 0;
    bool wat_mode = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--wat")) {
            wat_mode = true;
            continue;
        }
        size_t len;
        char *text = read_all(argv[i], &len);
        if (!text) {
            fprintf(stderr, "%s: cannot read\n", argv[i]);
            return 2;
        }
        if (wat_mode) {
            if (compare(argv[i], text, len)) return 1;
            same++;
            free(text);
            continue;
        }
        MlOptions opts = {0};
        opts.filename = argv[i];
        opts.target = ML_TARGET_WASI;
        MlResult *r = ml_compile(text, len, &opts);
        if (!r->ok || !r->wat) {
            skipped++;
        } else {
            if (compare(argv[i], r->wat, strlen(r->wat))) return 1;
            same++;
        }
        ml_result_free(r);
        free(text);
    }
    printf("wat_asm_test: %d modules identical, %d skipped\n", same, skipped);
    return 0;
}
