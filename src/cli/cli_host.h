/* What the CLI core (src/cli) asks of its host. The core does no I/O and no
 * compiling of its own: like Wren's WrenConfiguration, each host plugs its
 * functions into an MlCliHost and the core calls them. Two hosts exist:
 *   - the native CLI (src/cli/posix/): POSIX files, the atomic bundle writer
 *     with its lock, node for `run`, stdio, ml_compile;
 *   - the npm bin (bin/multilingual.mjs) around the core built by Emscripten
 *     (build/web/multilingual_cli.mjs, through src/emscripten/cli_host.c):
 *     Node's fs, shim/node_bundle.mjs, bin/run_wasi.mjs for `run` (python3
 *     for its python backend), and the
 *     compiler's own Emscripten build (shim/compiler.mjs), loaded only for
 *     a command that needs it.
 * A host function that fails fills an MlHostFailure with the facts; the core
 * words the message (src/cli/host_failures.def), never the host. */
#ifndef ML_CLI_HOST_H
#define ML_CLI_HOST_H
#include <stddef.h>

#include "api.h"
#include "bundle/bundle_file.h"

typedef enum MlHostFailureKind {
    ML_HOST_OK = 0,
#define ML_HOST_FAILURE(id, js, message) ML_HOST_##id,
#include "cli/host_failures.def"
#undef ML_HOST_FAILURE
    ML_HOST_FAILURE_COUNT
} MlHostFailureKind;

typedef struct MlHostFailure {
    MlHostFailureKind kind;
    char path[4096];  /* the file or directory concerned; "" when none */
    char reason[256]; /* the system's words for the cause, as strerror() says them; "" when none */
    long pid;         /* ML_HOST_LOCK_HELD: the lock's holder */
} MlHostFailure;

/* Records a failure (path and reason may be NULL; they are copied, cut to
 * the buffers' size). Returns -1, for `return ml_host_fail(...)`. */
int ml_host_fail(MlHostFailure *f, MlHostFailureKind kind, const char *path, const char *reason);

/* The most a source file may be, so that reading a device such as
 * /dev/zero or a runaway file stops with an error instead of taking all
 * memory: compiling costs about 330 MiB per MB of source (bench/README.md,
 * Large files), so 64 MiB is already beyond what a machine can compile. */
#define ML_MAX_SOURCE_BYTES ((size_t)64 << 20)
#define ML_MAX_SOURCE_TEXT "larger than 64 MiB, the most a source file may be"

typedef struct MlCliHost {
    void *user; /* passed to every function, and to assemble */
    /* The command's standard output and error: len bytes of UTF-8. */
    void (*write_out)(void *user, const char *data, size_t len);
    void (*write_err)(void *user, const char *data, size_t len);
    /* The whole file: 0 with *data (malloc'd, NUL-terminated, freed by the
     * core) and *len; otherwise -1 and *fail (ML_HOST_READ). */
    int (*read_file)(void *user, const char *path, char **data, size_t *len, MlHostFailure *fail);
    /* Writes the files, in order, into out_dir (created when missing), each
     * atomically (temp file + rename) and all under the directory's lock
     * (BUNDLE_LOCK_NAME), waiting at most lock_timeout seconds (>= 0, may be
     * infinite) for it. 0, or -1 and *fail. */
    int (*write_bundle)(void *user, const char *out_dir, const BundleFile *files, int nfiles, double lock_timeout,
                        MlHostFailure *fail);
    /* Runs a WASI module with the process's stdin, stdout and stderr,
     * these program arguments and these directories pre-opened (as named:
     * the program opens "data/x.csv" under --dir data): 0 with *status its
     * exit status (128 + N after signal N), or -1 and *fail. */
    int (*run_module)(void *user, const unsigned char *wasm, size_t len, char *const *args, int nargs,
                      const char *const *dirs, int ndirs, int *status, MlHostFailure *fail);
    /* Runs a Python program (transpiled.py, len bytes) with python3, the
     * process's stdin, stdout and stderr and these program arguments: 0
     * with *status its exit status, or -1 and *fail (ML_HOST_NO_PYTHON when
     * python3 cannot be started). */
    int (*run_python)(void *user, const char *source, size_t len, char *const *args, int nargs, int *status,
                      MlHostFailure *fail);
    /* ml_compile with opts (filename, lang, target), the host adding its
     * assembler (the library's ml_wat_assemble; natively, checked against
     * libwabt under ML_VALIDATE). The core uses the
     * result's ok, lang, diagnostics and artifacts, and frees it with
     * ml_result_free. Never NULL. */
    MlResult *(*compile)(void *user, const char *source, size_t len, const MlOptions *opts);
    /* ml_translate: the core uses the translation's ok, text, lang,
     * diagnostics and diag_count, and frees it with ml_translation_free.
     * Never NULL. */
    MlTranslation *(*translate)(void *user, const char *source, size_t len, const char *from_lang,
                                const char *to_lang, const char *filename, const char *messages);
} MlCliHost;

#endif
