/* The multilingual compiler as a library. The CLI (src/cli) and the
 * Emscripten build (web/) are thin wrappers around ml_compile. The library
 * keeps no global mutable state: every call owns its memory. */
#ifndef ML_API_H
#define ML_API_H
#include <stdbool.h>
#include <stddef.h>

#include "bundle/artifacts.h"
#include "ml_version.h" /* ML_VERSION, generated from package.json */

/* The targets of src/targets.def: ML_TARGET_WASI, ML_TARGET_BROWSER. */
typedef enum MlTarget {
#define ML_TARGET(id, name) ML_TARGET_##id,
#include "targets.def"
#undef ML_TARGET
    ML_TARGET_COUNT
} MlTarget;

/* A target's name ("wasi"), or NULL for a value that is none. */
const char *ml_target_name(MlTarget target);

/* Turns WAT text into a wasm binary: the library's own ml_wat_assemble
 * (src/back/wasm/wat_asm.h) in every host; the native CLI's tests check it
 * against libwabt, which also validates (src/wabt, ML_VALIDATE). Returns 0
 * on success with *wasm malloc'd; otherwise non-zero with *error malloc'd. */
typedef int (*MlAssembleFn)(void *user, const char *wat, size_t wat_len,
                            unsigned char **wasm, size_t *wasm_len, char **error);

/* Finds and reads the source of a module the program imports (Wren's
 * loadModuleFn: the compiler does no I/O, each host plugs in its own):
 * name is the module's dotted name ("helpers"), importer the file name of
 * the importing source. Returns 0 with *path (how diagnostics, tracebacks
 * and build_graph.json name the file) and *source (its bytes, *len of
 * them), both malloc'd and freed by the compiler; otherwise non-zero, with
 * *looked (malloc'd, or NULL) saying where it looked, for the message. */
typedef int (*MlLoadModuleFn)(void *user, const char *name, const char *importer, char **path, char **source,
                              size_t *len, char **looked);

/* The names the file of module `name` may have in folder dir (a prefix:
 * "" or ending in '/'), for a host's loader: form 0, 1, 2, 3 give
 * dir/name.ml, name.multi, name/__init__.ml, name/__init__.multi (a dotted
 * name's dots are folders: pkg.util is pkg/util.ml ...); NULL for another
 * form. malloc'd. */
char *ml_module_file(const char *dir, const char *name, int form);

/* The compiler's data: the runtime library every module links and the
 * standard library's modules written in the language (src/api_data.h).
 * Built into the native CLI and the npm package; the page's compiler is
 * built without it and loads it as a file of its own,
 * multilingual_data.bin. */
typedef struct MlData MlData;

/* The data of that file's bytes, which must stay alive and unchanged as
 * long as the MlData (and be 4-aligned: malloc's are); NULL, with *error
 * malloc'd, for a file that is not this compiler's (another version,
 * truncated, damaged). */
MlData *ml_data_open(const unsigned char *bytes, size_t len, char **error);
void ml_data_free(MlData *d);

typedef struct MlOptions {
    const char *filename; /* for diagnostics and build_graph.json */
    const char *lang;     /* language code of the entry file, or NULL to
                             detect; imported modules are always detected */
    const char *messages; /* language code of the diagnostics, or NULL for
                             each file's own language ("en": English, for
                             tools that read the messages) */
    MlTarget target;
    MlAssembleFn assemble; /* NULL: stop after WAT (no module.wasm, no lock) */
    void *assemble_user;
    MlLoadModuleFn load_module; /* NULL: the program's own modules cannot be
                                   imported (only the standard library) */
    void *load_user;
    const MlData *data; /* NULL: the data built into the library */
    /* Stop after the checks (parsing, imports, sema): the diagnostics, no
     * artifacts. Needs no data unless the program imports a module of the
     * standard library. */
    bool check_only;
    /* For the collector's tests: every poll of the module collects, and
     * freed memory is poisoned and never reused, so that a reference the
     * collector did not see traps (rt_gc_due_stress). The CLI sets it when
     * the environment has ML_GC_STRESS. */
    bool gc_stress;
} MlOptions;

typedef struct MlDiagnostic {
    char *file;    /* the file it is in: the entry's name, or an imported module's path */
    int line, col; /* 1-based; 0 when not tied to a position */
    char *message;
} MlDiagnostic;

typedef struct MlResult {
    bool ok;
    char *lang;          /* language used (detected or given) */
    MlDiagnostic *diags; /* errors, in source order of reporting */
    int diag_count;
    char *diagnostics;   /* all errors rendered: file:line:col: error: ... */
    /* The artifacts of src/bundle/artifacts.def (NULL when not produced): a
     * TEXT artifact is NUL-terminated text (char *transpiled_py, *wat, ...);
     * a BYTES one has its length beside it (unsigned char *wasm; size_t
     * wasm_len). */
#define ML_ARTIFACT_MEMBER_TEXT(field) char *field;
#define ML_ARTIFACT_MEMBER_BYTES(field) unsigned char *field; size_t field##_len;
#define ML_ARTIFACT(id, file, field, js, kind, role) ML_ARTIFACT_MEMBER_##kind(field)
#include "bundle/artifacts.def"
#undef ML_ARTIFACT
#undef ML_ARTIFACT_MEMBER_TEXT
#undef ML_ARTIFACT_MEMBER_BYTES
    /* When the program failed only because the compiler refused constructs
     * it does not support yet (every diagnostic says so), the Python
     * program, which CPython can still run (a host's python backend);
     * NULL otherwise, and always NULL when ok (transpiled_py is there). */
    char *fallback_py;
    /* Failed only because the compile needs the data (MlOptions.data) that
     * the library was built without: compile again with it. */
    bool needs_data;
} MlResult;

/* Compile source (UTF-8, len bytes) with the given options. Never returns
 * NULL. Usage errors (unknown language, invalid target) are diagnostics too. */
MlResult *ml_compile(const char *source, size_t len, const MlOptions *opts);
void ml_result_free(MlResult *r);

/* An artifact of a result: its bytes (a TEXT artifact's without the NUL) and
 * their number in *len; NULL (and *len 0) when it was not produced. */
const unsigned char *ml_result_artifact(const MlResult *r, MlArtifact a, size_t *len);

/* A name of the program renamed because the target language reserves it. */
typedef struct MlRename {
    char *from, *to;
    char *reason; /* "a keyword in Svenska", "the builtin 'len' in Español" */
} MlRename;

typedef struct MlTranslation {
    bool ok;
    char *lang;          /* the source's language (given or detected), the
                            same decision ml_compile makes; NULL when the
                            source was rejected before (e.g. not UTF-8) */
    char *text;          /* the program in the target language; NULL on error */
    MlDiagnostic *diags; /* errors, in source order */
    int diag_count;
    char *diagnostics;   /* all errors rendered: file:line:col: error: ... */
    MlRename *renames;   /* the names renamed (a keyword or builtin of the
                            target), in order of first use */
    int rename_count;
} MlTranslation;

/* Re-spell a program in another human language (keywords and localized
 * builtin names; everything else is kept byte for byte, but for the names
 * the target reserves, renamed with underscores appended). from_lang NULL:
 * detect, exactly as ml_compile does. A program that does not parse is
 * reported, not translated. messages: the diagnostics' language, as
 * MlOptions.messages (NULL: the source's). Never returns NULL. */
MlTranslation *ml_translate(const char *source, size_t len, const char *from_lang, const char *to_lang,
                            const char *filename, const char *messages);
void ml_translation_free(MlTranslation *t);

#endif
