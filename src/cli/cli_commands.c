/* The commands of the CLI: the host reads the file and compiles (or
 * translates) it; the command prints, writes or runs the result through the
 * host. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli_internal.h"
#include "lang/messages.h"

/* The source of cli->file, malloc'd; NULL once the failure is reported. */
static char *read_source(const MlCli *cli, size_t *len) {
    char *data = NULL;
    MlHostFailure f = {0};
    if (cli->host->read_file(cli->host->user, cli->file, &data, len, &f) != 0) {
        cli_host_error(cli, &f);
        return NULL;
    }
    return data;
}

/* The last line of check and translate when they fail: how many errors,
 * and in which language the source was read (when it got that far), since
 * a keyword error often means the language was not the one intended. */
/* In the language of the messages, as the diagnostics above it. */
static void error_summary(const MlCli *cli, int errors, const char *lang) {
    const char *in = cli->messages ? cli->messages : lang;
    if (errors == 1) cli_errf(cli, lang_message(in, "%s: %d error"), cli->file, errors);
    else cli_errf(cli, lang_message(in, "%s: %d errors"), cli->file, errors);
    if (lang) cli_errf(cli, lang_message(in, " (language: %s)"), lang);
    cli_err(cli, "\n", 1);
}

/* The compiler's module loader (MlLoadModuleFn) over the host's files: a
 * module's file (ml_module_file's names) looked for in the importing
 * file's folder, the entry file's, then each --path folder, in order. */
static int load_module(void *user, const char *name, const char *importer, char **path, char **source, size_t *len,
                       char **looked) {
    const MlCli *cli = user;
    const char *slash = strrchr(importer, '/');
    Buf where;
    buf_init(&where);
    const char *entry_slash = strrchr(cli->file, '/');
    for (int d = -2; d < cli->npaths; d++) {
        /* the folder, with its trailing '/' ("" for the current one): the
         * importer's, the entry file's (where a package's modules are
         * found from), the --path ones */
        const char *base = d == -2 ? importer : d == -1 ? cli->file : cli->paths[d];
        const char *cut = d == -2 ? slash : entry_slash;
        size_t n = d < 0 ? (cut ? (size_t)(cut - base) + 1 : 0) : strlen(base);
        if (d == -1 && n == (slash ? (size_t)(slash - importer) + 1 : 0) && !strncmp(base, importer, n)) continue;
        bool add_slash = d >= 0 && n && base[n - 1] != '/';
        char *dir = malloc(n + 2);
        if (!dir) abort();
        memcpy(dir, base, n);
        if (add_slash) dir[n++] = '/';
        dir[n] = 0;
        buf_printf(&where, "%s%s", where.len ? ", " : "", dir[0] ? dir : "./");
        char *candidate;
        for (int form = 0; (candidate = ml_module_file(dir, name, form)); form++) {
            MlHostFailure f = {0};
            char *data = NULL;
            if (cli->host->read_file(cli->host->user, candidate, &data, len, &f) == 0) {
                *path = candidate;
                *source = data;
                free(dir);
                buf_free(&where);
                return 0;
            }
            free(candidate);
        }
        free(dir);
    }
    *looked = buf_take(&where, NULL);
    return 1;
}

/* Compiles cli->file: the result, ok or not; NULL when it cannot be read
 * (reported). */
static MlResult *compile_source(const MlCli *cli) {
    size_t len;
    char *src = read_source(cli, &len);
    if (!src) return NULL;
    MlOptions opts = {.filename = cli->file, .lang = cli->lang, .messages = cli->messages, .target = cli->target,
                      .load_module = load_module, .load_user = (void *)cli,
                      .gc_stress = getenv("ML_GC_STRESS") != NULL}; /* tests/gc_stress.test.mjs */
    MlResult *r = cli->host->compile(cli->host->user, src, len, &opts);
    free(src);
    return r;
}

/* Compiles cli->file; NULL once the diagnostics are reported. */
static MlResult *compile_file(const MlCli *cli) {
    MlResult *r = compile_source(cli);
    if (r && !r->ok) {
        cli_err(cli, r->diagnostics, strlen(r->diagnostics));
        if (cli->command->run == cli_cmd_check) error_summary(cli, r->diag_count, r->lang);
        ml_result_free(r);
        return NULL;
    }
    return r;
}

int cli_cmd_bundle(MlCli *cli) {
    MlResult *r = compile_file(cli);
    if (!r) return ML_EXIT_USER;
    BundleFile files[ML_ARTIFACT_COUNT];
    for (int a = 0; a < ML_ARTIFACT_COUNT; a++) {
        files[a].name = ml_artifacts[a].file;
        files[a].data = ml_result_artifact(r, (MlArtifact)a, &files[a].len);
    }
    MlHostFailure f = {0};
    int failed = cli->host->write_bundle(cli->host->user, cli->out_dir, files, ML_ARTIFACT_COUNT,
                                         cli->lock_timeout, &f);
    ml_result_free(r);
    if (failed) return cli_host_error(cli, &f);
    for (int a = 0; a < ML_ARTIFACT_COUNT; a++) cli_outf(cli, "[PASS] %s/%s\n", cli->out_dir, ml_artifacts[a].file);
    return ML_EXIT_OK;
}

/* run --backend python, and auto's fallback: transpiled.py with python3. */
static int run_python(MlCli *cli, MlResult *r, const char *py) {
    int status = ML_EXIT_USER;
    MlHostFailure f = {0};
    int failed = cli->host->run_python(cli->host->user, py, strlen(py), cli->prog_args, cli->prog_argc, &status, &f);
    ml_result_free(r);
    return failed ? cli_host_error(cli, &f) : status;
}

int cli_cmd_run(MlCli *cli) {
    MlResult *r = cli->backend == CLI_BACKEND_WASM ? compile_file(cli) : compile_source(cli);
    if (!r) return ML_EXIT_USER;
    if (r->ok && cli->backend == CLI_BACKEND_PYTHON) return run_python(cli, r, r->transpiled_py);
    if (!r->ok && r->fallback_py) {
        /* refused only for what the compiler does not support yet: the
         * program is valid Python; auto says in one line why python runs */
        if (cli->backend == CLI_BACKEND_AUTO) {
            const char *d = r->diagnostics, *nl = strchr(d, '\n'), *err = strstr(d, ": error: ");
            size_t upto = nl ? (size_t)(nl - d) : strlen(d);
            if (err && err < d + upto)
                cli_errf(cli, "multilingual: backend python: %.*s: %.*s\n", (int)(err - d), d,
                         (int)(d + upto - (err + 9)), err + 9);
        }
        return run_python(cli, r, r->fallback_py);
    }
    if (!r->ok) {
        cli_err(cli, r->diagnostics, strlen(r->diagnostics));
        ml_result_free(r);
        return ML_EXIT_USER;
    }
    int status = ML_EXIT_USER;
    MlHostFailure f = {0};
    size_t len;
    const unsigned char *wasm = ml_result_artifact(r, ML_ARTIFACT_WASM, &len);
    int failed = cli->host->run_module(cli->host->user, wasm, len, cli->prog_args, cli->prog_argc, cli->dirs,
                                          cli->ndirs, &status, &f);
    ml_result_free(r);
    return failed ? cli_host_error(cli, &f) : status;
}

int cli_cmd_check(MlCli *cli) {
    MlResult *r = compile_file(cli);
    if (!r) return ML_EXIT_USER;
    cli_errf(cli, "%s: ok (language: %s)\n", cli->file, r->lang);
    ml_result_free(r);
    return ML_EXIT_OK;
}

/* wat-abi, wat-host-shim, wat-renderer-template: one artifact on stdout. */
int cli_cmd_print(MlCli *cli) {
    MlResult *r = compile_file(cli);
    if (!r) return ML_EXIT_USER;
    size_t len;
    const unsigned char *data = ml_result_artifact(r, (MlArtifact)cli->command->artifact, &len);
    cli_out(cli, (const char *)data, len);
    ml_result_free(r);
    return ML_EXIT_OK;
}

/* Replacement characters and the usual UTF-8-read-as-Latin-1 patterns. */
static bool encoding_problem(const char *text) {
    static const char *const bad[] = {"\xEF\xBF\xBD", "\xC3\x83\xC2", "\xC3\xA2\xE2\x82\xAC"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
        if (strstr(text, bad[i])) return true;
    return false;
}

/* Every text the compiler wrote from the program (not the graph or lock,
 * which only name files and hashes). */
int cli_cmd_encoding_check(MlCli *cli) {
    MlResult *r = compile_file(cli);
    if (!r) return ML_EXIT_USER;
    int status = ML_EXIT_OK;
    for (int a = 0; a < ML_ARTIFACT_COUNT; a++) {
        if (ml_artifacts[a].kind != ML_ART_TEXT || ml_artifacts[a].role != ML_ART_CONTENT) continue;
        size_t len;
        const char *text = (const char *)ml_result_artifact(r, (MlArtifact)a, &len);
        if (encoding_problem(text)) {
            cli_errf(cli, "[FAIL] %s: broken text encoding (replacement character or mojibake)\n",
                     ml_artifacts[a].file);
            status = ML_EXIT_USER;
        } else {
            cli_outf(cli, "[PASS] %s\n", ml_artifacts[a].file);
        }
    }
    ml_result_free(r);
    return status;
}

int cli_cmd_translate(MlCli *cli) {
    size_t len;
    char *src = read_source(cli, &len);
    if (!src) return ML_EXIT_USER;
    MlTranslation *t = cli->host->translate(cli->host->user, src, len, cli->lang, cli->to_lang, cli->file,
                                                  cli->messages);
    free(src);
    int status = ML_EXIT_OK;
    if (t->ok) {
        cli_out(cli, t->text, strlen(t->text));
        for (int i = 0; t->renames && i < t->rename_count; i++)
            cli_errf(cli, "%s: renamed '%s' to '%s' (%s)\n", cli->file, t->renames[i].from, t->renames[i].to,
                     t->renames[i].reason);
        cli_errf(cli, "%s: translated from %s to %s\n", cli->file, t->lang, cli->to_lang);
    } else {
        cli_err(cli, t->diagnostics, strlen(t->diagnostics));
        error_summary(cli, t->diag_count, t->lang);
        status = ML_EXIT_USER;
    }
    ml_translation_free(t);
    return status;
}
