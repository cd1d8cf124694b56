/* The CLI core (src/cli) in the Emscripten build, for the npm bin
 * (bin/multilingual.mjs): its host functions hand each call to the JS object
 * the bin installs as Module.mlHost, only converting values:
 *   args                              the command line, without node and the script
 *   write(fd, bytes)                  1: stdout, 2: stderr
 *   readFile(path)                    -> Uint8Array | failure
 *   writeBundle(outDir, files, lockTimeout)  files: [{name, data}] -> undefined | failure
 *   runModule(wasm, args)             -> exit status | failure
 * where a failure is {kind, path, reason, pid} (HOST_FAILURES of
 * build/gen/ml_tables.mjs). Usage, messages and exit statuses stay the C
 * core's. Helpers (mlString, mlStrings, mlCopy, mlFail): src/emscripten/glue.pre.js. */
#include <emscripten.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "emscripten/js_assemble.h"

EM_JS(void, js_write, (int fd, const char *data, size_t len), {
    Module['mlHost'].write(fd, HEAPU8.slice(data >>> 0, (data >>> 0) + (len >>> 0)));
});

/* Returns 0, -1 (a failure, recorded) or -2 (out of memory). */
EM_JS(int, js_read_file, (const char *path, char **data, size_t *len, MlHostFailure *fail), {
    var r = Module['mlHost'].readFile(mlString(path));
    if (!(r instanceof Uint8Array)) return mlFail(fail, r);
    var p = mlCopy(r);
    if (!p) return -2;
    HEAPU32[data >>> 2] = p;
    HEAPU32[len >>> 2] = r.length;
    return 0;
});

/* files: nfiles BundleFiles of `size` bytes, name, data and len at the given
 * offsets (C says where its fields are). */
EM_JS(int, js_write_bundle,
      (const char *out_dir, const void *files, int nfiles, int size, int name_at, int data_at, int len_at,
       double lock_timeout, MlHostFailure *fail),
      {
          var list = [];
          for (var i = 0; i < nfiles; i++) {
              var f = (files >>> 0) + i * size;
              var data = HEAPU32[(f + data_at) >>> 2];
              list.push({
                  name: mlString(HEAPU32[(f + name_at) >>> 2]),
                  data: HEAPU8.subarray(data, data + HEAPU32[(f + len_at) >>> 2]),
              });
          }
          var r = Module['mlHost'].writeBundle(mlString(out_dir), list, lock_timeout);
          return r ? mlFail(fail, r) : 0;
      });

EM_JS(int, js_run_module,
      (const unsigned char *wasm, size_t len, char *const *args, int nargs, int *status, MlHostFailure *fail), {
          var list = [];
          for (var i = 0; i < nargs; i++) list.push(mlString(HEAPU32[((args >>> 0) >>> 2) + i]));
          var r = Module['mlHost'].runModule(HEAPU8.subarray(wasm >>> 0, (wasm >>> 0) + (len >>> 0)), list);
          if (typeof r !== 'number') return mlFail(fail, r);
          HEAP32[status >>> 2] = r;
          return 0;
      });

/* Module.mlHost.args as NUL-separated strings (malloc'd), *argc of them. */
EM_JS(char *, js_args, (int *argc), {
    var args = Module['mlHost'].args;
    HEAP32[argc >>> 2] = args.length;
    return mlStrings(args);
});

static void write_out(void *user, const char *data, size_t len) {
    (void)user;
    js_write(1, data, len);
}

static void write_err(void *user, const char *data, size_t len) {
    (void)user;
    js_write(2, data, len);
}

static int read_file(void *user, const char *path, char **data, size_t *len, MlHostFailure *fail) {
    (void)user;
    int rc = js_read_file(path, data, len, fail);
    return rc == -2 ? ml_host_fail(fail, ML_HOST_NO_MEMORY, NULL, NULL) : rc;
}

static int write_bundle(void *user, const char *out_dir, const BundleFile *files, int nfiles, double lock_timeout,
                        MlHostFailure *fail) {
    (void)user;
    return js_write_bundle(out_dir, files, nfiles, (int)sizeof *files, (int)offsetof(BundleFile, name),
                           (int)offsetof(BundleFile, data), (int)offsetof(BundleFile, len), lock_timeout, fail);
}

static int run_module(void *user, const unsigned char *wasm, size_t len, char *const *args, int nargs, int *status,
                      MlHostFailure *fail) {
    (void)user;
    return js_run_module(wasm, len, args, nargs, status, fail);
}

static const MlCliHost js_host = {
    .user = NULL,
    .write_out = write_out,
    .write_err = write_err,
    .read_file = read_file,
    .write_bundle = write_bundle,
    .run_module = run_module,
    .assemble = ml_js_assemble,
};

/* One run of the command line: its arguments (argv[0] is the program's
 * name) and what parsing left to do. */
typedef struct JsCli {
    char *args;  /* the strings */
    char **argv; /* into args */
    MlCli *cli;  /* NULL: nothing to execute */
    int status;  /* then: the exit status */
} JsCli;

static void js_cli_free(JsCli *j) {
    free(j->argv);
    free(j->args);
    free(j);
}

/* Parses Module.mlHost.args (writing --help, --version or a usage error). */
EMSCRIPTEN_KEEPALIVE JsCli *ml_js_cli_parse(void) {
    JsCli *j = calloc(1, sizeof *j);
    int argc = 0;
    if (!j || !(j->args = js_args(&argc))) abort();
    j->argv = calloc((size_t)argc + 2, sizeof *j->argv);
    if (!j->argv) abort();
    j->argv[0] = "multilingual";
    char *p = j->args;
    for (int i = 1; i <= argc; i++, p += strlen(p) + 1) j->argv[i] = p;
    j->cli = ml_cli_parse(&js_host, argc + 1, j->argv, &j->status);
    return j;
}

/* Whether executing compiles (the bin then loads wabt.js first). */
EMSCRIPTEN_KEEPALIVE int ml_js_cli_compiles(const JsCli *j) { return j->cli && ml_cli_compiles(j->cli); }

/* Executes what parsing left, frees j, and returns the exit status. */
EMSCRIPTEN_KEEPALIVE int ml_js_cli_execute(JsCli *j) {
    int status = j->cli ? ml_cli_execute(j->cli) : j->status;
    js_cli_free(j);
    return status;
}

/* For mlFail (glue.pre.js): path and reason are copied. */
EMSCRIPTEN_KEEPALIVE void ml_js_host_fail(MlHostFailure *f, int kind, const char *path, const char *reason, int pid) {
    ml_host_fail(f, (MlHostFailureKind)kind, path, reason);
    f->pid = pid;
}
