/* `multilingual run`: compile, then execute the module under Node's WASI
 * with stdin, stdout and stderr passed through and the arguments after
 * `--` as the program's arguments. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"

/* The runner (bin/run_wasi.mjs, embedded by the build: the npm bin runs
 * the same file): runs module.wasm under node:wasi; a wasm stack overflow
 * becomes Python's RecursionError. */
extern const char ml_cli_runner[];
extern const unsigned long ml_cli_runner_len;

static int write_file(const char *path, const void *data, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    size_t n = fwrite(data, 1, len, f);
    int rc = fclose(f);
    return (n == len && rc == 0) ? 0 : -1;
}

int cli_run(const CliOptions *o) {
    int status;
    MlResult *r = cli_compile(o, &status);
    if (!r) return status;
    const char *tmp = getenv("TMPDIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/multilingual-run-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    if (!mkdtemp(dir)) {
        fprintf(stderr, "multilingual: error: cannot create a temporary directory: %s\n", strerror(errno));
        ml_result_free(r);
        return EXIT_USER;
    }
    char wasm_path[4200], runner_path[4200];
    snprintf(wasm_path, sizeof wasm_path, "%s/module.wasm", dir);
    snprintf(runner_path, sizeof runner_path, "%s/run.mjs", dir);
    int rc = EXIT_USER;
    if (write_file(wasm_path, r->wasm, r->wasm_len) || write_file(runner_path, ml_cli_runner, ml_cli_runner_len)) {
        fprintf(stderr, "multilingual: error: cannot write to %s: %s\n", dir, strerror(errno));
        goto done;
    }
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "multilingual: error: cannot start node: %s\n", strerror(errno));
        goto done;
    }
    if (pid == 0) {
        char **argv = calloc((size_t)o->prog_argc + 6, sizeof *argv);
        int k = 0;
        argv[k++] = "node";
        argv[k++] = "--no-warnings";
        argv[k++] = runner_path;
        argv[k++] = wasm_path;
        for (int i = 0; i < o->prog_argc; i++) argv[k++] = o->prog_args[i];
        execvp("node", argv);
        fprintf(stderr, "multilingual: error: cannot run node (needed by 'run'): %s\n", strerror(errno));
        _exit(127);
    }
    int ws;
    while (waitpid(pid, &ws, 0) < 0 && errno == EINTR) {
    }
    rc = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + (WIFSIGNALED(ws) ? WTERMSIG(ws) : 0);
done:
    unlink(wasm_path);
    unlink(runner_path);
    rmdir(dir);
    ml_result_free(r);
    return rc;
}
