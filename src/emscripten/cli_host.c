/* The CLI core (src/cli) built by Emscripten on its own, for the npm bin
 * (bin/multilingual.mjs): build/web/multilingual_cli.mjs, which holds no
 * compiler, so that --help, --version and usage errors load nothing more.
 * Its host functions hand each call to the JS object the bin installs as
 * Module.mlHost, only converting values:
 *   args                              the command line, without node and the script
 *   write(fd, bytes)                  1: stdout, 2: stderr
 *   readFile(path)                    -> Uint8Array | failure
 *   writeBundle(outDir, files, lockTimeout)  files: [{name, data}] -> undefined | failure
 *   runModule(wasm, args)             -> exit status | failure
 *   runPython(source, args)           -> exit status | failure (transpiled.py, UTF-8 bytes)
 *   compile(source, {lang, target, filename, messages})
 *       -> {ok, lang, diagnosticsText, artifacts, fallbackPy}: texts as UTF-8
 *          bytes, artifacts[id] (ids of src/bundle/artifacts.def) bytes or
 *          null, fallbackPy (MlResult.fallback_py) bytes or null
 *   translate(source, {lang, to, filename, messages})
 *       -> {text, lang, diagnosticsText, diagnostics}: text and
 *          diagnosticsText as UTF-8 bytes (text null on failure), lang a
 *          string or null, diagnostics an array (its length is counted)
 * where a failure is {kind, path, reason, pid} (HOST_FAILURES of
 * build/gen/ml_tables.mjs). Usage, messages and exit statuses stay the C
 * core's. Helpers: src/emscripten/glue.pre.js, cli_glue.pre.js. */
#include <emscripten.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

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
      (const unsigned char *wasm, size_t len, char *const *args, int nargs, const char *const *dirs, int ndirs,
       int *status, MlHostFailure *fail), {
          var list = [];
          for (var i = 0; i < nargs; i++) list.push(mlString(HEAPU32[((args >>> 0) >>> 2) + i]));
          var dirList = [];
          for (var i = 0; i < ndirs; i++) dirList.push(mlString(HEAPU32[((dirs >>> 0) >>> 2) + i]));
          var r = Module['mlHost'].runModule(HEAPU8.subarray(wasm >>> 0, (wasm >>> 0) + (len >>> 0)), list, dirList);
          if (typeof r !== 'number') return mlFail(fail, r);
          HEAP32[status >>> 2] = r;
          return 0;
      });

EM_JS(int, js_run_python, (const char *source, size_t len, char *const *args, int nargs, int *status,
                           MlHostFailure *fail), {
    var list = [];
    for (var i = 0; i < nargs; i++) list.push(mlString(HEAPU32[((args >>> 0) >>> 2) + i]));
    var r = Module['mlHost'].runPython(HEAPU8.subarray(source >>> 0, (source >>> 0) + (len >>> 0)), list);
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

/* The compiler's result, copied into a new MlResult; NULL when out of
 * memory. */
EM_JS(MlResult *, js_compile, (const char *source, size_t len, const char *lang, const char *target,
                               const char *filename, const char *messages, int nartifacts, MlLoadModuleFn load,
                               void *load_user), {
    var enc = new TextEncoder();
    var r = Module['mlHost'].compile(HEAPU8.subarray(source >>> 0, (source >>> 0) + (len >>> 0)), {
        lang: lang ? mlString(lang) : undefined,
        target: mlString(target),
        filename: mlString(filename),
        messages: messages ? mlString(messages) : undefined,
        // the compiler's imports, found by the core's loader over the host's files
        loadModule: function (name, importer) {
            var n = mlCopy(enc.encode(name)), i = mlCopy(enc.encode(importer)), out = _malloc(16);
            if (!n || !i || !out) return {};
            HEAPU32.fill(0, out >>> 2, (out >>> 2) + 4);
            var rc = _ml_js_cli_load(load, load_user, n, i, out, out + 4, out + 8, out + 12);
            var w = out >>> 2, path = HEAPU32[w], src = HEAPU32[w + 1], slen = HEAPU32[w + 2], looked = HEAPU32[w + 3];
            var result = rc == 0 ? { path: mlString(path), source: HEAPU8.slice(src, src + slen) }
                                 : { looked: looked ? mlString(looked) : undefined };
            [n, i, out, path, src, looked].forEach(function (p) { if (p) _free(p); });
            return result;
        },
    });
    var res = _ml_js_result_new(r.ok ? 1 : 0);
    if (!res) return 0;
    var lang_ = r.lang ? mlCopy(r.lang) : 0;
    var diags = mlCopy(r.diagnosticsText);
    var ok = (!r.lang || lang_) && diags;
    _ml_js_result_set_texts(res, lang_, diags, r.diagnostics.length);
    for (var id = 0; id < nartifacts && ok; id++) {
        var a = r.artifacts[id];
        if (!a) continue;
        var p = mlCopy(a);
        if (!p) ok = 0;
        else _ml_js_result_set_artifact(res, id, p, a.length);
    }
    if (ok && r.fallbackPy) {
        var fp = mlCopy(r.fallbackPy);
        if (!fp) ok = 0;
        else _ml_js_result_set_fallback_py(res, fp);
    }
    if (!ok) {
        _ml_js_result_free(res);
        return 0;
    }
    return res;
});

/* Fills t (zeroed) from the host's translation: text, lang and
 * diagnostics malloc'd (NUL-terminated), the renames as one malloc'd block
 * of NUL-terminated strings (from, to, reason for each). Returns 0, or -1
 * when out of memory. */
EM_JS(int, js_translate, (const char *source, size_t len, const char *from_lang, const char *to_lang,
                          const char *filename, const char *messages, char **text, char **lang, char **diagnostics, int *diag_count,
                          char **renames, int *rename_count), {
    var r = Module['mlHost'].translate(HEAPU8.subarray(source >>> 0, (source >>> 0) + (len >>> 0)), {
        lang: from_lang ? mlString(from_lang) : undefined,
        to: mlString(to_lang),
        filename: mlString(filename),
        messages: messages ? mlString(messages) : undefined,
    });
    var d = mlCopy(r.diagnosticsText);
    if (!d) return -1;
    HEAPU32[diagnostics >>> 2] = d;
    HEAP32[diag_count >>> 2] = r.diagnostics.length;
    if (r.lang) {
        var l = mlCopy(new TextEncoder().encode(r.lang));
        if (!l) return -1;
        HEAPU32[lang >>> 2] = l;
    }
    if (r.text) {
        var t = mlCopy(r.text);
        if (!t) return -1;
        HEAPU32[text >>> 2] = t;
    }
    var rn = r.renames || [];
    if (rn.length) {
        var parts = [];
        rn.forEach(function (x) { parts.push(x.from, x.to, x.reason); });
        var block = mlCopy(new TextEncoder().encode(parts.join(String.fromCharCode(0))));
        if (!block) return -1;
        HEAPU32[renames >>> 2] = block;
        HEAP32[rename_count >>> 2] = rn.length;
    }
    return 0;
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

static int run_module(void *user, const unsigned char *wasm, size_t len, char *const *args, int nargs,
                      const char *const *dirs, int ndirs, int *status, MlHostFailure *fail) {
    (void)user;
    return js_run_module(wasm, len, args, nargs, dirs, ndirs, status, fail);
}

/* The core's module loader called from the compiler's JS host (js_compile). */
EMSCRIPTEN_KEEPALIVE int ml_js_cli_load(MlLoadModuleFn load, void *user, const char *name, const char *importer,
                                        char **path, char **source, size_t *len, char **looked) {
    return load(user, name, importer, path, source, len, looked);
}

static MlResult *compile(void *user, const char *source, size_t len, const MlOptions *opts) {
    (void)user;
    MlResult *r = js_compile(source, len, opts->lang, ml_target_name(opts->target), opts->filename, opts->messages,
                             ML_ARTIFACT_COUNT, opts->load_module, opts->load_user);
    if (!r) abort(); /* out of memory, like the library */
    return r;
}

/* The core needs the text, the language and the rendered diagnostics with
 * their count (not each one's position). */
static MlTranslation *translate(void *user, const char *source, size_t len, const char *from_lang,
                                const char *to_lang, const char *filename, const char *messages) {
    (void)user;
    MlTranslation *t = calloc(1, sizeof *t);
    char *block = NULL;
    int nrenames = 0;
    if (!t || js_translate(source, len, from_lang, to_lang, filename, messages, &t->text, &t->lang, &t->diagnostics,
                           &t->diag_count, &block, &nrenames))
        abort(); /* out of memory, like the library */
    t->ok = t->text != NULL;
    if (nrenames > 0) {
        t->renames = calloc((size_t)nrenames, sizeof *t->renames);
        if (!t->renames) abort();
        const char *p = block;
        for (int i = 0; i < nrenames; i++) {
            char **fields[3] = {&t->renames[i].from, &t->renames[i].to, &t->renames[i].reason};
            for (int f = 0; f < 3; f++) {
                size_t n = strlen(p) + 1;
                *fields[f] = malloc(n);
                if (!*fields[f]) abort();
                memcpy(*fields[f], p, n);
                p += n;
            }
        }
        t->rename_count = nrenames;
    }
    free(block);
    return t;
}

static int run_python(void *user, const char *source, size_t len, char *const *args, int nargs, int *status,
                      MlHostFailure *fail) {
    (void)user;
    return js_run_python(source, len, args, nargs, status, fail);
}

static const MlCliHost js_host = {
    .user = NULL,
    .write_out = write_out,
    .write_err = write_err,
    .read_file = read_file,
    .write_bundle = write_bundle,
    .run_module = run_module,
    .run_python = run_python,
    .compile = compile,
    .translate = translate,
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

/* Whether executing needs the compiler (the bin then loads it first). */
EMSCRIPTEN_KEEPALIVE int ml_js_cli_needs_compiler(const JsCli *j) { return j->cli && ml_cli_needs_compiler(j->cli); }

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

/* For js_compile: a result (ok or not) whose fields js_compile fills. */
EMSCRIPTEN_KEEPALIVE MlResult *ml_js_result_new(int ok) {
    MlResult *r = calloc(1, sizeof *r);
    if (r) r->ok = ok != 0;
    return r;
}

/* lang (may be 0) and diagnostics: malloc'd, owned by r from now on;
 * count: how many errors diagnostics renders (their records stay in JS). */
EMSCRIPTEN_KEEPALIVE void ml_js_result_set_texts(MlResult *r, char *lang, char *diagnostics, int count) {
    r->lang = lang;
    r->diagnostics = diagnostics;
    r->diag_count = count;
}

/* MlResult.fallback_py: py (malloc'd, NUL-terminated), owned by r from now on. */
EMSCRIPTEN_KEEPALIVE void ml_js_result_set_fallback_py(MlResult *r, char *py) { r->fallback_py = py; }

/* Artifact id: data (malloc'd, NUL-terminated, len bytes before the NUL),
 * owned by r from now on. */
EMSCRIPTEN_KEEPALIVE void ml_js_result_set_artifact(MlResult *r, int id, unsigned char *data, int len) {
    switch ((MlArtifact)id) {
#define ML_ARTIFACT_SET_TEXT(field) r->field = (char *)data;
#define ML_ARTIFACT_SET_BYTES(field) r->field = data, r->field##_len = (size_t)len;
#define ML_ARTIFACT(cid, file, field, js, kind, role) \
    case ML_ARTIFACT_##cid: ML_ARTIFACT_SET_##kind(field) return;
#include "bundle/artifacts.def"
#undef ML_ARTIFACT
#undef ML_ARTIFACT_SET_TEXT
#undef ML_ARTIFACT_SET_BYTES
    case ML_ARTIFACT_COUNT: break;
    }
    free(data);
}

EMSCRIPTEN_KEEPALIVE void ml_js_result_free(MlResult *r) { ml_result_free(r); }
