/* Command-line parsing and dispatch. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../bundle/bundle_write.h"
#include "../lang/lang.h"
#include "../wabt/wabt_bridge.h"
#include "cli.h"

static const char usage[] =
    "usage: multilingual <command> FILE [options] [-- program arguments]\n"
    "\n"
    "Compile multilingual programs (.ml, .multi) to WebAssembly.\n"
    "\n"
    "commands:\n"
    "  build-wasm-bundle FILE   write the 8 build artifacts into --out-dir\n"
    "  run FILE [-- ARGS...]    compile and run under Node's WASI (stdin passes through)\n"
    "  check FILE               report errors only\n"
    "  wat-abi FILE             print the ABI manifest (abi_manifest.json)\n"
    "  wat-host-shim FILE       print the JS host shim (host_shim.js)\n"
    "  wat-renderer-template FILE  print the canvas renderer (renderer_template.js)\n"
    "  encoding-check-generated FILE  check generated artifacts for broken text encoding\n"
    "  translate FILE --to CODE print the program with its keywords and builtin names in\n"
    "                           another language\n"
    "\n"
    "options:\n"
    "  --lang CODE              source language (en fr es de hi ar bn ta zh ja it pt pl nl sv da fi);\n"
    "                           detected from the keywords when absent\n"
    "  --wasm-target wasi|browser   module target (default: wasi)\n"
    "  --out-dir DIR            output directory of build-wasm-bundle (default: build/wasm)\n"
    "  --lock-timeout SECONDS   wait at most this long for the output directory lock (default: 30)\n"
    "  --to CODE                target language of translate\n"
    "  --help, --version\n";

static int usage_error(const char *fmt, const char *arg) {
    fprintf(stderr, "multilingual: error: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n(see 'multilingual --help')\n");
    return EXIT_USAGE;
}

static const char *const commands[] = {"build-wasm-bundle", "run", "check", "wat-abi", "wat-host-shim",
                                       "wat-renderer-template", "encoding-check-generated", "translate", NULL};

static int parse_args(int argc, char **argv, CliOptions *o) {
    o->target = ML_TARGET_WASI;
    o->out_dir = "build/wasm";
    o->lock_timeout = 30;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            o->prog_args = argv + i + 1;
            o->prog_argc = argc - i - 1;
            break;
        }
        if (!strcmp(a, "--lang") || !strcmp(a, "--wasm-target") || !strcmp(a, "--out-dir") ||
            !strcmp(a, "--lock-timeout") || !strcmp(a, "--to")) {
            if (i + 1 >= argc) return usage_error("option %s needs a value", a);
            const char *v = argv[++i];
            if (!strcmp(a, "--lang")) {
                if (!lang_find(v)) {
                    return usage_error("unknown language '%s' (known: en fr es de hi ar bn ta zh ja it pt pl nl "
                                       "sv da fi)",
                                       v);
                }
                o->lang = v;
            } else if (!strcmp(a, "--wasm-target")) {
                if (!strcmp(v, "wasi")) o->target = ML_TARGET_WASI;
                else if (!strcmp(v, "browser")) o->target = ML_TARGET_BROWSER;
                else return usage_error("unknown --wasm-target '%s' (expected wasi or browser)", v);
            } else if (!strcmp(a, "--out-dir")) {
                o->out_dir = v;
            } else if (!strcmp(a, "--to")) {
                if (!lang_find(v))
                    return usage_error("unknown language '%s' (known: en fr es de hi ar bn ta zh ja it pt pl nl "
                                       "sv da fi)",
                                       v);
                o->to_lang = v;
            } else {
                char *end;
                o->lock_timeout = strtod(v, &end);
                if (*end || o->lock_timeout < 0) return usage_error("invalid --lock-timeout '%s'", v);
            }
            continue;
        }
        if (a[0] == '-' && a[1]) return usage_error("unknown option '%s'", a);
        if (!o->command) {
            bool known = false;
            for (int k = 0; commands[k]; k++)
                if (!strcmp(commands[k], a)) known = true;
            if (!known) return usage_error("unknown command '%s'", a);
            o->command = a;
        } else if (!o->file) {
            o->file = a;
        } else {
            return usage_error("unexpected argument '%s'", a);
        }
    }
    if (!o->command) return usage_error("%s", "no command given");
    if (!o->file) return usage_error("'%s' needs a FILE", o->command);
    if (!strcmp(o->command, "translate") && !o->to_lang) return usage_error("%s", "translate needs --to CODE");
    if (o->to_lang && strcmp(o->command, "translate"))
        return usage_error("--to only goes with 'translate', not '%s'", o->command);
    if (o->prog_argc && strcmp(o->command, "run"))
        return usage_error("program arguments after '--' only go with 'run', not '%s'", o->command);
    return -1;
}

char *cli_read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (n == cap) buf = realloc(buf, cap *= 2);
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) break;
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        errno = EIO;
        return NULL;
    }
    *len = n;
    return buf;
}

/* The last line of check and translate when they fail: how many errors,
 * and in which language the source was read (when it got that far), since
 * a keyword error often means the language was not the one intended. */
static void error_summary(const char *file, int errors, const char *lang) {
    fprintf(stderr, "%s: %d error%s", file, errors, errors == 1 ? "" : "s");
    if (lang) fprintf(stderr, " (language: %s)", lang);
    fputc('\n', stderr);
}

MlResult *cli_compile(const CliOptions *o, int *status) {
    size_t len;
    char *src = cli_read_file(o->file, &len);
    if (!src) {
        fprintf(stderr, "multilingual: error: cannot read '%s': %s\n", o->file, strerror(errno));
        *status = EXIT_USER;
        return NULL;
    }
    MlOptions opts = {.filename = o->file, .lang = o->lang, .target = o->target, .assemble = ml_wabt_assemble};
    MlResult *r = ml_compile(src, len, &opts);
    free(src);
    if (!r->ok) {
        fputs(r->diagnostics, stderr);
        if (!strcmp(o->command, "check")) error_summary(o->file, r->diag_count, r->lang);
        /* An internal error is our bug: say so distinctly. */
        *status = EXIT_USER;
        ml_result_free(r);
        return NULL;
    }
    *status = EXIT_OK;
    return r;
}

static int cmd_bundle(const CliOptions *o) {
    int status;
    MlResult *r = cli_compile(o, &status);
    if (!r) return status;
    BundleFile files[] = {
        {"transpiled.py", (const unsigned char *)r->transpiled_py, strlen(r->transpiled_py)},
        {"module.wat", (const unsigned char *)r->wat, strlen(r->wat)},
        {"module.wasm", r->wasm, r->wasm_len},
        {"abi_manifest.json", (const unsigned char *)r->abi_manifest, strlen(r->abi_manifest)},
        {"host_shim.js", (const unsigned char *)r->host_shim, strlen(r->host_shim)},
        {"renderer_template.js", (const unsigned char *)r->renderer_template, strlen(r->renderer_template)},
        {"build_graph.json", (const unsigned char *)r->build_graph, strlen(r->build_graph)},
        {"build.lock.json", (const unsigned char *)r->build_lock, strlen(r->build_lock)},
    };
    int n = (int)(sizeof files / sizeof files[0]);
    char err[1024];
    if (bundle_write(o->out_dir, files, n, o->lock_timeout, err, sizeof err)) {
        fprintf(stderr, "multilingual: error: %s\n", err);
        ml_result_free(r);
        return EXIT_USER;
    }
    for (int i = 0; i < n; i++) printf("[PASS] %s/%s\n", o->out_dir, files[i].name);
    ml_result_free(r);
    return EXIT_OK;
}

static int cmd_translate(const CliOptions *o) {
    size_t len;
    char *src = cli_read_file(o->file, &len);
    if (!src) {
        fprintf(stderr, "multilingual: error: cannot read '%s': %s\n", o->file, strerror(errno));
        return EXIT_USER;
    }
    MlTranslation *t = ml_translate(src, len, o->lang, o->to_lang, o->file);
    free(src);
    int status = EXIT_OK;
    if (t->ok) {
        fputs(t->text, stdout);
        fprintf(stderr, "%s: translated from %s to %s\n", o->file, t->lang, o->to_lang);
    } else {
        fputs(t->diagnostics, stderr);
        error_summary(o->file, t->diag_count, t->lang);
        status = EXIT_USER;
    }
    ml_translation_free(t);
    return status;
}

/* Replacement characters and the usual UTF-8-read-as-Latin-1 patterns. */
static const char *encoding_problem(const char *text) {
    static const char *const bad[] = {"\xEF\xBF\xBD", "\xC3\x83\xC2", "\xC3\xA2\xE2\x82\xAC", NULL};
    for (int i = 0; bad[i]; i++)
        if (strstr(text, bad[i])) return bad[i];
    return NULL;
}

static int cmd_print(const CliOptions *o) {
    int status;
    MlResult *r = cli_compile(o, &status);
    if (!r) return status;
    const char *cmd = o->command;
    if (!strcmp(cmd, "check")) {
        fprintf(stderr, "%s: ok (language: %s)\n", o->file, r->lang);
    } else if (!strcmp(cmd, "wat-abi")) {
        fputs(r->abi_manifest, stdout);
    } else if (!strcmp(cmd, "wat-host-shim")) {
        fputs(r->host_shim, stdout);
    } else if (!strcmp(cmd, "wat-renderer-template")) {
        fputs(r->renderer_template, stdout);
    } else {
        struct {
            const char *name, *text;
        } arts[] = {{"transpiled.py", r->transpiled_py}, {"module.wat", r->wat},
                    {"abi_manifest.json", r->abi_manifest}, {"host_shim.js", r->host_shim},
                    {"renderer_template.js", r->renderer_template}};
        for (size_t i = 0; i < sizeof arts / sizeof arts[0]; i++) {
            if (encoding_problem(arts[i].text)) {
                fprintf(stderr, "[FAIL] %s: broken text encoding (replacement character or mojibake)\n",
                        arts[i].name);
                status = EXIT_USER;
            } else {
                printf("[PASS] %s\n", arts[i].name);
            }
        }
    }
    ml_result_free(r);
    return status;
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc && strcmp(argv[i], "--"); i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            fputs(usage, stdout);
            return EXIT_OK;
        }
        if (!strcmp(argv[i], "--version")) {
            printf("multilingual %s\n", ML_VERSION);
            return EXIT_OK;
        }
    }
    CliOptions o = {0};
    int rc = parse_args(argc, argv, &o);
    if (rc >= 0) return rc;
    if (!strcmp(o.command, "build-wasm-bundle")) return cmd_bundle(&o);
    if (!strcmp(o.command, "run")) return cli_run(&o);
    if (!strcmp(o.command, "translate")) return cmd_translate(&o);
    return cmd_print(&o);
}
