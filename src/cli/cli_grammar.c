/* The command line's grammar: the commands and options (declared here once:
 * the parser, the usage text and the dispatch read these tables), parsing,
 * usage errors, --help and --version. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli_internal.h"
#include "lang/lang.h"

const CliCommand cli_commands[] = {
    {"build-wasm-bundle", "FILE", "write the %n build artifacts into --out-dir", cli_cmd_bundle, -1},
    {"run", "FILE [-- ARGS...]", "compile and run under Node's WASI (stdin passes through)", cli_cmd_run, -1},
    {"check", "FILE", "report errors only", cli_cmd_check, -1},
    {"wat-abi", "FILE", "print the ABI manifest (%f)", cli_cmd_print, ML_ARTIFACT_ABI_MANIFEST},
    {"wat-host-shim", "FILE", "print the JS host shim (%f)", cli_cmd_print, ML_ARTIFACT_HOST_SHIM},
    {"wat-renderer-template", "FILE", "print the canvas renderer (%f)", cli_cmd_print,
     ML_ARTIFACT_RENDERER_TEMPLATE},
    {"encoding-check-generated", "FILE", "check generated artifacts for broken text encoding",
     cli_cmd_encoding_check, -1},
    {"translate", "FILE --to CODE", "print the program with its keywords and builtin names in\nanother language",
     cli_cmd_translate, -1},
};
const int cli_command_count = (int)(sizeof cli_commands / sizeof cli_commands[0]);

enum { OPT_LANG, OPT_WASM_TARGET, OPT_OUT_DIR, OPT_LOCK_TIMEOUT, OPT_TO, OPT_PATH, OPT_DIR, OPT_BACKEND, OPT_MESSAGES, OPT_COUNT };
const CliOption cli_options[OPT_COUNT] = {
    [OPT_LANG] = {"--lang", "CODE", "source language (%l);\ndetected from the keywords when absent", NULL},
    [OPT_WASM_TARGET] = {"--wasm-target", "%t", "module target", "wasi"},
    [OPT_OUT_DIR] = {"--out-dir", "DIR", "output directory of build-wasm-bundle", "build/wasm"},
    [OPT_LOCK_TIMEOUT] = {"--lock-timeout", "SECONDS", "wait at most this long for the output directory lock", "30"},
    [OPT_TO] = {"--to", "CODE", "target language of translate", NULL},
    [OPT_PATH] = {"--path", "DIR", "where imported modules are looked for after the\nimporting file's folder (repeatable)", NULL},
    [OPT_DIR] = {"--dir", "DIR", "run: a directory the program may read and write\n(repeatable; none by default)", NULL},
    [OPT_BACKEND] = {"--backend", "auto|wasm|python",
                     "run: the module (wasm), transpiled.py with python3 (python),\n"
                     "or the module unless the compiler refused only what it\n"
                     "does not support yet, then python3 (auto)", "wasm"},
    [OPT_MESSAGES] = {"--messages", "CODE", "language of the error messages (en for tools);\nthe program's own when absent", NULL},
};
const int cli_option_count = OPT_COUNT;

const char *const cli_backend_names[CLI_BACKEND_COUNT] = {"wasm", "python", "auto"};

static int unknown_language(const MlCli *cli, const char *code) {
    Buf known;
    buf_init(&known);
    cli_put_languages(&known);
    int rc = cli_usage_error(cli, "unknown language '%s' (known: %s)", code, buf_cstr(&known));
    buf_free(&known);
    return rc;
}

static int unknown_target(const MlCli *cli, const char *name) {
    Buf known;
    buf_init(&known);
    for (int t = 0; t < ML_TARGET_COUNT; t++)
        buf_printf(&known, "%s%s", t == 0 ? "" : t + 1 < ML_TARGET_COUNT ? ", " : " or ", ml_target_name((MlTarget)t));
    int rc = cli_usage_error(cli, "unknown --wasm-target '%s' (expected %s)", name, buf_cstr(&known));
    buf_free(&known);
    return rc;
}

/* Applies option k's value; returns -1, or the exit status of a usage error. */
static int set_option(MlCli *cli, int k, const char *v) {
    switch (k) {
    case OPT_LANG:
    case OPT_TO:
        if (!lang_find(v)) return unknown_language(cli, v);
        *(k == OPT_LANG ? &cli->lang : &cli->to_lang) = v;
        return -1;
    case OPT_MESSAGES:
        if (!lang_find(v)) return unknown_language(cli, v);
        cli->messages = v;
        return -1;
    case OPT_WASM_TARGET:
        for (int t = 0; t < ML_TARGET_COUNT; t++) {
            if (!strcmp(v, ml_target_name((MlTarget)t))) {
                cli->target = (MlTarget)t;
                return -1;
            }
        }
        return unknown_target(cli, v);
    case OPT_PATH:
        if (!*v) return cli_usage_error(cli, "option --path needs a directory, not ''");
        if (cli->npaths == CLI_MAX_PATHS) return cli_usage_error(cli, "at most %d --path options", CLI_MAX_PATHS);
        cli->paths[cli->npaths++] = v;
        return -1;
    case OPT_DIR:
        if (!*v) return cli_usage_error(cli, "option --dir needs a directory, not ''");
        if (cli->ndirs == CLI_MAX_PATHS) return cli_usage_error(cli, "at most %d --dir options", CLI_MAX_PATHS);
        cli->dirs[cli->ndirs++] = v;
        return -1;
    case OPT_BACKEND:
        for (int b = 0; b < CLI_BACKEND_COUNT; b++) {
            if (!strcmp(v, cli_backend_names[b])) {
                cli->backend = (CliBackend)b;
                return -1;
            }
        }
        return cli_usage_error(cli, "unknown --backend '%s' (expected auto, wasm or python)", v);
    case OPT_OUT_DIR:
        if (!*v) return cli_usage_error(cli, "option --out-dir needs a directory, not ''");
        cli->out_dir = v;
        return -1;
    case OPT_LOCK_TIMEOUT: {
        /* strtod's syntax (so 1e-1, 0x10 and inf: wait for ever), all of it. */
        char *end;
        double s = strtod(v, &end);
        if (end == v || *end || isnan(s) || s < 0) return cli_usage_error(cli, "invalid --lock-timeout '%s'", v);
        cli->lock_timeout = s;
        return -1;
    }
    default: return -1;
    }
}

static const CliCommand *find_command(const char *name) {
    for (int k = 0; k < cli_command_count; k++)
        if (!strcmp(cli_commands[k].name, name)) return &cli_commands[k];
    return NULL;
}

/* Returns -1 when cli is complete, or the exit status of a usage error. */
static int parse_args(MlCli *cli, int argc, char *const *argv) {
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            cli->prog_args = argv + i + 1;
            cli->prog_argc = argc - i - 1;
            break;
        }
        int k = 0;
        while (k < cli_option_count && strcmp(a, cli_options[k].name)) k++;
        if (k < cli_option_count) {
            if (i + 1 >= argc) return cli_usage_error(cli, "option %s needs a value", a);
            int rc = set_option(cli, k, argv[++i]);
            if (rc >= 0) return rc;
            if (k == OPT_BACKEND) cli->backend_given = true; /* not the default: checked against the command */
            continue;
        }
        if (a[0] == '-' && a[1]) return cli_usage_error(cli, "unknown option '%s'", a);
        if (!cli->command) {
            cli->command = find_command(a);
            if (!cli->command) return cli_usage_error(cli, "unknown command '%s'", a);
        } else if (!cli->file) {
            cli->file = a;
        } else {
            return cli_usage_error(cli, "unexpected argument '%s'", a);
        }
    }
    if (!cli->command) return cli_usage_error(cli, "no command given");
    const char *name = cli->command->name;
    if (!cli->file) return cli_usage_error(cli, "'%s' needs a FILE", name);
    bool translate = cli->command->run == cli_cmd_translate, run = cli->command->run == cli_cmd_run;
    if (translate && !cli->to_lang) return cli_usage_error(cli, "translate needs --to CODE");
    if (cli->to_lang && !translate) return cli_usage_error(cli, "--to only goes with 'translate', not '%s'", name);
    if (cli->ndirs && !run) return cli_usage_error(cli, "--dir only goes with 'run', not '%s'", name);
    if (cli->backend_given && !run) return cli_usage_error(cli, "--backend only goes with 'run', not '%s'", name);
    if (cli->prog_argc && !run)
        return cli_usage_error(cli, "program arguments after '--' only go with 'run', not '%s'", name);
    return -1;
}

MlCli *ml_cli_parse(const MlCliHost *host, int argc, char *const *argv, int *status) {
    const MlCli bare = {.host = host};
    /* --help and --version win over everything before `--`. */
    for (int i = 1; i < argc && strcmp(argv[i], "--"); i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            Buf b;
            buf_init(&b);
            cli_usage(&b);
            cli_out(&bare, b.data, b.len);
            buf_free(&b);
            *status = ML_EXIT_OK;
            return NULL;
        }
        if (!strcmp(argv[i], "--version")) {
            cli_outf(&bare, "multilingual %s\n", ML_VERSION);
            *status = ML_EXIT_OK;
            return NULL;
        }
    }
    MlCli *cli = calloc(1, sizeof *cli);
    if (!cli) abort();
    cli->host = host;
    for (int k = 0; k < cli_option_count; k++)
        if (cli_options[k].default_value) set_option(cli, k, cli_options[k].default_value);
    int rc = parse_args(cli, argc, argv);
    if (rc >= 0) {
        free(cli);
        *status = rc;
        return NULL;
    }
    return cli;
}

bool ml_cli_needs_compiler(const MlCli *cli) { return cli->command != NULL; }

int ml_cli_execute(MlCli *cli) {
    int status = cli->command->run(cli);
    free(cli);
    return status;
}

int ml_cli_main(const MlCliHost *host, int argc, char *const *argv) {
    int status;
    MlCli *cli = ml_cli_parse(host, argc, argv, &status);
    return cli ? ml_cli_execute(cli) : status;
}
