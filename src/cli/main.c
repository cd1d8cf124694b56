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
    BundleFile files[ML_ARTIFACT_COUNT];
    int n = 0;
    for (int a = 0; a < ML_ARTIFACT_COUNT; a++) {
        size_t len;
        const unsigned char *data = ml_result_artifact(r, (MlArtifact)a, &len);
        files[n++] = (BundleFile){ml_artifacts[a].file, data, len};
    }
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
    char *diags = NULL;
    char *out = ml_translate(src, len, o->lang, o->to_lang, o->file, &diags);
    free(src);
    if (!out) {
        fputs(diags, stderr);
        free(diags);
        return EXIT_USER;
    }
    fputs(out, stdout);
    free(out);
    free(diags);
    return EXIT_OK;
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
        for (int a = 0; a < ML_ARTIFACT_COUNT; a++) {
            if (ml_artifacts[a].kind != ML_ART_TEXT || ml_artifacts[a].role != ML_ART_CONTENT) continue;
            size_t len;
            const char *text = (const char *)ml_result_artifact(r, (MlArtifact)a, &len);
            if (encoding_problem(text)) {
                fprintf(stderr, "[FAIL] %s: broken text encoding (replacement character or mojibake)\n",
                        ml_artifacts[a].file);
                status = EXIT_USER;
            } else {
                printf("[PASS] %s\n", ml_artifacts[a].file);
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
