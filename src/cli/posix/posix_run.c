/* The native host's `run`: the module and the WASI runner the npm bin uses
 * (bin/run_wasi.mjs, embedded by the build) go to a temporary directory, and
 * node runs them with this process's stdin, stdout and stderr. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli/posix/posix_host.h"

extern char **environ;
extern const char ml_cli_runner[];
extern const unsigned long ml_cli_runner_len;

static int write_file(const char *path, const void *data, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f) return -1;
    size_t n = fwrite(data, 1, len, f);
    int rc = fclose(f);
    return (n == len && rc == 0) ? 0 : -1;
}

/* Spawns argv[0] (looked up in PATH) with this process's stdio and waits:
 * 0 with *status its exit status (128 + N after signal N), or -1 (errno
 * set) when it cannot be started. */
static int spawn_wait(char **argv, int *status) {
    fflush(stdout); /* what the CLI wrote comes before the program's output */
    fflush(stderr);
    pid_t pid;
    int err = posix_spawnp(&pid, argv[0], NULL, NULL, argv, environ);
    if (err) {
        errno = err;
        return -1;
    }
    int ws;
    while (waitpid(pid, &ws, 0) < 0 && errno == EINTR) {
    }
    *status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + (WIFSIGNALED(ws) ? WTERMSIG(ws) : 0);
    return 0;
}

/* Deep recursion: a program that raises sys.setrecursionlimit recurses as
 * deep as under CPython (10,000 calls and more). V8 stops wasm at its stack
 * limit (--stack-size, 984 KiB by default: ~7,000 calls of a small
 * function). The main thread's stack may grow up to RLIMIT_STACK, which
 * node inherits: it is raised (to the hard limit, at most STACK_WANT) and
 * V8 is given the most of it, a margin kept for node's own frames. 0 when
 * the limit stays below what V8 has by default. */
#define STACK_WANT ((rlim_t)256 << 20)
#define STACK_MARGIN ((rlim_t)4 << 20)
static unsigned long node_stack_kib(void) {
    struct rlimit r;
    if (getrlimit(RLIMIT_STACK, &r) != 0) return 0;
    rlim_t want = STACK_WANT;
    if (r.rlim_max != RLIM_INFINITY && r.rlim_max < want) want = r.rlim_max;
    if (r.rlim_cur == RLIM_INFINITY || r.rlim_cur < want) {
        struct rlimit up = {want, r.rlim_max};
        if (r.rlim_cur == RLIM_INFINITY || setrlimit(RLIMIT_STACK, &up) != 0) want = r.rlim_cur;
    } else {
        want = r.rlim_cur;
    }
    if (want == RLIM_INFINITY) want = STACK_WANT; /* (unlimited: grows as far as wanted) */
    if (want > STACK_WANT) want = STACK_WANT;
    if (want <= STACK_MARGIN + ((rlim_t)1 << 20)) return 0;
    return (unsigned long)((want - STACK_MARGIN) >> 10);
}

/* node --no-warnings [--stack-size=K] RUNNER [--dir DIR]... WASM ARGS...;
 * its exit status, or -1 (errno set) when node cannot be started. */
static int run_node(const char *runner, const char *wasm, char *const *args, int nargs, const char *const *dirs,
                    int ndirs, int *status) {
    char **argv = calloc((size_t)nargs + 2 * (size_t)ndirs + 6, sizeof *argv);
    if (!argv) return -1;
    int k = 0;
    argv[k++] = "node";
    argv[k++] = "--no-warnings";
    char stack[64];
    unsigned long kib = node_stack_kib();
    if (kib) {
        snprintf(stack, sizeof stack, "--stack-size=%lu", kib);
        argv[k++] = stack;
    }
    argv[k++] = (char *)runner;
    for (int i = 0; i < ndirs; i++) {
        argv[k++] = "--dir";
        argv[k++] = (char *)dirs[i];
    }
    argv[k++] = (char *)wasm;
    for (int i = 0; i < nargs; i++) argv[k++] = args[i];
    int rc = spawn_wait(argv, status);
    int saved = errno;
    free(argv);
    errno = saved;
    return rc;
}

/* A fresh folder under $TMPDIR (or /tmp) for a run's files: 1, or 0 with
 * errno set. */
static int run_dir(char *dir, size_t cap) {
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, cap, "%s/multilingual-run-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    return mkdtemp(dir) != NULL;
}

int posix_run_python(void *user, const char *source, size_t len, char *const *args, int nargs, int *status,
                     MlHostFailure *fail) {
    (void)user;
    char dir[4096];
    if (!run_dir(dir, sizeof dir)) return ml_host_fail(fail, ML_HOST_TEMP_DIR, NULL, strerror(errno));
    char py_path[4200];
    snprintf(py_path, sizeof py_path, "%s/transpiled.py", dir);
    int rc = 0;
    char **argv = calloc((size_t)nargs + 3, sizeof *argv);
    if (!argv) {
        rc = ml_host_fail(fail, ML_HOST_NO_MEMORY, NULL, NULL);
    } else if (write_file(py_path, source, len)) {
        rc = ml_host_fail(fail, ML_HOST_TEMP_WRITE, dir, strerror(errno));
    } else {
        int k = 0;
        argv[k++] = "python3";
        argv[k++] = py_path;
        for (int i = 0; i < nargs; i++) argv[k++] = args[i];
        if (spawn_wait(argv, status) != 0) rc = ml_host_fail(fail, ML_HOST_NO_PYTHON, NULL, strerror(errno));
    }
    free(argv);
    unlink(py_path);
    rmdir(dir);
    return rc;
}

int posix_run_module(void *user, const unsigned char *wasm, size_t len, char *const *args, int nargs,
                     const char *const *dirs, int ndirs, int *status,
                     MlHostFailure *fail) {
    (void)user;
    char dir[4096];
    if (!run_dir(dir, sizeof dir)) return ml_host_fail(fail, ML_HOST_TEMP_DIR, NULL, strerror(errno));
    char wasm_path[4200], runner_path[4200];
    snprintf(wasm_path, sizeof wasm_path, "%s/module.wasm", dir);
    snprintf(runner_path, sizeof runner_path, "%s/run.mjs", dir);
    int rc = 0;
    if (write_file(wasm_path, wasm, len) || write_file(runner_path, ml_cli_runner, ml_cli_runner_len))
        rc = ml_host_fail(fail, ML_HOST_TEMP_WRITE, dir, strerror(errno));
    else if (run_node(runner_path, wasm_path, args, nargs, dirs, ndirs, status) != 0)
        rc = ml_host_fail(fail, ML_HOST_NO_NODE, NULL, strerror(errno));
    unlink(wasm_path);
    unlink(runner_path);
    rmdir(dir);
    return rc;
}
